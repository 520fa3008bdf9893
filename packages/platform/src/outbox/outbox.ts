// An outbox: what the citizen sends is stored on the phone before anything goes on the
// network, then sent, retried and resumed after a restart until the backend has it.
//
// Exactly once = (1) one idempotency key per entry, chosen by the caller and stored with the
// request, and (2) a backend that returns the first result for a key it has seen. The outbox
// only has to never lose a request and never invent a new key: sending the same request twice
// is safe, so an entry found `sending` at start (the app died mid-flight, the answer was lost)
// is simply sent again.
//
// Retries: retryable errors back off 2 s, 4 s, 8 s… up to 5 min, with jitter. Coming back
// online, `drain()` and a restart try at once. Other errors are final (`failed`, with
// `lastError`) until the caller enqueues a corrected request or calls `retry(id)`.
import { createEmitter } from '../core/emitter';
import type { Unsubscribe } from '../core/types';
import { parseEntry } from './entry-shape';
import { OutboxError, storageFailure } from './errors';
import type { Outbox, OutboxEntry, OutboxOptions } from './types';

/** `sent` entries are kept this long by default (a confirmation page, a second tap). */
const KEEP_SENT_MS = 30 * 24 * 3_600_000;

const defaultTimers = {
  setTimeout: (fn: () => void, ms: number): unknown => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle: unknown) =>
    globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

const defaultErrorCode = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
};

/**
 * Attempts in flight in this JS realm, by namespace + id. Two outboxes over the same stored
 * entries (React StrictMode: the first is disposed while its send is still out) would
 * otherwise both send it, and a resend that re-uploads attachments conflicts with the first.
 */
const inFlight = new Map<string, Promise<unknown>>();

interface Waiter<Res> {
  resolve(result: Res): void;
  reject(error: unknown): void;
}

export function createOutbox<Req, Res>(options: OutboxOptions<Req, Res>): Outbox<Req, Res> {
  type Entry = OutboxEntry<Req, Res>;
  const { storage, namespace, send, isRetryable, system, canSend } = options;
  const { validateRequest, validateResult } = options;
  const errorCode = options.errorCode ?? defaultErrorCode;
  const now = options.now ?? Date.now;
  const timers = options.timers ?? defaultTimers;
  const baseMs = options.backoff?.baseMs ?? 2_000;
  const maxMs = options.backoff?.maxMs ?? 300_000;
  const random = options.backoff?.random ?? Math.random;
  const keepSentMs = options.keepSentMs ?? KEEP_SENT_MS;
  const keyOf = (id: string) => namespace + id;

  const entries = new Map<string, Entry>();
  /** Per id: enqueue, retry and attempts are serialised, so a double tap makes one entry. */
  const locks = new Map<string, Promise<unknown>>();
  /** Bumped by `remove`: an attempt still in flight then records nothing. */
  const generations = new Map<string, number>();
  const waiters = new Map<string, Waiter<Res>[]>();
  /** This outbox's entries in `inFlight`, dropped by `remove` so a hung attempt blocks no one. */
  const ownAttempts = new Map<string, Promise<unknown>>();
  /** The error object of the last failure, for `whenSent` (only the code survives a restart). */
  const lastErrors = new Map<string, unknown>();
  const events = createEmitter<{ entry: Entry; error: OutboxError }>();
  let disposed = false;
  let timer: unknown;

  const report = (error: OutboxError) => {
    events.emit('error', error);
    return error;
  };
  const generation = (id: string) => generations.get(id) ?? 0;
  const locked = <T>(id: string, task: () => Promise<T>): Promise<T> => {
    const run = (locks.get(id) ?? Promise.resolve()).then(task);
    const tail = run.catch(() => {});
    locks.set(id, tail);
    void tail.then(() => {
      if (locks.get(id) === tail) locks.delete(id);
    });
    return run;
  };

  const failedError = (entry: Entry) =>
    new OutboxError('send_failed', {
      id: entry.id,
      lastError: entry.lastError,
      detail: `outbox: ${entry.id} failed (${entry.lastError ?? 'unknown'}) before this start`,
    });

  const settleWaiters = (entry: Entry) => {
    const list = waiters.get(entry.id);
    if (!list || (entry.state !== 'sent' && entry.state !== 'failed')) return;
    waiters.delete(entry.id);
    for (const waiter of list) {
      if (entry.state === 'sent') waiter.resolve(entry.result as Res);
      else waiter.reject(lastErrors.get(entry.id) ?? failedError(entry));
    }
  };

  const show = (entry: Entry) => {
    entries.set(entry.id, entry);
    events.emit('entry', entry);
    settleWaiters(entry);
  };

  /** Shown at once (memory, listeners, waiters), then stored; a storage failure is reported. */
  const save = async (entry: Entry) => {
    show(entry);
    try {
      await storage.set(keyOf(entry.id), entry);
    } catch (error) {
      throw report(storageFailure(error, { id: entry.id, key: keyOf(entry.id) }));
    }
  };

  const read = (id: string) =>
    storage.get(keyOf(id), (value) => parseEntry(value, id, validateRequest, validateResult));

  const load = async () => {
    let keys: string[] = [];
    try {
      keys = await storage.keys();
    } catch (error) {
      report(storageFailure(error, {}));
    }
    for (const key of keys) {
      if (!key.startsWith(namespace)) continue;
      const id = key.slice(namespace.length);
      let entry: Entry | undefined;
      try {
        entry = await read(id);
      } catch (error) {
        report(storageFailure(error, { id, key })); // e.g. evicted by the host
        continue;
      }
      if (!entry) {
        report(new OutboxError('corrupt', { id, key, detail: `outbox: ${key} is unreadable` }));
        continue;
      }
      if (entry.state === 'sent' && now() - entry.createdAt > keepSentMs) {
        await storage.remove(key).catch(() => {});
        continue;
      }
      // `sending` here means an earlier run died mid-flight: send again, same key.
      if (entry.state === 'sending') entry = { ...entry, state: 'pending' };
      if (!entries.has(id)) entries.set(id, entry);
    }
  };
  const ready = load();

  const delay = (attempts: number) => {
    const full = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
    return Math.round(full / 2 + (random() * full) / 2); // "equal jitter": never less than half
  };

  const schedule = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    if (disposed) return;
    // Only backoffs need a timer. An entry already due was just tried and skipped (offline,
    // `canSend` false): it waits for the network event or a drain, instead of spinning.
    let next = Number.POSITIVE_INFINITY;
    const at = now();
    for (const entry of entries.values()) {
      if (entry.state === 'pending' && entry.nextAttemptAt > at) {
        next = Math.min(next, entry.nextAttemptAt);
      }
    }
    if (next === Number.POSITIVE_INFINITY) return;
    timer = timers.setTimeout(
      () => {
        timer = undefined;
        void run(false);
      },
      Math.max(0, next - now()),
    );
  };

  /** Another outbox's attempt at `id` has settled: take a final outcome it stored as ours. */
  const adopt = async (id: string) => {
    const entry = entries.get(id);
    const stored = await read(id).catch(() => undefined);
    const final = stored?.state === 'sent' || stored?.state === 'failed';
    if (!final || entry?.state !== 'pending' || entries.get(id) !== entry) return false;
    lastErrors.delete(id);
    show(stored); // already stored: no write
    return true;
  };

  /**
   * Runs an attempt registered in `inFlight`. Another outbox's attempt at the same entry goes
   * first; if it stored a final outcome, that is adopted instead of sending again.
   */
  const exclusive = async (id: string, task: () => Promise<void>) => {
    const key = keyOf(id);
    const other = inFlight.get(key);
    const mine = (async () => {
      if (other) {
        await other.catch(() => {});
        if (await adopt(id)) return;
      }
      await task();
    })();
    inFlight.set(key, mine);
    ownAttempts.set(id, mine);
    try {
      await mine;
    } finally {
      if (inFlight.get(key) === mine) inFlight.delete(key);
      if (ownAttempts.get(id) === mine) ownAttempts.delete(id);
    }
  };

  /** One attempt at one entry, if it is pending (and due, unless `force`). */
  const attempt = (id: string, force: boolean) =>
    locked(id, () =>
      exclusive(id, async () => {
        const entry = entries.get(id);
        if (disposed || !entry || entry.state !== 'pending') return;
        if (!force && entry.nextAttemptAt > now()) return;
        if (!system.getNetwork().online) return; // the `online` event drains
        if (canSend && !(await Promise.resolve(canSend()).catch(() => false))) return;
        if (disposed || entries.get(id) !== entry) return;
        const gen = generation(id);
        const current = () => generation(id) === gen;
        const sending: Entry = { ...entry, state: 'sending', attempts: entry.attempts + 1 };
        // If this cannot be stored the request still is (as pending), so sending is safe.
        await save(sending).catch(() => {});
        const { lastError: _previous, ...rest } = sending;
        let result: Res;
        try {
          result = await send(sending.request, sending);
        } catch (error) {
          if (!current()) return; // removed meanwhile
          lastErrors.set(id, error);
          const final = !isRetryable(error);
          await save({
            ...rest,
            state: final ? 'failed' : 'pending',
            lastError: errorCode(error),
            nextAttemptAt: final ? sending.nextAttemptAt : now() + delay(sending.attempts),
          }).catch(() => {});
          return;
        }
        if (!current()) return;
        lastErrors.delete(id);
        await save({ ...rest, state: 'sent', result }).catch(() => {});
      }),
    );

  const run = async (force: boolean) => {
    await ready;
    const due = [...entries.values()]
      .filter((entry) => entry.state === 'pending')
      .sort((a, b) => a.createdAt - b.createdAt);
    for (const entry of due) {
      if (disposed) return;
      await attempt(entry.id, force);
    }
    schedule();
  };

  const offNetwork = system.onNetworkChange((state) => {
    if (state.online) void run(true);
  });
  // Whatever an earlier run left queued goes out as soon as it can.
  void ready.then(() => run(true));

  return {
    async enqueue(id, request) {
      await ready;
      if (disposed) {
        throw new OutboxError('disposed', { id, detail: 'outbox.enqueue after dispose()' });
      }
      let stored: Entry | undefined;
      await locked(id, async () => {
        const existing = entries.get(id);
        if (existing && existing.state !== 'failed') return;
        const at = now();
        const entry: Entry = {
          id,
          request,
          state: 'pending',
          attempts: existing?.attempts ?? 0,
          nextAttemptAt: at,
          createdAt: existing?.createdAt ?? at,
        };
        // Stored before any network attempt, or not at all (and nobody is told it is queued).
        try {
          await storage.set(keyOf(id), entry);
        } catch (error) {
          throw report(storageFailure(error, { id, key: keyOf(id) }));
        }
        stored = entry;
        lastErrors.delete(id);
        entries.set(id, entry);
        events.emit('entry', entry);
      });
      await attempt(id, true);
      schedule();
      return (entries.get(id) ?? stored) as Entry;
    },

    async items() {
      await ready;
      return [...entries.values()].sort((a, b) => a.createdAt - b.createdAt);
    },

    async get(id) {
      await ready;
      return entries.get(id);
    },

    drain: () => run(true),

    async retry(id) {
      await ready;
      await locked(id, async () => {
        const entry = entries.get(id);
        if (!entry) throw new OutboxError('not_found', { id, detail: `outbox.retry(${id})` });
        if (entry.state === 'failed')
          await save({ ...entry, state: 'pending', nextAttemptAt: now() });
      });
      await attempt(id, true);
      schedule();
    },

    async remove(id) {
      await ready;
      // Not behind the lock: an attempt that hangs must not keep an entry the caller dropped.
      generations.set(id, generation(id) + 1);
      entries.delete(id);
      locks.delete(id);
      if (inFlight.get(keyOf(id)) === ownAttempts.get(id)) inFlight.delete(keyOf(id));
      ownAttempts.delete(id);
      lastErrors.delete(id);
      const list = waiters.get(id) ?? [];
      waiters.delete(id);
      for (const waiter of list) {
        waiter.reject(new OutboxError('not_found', { id, detail: `outbox: ${id} was removed` }));
      }
      try {
        await storage.remove(keyOf(id));
      } catch (error) {
        throw report(storageFailure(error, { id, key: keyOf(id) }));
      } finally {
        schedule();
      }
    },

    subscribe(listener): Unsubscribe {
      return events.on('entry', listener);
    },

    onError(listener): Unsubscribe {
      return events.on('error', listener);
    },

    async whenSent(id) {
      await ready;
      const entry = entries.get(id);
      if (!entry) {
        throw new OutboxError('not_found', { id, detail: `outbox.whenSent(${id}): no entry` });
      }
      if (entry.state === 'sent') return entry.result as Res;
      if (entry.state === 'failed') throw lastErrors.get(id) ?? failedError(entry);
      return new Promise<Res>((resolve, reject) => {
        waiters.set(id, [...(waiters.get(id) ?? []), { resolve, reject }]);
      });
    },

    dispose() {
      if (disposed) return;
      disposed = true;
      offNetwork();
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      // An attempt in flight may still finish and store its outcome; nothing new starts.
    },
  };
}
