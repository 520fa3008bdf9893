// StorageApi over a synchronous string store (Zalo nativeStorage, window.localStorage, memory).
// The rule (DESIGN "nothing lost"): a write that did not persist is never reported as done, and
// data the host dropped is reported, not silently missing.
//
// Layout, per app: values at `gm:<appId>:<scope>:<key>` (scope `app` or `u:<userId>`, both ids
// URI-encoded so no two namespaces can produce the same key), JSON-encoded; plus one index at
// `gm:<appId>:index` = {"g": generation, "s": {scope: [keys we wrote]}}. The index is the only
// list of our keys (nativeStorage cannot enumerate keys) and it is rewritten on every set, so it
// is always the newest entry and the last one Zalo's oldest-first eviction would drop.
//
// What is detected:
// - A key in the index whose value is gone (oldest-first eviction, anything deleting our
//   entries): `get` rejects `storage_evicted` and emits { keys: [key], all: false }; `keys()`
//   emits every such key of the namespace at once (all: true when none is left) if anyone
//   listens, and a new listener gets that audit in a microtask. A key is reported once, then
//   forgotten (`get` returns undefined after). Until reported, `keys()` keeps listing it, so the
//   app's next `get` reports it.
// - The whole index gone (or replaced by another generation) during this session — host clear,
//   `evict()` in the simulator, site data cleared while the app runs: every key we knew about
//   whose value is gone is reported per namespace (all: true when none survived); surviving
//   values are adopted into the new index.
// What cannot be detected:
// - Everything gone between two sessions (reinstall, "clear data", a full eviction while the
//   app was closed): it looks exactly like a first run. Data that must survive (drafts of
//   dossiers, consent records) must also live on the server (research §5.2).
// - A value overwritten with other valid JSON by code outside this API.

import { createEmitter } from './emitter';
import { isPlatformError, PlatformError } from './errors';
import type { StorageApi, StorageEvictedEvent } from './types';

export interface KeyValueBackend {
  getItem(key: string): string | null;
  /** May throw when full (QuotaExceededError for web storage). */
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /**
   * Every key in the store (not only ours). Only used to add up usage when `usedBytes` is
   * absent: our own keys come from the index, since nativeStorage cannot list its keys.
   */
  keys(): string[];
  /** What the host allows in total, counted as UTF-16 bytes (2 × length of keys and values). */
  readonly quotaBytes: number;
  /** What the whole store uses now, when the host can say cheaply; otherwise we add up `keys()`. */
  readonly usedBytes?: number;
}

/** Zalo's nativeStorage cap, also used for web storage. */
const DEFAULT_QUOTA = 5 * 1024 * 1024;

const bytes = (key: string, value: string | null) =>
  value === null ? 0 : 2 * (key.length + value.length);

export function createMemoryBackend(
  options: { quotaBytes?: number; evictOldest?: boolean } = {},
): KeyValueBackend & { evict(keys?: readonly string[]): void; readonly usedBytes: number } {
  const { quotaBytes = DEFAULT_QUOTA, evictOldest = false } = options;
  // Map order is write order: setItem deletes then re-inserts, so the first entry is the oldest.
  const entries = new Map<string, string>();
  let used = 0;
  const drop = (key: string) => {
    used -= bytes(key, entries.get(key) ?? null);
    entries.delete(key);
  };
  return {
    quotaBytes,
    get usedBytes() {
      return used;
    },
    getItem: (key) => entries.get(key) ?? null,
    setItem(key, value) {
      const need = bytes(key, value);
      if (used - bytes(key, entries.get(key) ?? null) + need > quotaBytes) {
        if (!evictOldest || need > quotaBytes) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        // Like Zalo: silently drop the oldest entries until the new one fits.
        for (const old of entries.keys()) {
          if (used - bytes(key, entries.get(key) ?? null) + need <= quotaBytes) break;
          if (old !== key) drop(old);
        }
      }
      drop(key);
      entries.set(key, value);
      used += need;
    },
    removeItem: drop,
    keys: () => [...entries.keys()],
    evict(keys) {
      for (const key of keys ?? [...entries.keys()]) drop(key);
    },
  };
}

export function createWebStorageBackend(
  storage: Storage,
  quotaBytes = DEFAULT_QUOTA,
): KeyValueBackend {
  return {
    quotaBytes,
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => storage.setItem(key, value),
    removeItem: (key) => storage.removeItem(key),
    keys: () => Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? ''),
  };
}

/** The index: its generation (creation time + random, unique) and, per scope, the keys we wrote. */
interface Index {
  g: string;
  s: Record<string, string[]>;
}

const isQuotaError = (error: unknown) => {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
};

export function createPlatformStorage(
  backend: KeyValueBackend,
  options: { appId: string; clock?: { now(): number } },
): StorageApi {
  const prefix = `gm:${encodeURIComponent(options.appId)}:`;
  const indexKey = `${prefix}index`;
  const dataKey = (scope: string, key: string) => `${prefix}${scope}:${key}`;
  const generation = () =>
    `${(options.clock ?? Date).now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
  // One emitter per app, keyed by scope, so every view of a namespace hears its evictions.
  const evicted = createEmitter<Record<string, StorageEvictedEvent>>();
  /** The index as this session last read or wrote it. */
  let known: Index | undefined;

  const full = (api: string, detail: string, cause?: unknown) =>
    new PlatformError(
      'storage_full',
      cause === undefined ? { api, detail } : { api, detail, cause },
    );

  /** Writes and reads back: resolves only if the host really kept the value. */
  const write = (api: string, key: string, value: string) => {
    try {
      backend.setItem(key, value);
    } catch (error) {
      if (isPlatformError(error)) throw error;
      if (isQuotaError(error)) throw full(api, 'the host refused the write', error);
      throw new PlatformError('unknown', {
        api,
        detail: 'the host refused the write',
        cause: error,
      });
    }
    if (backend.getItem(key) !== value) throw full(api, 'the host did not keep the value');
  };

  const readIndex = (): Index | undefined => {
    try {
      const index = JSON.parse(backend.getItem(indexKey) ?? 'null') as Index | null;
      if (typeof index?.g === 'string' && typeof index.s === 'object' && index.s) return index;
    } catch {
      // A damaged index is as good as none.
    }
    return undefined;
  };

  /**
   * The current index, after checking it is the one this session knew. If that one is gone,
   * what it listed and cannot be found is reported lost; the rest is adopted.
   * Returns the keys found lost now, by scope, for `get` to reject.
   */
  const load = (): { index: Index; lost: Record<string, string[]> } => {
    const found = readIndex();
    const lost: Record<string, string[]> = {};
    if (!known || (found ? found.g === known.g : !Object.keys(known.s).length)) {
      known = found ?? known ?? { g: generation(), s: {} };
      return { index: known, lost };
    }
    const index: Index = found ?? { g: generation(), s: {} };
    let adopted = false;
    for (const [scope, keys] of Object.entries(known.s)) {
      const listed = index.s[scope] ?? [];
      const missing: string[] = [];
      for (const key of keys) {
        if (listed.includes(key)) continue;
        if (backend.getItem(dataKey(scope, key)) === null) missing.push(key);
        else {
          listed.push(key); // still there: adopt it into the new index
          adopted = true;
        }
      }
      if (listed.length) index.s[scope] = listed;
      if (missing.length) lost[scope] = missing;
    }
    known = index;
    if (adopted) save(index);
    for (const [scope, keys] of Object.entries(lost)) {
      evicted.emit(scope, { keys, all: !index.s[scope] });
    }
    return { index, lost };
  };

  const save = (index: Index) => {
    try {
      write('storage', indexKey, JSON.stringify(index));
    } catch {}
  };

  const without = (index: Index, scope: string, drop: readonly string[]): Index => {
    const rest = (index.s[scope] ?? []).filter((key) => !drop.includes(key));
    const s = { ...index.s, [scope]: rest };
    if (!rest.length) delete s[scope];
    return { g: index.g, s };
  };

  /** Drops reported keys from the index (best effort: a failure only means a second report). */
  const forget = (index: Index, scope: string, keys: readonly string[]) => {
    known = without(index, scope, keys);
    save(known);
  };

  /** Reports (if anyone listens) and forgets the listed keys of `scope` whose value is gone. */
  const audit = (scope: string): string[] => {
    const { index } = load();
    const listed = index.s[scope] ?? [];
    const gone = listed.filter((key) => backend.getItem(dataKey(scope, key)) === null);
    if (!gone.length || !evicted.listenerCount(scope)) return listed;
    forget(index, scope, gone);
    evicted.emit(scope, { keys: gone, all: gone.length === listed.length });
    return listed.filter((key) => !gone.includes(key));
  };

  // Everything is synchronous underneath; any throw becomes a PlatformError rejection.
  const guard = <T>(api: string, body: () => T): Promise<T> => {
    try {
      return Promise.resolve(body());
    } catch (error) {
      return Promise.reject(
        isPlatformError(error) ? error : new PlatformError('unknown', { api, cause: error }),
      );
    }
  };

  const view = (scope: string): StorageApi => {
    const keyOf = (key: string) => dataKey(scope, key);
    const api = (name: string) => `storage.${name}`;
    return {
      get: <T>(key: string, validate?: (value: unknown) => T) =>
        guard(api('get'), (): T | undefined => {
          const { index, lost } = load();
          const raw = backend.getItem(keyOf(key));
          if (raw === null) {
            const listed = index.s[scope]?.includes(key);
            if (listed) {
              forget(index, scope, [key]);
              evicted.emit(scope, { keys: [key], all: false });
            }
            if (listed || lost[scope]?.includes(key)) {
              throw new PlatformError('storage_evicted', { api: api('get') });
            }
            return undefined;
          }
          try {
            const value: unknown = JSON.parse(raw);
            return validate ? validate(value) : (value as T);
          } catch {
            return undefined; // damaged, or rejected by `validate`: treated as absent
          }
        }),

      set: (key, value) =>
        guard(api('set'), () => {
          let json: string | undefined;
          try {
            json = JSON.stringify(value);
          } catch {}
          if (json === undefined) {
            // A developer error (cycle, BigInt, undefined, function): never reaches the store.
            throw new PlatformError('unknown', {
              api: api('set'),
              detail: 'value is not JSON-serialisable',
            });
          }
          const { index } = load();
          const listed = index.s[scope] ?? [];
          const next: Index = {
            g: index.g,
            s: { ...index.s, [scope]: listed.includes(key) ? listed : [...listed, key] },
          };
          const nextIndex = JSON.stringify(next);
          const storageKey = keyOf(key);
          const previous = backend.getItem(storageKey);
          const used =
            backend.usedBytes ??
            backend.keys().reduce((sum, k) => sum + bytes(k, backend.getItem(k)), 0);
          const after =
            used -
            bytes(storageKey, previous) -
            bytes(indexKey, backend.getItem(indexKey)) +
            bytes(storageKey, json) +
            bytes(indexKey, nextIndex);
          // Refuse rather than let Zalo silently evict the citizen's older data to make room.
          if (after > backend.quotaBytes) throw full(api('set'), 'the value does not fit');
          try {
            write(api('set'), storageKey, json); // value first, then the index that lists it
            write(api('set'), indexKey, nextIndex);
          } catch (error) {
            try {
              if (previous === null) backend.removeItem(storageKey);
              else backend.setItem(storageKey, previous);
            } catch {}
            throw error;
          }
          known = next;
        }),

      remove: (key) =>
        guard(api('remove'), () => {
          const { index } = load();
          // Index first, so it never lists a key removed on purpose; the value goes even if
          // the index write fails (sign-out must not leave data behind).
          try {
            if (index.s[scope]?.includes(key)) {
              const next = without(index, scope, [key]);
              write(api('remove'), indexKey, JSON.stringify(next));
              known = next;
            }
          } finally {
            backend.removeItem(keyOf(key));
          }
        }),

      keys: () => guard(api('keys'), () => audit(scope)),

      clear: () =>
        guard(api('clear'), () => {
          const { index } = load();
          const listed = index.s[scope] ?? [];
          try {
            if (listed.length) {
              const next = without(index, scope, listed);
              write(api('clear'), indexKey, JSON.stringify(next));
              known = next;
            }
          } finally {
            for (const key of listed) backend.removeItem(keyOf(key));
          }
        }),

      usage: () =>
        guard(api('usage'), () => {
          const { index } = load();
          let usedBytes = bytes(indexKey, backend.getItem(indexKey));
          for (const [s, keys] of Object.entries(index.s)) {
            for (const key of keys) {
              usedBytes += bytes(dataKey(s, key), backend.getItem(dataKey(s, key)));
            }
          }
          return { usedBytes, quotaBytes: backend.quotaBytes };
        }),

      forUser: (userId) => view(`u:${encodeURIComponent(userId)}`),

      onEvicted(listener) {
        const off = evicted.on(scope, listener);
        // Tell a new listener at once about losses found since (e.g. while the app was closed).
        queueMicrotask(() => {
          if (evicted.listenerCount(scope)) guard(api('audit'), () => audit(scope)).catch(() => {});
        });
        return off;
      },
    };
  };

  return view('app');
}
