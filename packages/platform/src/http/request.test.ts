// @vitest-environment node
import { hangUntilAborted, scriptedFetch } from '@govmini/test-support/fetch';
import { describe, expect, it } from 'vitest';
import { errorBodyOf, parseJsonBody } from './outcome';
import { requestJson } from './request';

describe('requestJson', () => {
  it('sends JSON with the bearer in Authorization, no cookies, and reads any answer', async () => {
    const { calls, fetch } = scriptedFetch(() => Response.json({ id: 1 }, { status: 201 }));
    const outcome = await requestJson({
      method: 'POST',
      url: 'https://api.test/things',
      bearer: 'tok-1',
      body: { name: 'Nguyễn Thị Hoa' },
      headers: { 'idempotency-key': 'k-1' },
      fetch,
    });
    expect(outcome).toEqual({ kind: 'answer', ok: true, status: 201, body: { id: 1 } });
    const [call] = calls;
    const headers = new Headers(call?.init.headers);
    expect(headers.get('authorization')).toBe('Bearer tok-1');
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('accept')).toBe('application/json');
    expect(headers.get('idempotency-key')).toBe('k-1');
    expect(call?.init.credentials).toBe('omit');
    expect(JSON.parse(String(call?.init.body))).toEqual({ name: 'Nguyễn Thị Hoa' });
  });

  it('sends no body, content-type or authorization when there are none', async () => {
    const { calls, fetch } = scriptedFetch(() => new Response(null, { status: 204 }));
    const outcome = await requestJson({ method: 'GET', url: 'https://api.test/x', fetch });
    expect(outcome).toEqual({ kind: 'answer', ok: true, status: 204, body: undefined });
    const headers = new Headers(calls[0]?.init.headers);
    expect(headers.has('authorization')).toBe(false);
    expect(headers.has('content-type')).toBe(false);
    expect(calls[0]?.init.body).toBeUndefined();
  });

  it('answers a failure status with its parsed body, and a non-JSON body as undefined', async () => {
    const json = scriptedFetch(() => Response.json({ error: { code: 'x' } }, { status: 409 }));
    expect(await requestJson({ method: 'GET', url: 'https://a.test', fetch: json.fetch })).toEqual({
      kind: 'answer',
      ok: false,
      status: 409,
      body: { error: { code: 'x' } },
    });
    const html = scriptedFetch(() => new Response('<html>502</html>', { status: 502 }));
    expect(await requestJson({ method: 'GET', url: 'https://a.test', fetch: html.fetch })).toEqual({
      kind: 'answer',
      ok: false,
      status: 502,
      body: undefined,
    });
  });

  it('tells a network failure (offline) from a hang (timeout) and from the caller’s abort', async () => {
    const down = scriptedFetch(() => {
      throw new TypeError('fetch failed');
    });
    const offline = await requestJson({ method: 'GET', url: 'https://a.test', fetch: down.fetch });
    expect(offline).toMatchObject({ kind: 'offline', cause: expect.any(TypeError) });

    const slow = scriptedFetch(hangUntilAborted);
    const started = Date.now();
    const timeout = await requestJson({
      method: 'GET',
      url: 'https://a.test',
      fetch: slow.fetch,
      timeoutMs: 30,
    });
    expect(timeout.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2_000);

    const controller = new AbortController();
    const pending = requestJson({
      method: 'GET',
      url: 'https://a.test',
      fetch: scriptedFetch(hangUntilAborted).fetch,
      signal: controller.signal,
    });
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'aborted', reason: { name: 'AbortError' } });
    const before = await requestJson({
      method: 'GET',
      url: 'https://a.test',
      fetch: scriptedFetch(hangUntilAborted).fetch,
      signal: AbortSignal.abort(new Error('left the screen')),
    });
    expect(before).toMatchObject({ kind: 'aborted', reason: { message: 'left the screen' } });
  });

  it('times out a body that stops half-way, not only a request that never answers', async () => {
    const stalled = scriptedFetch(({ init }) => {
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"a":'));
          init.signal?.addEventListener('abort', () =>
            controller.error(new DOMException('aborted', 'AbortError')),
          );
        },
      });
      return new Response(body, { status: 200 });
    });
    const outcome = await requestJson({
      method: 'GET',
      url: 'https://a.test',
      fetch: stalled.fetch,
      timeoutMs: 30,
    });
    expect(outcome.kind).toBe('timeout');
  });
});

describe('parseJsonBody and errorBodyOf', () => {
  it('parse what GovMini servers send and nothing else', () => {
    expect(parseJsonBody('{"a":1}')).toEqual({ a: 1 });
    expect(parseJsonBody('')).toBeUndefined();
    expect(parseJsonBody('<html>')).toBeUndefined();
    expect(
      errorBodyOf({ error: { code: 'conflict', message: 'secret text', issues: [1] } }),
    ).toEqual({ code: 'conflict', issues: [1] });
    for (const body of [undefined, null, 'x', [], { error: 'x' }, { error: [] }]) {
      expect(errorBodyOf(body)).toEqual({});
    }
  });
});
