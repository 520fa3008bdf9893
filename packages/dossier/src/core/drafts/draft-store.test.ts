import { createMemoryBackend, createPlatformStorage } from '@govmini/platform';
import { createManualClock } from '@govmini/platform/testing';
import { describe, expect, it } from 'vitest';
import { createDraftStore, DRAFT_KEY_PREFIX } from './draft-store';
import { type DraftStorageError, isDraftStorageError } from './errors';
import { householdV1 } from './test-fixtures';

const APP = 'gm:test:app:';

/** A phone: one backend (what survives a kill), and a fresh app over it on every `boot`. */
function phone(options: { quotaBytes?: number } = {}) {
  const backend = createMemoryBackend({ quotaBytes: options.quotaBytes ?? 1_000_000 });
  const clock = createManualClock(1_750_000_000_000);
  let ids = 0;
  const writes: string[] = [];
  const setItem = backend.setItem.bind(backend);
  backend.setItem = (key, value) => {
    writes.push(key);
    setItem(key, value);
  };
  const boot = () => {
    const storage = createPlatformStorage(backend, { appId: 'test', clock });
    const errors: DraftStorageError[] = [];
    const store = createDraftStore({
      storage,
      now: clock.now,
      timers: clock,
      newId: () => `d${++ids}`,
    });
    store.onError((error) => errors.push(error));
    return { storage, store, errors };
  };
  const draftWrites = (id: string) => writes.filter((key) => key === APP + DRAFT_KEY_PREFIX + id);
  return { backend, clock, boot, draftWrites };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createDraftStore: saving', () => {
  it('creates a draft at the first page and stores it at once', async () => {
    const p = phone();
    const { store } = p.boot();
    const draft = await store.create(householdV1);
    expect(draft).toMatchObject({
      id: 'd1',
      procedureId: 'xac-nhan-cu-tru',
      procedureVersion: 1,
      pageId: 'ho-ten',
      answers: {},
    });
    expect(await p.boot().store.get('d1')).toEqual(draft);
  });

  it('debounces updates: one write per window, none before it', async () => {
    const p = phone();
    const { store } = p.boot();
    await store.create(householdV1);
    const before = p.draftWrites('d1').length;
    store.update('d1', { answers: { fullName: 'N' } });
    await p.clock.advance(100);
    store.update('d1', { answers: { fullName: 'Nguyễn' } });
    await p.clock.advance(200);
    store.update('d1', { answers: { fullName: 'Nguyễn Văn An' } });
    expect(p.draftWrites('d1').length).toBe(before);
    // The window started at the first change: steady typing is still saved every 400 ms.
    await p.clock.advance(100);
    expect(p.draftWrites('d1').length).toBe(before + 1);
    expect((await p.boot().store.get('d1'))?.answers).toEqual({ fullName: 'Nguyễn Văn An' });
    await p.clock.advance(1_000);
    expect(p.draftWrites('d1').length).toBe(before + 1);
  });

  it('shows a change in memory at once and writes it on flush', async () => {
    const p = phone();
    const { store } = p.boot();
    await store.create(householdV1);
    store.update('d1', { answers: { fullName: 'An' }, pageId: 'ngay-sinh' });
    expect(await store.get('d1')).toMatchObject({
      answers: { fullName: 'An' },
      pageId: 'ngay-sinh',
    });
    await store.flush();
    expect(await p.boot().store.get('d1')).toMatchObject({ pageId: 'ngay-sinh' });
  });

  it('survives a kill: flushed changes are there, unflushed ones within the window are not', async () => {
    const p = phone();
    const first = p.boot().store;
    await first.create(householdV1);
    first.update('d1', { answers: { fullName: 'Trần Thị Bình' } });
    await first.flush();
    first.update('d1', { answers: { fullName: 'Trần Thị Bình', dateOfBirth: '1950-02-03' } });
    // Killed before the debounce ran: a new app over the same storage.
    const second = p.boot().store;
    expect((await second.list()).map((d) => d.answers)).toEqual([{ fullName: 'Trần Thị Bình' }]);
  });

  it('every change makes the draft strictly newer, even if the clock steps back', async () => {
    const p = phone();
    const { store } = p.boot();
    const draft = await store.create(householdV1);
    store.update('d1', { answers: { fullName: 'A' } });
    const once = await store.get('d1');
    store.update('d1', { answers: { fullName: 'B' } });
    const twice = await store.get('d1');
    expect(once?.updatedAt).toBeGreaterThan(draft.updatedAt);
    expect(twice?.updatedAt).toBeGreaterThan(once?.updatedAt ?? 0);
  });

  it('applies updates to a draft it has not read yet', async () => {
    const p = phone();
    await p.boot().store.create(householdV1);
    const { store } = p.boot();
    store.update('d1', { pageId: 'anh' });
    await store.flush();
    expect(await p.boot().store.get('d1')).toMatchObject({
      pageId: 'anh',
      procedureId: 'xac-nhan-cu-tru',
    });
  });

  it('lists newest first, notifies subscribers, and forgets removed drafts', async () => {
    const p = phone();
    const { store } = p.boot();
    let changes = 0;
    store.subscribe(() => changes++);
    await store.create(householdV1);
    await p.clock.advance(1_000);
    await store.create(householdV1);
    await p.clock.advance(1_000);
    store.update('d1', { pageId: 'anh' });
    expect((await store.list()).map((d) => d.id)).toEqual(['d1', 'd2']);
    await store.remove('d1');
    expect((await store.list()).map((d) => d.id)).toEqual(['d2']);
    expect(await store.get('d1')).toBeUndefined();
    expect((await p.boot().store.list()).map((d) => d.id)).toEqual(['d2']);
    expect(changes).toBe(4);
  });
});

describe('createDraftStore: what storage does wrong', () => {
  it('skips and reports a damaged entry; the others still list', async () => {
    const p = phone();
    const { store, storage } = p.boot();
    await store.create(householdV1);
    await store.create(householdV1);
    await storage.set(`${DRAFT_KEY_PREFIX}d2`, { id: 'd2', answers: 'not answers' });
    await storage.set(`${DRAFT_KEY_PREFIX}d3`, { ...(await store.get('d1')), id: 'other' });
    const fresh = p.boot();
    expect((await fresh.store.list()).map((d) => d.id)).toEqual(['d1']);
    expect(fresh.errors.map((e) => [e.code, e.keys])).toEqual([
      ['corrupt', [`${DRAFT_KEY_PREFIX}d2`]],
      ['corrupt', [`${DRAFT_KEY_PREFIX}d3`]],
    ]);
    await fresh.store.list(); // reported once, not on every list
    expect(fresh.errors).toHaveLength(2);
  });

  it('reports drafts Zalo evicted while the app was closed, and lists the rest', async () => {
    const p = phone();
    const first = p.boot().store;
    await first.create(householdV1);
    await first.create(householdV1);
    p.backend.evict([`${APP}${DRAFT_KEY_PREFIX}d1`]);
    const fresh = p.boot();
    expect((await fresh.store.list()).map((d) => d.id)).toEqual(['d2']);
    await settle();
    expect(fresh.errors.map((e) => e.code)).toContain('storage_evicted');
    expect(fresh.errors.flatMap((e) => e.keys)).toContain(`${DRAFT_KEY_PREFIX}d1`);
  });

  it('rejects get of an evicted draft with a typed error', async () => {
    const p = phone();
    await p.boot().store.create(householdV1);
    const app = p.boot();
    await app.storage.keys(); // this session knows the key…
    p.backend.evict([`${APP}${DRAFT_KEY_PREFIX}d1`]); // …and Zalo drops it
    const error = await app.store.get('d1').catch((e: unknown) => e);
    expect(isDraftStorageError(error, 'storage_evicted')).toBe(true);
  });

  it('rewrites an evicted draft it still holds in memory, without alarming anyone', async () => {
    const p = phone();
    const app = p.boot();
    await app.store.create(householdV1);
    app.store.update('d1', { answers: { fullName: 'Lê Văn Cường' } });
    await app.store.flush();
    p.backend.evict([`${APP}${DRAFT_KEY_PREFIX}d1`]);
    await app.storage.keys(); // the platform notices and reports the eviction
    await p.clock.advance(400);
    expect(app.errors).toEqual([]);
    expect((await p.boot().store.get('d1'))?.answers).toEqual({ fullName: 'Lê Văn Cường' });
  });

  it('storage full: keeps the change in memory, reports it, flush rejects; saved once room is made', async () => {
    const p = phone({ quotaBytes: 6_000 });
    const app = p.boot();
    await app.storage.set('other', 'x'.repeat(1_000));
    await app.store.create(householdV1);
    app.store.update('d1', { answers: { fullName: 'Phạm '.repeat(400) } });
    const error = await app.store.flush().catch((e: unknown) => e);
    expect(isDraftStorageError(error, 'storage_full')).toBe(true);
    expect((error as DraftStorageError).message).toMatch(/Bộ nhớ .* đầy/);
    expect(app.errors.map((e) => e.code)).toEqual(['storage_full']);
    expect((await app.store.get('d1'))?.answers.fullName).toHaveLength(2_000);
    await app.storage.remove('other');
    await app.store.flush();
    expect((await p.boot().store.get('d1'))?.answers.fullName).toHaveLength(2_000);
  });

  it('storage full at create: the citizen can still start, the problem is reported', async () => {
    const p = phone({ quotaBytes: 1_000 });
    const app = p.boot();
    await app.storage.set('other', 'x'.repeat(300));
    const draft = await app.store.create(householdV1);
    expect(await app.store.get(draft.id)).toEqual(draft);
    expect(app.errors.map((e) => e.code)).toEqual(['storage_full']);
    expect((await app.store.list()).map((d) => d.id)).toEqual([draft.id]);
  });

  it('dispose writes what is pending and stops listening to storage', async () => {
    const p = phone();
    const app = p.boot();
    await app.store.create(householdV1);
    app.store.update('d1', { answers: { fullName: 'Mai' } });
    app.store.dispose();
    await settle();
    expect((await p.boot().store.get('d1'))?.answers).toEqual({ fullName: 'Mai' });
    p.backend.evict([`${APP}${DRAFT_KEY_PREFIX}d1`]);
    await app.storage.keys();
    await p.clock.advance(1_000);
    expect(await p.boot().store.list()).toEqual([]); // no longer rewritten by the disposed store
  });
});
