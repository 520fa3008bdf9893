import { describe, expect, it } from 'vitest';
import { hangUntilAborted, jsonResponse, scriptedFetch } from './fetch';

describe('scriptedFetch', () => {
  it('records every call and answers as scripted', async () => {
    const { calls, fetch } = scriptedFetch(({ url }) =>
      url.endsWith('/a') ? jsonResponse(201, { ok: true }) : jsonResponse(204, undefined),
    );
    const a = await fetch('https://x.test/a', { method: 'POST', body: '{}' });
    expect([a.status, await a.json()]).toEqual([201, { ok: true }]);
    const b = await fetch(new URL('https://x.test/b'));
    expect([b.status, await b.text()]).toEqual([204, '']);
    expect(calls.map((c) => [c.url, c.init.method])).toEqual([
      ['https://x.test/a', 'POST'],
      ['https://x.test/b', undefined],
    ]);
  });

  it('hangs until the request is aborted', async () => {
    const { fetch } = scriptedFetch(hangUntilAborted);
    const controller = new AbortController();
    const pending = fetch('https://x.test', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
