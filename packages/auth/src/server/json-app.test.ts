// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bearerToken, createJsonApp, readJsonObject } from './json-app';

class KnownError extends Error {
  constructor(
    readonly code: 'bad' | 'gone' | 'big' | 'internal',
    readonly status?: number,
    readonly issues?: readonly unknown[],
  ) {
    super(`secret text for ${code}`);
  }
}

function app(log: unknown[] = []) {
  const api = createJsonApp({
    describeError: (error) => {
      const known = error instanceof KnownError ? error : new KnownError('internal', 500);
      return {
        code: known.code,
        status: known.status,
        message: `catalogue ${known.code}`,
        issues: known.issues,
      };
    },
    notFound: () => new KnownError('gone', 404),
    tooLarge: () => new KnownError('big', 413),
    maxJsonBytes: 64,
    upload: { maxBytes: 1024, matches: (c) => c.req.path.endsWith('/files') },
    onError: (info) => log.push(info),
  });
  api.post('/things/:id', async (c) => {
    const body = await readJsonObject(c, () => new KnownError('bad', 400));
    return c.json({ body, token: bearerToken(c) ?? null });
  });
  api.post('/secure', (c) => c.json({ token: bearerToken(c, () => new KnownError('bad', 401)) }));
  api.post('/files', async (c) => c.json({ size: (await c.req.arrayBuffer()).byteLength }));
  api.get('/boom', () => {
    throw new TypeError('database password in here');
  });
  api.get('/odd', () => {
    throw new KnownError('bad', 302, [{ path: 'x' }]);
  });
  return api;
}

const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  app().request(path, { method: 'POST', body, headers });

describe('createJsonApp', () => {
  it('answers with no-store and nosniff, successes and errors alike', async () => {
    for (const response of [await post('/things/1', '{"a":1}'), await app().request('/nowhere')]) {
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('sends only the code, the catalogue text and the issues, with a 4xx/5xx status', async () => {
    const log: unknown[] = [];
    const api = app(log);
    const crash = await api.request('/boom');
    expect(crash.status).toBe(500);
    const text = await crash.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal', message: 'catalogue internal' },
    });
    expect(text).not.toContain('password');
    const odd = await api.request('/odd');
    expect(odd.status).toBe(500); // a 302 is no error status
    expect(await odd.json()).toEqual({
      error: { code: 'bad', message: 'catalogue bad', issues: [{ path: 'x' }] },
    });
    const missing = await api.request('/nowhere');
    expect(missing.status).toBe(404);
    expect(log).toEqual([
      { path: '/boom', status: 500, code: 'internal' },
      { path: '/odd', status: 500, code: 'bad' },
      // The route pattern, never the requested path (it may hold a code or a name).
      { path: '/*', status: 404, code: 'gone' },
    ]);
  });

  it('limits JSON bodies and file bodies each to their own size', async () => {
    expect((await post('/things/1', JSON.stringify({ a: 'x'.repeat(40) }))).status).toBe(200);
    const big = await post('/things/1', JSON.stringify({ a: 'x'.repeat(100) }));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: { code: 'big' } });
    expect((await post('/files', new Uint8Array(1000))).status).toBe(200);
    expect((await post('/files', new Uint8Array(2000))).status).toBe(413);
  });
});

describe('readJsonObject and bearerToken', () => {
  it('read a JSON object and the bearer token, refusing anything else', async () => {
    const ok = await post('/things/1', '{"a":1}', { authorization: 'Bearer tok-1' });
    expect(await ok.json()).toEqual({ body: { a: 1 }, token: 'tok-1' });
    expect(await (await post('/things/1', '{}', { authorization: 'Basic x' })).json()).toEqual({
      body: {},
      token: null,
    });
    for (const body of ['[1]', 'null', '"x"', '{not json']) {
      const refused = await post('/things/1', body);
      expect(refused.status, body).toBe(400);
    }
    expect((await post('/secure', '', { authorization: 'bearer  t-2' })).status).toBe(200);
    expect((await post('/secure', '', { authorization: 'Bearer a b' })).status).toBe(401);
    expect((await post('/secure', '')).status).toBe(401);
  });
});
