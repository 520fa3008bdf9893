// @vitest-environment node
import { scriptedXhr } from '@govmini/test-support/xhr';
import { describe, expect, it, vi } from 'vitest';
import { uploadWithProgress } from './upload';

const file = new Blob([new Uint8Array(1000)], { type: 'image/png' });
const base = { url: 'https://api.test/photos', body: file, bearer: 'tok' };

describe('uploadWithProgress through XMLHttpRequest', () => {
  it('reports progress, sends the raw file with the bearer, and reads the answer', async () => {
    const xhr = scriptedXhr((x) => {
      x.progress(400, 1000);
      x.progress(1000, 1000);
      x.respond(201, { id: 'p-1' });
    });
    const progress: number[][] = [];
    const outcome = await uploadWithProgress({
      ...base,
      headers: { 'content-disposition': 'attachment' },
      onProgress: (sent, total) => progress.push([sent, total]),
      XMLHttpRequest: xhr.Class,
    });
    expect(outcome).toEqual({ kind: 'answer', ok: true, status: 201, body: { id: 'p-1' } });
    expect(progress).toEqual([
      [0, 1000],
      [400, 1000],
      [1000, 1000],
      [1000, 1000],
    ]);
    const sent = xhr.last();
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe('https://api.test/photos');
    expect(sent.body).toBe(file);
    expect(sent.headers).toEqual({
      accept: 'application/json',
      authorization: 'Bearer tok',
      'content-type': 'image/png',
      'content-disposition': 'attachment',
    });
  });

  it('answers a refusal with its status, a network error as offline, a stall as timeout', async () => {
    const refused = scriptedXhr((x) => x.respond(413, { error: { code: 'too_large' } }));
    expect(await uploadWithProgress({ ...base, XMLHttpRequest: refused.Class })).toEqual({
      kind: 'answer',
      ok: false,
      status: 413,
      body: { error: { code: 'too_large' } },
    });
    const down = scriptedXhr((x) => x.fail());
    expect(await uploadWithProgress({ ...base, XMLHttpRequest: down.Class })).toEqual({
      kind: 'offline',
    });
    // Progress keeps a slow upload alive; silence for stallMs ends it.
    const slow = scriptedXhr((x) => {
      setTimeout(() => x.progress(100, 1000), 20);
      setTimeout(() => x.progress(200, 1000), 40);
      setTimeout(() => x.respond(201, {}), 60);
    });
    const alive = await uploadWithProgress({ ...base, XMLHttpRequest: slow.Class, stallMs: 35 });
    expect(alive).toMatchObject({ kind: 'answer', status: 201 });
    const silent = scriptedXhr(() => undefined);
    expect(
      await uploadWithProgress({ ...base, XMLHttpRequest: silent.Class, stallMs: 20 }),
    ).toEqual({ kind: 'timeout' });
  });

  it('gives the caller’s abort back as its reason, before or during the upload', async () => {
    const controller = new AbortController();
    const xhr = scriptedXhr(() => controller.abort());
    const during = await uploadWithProgress({
      ...base,
      XMLHttpRequest: xhr.Class,
      signal: controller.signal,
    });
    expect(during).toMatchObject({ kind: 'aborted', reason: { name: 'AbortError' } });
    const never = scriptedXhr(() => undefined);
    const before = await uploadWithProgress({
      ...base,
      XMLHttpRequest: never.Class,
      signal: AbortSignal.abort(),
    });
    expect(before.kind).toBe('aborted');
    expect(never.made).toHaveLength(0);
  });
});

describe('uploadWithProgress through fetch', () => {
  it('is used with a custom fetch or XMLHttpRequest: false; progress 0, then all at the end', async () => {
    const sent: RequestInit[] = [];
    const fetch = async (_: RequestInfo | URL, init: RequestInit = {}) => {
      sent.push(init);
      return Response.json({ id: 'p-2' }, { status: 201 });
    };
    const progress: number[][] = [];
    const outcome = await uploadWithProgress({
      ...base,
      body: new Blob([new Uint8Array(1000)]),
      fetch,
      onProgress: (s, t) => progress.push([s, t]),
    });
    expect(outcome).toMatchObject({ kind: 'answer', ok: true, body: { id: 'p-2' } });
    expect(progress).toEqual([
      [0, 1000],
      [1000, 1000],
    ]);
    expect(new Headers(sent[0]?.headers).get('content-type')).toBe('application/octet-stream');
    expect(sent[0]?.credentials).toBe('omit');
  });

  it('picks the global XMLHttpRequest only when no fetch was given and it was not refused', async () => {
    const xhr = scriptedXhr((x) => x.respond(201, {}));
    vi.stubGlobal('XMLHttpRequest', xhr.Class);
    vi.stubGlobal('fetch', async () => Response.json({}, { status: 201 }));
    try {
      let fetched = 0;
      const fetch = async () => {
        fetched++;
        return Response.json({}, { status: 201 });
      };
      await uploadWithProgress(base);
      expect([xhr.made.length, fetched]).toEqual([1, 0]);
      await uploadWithProgress({ ...base, fetch });
      await uploadWithProgress({ ...base, fetch, XMLHttpRequest: false });
      expect([xhr.made.length, fetched]).toEqual([1, 2]);
      await uploadWithProgress({ ...base, XMLHttpRequest: false });
      expect(xhr.made.length).toBe(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('ends a hung upload as timeout after the stall time plus time for the size', async () => {
    const fetch = (_: RequestInfo | URL, init: RequestInit = {}) =>
      new Promise<Response>((_, reject) =>
        init.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    const outcome = await uploadWithProgress({ ...base, fetch, stallMs: 10 });
    expect(outcome).toMatchObject({ kind: 'timeout' });
  });
});
