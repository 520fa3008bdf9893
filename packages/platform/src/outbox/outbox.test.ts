import { describe, expect, it, vi } from 'vitest';
import { PlatformError } from '../core/errors';
import type { StorageApi } from '../core/types';
import { isOutboxError, type OutboxError } from './errors';
import { NAMESPACE, type Req, type Res, SendError, world } from './test-world';
import type { OutboxEntry } from './types';

type Entry = OutboxEntry<Req, Res>;
const req = (text = 'Đường Lê Lợi bị ngập') => ({ text });

describe('createOutbox', () => {
  it('stores the request before the network sees it, then sends it', async () => {
    const w = world();
    const { storage, outbox } = w.boot();
    w.remote.peekWith(async () => (await storage.get<Entry>(`${NAMESPACE}a`))?.state);
    const entry = await outbox.enqueue('a', req());
    expect(w.remote.calls).toEqual([{ key: 'a', at: w.clock.now(), storedState: 'sending' }]);
    expect(entry).toMatchObject({ id: 'a', state: 'sent', attempts: 1, result: { code: 'R-1' } });
    expect(await outbox.whenSent('a')).toEqual(entry.result);
    expect(await storage.get<Entry>(`${NAMESPACE}a`)).toEqual(entry);
  });

  it('offline: queues without trying, sends when the network comes back', async () => {
    const w = world({ online: false });
    const { outbox } = w.boot();
    const states: string[] = [];
    outbox.subscribe((entry) => states.push(entry.state));
    expect(await outbox.enqueue('a', req())).toMatchObject({ state: 'pending', attempts: 0 });
    await w.clock.advance(600_000);
    expect(w.remote.calls).toEqual([]);
    const sent = outbox.whenSent('a');
    w.net.set(true);
    expect(await sent).toEqual({ code: 'R-1', text: req().text });
    expect(states).toEqual(['pending', 'sending', 'sent']);
  });

  it('backs off exponentially with jitter on retryable errors', async () => {
    const w = world();
    const { outbox } = w.boot();
    w.remote.plan.push(
      ...['server', 'timeout', 'offline', 'server'].map((c) => new SendError(c, true)),
    );
    const start = w.clock.now();
    expect(await outbox.enqueue('a', req())).toMatchObject({
      state: 'pending',
      lastError: 'server', // the default errorCode: the error's `code`
      nextAttemptAt: start + 1_500,
    });
    await w.clock.advance(1_499);
    expect(w.remote.calls).toHaveLength(1);
    await w.clock.advance(1);
    expect(w.remote.calls).toHaveLength(2);
    await w.clock.advance(10_000);
    // 2 s, 4 s, 8 s, 16 s nominal → 1.5, 3, 6, 12 s with the jitter fixed at the middle.
    expect(w.remote.calls.map((c) => c.at - start)).toEqual([0, 1_500, 4_500, 10_500]);
    await w.clock.advance(12_000);
    expect(w.remote.calls.map((c) => c.at - start)).toEqual([0, 1_500, 4_500, 10_500, 22_500]);
    expect(await outbox.get('a')).toMatchObject({ state: 'sent', attempts: 5 });
    expect((await outbox.get('a'))?.lastError).toBeUndefined();
  });

  it('caps the backoff at maxMs and spreads retries with jitter', async () => {
    const w = world();
    const randoms = [0, 1];
    const { outbox } = w.boot({
      backoff: { baseMs: 1_000, maxMs: 5_000, random: () => randoms.shift() ?? 0 },
    });
    w.remote.plan.push(...Array.from({ length: 5 }, () => new SendError('server', true)));
    const start = w.clock.now();
    await outbox.enqueue('a', req());
    await w.clock.advance(60_000);
    // 1 s × (0.5 + 0) = 500; 2 s × (0.5 + 0.5) = 2 000; then 4 s and 5 s (cap) × 0.5.
    const gaps = w.remote.calls.map((c, i, all) => c.at - (all[i - 1]?.at ?? start));
    expect(gaps).toEqual([0, 500, 2_000, 2_000, 2_500, 2_500]);
  });

  it('resumes after a restart, and resends an entry that was in flight with the same id', async () => {
    const w = world();
    // Each app in its own JS realm (a fresh module): an attempt in flight is per realm.
    const realm = async () => {
      vi.resetModules();
      return (await import('./outbox')).createOutbox;
    };
    const first = w.boot({}, await realm());
    w.remote.plan.push('hang'); // the app dies while waiting for the answer
    void first.outbox.enqueue('a', req());
    await w.clock.advance(0);
    expect((await first.outbox.get('a'))?.state).toBe('sending');
    first.outbox.dispose();

    const second = w.boot({}, await realm()); // a new app over the same storage
    expect(await second.outbox.whenSent('a')).toEqual(w.remote.byKey.get('a'));
    expect(w.remote.calls.map((c) => c.key)).toEqual(['a', 'a']);
    expect(await second.outbox.get('a')).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('two outboxes over the same storage (StrictMode) send an entry once', async () => {
    const w = world();
    const first = w.boot();
    w.remote.plan.push('hold');
    void first.outbox.enqueue('a', req());
    await w.clock.advance(0);
    first.outbox.dispose(); // the first cleanup: its send is still out
    const writes: string[] = [];
    const inner = w.storage();
    const storage: StorageApi = {
      ...inner,
      set: (key, value) => {
        writes.push(key);
        return inner.set(key, value);
      },
    };
    const second = w.boot({ storage });
    const seen: string[] = [];
    second.outbox.subscribe((entry) => seen.push(entry.state));
    const sent = second.outbox.whenSent('a');
    const drained = second.outbox.drain();
    await w.clock.advance(0);
    expect(w.remote.calls).toHaveLength(1); // the second waits for the first attempt
    w.remote.release();
    await drained;
    expect(await sent).toEqual(w.remote.byKey.get('a'));
    expect(w.remote.calls).toHaveLength(1);
    expect(await second.outbox.get('a')).toMatchObject({ state: 'sent', attempts: 1 });
    expect(seen).toEqual(['sent']);
    expect(writes).toEqual([]); // the outcome was already stored by the first
  });

  it('two outboxes over the same storage: a retryable failure of the first, the second sends', async () => {
    const w = world();
    let fail = () => {};
    const first = w.boot({
      send: () =>
        new Promise<never>((_, reject) => {
          fail = () => reject(new SendError('timeout', true));
        }),
    });
    void first.outbox.enqueue('a', req());
    await w.clock.advance(0);
    first.outbox.dispose();
    const second = w.boot();
    const drained = second.outbox.drain();
    await w.clock.advance(0);
    expect(w.remote.calls).toHaveLength(0); // not while the first is in flight
    fail();
    await drained;
    expect(w.remote.calls).toHaveLength(1);
    expect(await second.outbox.whenSent('a')).toEqual(w.remote.byKey.get('a'));
    expect(await second.outbox.get('a')).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('an answer lost after the backend acted: the resend returns the same result', async () => {
    const w = world();
    const { outbox } = w.boot();
    w.remote.plan.push('lose-answer');
    expect((await outbox.enqueue('a', req())).lastError).toBe('timeout');
    await w.clock.advance(2_000);
    expect(await outbox.get('a')).toMatchObject({ state: 'sent', attempts: 2 });
    expect(w.remote.byKey.size).toBe(1);
  });

  it('a final error fails the entry; a corrected request with the same id is sent', async () => {
    const w = world();
    const { outbox } = w.boot({ errorCode: (e) => `E:${(e as SendError).code}` });
    const refusal = new SendError('invalid', false);
    w.remote.plan.push(refusal);
    const failed = await outbox.enqueue('a', req(''));
    expect(failed).toMatchObject({ state: 'failed', lastError: 'E:invalid', attempts: 1 });
    await expect(outbox.whenSent('a')).rejects.toBe(refusal);
    await w.clock.advance(600_000);
    expect(w.remote.calls).toHaveLength(1); // not retried on its own

    // After a restart the code is still known; the error object is not.
    const restarted = w.boot().outbox;
    const error = (await restarted.whenSent('a').catch((e: unknown) => e)) as OutboxError;
    expect(isOutboxError(error, 'send_failed')).toBe(true);
    expect(error).toMatchObject({ id: 'a', lastError: 'E:invalid' });
    expect(error.messageIn('en')).toMatch(/not sent/);
    const sent = await restarted.enqueue('a', req('Đã sửa'));
    expect(sent).toMatchObject({ state: 'sent', attempts: 2, result: { text: 'Đã sửa' } });
    expect(sent.lastError).toBeUndefined();
  });

  it('retry(id) sends a failed entry again now; an unknown id is not_found', async () => {
    const w = world();
    const { outbox } = w.boot();
    w.remote.plan.push(new SendError('forbidden', false));
    await outbox.enqueue('a', req());
    await outbox.retry('a');
    expect(await outbox.get('a')).toMatchObject({ state: 'sent', attempts: 2 });
    await expect(outbox.retry('zz')).rejects.toMatchObject({ code: 'not_found', id: 'zz' });
  });

  it('the same id enqueued twice (or tapped twice at once) is one entry and one send', async () => {
    const w = world({ online: false });
    const { outbox } = w.boot();
    const [a, b] = await Promise.all([
      outbox.enqueue('a', req('một')),
      outbox.enqueue('a', req('hai')),
    ]);
    expect(a.request).toEqual(req('một'));
    expect(b.request).toEqual(req('một'));
    expect(await outbox.items()).toHaveLength(1);
    w.net.set(true);
    await outbox.whenSent('a');
    expect((await outbox.enqueue('a', req('ba'))).state).toBe('sent');
    expect(w.remote.calls).toHaveLength(1);
  });

  it('canSend false skips without counting an attempt; a drain sends once it is true', async () => {
    const w = world();
    let ready = false;
    const { outbox } = w.boot({ canSend: async () => ready });
    expect(await outbox.enqueue('a', req())).toMatchObject({ state: 'pending', attempts: 0 });
    await w.clock.advance(600_000);
    expect(w.remote.calls).toHaveLength(0);
    ready = true;
    await outbox.drain(); // e.g. after signing in
    expect(await outbox.get('a')).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('refuses to send what it cannot store, and says why', async () => {
    const w = world({ quotaBytes: 600 });
    const { outbox } = w.boot();
    const errors: OutboxError[] = [];
    outbox.onError((error) => errors.push(error));
    const states: string[] = [];
    outbox.subscribe((entry) => states.push(entry.state));
    const error = await outbox.enqueue('a', req('x'.repeat(400))).catch((e: unknown) => e);
    expect(isOutboxError(error, 'storage_full')).toBe(true);
    expect(error).toMatchObject({ id: 'a', key: `${NAMESPACE}a` });
    expect((error as OutboxError).cause).toBeInstanceOf(PlatformError);
    expect(errors).toEqual([error]);
    expect(states).toEqual([]);
    expect(w.remote.calls).toHaveLength(0);
    expect(await outbox.items()).toEqual([]);
  });

  it('skips and reports damaged, invalid and evicted entries at start', async () => {
    const w = world();
    const storage = w.storage();
    await storage.set(`${NAMESPACE}bad`, { id: 'bad', state: 'sending' });
    await storage.set(`${NAMESPACE}moved`, { ...entryLike('other'), id: 'other' });
    await storage.set(`${NAMESPACE}old-shape`, entryLike('old-shape', { request: { txt: 1 } }));
    await storage.set(`${NAMESPACE}gone`, entryLike('gone'));
    await storage.set(`${NAMESPACE}fine`, entryLike('fine', { state: 'failed' }));
    await storage.set('elsewhere:x', { not: 'ours' });
    w.backend.evict(w.backend.keys().filter((key) => key.endsWith(`${NAMESPACE}gone`)));

    const validateRequest = (value: unknown): Req => {
      if (typeof (value as Req | null)?.text !== 'string') throw new TypeError('not a Req');
      return value as Req;
    };
    const { outbox } = w.boot({ validateRequest });
    const errors: string[] = [];
    outbox.onError((error) => errors.push(`${error.code} ${error.key}`));
    expect((await outbox.items()).map((entry) => entry.id)).toEqual(['fine']);
    expect(errors.sort()).toEqual([
      `corrupt ${NAMESPACE}bad`,
      `corrupt ${NAMESPACE}moved`,
      `corrupt ${NAMESPACE}old-shape`,
      `storage_evicted ${NAMESPACE}gone`,
    ]);
  });

  it('drops sent entries older than keepSentMs at start', async () => {
    const w = world();
    const { outbox } = w.boot();
    await outbox.enqueue('a', req());
    await w.clock.advance(31 * 24 * 3_600_000);
    await outbox.enqueue('b', req());
    outbox.dispose();
    const restarted = w.boot();
    expect((await restarted.outbox.items()).map((entry) => entry.id)).toEqual(['b']);
    expect(await restarted.storage.keys()).toEqual([`${NAMESPACE}b`]);
  });

  it('remove(id) forgets the entry, even mid-flight; its waiters reject with not_found', async () => {
    const w = world();
    const { outbox, storage } = w.boot();
    w.remote.plan.push('hang');
    void outbox.enqueue('a', req('một'));
    await w.clock.advance(0);
    const waiting = outbox.whenSent('a').catch((e: unknown) => e);
    await outbox.remove('a');
    expect(await waiting).toMatchObject({ code: 'not_found', id: 'a' });
    expect(await outbox.get('a')).toBeUndefined();
    expect(await storage.keys()).toEqual([]);
    // The id can be used again at once, the hung attempt notwithstanding.
    expect(await outbox.enqueue('a', req('hai'))).toMatchObject({ state: 'sent', attempts: 1 });
    await expect(outbox.whenSent('zz')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('an attempt that ends after remove(id) records nothing', async () => {
    const w = world();
    const { outbox, storage } = w.boot();
    const seen: string[] = [];
    outbox.subscribe((entry) => seen.push(`${entry.id} ${entry.state}`));
    w.remote.plan.push('hold');
    void outbox.enqueue('a', req());
    await w.clock.advance(0);
    await outbox.remove('a');
    w.remote.release();
    await w.clock.advance(0);
    expect(await outbox.get('a')).toBeUndefined();
    expect(await storage.keys()).toEqual([]);
    expect(seen).toEqual(['a pending', 'a sending']);
  });

  it('surfaces a storage failure of remove', async () => {
    const w = world();
    const inner = w.storage();
    const storage: StorageApi = {
      ...inner,
      remove: async () => {
        throw new PlatformError('unknown', { api: 'storage.remove' });
      },
    };
    const { outbox } = w.boot({ storage });
    const errors: string[] = [];
    outbox.onError((error) => errors.push(error.code));
    await outbox.enqueue('a', req());
    await expect(outbox.remove('a')).rejects.toMatchObject({ code: 'unknown', id: 'a' });
    expect(errors).toEqual(['unknown']);
  });

  it('after dispose: no timers, no network listener, enqueue refused', async () => {
    const w = world();
    const { outbox } = w.boot();
    w.remote.plan.push(new SendError('server', true));
    await outbox.enqueue('a', req());
    expect(w.clock.pending).toBe(1);
    outbox.dispose();
    expect(w.clock.pending).toBe(0);
    w.net.set(false);
    w.net.set(true);
    await w.clock.advance(600_000);
    expect(w.remote.calls).toHaveLength(1);
    await expect(outbox.enqueue('b', req())).rejects.toMatchObject({ code: 'disposed' });
  });
});

function entryLike(id: string, over: Partial<Entry> | Record<string, unknown> = {}) {
  return {
    id,
    request: req(),
    state: 'pending',
    attempts: 0,
    nextAttemptAt: 0,
    createdAt: 1_760_000_000_000,
    ...over,
  };
}
