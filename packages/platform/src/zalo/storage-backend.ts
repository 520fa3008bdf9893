// The KeyValueBackend under the Zalo platform's StorageApi (./core/storage does namespacing,
// the index and eviction detection on top). Zalo's nativeStorage is the right store (kept by
// the Zalo app, per mini app, 5 MB), but it throws -1404 on Zalo builds older than Android 757 /
// iOS 625 and -2000 outside Zalo; then we fall back to localStorage with the `${APP_ID}_` key
// prefix the SDK itself uses there (research §1.5), and to memory if even that is refused.
import { PlatformError } from '../core/errors';
import {
  createMemoryBackend,
  createWebStorageBackend,
  type KeyValueBackend,
} from '../core/storage';
import type { StorageApi, Unsubscribe } from '../core/types';
import { fromZaloError } from '../core/zalo-errors';
import type { ZmpNativeStorageLike } from './zmp-sdk-like';

/** nativeStorage's limit (sdk constants STORAGE_LIMIT); also assumed for the fallbacks. */
export const NATIVE_STORAGE_QUOTA_BYTES = 5 * 1024 * 1024;

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

/**
 * Re-throws an SDK failure without its message: nativeStorage messages can quote the key
 * ("Failed to set item: <key>"), and keys of per-user storage contain the Zalo user id.
 */
const rethrow = (error: unknown, api: string): never => {
  const mapped = fromZaloError(error, api);
  throw new PlatformError(mapped.code, {
    api,
    ...(mapped.zaloCode === undefined ? {} : { zaloCode: mapped.zaloCode }),
    detail: 'Zalo native storage failed',
  });
};

/**
 * nativeStorage cannot list its keys, so `keys()` only knows what went through this backend in
 * this session; the used size comes from `getStorageInfo()` instead (KB in Zalo's own unit,
 * taken as bytes: close to the UTF-16 estimate for the mostly-ASCII JSON we store).
 */
export function createNativeStorageBackend(
  native: ZmpNativeStorageLike,
  /** What Zalo reports as its limit (`getStorageInfo().limitSize`, KB); 5 MB if unknown. */
  limitKb?: number,
): KeyValueBackend {
  const seen = new Set<string>();
  return {
    quotaBytes: limitKb && limitKb > 0 ? Math.floor(limitKb * 1024) : NATIVE_STORAGE_QUOTA_BYTES,
    get usedBytes() {
      try {
        return Math.ceil(native.getStorageInfo().currentSize * 1024);
      } catch {
        // What we know of, in the UTF-16 estimate the rest of storage uses.
        let used = 0;
        for (const key of seen) used += 2 * (key.length + (native.getItem(key)?.length ?? 0));
        return used;
      }
    },
    getItem(key) {
      try {
        const value = native.getItem(key);
        if (value !== null) seen.add(key);
        return value;
      } catch (error) {
        return rethrow(error, 'nativeStorage.getItem');
      }
    },
    setItem(key, value) {
      try {
        native.setItem(key, value);
        seen.add(key);
      } catch (error) {
        // The native store answers a write it did not take with error keys, which the SDK
        // turns into Error("Failed to set item") → -2000. The likely cause is space.
        if (codeOf(error) === -2000) {
          throw new PlatformError('storage_full', {
            api: 'nativeStorage.setItem',
            zaloCode: -2000,
            detail: 'Zalo native storage refused the write',
          });
        }
        rethrow(error, 'nativeStorage.setItem');
      }
    },
    removeItem(key) {
      try {
        native.removeItem(key);
        seen.delete(key);
      } catch (error) {
        rethrow(error, 'nativeStorage.removeItem');
      }
    },
    keys: () => [...seen],
  };
}

/** Web storage under `${prefix}`; the used size counts the whole origin, which shares a quota. */
export function createPrefixedWebBackend(storage: Storage, prefix: string): KeyValueBackend {
  const inner = createWebStorageBackend(storage, NATIVE_STORAGE_QUOTA_BYTES);
  return {
    quotaBytes: inner.quotaBytes,
    get usedBytes() {
      let used = 0;
      for (const key of inner.keys())
        used += 2 * (key.length + (storage.getItem(key)?.length ?? 0));
      return used;
    },
    getItem: (key) => inner.getItem(prefix + key),
    setItem: (key, value) => inner.setItem(prefix + key, value),
    removeItem: (key) => inner.removeItem(prefix + key),
    keys: () =>
      inner
        .keys()
        .filter((key) => key.startsWith(prefix))
        .map((key) => key.slice(prefix.length)),
  };
}

export type ZaloStorageKind = 'native' | 'localStorage' | 'memory';

/**
 * nativeStorage when this Zalo has it, else localStorage, else memory. `native` is undefined
 * when zmp-sdk could not be loaded at all.
 */
export function createZaloStorageBackend(
  native: ZmpNativeStorageLike | undefined,
  options: { appId: string; localStorage?: Storage | undefined },
): { backend: KeyValueBackend; kind: ZaloStorageKind } {
  if (native) {
    try {
      // Throws -1404 on old Zalo (and on desktop browsers), -2000 outside Zalo.
      const { limitSize } = native.getStorageInfo();
      return { backend: createNativeStorageBackend(native, limitSize), kind: 'native' };
    } catch {}
  }
  try {
    const storage = options.localStorage;
    if (storage) {
      // Touching it can throw (SecurityError) where web storage is disabled.
      storage.getItem(`${options.appId}_`);
      return {
        backend: createPrefixedWebBackend(storage, `${options.appId}_`),
        kind: 'localStorage',
      };
    }
  } catch {}
  return {
    backend: createMemoryBackend({ quotaBytes: NATIVE_STORAGE_QUOTA_BYTES }),
    kind: 'memory',
  };
}

/**
 * A StorageApi usable at once although the backend needs zmp-sdk, which loads asynchronously:
 * every method waits for `load()` (called once, on first use; it must never reject) and then
 * delegates.
 */
export function createDeferredStorage(load: () => Promise<StorageApi>): StorageApi {
  let loaded: Promise<StorageApi> | undefined;
  const ready = () => (loaded ??= load());
  return {
    get: (key, validate) => ready().then((storage) => storage.get(key, validate)),
    set: (key, value) => ready().then((storage) => storage.set(key, value)),
    remove: (key) => ready().then((storage) => storage.remove(key)),
    keys: () => ready().then((storage) => storage.keys()),
    clear: () => ready().then((storage) => storage.clear()),
    usage: () => ready().then((storage) => storage.usage()),
    forUser: (userId) => createDeferredStorage(() => ready().then((s) => s.forUser(userId))),
    onEvicted(listener) {
      let off: Unsubscribe | undefined;
      let active = true;
      void ready().then((storage) => {
        if (active) off = storage.onEvicted(listener);
      });
      return () => {
        active = false;
        off?.();
      };
    },
  };
}
