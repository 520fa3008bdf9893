import { describe, expect, test, vi } from 'vitest';
import { lazyChunk } from './lazy-chunk';

const offline = () => new TypeError('Failed to fetch dynamically imported module');

describe('lazyChunk', () => {
  test('fetches once, however many ask, and keeps what arrived', async () => {
    const fetch = vi.fn(async () => ({ answer: 42 }));
    const chunk = lazyChunk(fetch);
    expect(chunk.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([chunk.load(), chunk.load(), chunk.preload()]);
    expect(a).toBe(b);
    expect(chunk.loaded()).toBe(a);
    expect(await chunk.load()).toBe(a);
    expect(fetch).toHaveBeenCalledOnce();
  });

  test('fetches nothing until asked', () => {
    const fetch = vi.fn(async () => 1);
    lazyChunk(fetch);
    expect(fetch).not.toHaveBeenCalled();
  });

  test('a failure is forgotten: the next load fetches again', async () => {
    const fetch = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(offline())
      .mockResolvedValueOnce('đã tải');
    const chunk = lazyChunk(fetch);
    await expect(chunk.load()).rejects.toThrow(TypeError);
    expect(chunk.loaded()).toBeUndefined();
    await expect(chunk.load()).resolves.toBe('đã tải');
    expect(chunk.loaded()).toBe('đã tải');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('preload never rejects, and a failed preload does not stop a later load', async () => {
    const fetch = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(offline())
      .mockResolvedValueOnce('đã tải');
    const chunk = lazyChunk(fetch);
    await expect(chunk.preload()).resolves.toBeUndefined();
    await expect(chunk.load()).resolves.toBe('đã tải');
  });

  test('callers waiting on a fetch that fails all hear of it; none is left hanging', async () => {
    let fail: (error: unknown) => void = () => undefined;
    const chunk = lazyChunk(() => new Promise<string>((_, reject) => (fail = reject)));
    const first = chunk.load();
    const second = chunk.load();
    fail(offline());
    await expect(first).rejects.toThrow(TypeError);
    await expect(second).rejects.toThrow(TypeError);
  });
});
