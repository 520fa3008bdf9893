// Drafts on the phone: every change is kept in memory at once and written through platform
// storage shortly after, so a killed app loses at most `debounceMs` of typing (the journey
// calls `flush()` on page change and when the app is hidden, which closes even that gap).
//
// Layout: one key per draft, `dossier:draft:<id>`, listed through `storage.keys()` (the
// platform keeps its own index, so we add no second one that could disagree), plus
// `dossier:draft-removed`, ids removed here that the backend still has to forget.
//
// Failures are never swallowed: a write that does not fit keeps the change in memory, retries
// on the next flush and is reported (`onError`, and `flush()` rejects); an entry the host
// evicted is rewritten from memory when we still have it, and reported when we do not.
import { createEmitter } from '@govmini/platform';
import type { ProcedureDefinition } from '../definition/types';
import { toDossierError } from '../service/errors';
import type { DossierService } from '../service/types';
import type { DraftChange, DraftStore, DraftStoreOptions } from './api';
import { parseDraft } from './draft-shape';
import { DraftStorageError, toDraftStorageError } from './errors';
import { migrateDraft } from './migrate';
import { syncDrafts } from './sync';
import type { Draft } from './types';

export const DRAFT_KEY_PREFIX = 'dossier:draft:';
export const REMOVED_DRAFTS_KEY = 'dossier:draft-removed';
/** Enough for years of use; older removals are forgotten (the backend keeps a stale copy). */
const MAX_REMOVED = 200;

type Change = DraftChange;

const defaultTimers = {
  setTimeout: (fn: () => void, ms: number): unknown => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle: unknown) =>
    globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

const withoutUndefined = <T extends object>(value: { [K in keyof T]?: T[K] | undefined }): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export function createDraftStore(options: DraftStoreOptions): DraftStore {
  const { storage, debounceMs = 400 } = options;
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const timers = options.timers ?? defaultTimers;
  const keyOf = (id: string) => DRAFT_KEY_PREFIX + id;

  /** Drafts this store has seen, in their newest state (ahead of storage while dirty). */
  const cache = new Map<string, Draft>();
  /** Changes to drafts not read yet; applied on top of the stored draft when it is read. */
  const patches = new Map<string, Change>();
  const dirty = new Set<string>();
  /** Bumped on every local change; sync compares them to know what changed meanwhile. */
  const revisions = new Map<string, number>();
  /** Removed in this session: a stale read (list racing remove) must not bring them back. */
  const removedIds = new Set<string>();
  /** Keys already reported as unreadable, so one damaged entry is reported once. */
  const reported = new Set<string>();
  const events = createEmitter<{ change: undefined; error: DraftStorageError }>();
  let timer: unknown;
  // Writes and removals run one after another, so a late write never resurrects a removal.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  };

  const changed = () => events.emit('change', undefined);
  const report = (error: DraftStorageError) => {
    events.emit('error', error);
    return error;
  };
  const bump = (id: string) => revisions.set(id, (revisions.get(id) ?? 0) + 1);

  const merge = (draft: Draft, change: Change, stamp: boolean): Draft =>
    withoutUndefined<Draft>({
      ...draft,
      ...change,
      id: draft.id,
      createdAt: draft.createdAt,
      // Strictly newer than what it replaces, even if the clock stepped back, so newer-wins
      // sync always prefers a local edit over the copy it was made from.
      updatedAt: stamp
        ? Math.max(now(), draft.updatedAt + 1)
        : (change.updatedAt ?? draft.updatedAt),
    });

  /** The stored draft (undefined when absent or unreadable); typed error when evicted. */
  const read = async (id: string): Promise<Draft | undefined> => {
    const key = keyOf(id);
    let draft: Draft | undefined;
    try {
      draft = await storage.get(key, (value) => {
        const parsed = parseDraft(value);
        if (parsed.id !== id) throw new TypeError('draft stored under another id');
        return parsed;
      });
    } catch (error) {
      throw report(toDraftStorageError(error, [key]));
    }
    const patch = patches.get(id);
    if (draft && patch) {
      draft = merge(draft, patch, false);
      patches.delete(id);
    }
    return draft;
  };

  const schedule = () => {
    if (timer !== undefined) return;
    // Fixed window from the first unsaved change (not reset by later ones): steady typing
    // still reaches storage every `debounceMs`, so a kill loses at most that much.
    timer = timers.setTimeout(() => {
      timer = undefined;
      persist().catch(() => {}); // reported through onError inside
    }, debounceMs);
  };

  const persist = () =>
    serial(async () => {
      const failures: DraftStorageError[] = [];
      for (const id of [...dirty]) {
        dirty.delete(id);
        let draft = cache.get(id);
        if (!draft && patches.has(id)) {
          try {
            draft = await read(id);
          } catch (error) {
            failures.push(error as DraftStorageError);
            continue;
          }
          if (draft) cache.set(id, draft);
        }
        if (!draft || removedIds.has(id)) continue;
        try {
          await storage.set(keyOf(id), draft);
        } catch (error) {
          // Still in memory: retried on the next flush or change.
          if (cache.has(id)) dirty.add(id);
          failures.push(report(toDraftStorageError(error, [keyOf(id)])));
        }
      }
      if (failures[0]) throw failures[0];
    });

  const readRemoved = async (): Promise<string[]> => {
    try {
      const ids = await storage.get(REMOVED_DRAFTS_KEY, (value) => {
        if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) {
          throw new TypeError('not a list of ids');
        }
        return value as string[];
      });
      return ids ?? [];
    } catch {
      // Losing this list only means a removed draft may come back from the backend.
      return [];
    }
  };

  const writeRemoved = (ids: readonly string[]) =>
    storage.set(REMOVED_DRAFTS_KEY, ids.slice(-MAX_REMOVED)).catch((error) => {
      report(toDraftStorageError(error, [REMOVED_DRAFTS_KEY]));
    });

  // Evictions: rewrite what we still hold in memory; report what is really gone.
  const offEvicted = storage.onEvicted(({ keys }) => {
    const lost: string[] = [];
    for (const key of keys) {
      if (!key.startsWith(DRAFT_KEY_PREFIX)) continue;
      const id = key.slice(DRAFT_KEY_PREFIX.length);
      if (cache.has(id) && !removedIds.has(id)) dirty.add(id);
      else lost.push(key);
    }
    if (dirty.size) schedule();
    if (lost.length) {
      report(new DraftStorageError('storage_evicted', { keys: lost }));
      changed();
    }
  });

  const store: DraftStore = {
    async create(procedure: ProcedureDefinition) {
      const at = now();
      const draft: Draft = {
        id: newId(),
        procedureId: procedure.id,
        procedureVersion: procedure.version,
        answers: {},
        // Page conditions may only look at earlier pages, so the first page always shows.
        pageId: procedure.pages[0]?.id ?? 'check',
        createdAt: at,
        updatedAt: at,
      };
      cache.set(draft.id, draft);
      bump(draft.id);
      dirty.add(draft.id);
      changed();
      // A full storage does not stop the citizen: the draft lives in memory, the failure is
      // reported through onError and the write is retried on every flush.
      await persist().catch(() => {});
      return draft;
    },

    async get(id) {
      if (removedIds.has(id)) return undefined;
      const cached = cache.get(id);
      if (cached) return cached;
      const draft = await read(id);
      if (draft && !cache.has(id)) cache.set(id, draft);
      return cache.get(id);
    },

    async list() {
      let keys: string[];
      try {
        keys = await storage.keys();
      } catch (error) {
        throw report(toDraftStorageError(error, []));
      }
      const ids = new Set(cache.keys());
      for (const key of keys) {
        if (key.startsWith(DRAFT_KEY_PREFIX)) ids.add(key.slice(DRAFT_KEY_PREFIX.length));
      }
      const drafts: Draft[] = [];
      for (const id of ids) {
        if (removedIds.has(id)) continue;
        const cached = cache.get(id);
        if (cached) {
          drafts.push(cached);
          continue;
        }
        // One bad entry must not hide the others: report it and go on.
        const draft = await read(id).catch(() => undefined);
        if (draft) {
          if (!cache.has(id)) cache.set(id, draft);
          drafts.push(cache.get(id) ?? draft);
        } else if (!reported.has(keyOf(id)) && keys.includes(keyOf(id))) {
          reported.add(keyOf(id));
          report(new DraftStorageError('corrupt', { keys: [keyOf(id)] }));
        }
      }
      return drafts.sort((a, b) => b.updatedAt - a.updatedAt);
    },

    update(id, change) {
      if (removedIds.has(id)) return;
      const current = cache.get(id);
      if (current) cache.set(id, merge(current, change, true));
      else patches.set(id, { ...patches.get(id), ...change, updatedAt: now() });
      bump(id);
      dirty.add(id);
      schedule();
      changed();
    },

    flush() {
      if (timer !== undefined) {
        timers.clearTimeout(timer);
        timer = undefined;
      }
      return persist();
    },

    async remove(id) {
      removedIds.add(id);
      cache.delete(id);
      patches.delete(id);
      dirty.delete(id);
      bump(id);
      changed();
      await serial(async () => {
        // The removal is noted first: killed in between, the draft is still here (and can be
        // removed again), rather than gone here but brought back by the next sync.
        const removed = await readRemoved();
        if (!removed.includes(id)) await writeRemoved([...removed, id]);
        try {
          await storage.remove(keyOf(id));
        } catch (error) {
          throw report(toDraftStorageError(error, [keyOf(id)]));
        }
      });
    },

    subscribe(listener) {
      return events.on('change', listener);
    },

    onError(listener) {
      return events.on('error', listener);
    },

    migrate(draft, procedure) {
      const migration = migrateDraft(draft, procedure, now());
      // Recorded like any change, so the migrated draft is what gets saved and resumed.
      if (cache.has(draft.id)) {
        cache.set(draft.id, migration.draft);
        bump(draft.id);
        dirty.add(draft.id);
        schedule();
        changed();
      }
      return migration;
    },

    dispose() {
      offEvicted();
      if (dirty.size) store.flush().catch(() => {}); // reported through onError
    },

    sync: (() => {
      let running: Promise<void> | undefined;
      return (service: DossierService, sessionToken: string) => {
        running ??= syncDrafts({
          service,
          sessionToken,
          now,
          list: () => store.list(),
          revisions: () => new Map(revisions),
          revision: (id) => revisions.get(id) ?? 0,
          isRemoved: (id) => removedIds.has(id),
          current: (id) => cache.get(id),
          put(draft) {
            if (removedIds.has(draft.id)) return;
            cache.set(draft.id, draft);
            dirty.add(draft.id);
            changed();
          },
          readRemoved,
          forgetRemoved: (ids) =>
            serial(async () => {
              const removed = await readRemoved();
              await writeRemoved(removed.filter((id) => !ids.includes(id)));
            }),
          flush: () => store.flush(),
        })
          .catch((error: unknown) => {
            throw error instanceof DraftStorageError ? error : toDossierError(error);
          })
          .finally(() => {
            running = undefined;
          });
        return running;
      };
    })(),
  };
  return store;
}
