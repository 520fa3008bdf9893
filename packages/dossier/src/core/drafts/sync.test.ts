import { createMemoryBackend, createPlatformStorage } from '@govmini/platform';
import { createManualClock } from '@govmini/platform/testing';
import { describe, expect, it } from 'vitest';
import { dossierError } from '../service/errors';
import type { DossierService, RemoteDraft } from '../service/types';
import { createDraftStore } from './draft-store';
import { householdV1 } from './test-fixtures';

/** The backend's drafts, newer-wins like the real one; hooks to act while a call is waiting. */
function fakeBackend() {
  const drafts = new Map<string, RemoteDraft>();
  const calls: string[] = [];
  const hooks: {
    list?: (() => void | Promise<void>) | undefined;
    save?: (() => void | Promise<void>) | undefined;
  } = {};
  let offline = false;
  const check = () => {
    if (offline) throw dossierError('offline');
  };
  const service = {
    async saveDraft(_token: string, draft: RemoteDraft) {
      check();
      calls.push(`save ${draft.id}`);
      await hooks.save?.();
      const kept = drafts.get(draft.id);
      if (kept && kept.updatedAt >= draft.updatedAt) return kept;
      drafts.set(draft.id, structuredClone(draft));
      return draft;
    },
    async listDrafts() {
      check();
      calls.push('list');
      const result = structuredClone([...drafts.values()]);
      await hooks.list?.();
      return result;
    },
    async deleteDraft(_token: string, id: string) {
      check();
      calls.push(`delete ${id}`);
      if (!drafts.delete(id)) throw dossierError('not_found');
    },
  } as unknown as DossierService;
  return {
    drafts,
    calls,
    hooks,
    service,
    setOffline: (value: boolean) => {
      offline = value;
    },
  };
}

function phone(name: string) {
  const backend = createMemoryBackend();
  const clock = createManualClock(1_750_000_000_000);
  let ids = 0;
  const boot = () =>
    createDraftStore({
      storage: createPlatformStorage(backend, { appId: 't', clock }),
      now: clock.now,
      timers: clock,
      newId: () => `${name}${++ids}`,
    });
  return { clock, boot, store: boot() };
}

describe('DraftStore.sync', () => {
  it('pushes local drafts the backend lacks and marks them synced', async () => {
    const remote = fakeBackend();
    const a = phone('a');
    const draft = await a.store.create(householdV1);
    a.store.update(draft.id, { answers: { fullName: 'Võ Thị Sáu' } });
    await a.store.sync(remote.service, 'u1');
    expect(remote.drafts.get(draft.id)?.answers).toEqual({ fullName: 'Võ Thị Sáu' });
    const synced = await a.store.get(draft.id);
    expect(synced?.syncedAt).toBe(a.clock.now());
    expect(await a.boot().get(draft.id)).toMatchObject({ syncedAt: a.clock.now() }); // stored too
  });

  it('continues on another phone: the newer copy wins in both directions', async () => {
    const remote = fakeBackend();
    const a = phone('a');
    const b = phone('b');
    const draft = await a.store.create(householdV1);
    a.store.update(draft.id, { answers: { fullName: 'Hoa' }, pageId: 'ngay-sinh' });
    await a.store.sync(remote.service, 'u1');

    await b.clock.advance(60_000);
    await b.store.sync(remote.service, 'u1'); // b gets a's draft
    expect(await b.store.get(draft.id)).toMatchObject({ answers: { fullName: 'Hoa' } });
    b.store.update(draft.id, { answers: { fullName: 'Hoa', dateOfBirth: '1950-01-01' } });
    await b.store.sync(remote.service, 'u1'); // b's newer copy goes up

    await a.clock.advance(120_000);
    await a.store.sync(remote.service, 'u1'); // and comes down to a
    expect((await a.store.get(draft.id))?.answers).toEqual({
      fullName: 'Hoa',
      dateOfBirth: '1950-01-01',
    });
    // An older local edit does not overwrite the newer remote copy.
    expect(remote.drafts.get(draft.id)?.answers).toEqual({
      fullName: 'Hoa',
      dateOfBirth: '1950-01-01',
    });
  });

  it('an older remote copy never overwrites a newer local one', async () => {
    const remote = fakeBackend();
    const a = phone('a');
    const draft = await a.store.create(householdV1);
    remote.drafts.set(draft.id, {
      id: draft.id,
      procedureId: draft.procedureId,
      procedureVersion: 1,
      answers: { fullName: 'cũ' },
      pageId: 'ho-ten',
      updatedAt: draft.updatedAt - 1,
    });
    a.store.update(draft.id, { answers: { fullName: 'mới' } });
    await a.store.sync(remote.service, 'u1');
    expect((await a.store.get(draft.id))?.answers).toEqual({ fullName: 'mới' });
    expect(remote.drafts.get(draft.id)?.answers).toEqual({ fullName: 'mới' });
  });

  it('never loses a local edit made while the sync waits on the network', async () => {
    const remote = fakeBackend();
    const a = phone('a');
    const draft = await a.store.create(householdV1);
    // The backend holds a copy newer than the local draft (from another phone)…
    remote.drafts.set(draft.id, {
      id: draft.id,
      procedureId: draft.procedureId,
      procedureVersion: 1,
      answers: { fullName: 'từ máy khác' },
      pageId: 'ho-ten',
      updatedAt: draft.updatedAt + 10_000,
    });
    // …but the citizen types here while the list is on its way.
    remote.hooks.list = () => {
      a.store.update(draft.id, { answers: { fullName: 'gõ trong lúc đồng bộ' } });
    };
    await a.store.sync(remote.service, 'u1');
    expect((await a.store.get(draft.id))?.answers).toEqual({ fullName: 'gõ trong lúc đồng bộ' });
    // It now counts as the newest copy: it went up, and stays on the next sync.
    expect(remote.drafts.get(draft.id)?.answers).toEqual({ fullName: 'gõ trong lúc đồng bộ' });

    // An edit during the push is not marked synced; the next sync sends it.
    remote.hooks.list = undefined;
    a.store.update(draft.id, { answers: { fullName: 'lần 1' } });
    await a.clock.advance(20_000);
    remote.hooks.save = () => {
      remote.hooks.save = undefined;
      a.store.update(draft.id, { answers: { fullName: 'lần 2' } });
    };
    await a.store.sync(remote.service, 'u1');
    expect((await a.store.get(draft.id))?.answers).toEqual({ fullName: 'lần 2' });
    await a.store.sync(remote.service, 'u1');
    expect(remote.drafts.get(draft.id)?.answers).toEqual({ fullName: 'lần 2' });
  });

  it('removals reach the backend and are not brought back', async () => {
    const remote = fakeBackend();
    const a = phone('a');
    const draft = await a.store.create(householdV1);
    await a.store.sync(remote.service, 'u1');
    await a.store.remove(draft.id);
    remote.setOffline(true);
    await expect(a.store.sync(remote.service, 'u1')).rejects.toMatchObject({ code: 'offline' });
    remote.setOffline(false);
    // Even after a restart the removal is remembered.
    const restarted = a.boot();
    await restarted.sync(remote.service, 'u1');
    expect(remote.drafts.has(draft.id)).toBe(false);
    expect(await restarted.list()).toEqual([]);
    remote.calls.length = 0;
    await restarted.sync(remote.service, 'u1');
    expect(remote.calls).toEqual(['list']); // the removal list is empty now
  });

  it('a removal the backend refused for now is not undone by the same sync', async () => {
    const remote = fakeBackend();
    const a = phone('a');
    const draft = await a.store.create(householdV1);
    await a.store.sync(remote.service, 'u1');
    await a.store.remove(draft.id);
    const restarted = a.boot();
    remote.service.deleteDraft = async () => {
      throw dossierError('server');
    };
    await expect(restarted.sync(remote.service, 'u1')).rejects.toMatchObject({ code: 'server' });
    expect(await restarted.list()).toEqual([]);
    expect(remote.drafts.has(draft.id)).toBe(true); // still to be deleted next time
  });

  it('a draft the backend lost is pushed again, not deleted', async () => {
    const remote = fakeBackend();
    const a = phone('a');
    const draft = await a.store.create(householdV1);
    await a.store.sync(remote.service, 'u1');
    remote.drafts.clear();
    await a.store.sync(remote.service, 'u1');
    expect(remote.drafts.has(draft.id)).toBe(true);
    expect(await a.store.get(draft.id)).toBeDefined();
  });

  it('skips what the backend sends that is not a draft', async () => {
    const remote = fakeBackend();
    remote.drafts.set('x', { id: 'x', answers: 'nope' } as unknown as RemoteDraft);
    const a = phone('a');
    await a.store.sync(remote.service, 'u1');
    expect(await a.store.list()).toEqual([]);
  });

  it('runs one sync at a time', async () => {
    const remote = fakeBackend();
    const a = phone('a');
    await a.store.create(householdV1);
    await Promise.all([a.store.sync(remote.service, 'u1'), a.store.sync(remote.service, 'u1')]);
    expect(remote.calls.filter((call) => call === 'list')).toHaveLength(1);
  });
});
