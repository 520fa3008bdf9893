// The dossier side of the outbox: the key derived from the draft id, sessions, beforeSend,
// DossierError and DraftStorageError terms. The outbox's own guarantees (backoff, restarts,
// storage) are tested in @govmini/platform (src/outbox/*.test.ts); under faults, here in
// exactly-once.test.ts.
import {
  createMemoryBackend,
  createPlatformStorage,
  type NetworkState,
  type StorageApi,
} from '@govmini/platform';
import { createManualClock } from '@govmini/platform/testing';
import { describe, expect, it } from 'vitest';
import { dossierError } from '../service/errors';
import type { Dossier, DossierErrorCode, DossierService, SubmitRequest } from '../service/types';
import { createDraftStore } from './draft-store';
import { isDraftStorageError } from './errors';
import { idempotencyKeyFor } from './idempotency';
import { createOutbox, OUTBOX_KEY_PREFIX } from './outbox';
import { householdV1 } from './test-fixtures';
import type { OutboxItem } from './types';

const request = (draftId: string, over: Partial<SubmitRequest> = {}): SubmitRequest => ({
  procedureId: 'xac-nhan-cu-tru',
  procedureVersion: 1,
  answers: { fullName: 'Đỗ Văn Nam' },
  resultDelivery: 'in_person',
  idempotencyKey: idempotencyKeyFor(draftId),
  declaredAt: '2026-01-05T09:00:00+07:00',
  ...over,
});

/** A backend that files one dossier per key and fails as told; `hang` answers only when the app dies. */
function fakeBackend() {
  const byKey = new Map<string, Dossier>();
  const calls: { key: string; at: number; storedState?: string }[] = [];
  const plan: (DossierErrorCode | 'hang' | { code: 'invalid_answers' })[] = [];
  let peek: (() => Promise<string | undefined>) | undefined;
  const hung: ((error: unknown) => void)[] = [];
  const service = {
    async submit(_token: string, req: SubmitRequest) {
      const storedState = peek ? await peek() : undefined;
      calls.push({ key: req.idempotencyKey, at: now(), ...(storedState ? { storedState } : {}) });
      const step = plan.shift();
      if (step === 'hang') return new Promise<never>((_, reject) => hung.push(reject));
      if (typeof step === 'object') {
        throw dossierError('invalid_answers', { issues: [{ path: 'fullName', code: 'required' }] });
      }
      if (step) throw dossierError(step);
      const first = byKey.get(req.idempotencyKey);
      if (first) return first;
      const dossier = {
        code: `000.00.06.H56-260105-${String(byKey.size + 1).padStart(4, '0')}`,
        answers: req.answers,
      } as unknown as Dossier;
      byKey.set(req.idempotencyKey, dossier);
      return dossier;
    },
  } as unknown as DossierService;
  let now = () => 0;
  return {
    service,
    calls,
    plan,
    byKey,
    followClock: (fn: () => number) => {
      now = fn;
    },
    peekWith: (fn: () => Promise<string | undefined>) => {
      peek = fn;
    },
    /** The app died: its requests are gone with it (an attempt in flight is per JS realm). */
    kill() {
      for (const reject of hung.splice(0)) reject(dossierError('offline'));
    },
  };
}

function network(online = true) {
  let state: NetworkState = { online, type: online ? 'wifi' : 'none' };
  const listeners = new Set<(s: NetworkState) => void>();
  return {
    getNetwork: () => state,
    onNetworkChange(listener: (s: NetworkState) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(online: boolean) {
      state = { online, type: online ? 'wifi' : 'none' };
      for (const listener of listeners) listener(state);
    },
  };
}

function world(options: { online?: boolean; quotaBytes?: number } = {}) {
  const backend = createMemoryBackend({ quotaBytes: options.quotaBytes ?? 1_000_000 });
  const clock = createManualClock(1_760_000_000_000);
  const remote = fakeBackend();
  remote.followClock(clock.now);
  const net = network(options.online ?? true);
  let token: string | undefined = 'u1';
  const boot = () => {
    const storage: StorageApi = createPlatformStorage(backend, { appId: 't', clock });
    const outbox = createOutbox({
      storage,
      service: remote.service,
      getSessionToken: async () => token,
      system: net,
      now: clock.now,
      timers: clock,
      backoff: { random: () => 0.5 }, // jitter fixed: delay = 0.75 × the nominal one
    });
    return { storage, outbox };
  };
  return {
    backend,
    clock,
    remote,
    net,
    boot,
    setToken: (value: string | undefined) => {
      token = value;
    },
  };
}

describe('createOutbox', () => {
  it('stores the request before the network sees it, then sends it', async () => {
    const w = world();
    const { storage, outbox } = w.boot();
    w.remote.peekWith(async () => (await storage.get<OutboxItem>(`${OUTBOX_KEY_PREFIX}d1`))?.state);
    const item = await outbox.enqueue('d1', request('d1'));
    expect(w.remote.calls).toEqual([
      { key: 'draft:d1', at: w.clock.now(), storedState: 'sending' },
    ]);
    expect(item).toMatchObject({
      state: 'sent',
      attempts: 1,
      dossier: { code: expect.any(String) },
    });
    expect(await outbox.whenSent('d1')).toEqual(item.dossier);
    expect((await storage.get<OutboxItem>(`${OUTBOX_KEY_PREFIX}d1`))?.state).toBe('sent');
  });

  it('always uses the key derived from the draft id', async () => {
    const w = world();
    const { outbox } = w.boot();
    await outbox.enqueue('d7', request('d7', { idempotencyKey: 'random-key-123' }));
    expect(w.remote.calls.map((c) => c.key)).toEqual(['draft:d7']);
  });

  it('offline: queues without trying, sends when the network comes back', async () => {
    const w = world({ online: false });
    const { outbox } = w.boot();
    const states: string[] = [];
    outbox.subscribe((item) => states.push(item.state));
    const queued = await outbox.enqueue('d1', request('d1'));
    expect(queued).toMatchObject({ state: 'pending', attempts: 0 });
    await w.clock.advance(600_000);
    expect(w.remote.calls).toEqual([]);
    const sent = outbox.whenSent('d1');
    w.net.set(true);
    expect((await sent).code).toMatch(/^000\.00\.06\.H56-/);
    expect(states).toEqual(['pending', 'sending', 'sent']);
  });

  it('resumes after a restart, and resends an item that was in flight with the same key', async () => {
    const w = world();
    const first = w.boot();
    w.remote.plan.push('hang'); // the app dies while waiting for the answer
    void first.outbox.enqueue('d1', request('d1'));
    await w.clock.advance(0);
    expect((await first.outbox.get('d1'))?.state).toBe('sending');
    first.outbox.dispose();
    w.remote.kill();

    const second = w.boot(); // a new app over the same storage
    const dossier = await second.outbox.whenSent('d1');
    expect(w.remote.calls.map((c) => c.key)).toEqual(['draft:d1', 'draft:d1']);
    expect(w.remote.byKey.size).toBe(1);
    expect(dossier.code).toBe(w.remote.byKey.get('draft:d1')?.code);
  });

  it('a response lost after the backend filed it: the resend returns the same dossier', async () => {
    const w = world();
    const { outbox } = w.boot();
    const submit = w.remote.service.submit.bind(w.remote.service);
    let lose = true;
    w.remote.service.submit = async (token, req) => {
      const dossier = await submit(token, req);
      if (lose) {
        lose = false;
        throw dossierError('timeout');
      }
      return dossier;
    };
    await outbox.enqueue('d1', request('d1'));
    await w.clock.advance(2_000);
    expect(await outbox.get('d1')).toMatchObject({ state: 'sent', attempts: 2 });
    expect(w.remote.byKey.size).toBe(1);
  });

  it('a final error fails the item and keeps everything needed to fix and resend it', async () => {
    const w = world();
    const { outbox, storage } = w.boot();
    const drafts = createDraftStore({ storage, newId: () => 'd1' });
    await drafts.create(householdV1);
    drafts.update('d1', { answers: { fullName: '' } });
    await drafts.flush();
    w.remote.plan.push({ code: 'invalid_answers' });
    const failed = await outbox.enqueue('d1', request('d1', { answers: {} }));
    expect(failed).toMatchObject({ state: 'failed', lastError: 'invalid_answers', attempts: 1 });
    const error = await outbox.whenSent('d1').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_answers', issues: [{ path: 'fullName' }] });
    await w.clock.advance(600_000);
    expect(w.remote.calls).toHaveLength(1); // not retried on its own

    // The draft is untouched, so the citizen can fix it; after a restart too.
    const reloaded = createDraftStore({ storage: w.boot().storage });
    expect((await reloaded.get('d1'))?.answers).toEqual({ fullName: '' });
    // After a restart the reason is still known.
    const restarted = w.boot().outbox;
    await expect(restarted.whenSent('d1')).rejects.toMatchObject({ code: 'invalid_answers' });
    // The citizen fixes the answer and submits again: same key, now filed.
    const sent = await restarted.enqueue('d1', request('d1'));
    expect(sent).toMatchObject({ state: 'sent', attempts: 2 });
    expect(sent.lastError).toBeUndefined();
    expect(w.remote.calls.map((c) => c.key)).toEqual(['draft:d1', 'draft:d1']);
  });

  it('the same draft submitted twice (or tapped twice at once) is one item and one dossier', async () => {
    const w = world({ online: false });
    const { outbox } = w.boot();
    const [a, b] = await Promise.all([
      outbox.enqueue('d1', request('d1')),
      outbox.enqueue('d1', request('d1', { answers: { fullName: 'khác' } })),
    ]);
    expect(a.request).toEqual(b.request);
    expect(await outbox.items()).toHaveLength(1);
    w.net.set(true);
    await outbox.whenSent('d1');
    const again = await outbox.enqueue('d1', request('d1'));
    expect(again.state).toBe('sent');
    expect(w.remote.calls).toHaveLength(1);
  });

  it('waits for a session: none, or an expired one, keeps the item pending until drained', async () => {
    const w = world();
    w.setToken(undefined);
    const { outbox } = w.boot();
    expect((await outbox.enqueue('d1', request('d1'))).state).toBe('pending');
    expect(w.remote.calls).toHaveLength(0);
    w.setToken('expired');
    w.remote.plan.push('unauthenticated');
    await outbox.drain();
    expect(await outbox.get('d1')).toMatchObject({
      state: 'pending',
      lastError: 'unauthenticated',
    });
    w.setToken('u1');
    await outbox.drain(); // e.g. after signing in again
    expect((await outbox.get('d1'))?.state).toBe('sent');
  });

  it('refuses to send what it cannot store, and says why', async () => {
    const w = world({ quotaBytes: 600 });
    const { outbox } = w.boot();
    const errors: string[] = [];
    outbox.onError((error) => errors.push(error.code));
    const error = await outbox
      .enqueue('d1', request('d1', { answers: { note: 'x'.repeat(400) } }))
      .catch((e: unknown) => e);
    expect(isDraftStorageError(error, 'storage_full')).toBe(true);
    expect(errors).toEqual(['storage_full']);
    expect(w.remote.calls).toHaveLength(0);
    expect(await outbox.items()).toEqual([]);
  });

  it('runs beforeSend before each attempt; its retryable failures are retried', async () => {
    const w = world();
    const storage = createPlatformStorage(w.backend, { appId: 't', clock: w.clock });
    let uploads = 0;
    const outbox = createOutbox({
      storage,
      service: w.remote.service,
      getSessionToken: async () => 'u1',
      system: w.net,
      now: w.clock.now,
      timers: w.clock,
      backoff: { random: () => 0 },
      async beforeSend(req) {
        if (++uploads === 1) throw dossierError('offline');
        return { ...req, answers: { ...req.answers, photo: 'server-id' } };
      },
    });
    expect((await outbox.enqueue('d1', request('d1'))).lastError).toBe('offline');
    await w.clock.advance(1_000);
    const dossier = await outbox.whenSent('d1');
    expect(dossier.answers).toEqual({ fullName: 'Đỗ Văn Nam', photo: 'server-id' });
  });

  it('asks the backend nothing for a draft it does not know, in DossierError terms', async () => {
    const w = world();
    const { outbox } = w.boot();
    await expect(outbox.whenSent('nope')).rejects.toMatchObject({ code: 'not_found' });
    expect(await outbox.get('nope')).toBeUndefined();
  });

  it('gives the same item object until it changes (stable values for React)', async () => {
    const w = world({ online: false });
    const { outbox } = w.boot();
    const queued = await outbox.enqueue('d1', request('d1'));
    expect(await outbox.get('d1')).toBe(queued);
    expect((await outbox.items())[0]).toBe(queued);
    const seen: OutboxItem[] = [];
    outbox.subscribe((item) => seen.push(item));
    w.net.set(true);
    await outbox.whenSent('d1');
    expect(seen.map((item) => item.state)).toEqual(['sending', 'sent']);
    expect(await outbox.get('d1')).toBe(seen[1]);
    expect(seen[1]).toMatchObject({ draftId: 'd1', dossier: { code: expect.any(String) } });
  });

  it('skips and reports a damaged item at start', async () => {
    const w = world();
    const { storage } = w.boot();
    await storage.set(`${OUTBOX_KEY_PREFIX}bad`, { draftId: 'bad', state: 'sending' });
    // A whole entry whose request is not a submission (another version wrote it).
    await storage.set(`${OUTBOX_KEY_PREFIX}odd`, {
      id: 'odd',
      request: { answers: 'none' },
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 0,
      createdAt: 0,
    });
    const errors: string[] = [];
    const { outbox } = w.boot();
    outbox.onError((error) => errors.push(`${error.code} ${error.keys.join()}`));
    expect(await outbox.items()).toEqual([]);
    expect(errors.sort()).toEqual([
      `corrupt ${OUTBOX_KEY_PREFIX}bad`,
      `corrupt ${OUTBOX_KEY_PREFIX}odd`,
    ]);
    expect(w.remote.calls).toEqual([]);
  });
});
