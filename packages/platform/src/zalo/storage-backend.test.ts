import { describe, expect, it } from 'vitest';
import { createPlatformStorage } from '../core/storage';
import { createFakeZmpSdk } from '../testing/fake-zmp-sdk';
import {
  createDeferredStorage,
  createZaloStorageBackend,
  NATIVE_STORAGE_QUOTA_BYTES,
} from './storage-backend';

describe('createZaloStorageBackend', () => {
  it('uses nativeStorage where Zalo has it, with its reported limit and size', () => {
    const fake = createFakeZmpSdk({ storageQuotaBytes: 10_240 });
    const { backend, kind } = createZaloStorageBackend(fake.nativeStorage, { appId: 'a' });
    expect(kind).toBe('native');
    expect(backend.quotaBytes).toBe(10_240);
    backend.setItem('k', 'value');
    expect(fake.controls.storage.get('k')).toBe('value');
    expect(backend.usedBytes).toBe(2 * ('k'.length + 'value'.length));
    expect(backend.keys()).toEqual(['k']);
  });

  it('falls back to appId_ keys in localStorage, and to memory where that is refused', () => {
    const unsupported = createFakeZmpSdk({ nativeStorage: 'unsupported' }).nativeStorage;
    localStorage.clear();
    localStorage.setItem('someone-else', 'x');
    const web = createZaloStorageBackend(unsupported, { appId: 'a', localStorage });
    expect(web.kind).toBe('localStorage');
    web.backend.setItem('k', 'v');
    expect(localStorage.getItem('a_k')).toBe('v');
    expect(web.backend.keys()).toEqual(['k']);
    // The quota of the shared h5.zdn.vn origin is shared too: everything counts.
    expect(web.backend.usedBytes).toBe(2 * ('someone-else'.length + 1 + 'a_k'.length + 1));
    localStorage.clear();

    const refusing = {
      getItem() {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    const memory = createZaloStorageBackend(undefined, { appId: 'a', localStorage: refusing });
    expect(memory.kind).toBe('memory');
    expect(memory.backend.quotaBytes).toBe(NATIVE_STORAGE_QUOTA_BYTES);
  });

  it('a deferred storage waits for its backend and loads it once', async () => {
    let loads = 0;
    const fake = createFakeZmpSdk();
    const storage = createDeferredStorage(async () => {
      loads++;
      return createPlatformStorage(
        createZaloStorageBackend(fake.nativeStorage, { appId: 'a' }).backend,
        {
          appId: 'a',
        },
      );
    });
    const evicted: unknown[] = [];
    const off = storage.onEvicted((event) => evicted.push(event));
    await storage.forUser('u').set('k', 1);
    expect(await storage.forUser('u').get('k')).toBe(1);
    expect(await storage.keys()).toEqual([]);
    off();
    expect(loads).toBe(1);
  });
});
