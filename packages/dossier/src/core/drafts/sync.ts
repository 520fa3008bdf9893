// Two-way sync of drafts with the backend, so a citizen can continue on another phone and a
// lost phone loses nothing. Per draft the newer `updatedAt` wins. A local edit made while the
// sync waits on the network always wins over what the sync brings back (revisions tell us),
// so syncing can never undo typing.
//
// A draft missing on the backend is pushed again rather than deleted here: the backend may
// have lost it, and if another phone already submitted it, submitting again is harmless —
// the idempotency key comes from the draft id, so the backend answers with the same dossier.
import { isDossierError } from '../service/errors';
import type { DossierService, RemoteDraft } from '../service/types';
import { isRemoteDraft } from './draft-shape';
import type { Draft } from './types';

export interface SyncContext {
  readonly service: DossierService;
  readonly sessionToken: string;
  readonly now: () => number;
  list(): Promise<Draft[]>;
  /** Local edit counters at this moment (a copy). */
  revisions(): ReadonlyMap<string, number>;
  revision(id: string): number;
  isRemoved(id: string): boolean;
  current(id: string): Draft | undefined;
  /** Stores a draft as given (not an edit: no new `updatedAt`). */
  put(draft: Draft): void;
  /** Ids removed on this phone that the backend may still have. */
  readRemoved(): Promise<string[]>;
  /** Drops these ids from that list (the backend forgot them). */
  forgetRemoved(ids: readonly string[]): Promise<void>;
  flush(): Promise<void>;
}

const toRemote = (draft: Draft): RemoteDraft => ({
  id: draft.id,
  procedureId: draft.procedureId,
  procedureVersion: draft.procedureVersion,
  answers: draft.answers,
  pageId: draft.pageId,
  ...(draft.onBehalf ? { onBehalf: draft.onBehalf } : {}),
  updatedAt: draft.updatedAt,
});

const fromRemote = (remote: RemoteDraft, local: Draft | undefined, at: number): Draft => ({
  id: remote.id,
  procedureId: remote.procedureId,
  procedureVersion: remote.procedureVersion,
  answers: remote.answers,
  pageId: remote.pageId,
  ...(remote.onBehalf ? { onBehalf: remote.onBehalf } : {}),
  // Not part of the backend's copy: keep what this phone knew.
  ...(local?.resultDelivery ? { resultDelivery: local.resultDelivery } : {}),
  createdAt: local?.createdAt ?? remote.updatedAt,
  updatedAt: remote.updatedAt,
  syncedAt: at,
});

export async function syncDrafts(ctx: SyncContext): Promise<void> {
  const { service, sessionToken: token } = ctx;
  const errors: unknown[] = [];

  // 1. Removals made here, so the backend does not hand them back.
  const removed = await ctx.readRemoved();
  const forgotten: string[] = [];
  for (const id of removed) {
    try {
      await service.deleteDraft(token, id);
      forgotten.push(id);
    } catch (error) {
      if (isDossierError(error, 'not_found')) forgotten.push(id);
      else errors.push(error);
    }
  }
  if (forgotten.length) await ctx.forgetRemoved(forgotten);

  // 2. Bring newer drafts down. Anything edited here after this point keeps the local version.
  const before = ctx.revisions();
  const untouched = (id: string) => ctx.revision(id) === (before.get(id) ?? 0);
  const remote = new Map<string, RemoteDraft>();
  for (const entry of await service.listDrafts(token)) {
    if (isRemoteDraft(entry)) remote.set(entry.id, entry);
  }
  /** The local edit wins over `theirs`: made newer than it, so it is pushed now and later. */
  const keepLocal = (id: string, theirs: number) => {
    const mine = ctx.current(id);
    if (mine && mine.updatedAt <= theirs) ctx.put({ ...mine, updatedAt: theirs + 1 });
  };
  const local = await ctx.list();
  for (const entry of remote.values()) {
    if (removed.includes(entry.id) || ctx.isRemoved(entry.id)) continue;
    const mine = ctx.current(entry.id) ?? local.find((draft) => draft.id === entry.id);
    if (mine && mine.updatedAt >= entry.updatedAt) continue;
    if (untouched(entry.id)) ctx.put(fromRemote(entry, mine, ctx.now()));
    else keepLocal(entry.id, entry.updatedAt);
  }

  // 3. Push newer drafts up.
  for (const listed of local) {
    const mine = ctx.current(listed.id) ?? listed;
    if (ctx.isRemoved(mine.id)) continue;
    const theirs = remote.get(mine.id);
    if (theirs && theirs.updatedAt >= mine.updatedAt) {
      if (theirs.updatedAt === mine.updatedAt && mine.syncedAt === undefined) {
        ctx.put({ ...mine, syncedAt: ctx.now() });
      }
      continue;
    }
    const revision = ctx.revision(mine.id);
    try {
      const saved = await service.saveDraft(token, toRemote(mine));
      const latest = ctx.current(mine.id);
      // Edited or removed while saving: the next sync pushes the newer version.
      if (!latest || ctx.revision(mine.id) !== revision) {
        if (isRemoteDraft(saved)) keepLocal(mine.id, saved.updatedAt);
        continue;
      }
      if (isRemoteDraft(saved) && saved.updatedAt > latest.updatedAt) {
        ctx.put(fromRemote(saved, latest, ctx.now())); // the backend already had a newer copy
      } else {
        ctx.put({ ...latest, syncedAt: ctx.now() });
      }
    } catch (error) {
      errors.push(error);
    }
  }

  // Storage failures here are reported through the store's onError; the sync itself worked.
  await ctx.flush().catch(() => {});
  if (errors.length) throw errors[0];
}
