// The same storage behaviours against Chromium's real window.localStorage, including a real
// QuotaExceededError. Everything this file writes is removed after each test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlatformError } from './errors';
import { createPlatformStorage, createWebStorageBackend } from './storage';
import type { StorageEvictedEvent } from './types';

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof PlatformError ? error.code : String(error)),
  );

/** Fills localStorage with filler entries until it refuses. */
function fillLocalStorage(): { fillers: string[]; error: unknown } {
  const fillers: string[] = [];
  let error: unknown;
  // Big chunks first, then smaller ones, so the store ends up full to within 1 K characters.
  for (let size = 512 * 1024; size >= 1024; size /= 4) {
    const chunk = 'f'.repeat(size);
    for (;;) {
      const key = `filler:${fillers.length}`;
      try {
        localStorage.setItem(key, chunk);
        fillers.push(key);
      } catch (e) {
        error = e;
        break;
      }
    }
  }
  return { fillers, error };
}

const storedChars = () => {
  let total = 0;
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i) ?? '';
    total += key.length + (localStorage.getItem(key) ?? '').length;
  }
  return total;
};

describe('createPlatformStorage on real localStorage (Chromium)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('round-trips JSON values and namespaces keys', async () => {
    const storage = createPlatformStorage(createWebStorageBackend(localStorage), { appId: '3012' });
    const value = { họTên: 'Nguyễn Văn An', năm: 1958, giấyTờ: ['CCCD', null], ok: true };
    await storage.set('hồ sơ', value);
    await storage.forUser('84901').set('nháp', [1, 2, 3]);
    expect(await storage.get('hồ sơ')).toEqual(value);
    expect(await storage.forUser('84901').get('nháp')).toEqual([1, 2, 3]);
    expect(localStorage.getItem('gm:3012:app:hồ sơ')).toBe(JSON.stringify(value));
    expect(await storage.keys()).toEqual(['hồ sơ']);
  });

  it('two apps and two users on one origin stay apart; clear() of one user leaves the rest', async () => {
    const backend = createWebStorageBackend(localStorage);
    const appA = createPlatformStorage(backend, { appId: 'A' });
    const appB = createPlatformStorage(backend, { appId: 'B' });
    localStorage.setItem('someone-else', 'theirs'); // another mini app on h5.zdn.vn
    await appA.set('k', 'A');
    await appB.set('k', 'B');
    await appA.forUser('1').set('k', 'A1');
    await appA.forUser('2').set('k', 'A2');
    await appA.forUser('1').clear();
    expect(await appA.forUser('1').get('k')).toBeUndefined();
    expect(await appA.forUser('2').get('k')).toBe('A2');
    expect(await appA.get('k')).toBe('A');
    expect(await appB.get('k')).toBe('B');
    await appA.clear();
    expect(localStorage.getItem('someone-else')).toBe('theirs');
    expect(await appB.keys()).toEqual(['k']);
  });

  it('detects an entry removed behind its back, and a wiped origin', async () => {
    const storage = createPlatformStorage(createWebStorageBackend(localStorage), { appId: '3012' });
    const events: StorageEvictedEvent[] = [];
    storage.onEvicted((event) => events.push(event));
    await storage.set('a', 1);
    await storage.set('b', 2);
    localStorage.removeItem('gm:3012:app:a');
    expect(await code(storage.get('a'))).toBe('storage_evicted');
    expect(await storage.get('b')).toBe(2);
    localStorage.clear();
    expect(await code(storage.get('b'))).toBe('storage_evicted');
    expect(events).toEqual([
      { keys: ['a'], all: false },
      { keys: ['b'], all: true },
    ]);
  });

  it('maps a real QuotaExceededError to storage_full and loses nothing else', async () => {
    // Declared quota far above the real one, so the write reaches Chromium and fails there.
    const storage = createPlatformStorage(createWebStorageBackend(localStorage, 1e12), {
      appId: '3012',
    });
    const draft = { bước: 3, ghiChú: 'Đơn xin cấp lại giấy khai sinh' };
    await storage.set('draft', draft);
    await storage.forUser('84901').set('consent', { v: 2 });
    const { fillers, error } = fillLocalStorage();
    expect(error).toMatchObject({ name: 'QuotaExceededError' });
    // Chromium holds 5 Mi characters per origin (10 MiB as UTF-16): measured 5 241 190 here.
    expect(storedChars()).toBeGreaterThan(5 * 1024 * 1024 - 2048);
    const snapshot = new Map(
      Array.from({ length: localStorage.length }, (_, i) => {
        const key = localStorage.key(i) ?? '';
        return [key, localStorage.getItem(key)] as const;
      }),
    );

    const big = await storage.set('attachment', 'y'.repeat(200_000)).catch((e: unknown) => e);
    expect(big).toBeInstanceOf(PlatformError);
    expect(big).toMatchObject({ code: 'storage_full', cause: { name: 'QuotaExceededError' } });
    const bigger = await storage
      .set('draft', { ...draft, ảnh: 'z'.repeat(200_000) })
      .catch((e: unknown) => e);
    expect(bigger).toMatchObject({ code: 'storage_full' });

    // Nothing else was lost or changed: not our entries, not the fillers.
    expect(await storage.get('draft')).toEqual(draft);
    expect(await storage.forUser('84901').get('consent')).toEqual({ v: 2 });
    expect(await storage.get('attachment')).toBeUndefined();
    expect(await storage.keys()).toEqual(['draft']);
    for (const [key, value] of snapshot) expect(localStorage.getItem(key)).toBe(value);
    expect(localStorage.length).toBe(snapshot.size);

    // With the default 5 MB quota, the same write is refused before it reaches the host.
    const cautious = createPlatformStorage(createWebStorageBackend(localStorage), {
      appId: '3012',
    });
    expect(await cautious.set('tiny', 1).catch((e: unknown) => e)).toMatchObject({
      code: 'storage_full',
      detail: 'the value does not fit',
    });

    for (const key of fillers) localStorage.removeItem(key);
    await storage.set('attachment', 'y'.repeat(200_000)); // fits again once there is room
    expect(await storage.keys()).toEqual(['draft', 'attachment']);
  });
});
