// Every call to the host goes through a CallScheduler: zmp-sdk calls can hang forever (a
// timeout on each), Zalo rejects a 4th call of an API within a second with -1409 (a client
// throttle that queues instead), and some failures are worth another try (retry with backoff).
// Time comes from a Clock, so tests and the simulator drive it deterministically.
import { PlatformError } from './errors';

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Wall-clock time (epoch ms) and the host's timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface CallPolicy {
  /**
   * Each attempt fails with PlatformError('timeout', { api }) if it has not settled `timeoutMs`
   * after it started (time spent queued by the throttle does not count: it is not the host's).
   * A result arriving later is ignored.
   */
  timeoutMs: number;
  /**
   * Never start more than `max` attempts of this API within any `perMs` (closed window: the
   * next start waits until `perMs + 1` after the `max`-th latest, because Zalo resets its
   * counter only when MORE than 1 s has passed). Extra calls wait in FIFO order; none is rejected.
   */
  throttle?: { max: number; perMs: number };
  /**
   * `attempts` counts every try, the first included (1 = no retry). After a failure for which
   * `when(error)` is true, try again after `baseDelayMs * 2^(n-1)` (n = attempts made so far);
   * retries queue behind the throttle like any call. After the last attempt the last error is
   * rethrown unchanged, so the caller maps it (e.g. -1409 to `throttled`).
   */
  retry?: { attempts: number; baseDelayMs: number; when: (error: unknown) => boolean };
}

export interface CallScheduler {
  run<T>(api: string, call: () => Promise<T>, policy?: Partial<CallPolicy>): Promise<T>;
  /**
   * Rejects every call not yet settled (queued, waiting to retry or in flight) with
   * PlatformError('unknown', { detail: 'disposed' }), clears all timers, and rejects later runs
   * the same way. In-flight host calls cannot be cancelled; their results are ignored.
   */
  dispose(): void;
}

interface Job {
  readonly api: string;
  readonly call: () => unknown;
  readonly policy: CallPolicy;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  /** Attempts started so far. */
  attempt: number;
  /** The attempt whose result we are waiting for; 0 while queued or backing off. */
  running: number;
  timer?: unknown;
  done?: boolean;
}

/** Per-API state: start times of recent attempts and the throttle queue. */
interface Lane {
  starts: number[];
  /** How many start times to keep: the largest `max` seen for this API. */
  keep: number;
  readonly queue: Job[];
  wake?: unknown;
}

const disposedError = (api: string) => new PlatformError('unknown', { api, detail: 'disposed' });

export function createCallScheduler(options: {
  clock?: Clock;
  defaults: CallPolicy;
  perApi?: Readonly<Record<string, Partial<CallPolicy>>>;
}): CallScheduler {
  const clock = options.clock ?? systemClock;
  const lanes = new Map<string, Lane>();
  const live = new Set<Job>();
  let disposed = false;

  const laneOf = (api: string): Lane => {
    const lane = lanes.get(api) ?? { starts: [], keep: 0, queue: [] };
    lanes.set(api, lane);
    return lane;
  };

  const settle = (job: Job, ok: boolean, value: unknown) => {
    if (job.done) return;
    job.done = true;
    live.delete(job);
    clock.clearTimeout(job.timer);
    (ok ? job.resolve : job.reject)(value);
  };

  const start = (job: Job, lane: Lane) => {
    const attempt = ++job.attempt;
    job.running = attempt;
    lane.starts.push(clock.now());
    if (lane.starts.length > lane.keep) lane.starts.splice(0, lane.starts.length - lane.keep);
    // Armed before the call, so a call that settles exactly at the deadline counts as late.
    // Clamped: browsers fire a timer of more than 2^31-1 ms (or Infinity) at once.
    job.timer = clock.setTimeout(
      () => fail(job, attempt, new PlatformError('timeout', { api: job.api })),
      Math.min(job.policy.timeoutMs, 2 ** 31 - 1),
    );
    let result: Promise<unknown>;
    try {
      result = Promise.resolve(job.call());
    } catch (error) {
      // A call that throws synchronously is a failed attempt, not a crash.
      result = Promise.reject(error);
    }
    // Both branches are handled, so a late rejection after a timeout is never "unhandled".
    result.then(
      (value) => {
        if (job.running === attempt) settle(job, true, value);
      },
      (error) => fail(job, attempt, error),
    );
  };

  const fail = (job: Job, attempt: number, error: unknown) => {
    if (job.done || job.running !== attempt) return; // late result of a timed-out attempt
    job.running = 0;
    clock.clearTimeout(job.timer);
    const retry = job.policy.retry;
    let again = false;
    try {
      again = !!retry && attempt < retry.attempts && retry.when(error);
    } catch {
      // A predicate that throws means "don't retry"; the caller still gets the real error.
    }
    if (!retry || !again) return settle(job, false, error);
    job.timer = clock.setTimeout(() => enqueue(job), retry.baseDelayMs * 2 ** (attempt - 1));
  };

  const pump = (lane: Lane) => {
    for (let job = lane.queue[0]; job; job = lane.queue[0]) {
      const { max, perMs } = job.policy.throttle ?? { max: 1, perMs: 0 };
      const now = clock.now();
      const ref = lane.starts[lane.starts.length - max];
      // min(ref, now): if the wall clock went back, wait at most one window, not until then.
      const wait = ref === undefined ? 0 : Math.min(ref, now) + perMs + 1 - now;
      if (wait > 0) {
        if (lane.wake === undefined) {
          lane.wake = clock.setTimeout(() => {
            lane.wake = undefined;
            pump(lane);
          }, wait);
        }
        return;
      }
      lane.queue.shift();
      start(job, lane);
    }
  };

  const enqueue = (job: Job) => {
    const lane = laneOf(job.api);
    const throttle = job.policy.throttle;
    if (!throttle) return start(job, lane);
    lane.keep = Math.max(lane.keep, throttle.max);
    lane.queue.push(job);
    pump(lane);
  };

  return {
    run<T>(api: string, call: () => Promise<T>, policy?: Partial<CallPolicy>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        if (disposed) return reject(disposedError(api));
        const job: Job = {
          api,
          call,
          policy: { ...options.defaults, ...options.perApi?.[api], ...policy },
          resolve: resolve as (value: unknown) => void,
          reject,
          attempt: 0,
          running: 0,
        };
        live.add(job);
        enqueue(job);
      });
    },
    dispose() {
      disposed = true;
      for (const lane of lanes.values()) {
        clock.clearTimeout(lane.wake);
        lane.queue.length = 0;
      }
      for (const job of [...live]) settle(job, false, disposedError(job.api));
    },
  };
}

/**
 * Concurrent callers with the same key share one in-flight promise (one permission prompt,
 * not two: Zalo answers a second one with -1410). Once it settles, the next call starts fresh.
 */
export function createSingleFlight<T>(): (key: string, start: () => Promise<T>) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  return (key, start) => {
    const existing = inFlight.get(key);
    if (existing) return existing;
    let promise: Promise<T>;
    try {
      promise = Promise.resolve(start());
    } catch (error) {
      promise = Promise.reject(error);
    }
    inFlight.set(key, promise);
    // Registered before any caller's `then`, so a caller continuing after it already starts fresh.
    const forget = () => {
      if (inFlight.get(key) === promise) inFlight.delete(key);
    };
    promise.then(forget, forget);
    return promise;
  };
}
