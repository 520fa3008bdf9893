import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlatformError, PlatformError } from './errors';
import { createManualClock } from './manual-clock';
import { type CallPolicy, createCallScheduler, createSingleFlight, systemClock } from './scheduler';

/** A Zalo-like rejection: a plain object, not an Error. */
const zaloError = (code: number) => ({
  code,
  message: 'Request limit exceeded',
  api: 'getUserInfo',
});
const isTransient = (error: unknown) =>
  isPlatformError(error, 'timeout') || (error as { code?: unknown })?.code === -1409;

/** A call that settles `ms` after it starts, on the manual clock. */
function delayed<T>(clock: ReturnType<typeof createManualClock>, ms: number, value: T, ok = true) {
  return () =>
    new Promise<T>((resolve, reject) => {
      clock.setTimeout(() => (ok ? resolve(value) : reject(value)), ms);
    });
}

/** Records when a promise settles, on the manual clock. */
function watch<T>(clock: ReturnType<typeof createManualClock>, promise: Promise<T>) {
  const seen: { ok?: boolean; value?: unknown; at?: number; count: number } = { count: 0 };
  promise.then(
    (value) => Object.assign(seen, { ok: true, value, at: clock.now(), count: seen.count + 1 }),
    (value) => Object.assign(seen, { ok: false, value, at: clock.now(), count: seen.count + 1 }),
  );
  return seen;
}

describe('createManualClock', () => {
  it('runs due timers in time order, ties in the order they were set', async () => {
    const clock = createManualClock(100);
    const order: string[] = [];
    clock.setTimeout(() => order.push('b@20'), 20);
    clock.setTimeout(() => order.push('a@10'), 10);
    clock.setTimeout(() => order.push('c@20'), 20);
    const cleared = clock.setTimeout(() => order.push('never'), 5);
    clock.clearTimeout(cleared);
    expect(clock.pending).toBe(3);
    await clock.advance(15);
    expect(order).toEqual(['a@10']);
    expect(clock.now()).toBe(115);
    await clock.advance(5);
    expect(order).toEqual(['a@10', 'b@20', 'c@20']);
    expect(clock.pending).toBe(0);
  });

  it('settles promise chains between timers, so timers they set in range run too', async () => {
    const clock = createManualClock();
    const order: string[] = [];
    clock.setTimeout(() => {
      Promise.resolve()
        .then(() => Promise.resolve())
        .then(() => {
          order.push(`chain@${clock.now()}`);
          clock.setTimeout(() => order.push(`inner@${clock.now()}`), 0);
        });
    }, 10);
    clock.setTimeout(() => order.push(`later@${clock.now()}`), 10);
    await clock.advance(10);
    expect(order).toEqual(['chain@10', 'later@10', 'inner@10']);
  });
});

describe('createCallScheduler', () => {
  const defaults: CallPolicy = { timeoutMs: 1000 };

  it('resolves with the call’s value', async () => {
    const clock = createManualClock();
    const scheduler = createCallScheduler({ clock, defaults });
    const seen = watch(clock, scheduler.run('getUserInfo', delayed(clock, 30, 'an')));
    await clock.advance(30);
    expect(seen).toEqual({ ok: true, value: 'an', at: 30, count: 1 });
  });

  it('times out at exactly timeoutMs and ignores a late result, even a rejection', async () => {
    const clock = createManualClock();
    const scheduler = createCallScheduler({ clock, defaults: { timeoutMs: 500 } });
    const late = watch(clock, scheduler.run('getLocation', delayed(clock, 800, 'late')));
    const lateFail = watch(
      clock,
      scheduler.run('getLocation', delayed(clock, 900, zaloError(-2000), false)),
    );
    const hang = watch(
      clock,
      scheduler.run('getPhoneNumber', () => new Promise(() => {})),
    );
    await clock.advance(499);
    expect(late.count + lateFail.count + hang.count).toBe(0);
    await clock.advance(1);
    for (const [seen, api] of [
      [late, 'getLocation'],
      [lateFail, 'getLocation'],
      [hang, 'getPhoneNumber'],
    ] as const) {
      expect(seen).toMatchObject({ ok: false, at: 500, count: 1 });
      expect(seen.value).toBeInstanceOf(PlatformError);
      expect(seen.value).toMatchObject({ code: 'timeout', api });
    }
    await clock.advance(1000); // the late results arrive and change nothing
    expect(late).toMatchObject({ ok: false, at: 500, count: 1 });
    expect(lateFail).toMatchObject({ ok: false, at: 500, count: 1 });
  });

  it('turns a call that throws synchronously into a rejection', async () => {
    const scheduler = createCallScheduler({ clock: createManualClock(), defaults });
    const boom = new TypeError('boom');
    await expect(
      scheduler.run('getSetting', () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
  });

  it('throttles to max starts per closed window, FIFO, without rejecting', async () => {
    const clock = createManualClock();
    const scheduler = createCallScheduler({
      clock,
      defaults,
      perApi: { authorize: { throttle: { max: 3, perMs: 1000 } } },
    });
    const starts: [number, number][] = [];
    const runs = Array.from({ length: 7 }, (_, i) =>
      watch(
        clock,
        scheduler.run('authorize', () => {
          starts.push([i, clock.now()]);
          return Promise.resolve(i);
        }),
      ),
    );
    // Another API is not held up by authorize's queue.
    const other = watch(
      clock,
      scheduler.run('getSetting', () => Promise.resolve('x')),
    );
    await clock.advance(0);
    expect(other).toMatchObject({ ok: true, at: 0 });
    await clock.advance(5000);
    expect(starts).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 1001],
      [4, 1001],
      [5, 1001],
      [6, 2002],
    ]);
    expect(runs.map((seen) => seen.value)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('spaces calls arriving over time so no window of perMs holds more than max', async () => {
    const clock = createManualClock();
    const scheduler = createCallScheduler({
      clock,
      defaults: { timeoutMs: 100, throttle: { max: 2, perMs: 100 } },
    });
    const starts: number[] = [];
    const call = () => {
      starts.push(clock.now());
      return Promise.resolve();
    };
    for (const at of [0, 50, 60, 70, 300])
      clock.setTimeout(() => void scheduler.run('a', call), at);
    await clock.advance(1000);
    expect(starts).toEqual([0, 50, 101, 151, 300]);
  });

  it('retries with backoff base·2^n, then rethrows the last error unchanged', async () => {
    const clock = createManualClock();
    const scheduler = createCallScheduler({
      clock,
      defaults,
      perApi: { followOA: { retry: { attempts: 4, baseDelayMs: 100, when: isTransient } } },
    });
    const starts: number[] = [];
    const errors = [zaloError(-1409), zaloError(-1409), zaloError(-1409), zaloError(-1409)];
    const seen = watch(
      clock,
      scheduler.run('followOA', () => {
        starts.push(clock.now());
        return Promise.reject(errors[starts.length - 1]);
      }),
    );
    await clock.advance(10_000);
    expect(starts).toEqual([0, 100, 300, 700]);
    expect(seen).toMatchObject({ ok: false, at: 700, count: 1 });
    expect(seen.value).toBe(errors[3]);
  });

  it('stops retrying on success, on a non-matching error, or when `when` throws', async () => {
    const clock = createManualClock();
    const scheduler = createCallScheduler({
      clock,
      defaults: { timeoutMs: 50, retry: { attempts: 5, baseDelayMs: 10, when: isTransient } },
    });
    let n = 0;
    const recovered = watch(
      clock,
      scheduler.run('a', () => (++n < 3 ? Promise.reject(zaloError(-1409)) : Promise.resolve(n))),
    );
    const denied = zaloError(-201);
    const final = watch(
      clock,
      scheduler.run('b', () => Promise.reject(denied)),
    );
    const odd = { weird: true };
    const throwingWhen = watch(
      clock,
      scheduler.run('c', () => Promise.reject(odd), {
        retry: {
          attempts: 3,
          baseDelayMs: 1,
          when: () => {
            throw new Error('bad predicate');
          },
        },
      }),
    );
    // Timeouts are errors like any other: `when` decides.
    let m = 0;
    const afterTimeout = watch(
      clock,
      scheduler.run('d', () => (++m === 1 ? new Promise(() => {}) : Promise.resolve('second'))),
    );
    await clock.advance(1000);
    expect(recovered).toMatchObject({ ok: true, value: 3, at: 30 });
    expect(final).toMatchObject({ ok: false, at: 0 });
    expect(final.value).toBe(denied);
    expect(throwingWhen.value).toBe(odd);
    expect(afterTimeout).toMatchObject({ ok: true, value: 'second', at: 60 });
  });

  it('per-call policy overrides per-API, which overrides defaults', async () => {
    const clock = createManualClock();
    const scheduler = createCallScheduler({
      clock,
      defaults: { timeoutMs: 100 },
      perApi: { slow: { timeoutMs: 300 } },
    });
    const a = watch(
      clock,
      scheduler.run('fast', () => new Promise(() => {})),
    );
    const b = watch(
      clock,
      scheduler.run('slow', () => new Promise(() => {})),
    );
    const c = watch(
      clock,
      scheduler.run('slow', () => new Promise(() => {}), { timeoutMs: 50 }),
    );
    await clock.advance(1000);
    expect([a.at, b.at, c.at]).toEqual([100, 300, 50]);
  });

  it('dispose rejects queued, backing-off and in-flight calls and leaves no timer', async () => {
    const clock = createManualClock();
    const scheduler = createCallScheduler({
      clock,
      defaults: {
        timeoutMs: 1000,
        throttle: { max: 1, perMs: 1000 },
        retry: { attempts: 3, baseDelayMs: 500, when: () => true },
      },
    });
    let resolveFlight: (value: string) => void = () => {};
    const inFlight = watch(
      clock,
      scheduler.run('a', () => new Promise<string>((r) => (resolveFlight = r))),
    );
    const queued = watch(
      clock,
      scheduler.run('a', () => Promise.resolve('never')),
    );
    const backingOff = watch(
      clock,
      scheduler.run('b', () => Promise.reject(zaloError(-1409))),
    );
    await clock.advance(10);
    expect(clock.pending).toBeGreaterThan(0);
    scheduler.dispose();
    await clock.advance(0);
    for (const seen of [inFlight, queued, backingOff]) {
      expect(seen).toMatchObject({ ok: false, count: 1 });
      expect(seen.value).toMatchObject({ code: 'unknown', detail: 'disposed' });
    }
    expect(clock.pending).toBe(0);
    resolveFlight('late');
    await clock.advance(5000);
    expect(inFlight.count).toBe(1);
    await expect(scheduler.run('a', () => Promise.resolve(1))).rejects.toMatchObject({
      code: 'unknown',
      detail: 'disposed',
    });
  });

  it('treats an infinite timeout as "no timeout", not as an instant one', async () => {
    const clock = createManualClock();
    const scheduler = createCallScheduler({
      clock,
      defaults: { timeoutMs: Number.POSITIVE_INFINITY },
    });
    const seen = watch(clock, scheduler.run('a', delayed(clock, 60_000, 'slow')));
    await clock.advance(60_000);
    expect(seen).toMatchObject({ ok: true, value: 'slow' });
  });

  it('works on the system clock', async () => {
    const scheduler = createCallScheduler({ defaults: { timeoutMs: 20 } });
    await expect(scheduler.run('a', () => Promise.resolve(1))).resolves.toBe(1);
    await expect(scheduler.run('a', () => new Promise(() => {}))).rejects.toMatchObject({
      code: 'timeout',
    });
    expect(typeof systemClock.now()).toBe('number');
  });

  it('bounds the wait when the wall clock goes back', async () => {
    let now = 1_000_000;
    const timers: { fn: () => void; ms: number }[] = [];
    const scheduler = createCallScheduler({
      clock: {
        now: () => now,
        setTimeout: (fn, ms) => timers.push({ fn, ms }),
        clearTimeout: () => {},
      },
      defaults: { timeoutMs: 1e9, throttle: { max: 1, perMs: 1000 } },
    });
    void scheduler.run('a', () => new Promise(() => {}));
    now -= 3_600_000; // the citizen set the phone an hour back
    void scheduler.run('a', () => new Promise(() => {}));
    expect(timers.at(-1)?.ms).toBe(1001);
  });
});

describe('createCallScheduler under random arrivals, durations and outcomes', () => {
  type Kind = 'ok' | 'fail' | 'transient' | 'throw' | 'hang';
  const outcome = fc.record({
    kind: fc.constantFrom<Kind>('ok', 'ok', 'fail', 'transient', 'throw', 'hang'),
    ms: fc.integer({ min: 0, max: 1200 }),
  });
  const callArb = fc.record({
    at: fc.integer({ min: 0, max: 3000 }),
    api: fc.constantFrom('a', 'b'),
    outcomes: fc.array(outcome, { minLength: 3, maxLength: 3 }),
  });
  const policyArb = fc.record(
    {
      timeoutMs: fc.integer({ min: 1, max: 800 }),
      throttle: fc.record({
        max: fc.integer({ min: 1, max: 3 }),
        perMs: fc.integer({ min: 1, max: 1000 }),
      }),
      retry: fc.record({
        attempts: fc.integer({ min: 1, max: 3 }),
        baseDelayMs: fc.integer({ min: 1, max: 300 }),
      }),
    },
    { requiredKeys: ['timeoutMs'] },
  );

  it('loses nothing, runs nothing twice, respects windows, timeouts and backoff', async () => {
    await fc.assert(
      fc.asyncProperty(policyArb, fc.array(callArb, { maxLength: 16 }), async (p, calls) => {
        const clock = createManualClock();
        const policy: CallPolicy = {
          timeoutMs: p.timeoutMs,
          ...(p.throttle && { throttle: p.throttle }),
          ...(p.retry && { retry: { ...p.retry, when: isTransient } }),
        };
        const scheduler = createCallScheduler({ clock, defaults: policy });
        const starts: { run: number; attempt: number; at: number }[] = [];
        const settled = calls.map(() => ({
          count: 0,
          ok: false,
          value: undefined as unknown,
          at: -1,
        }));
        calls.forEach((c, run) => {
          clock.setTimeout(() => {
            let attempt = 0;
            scheduler
              .run(c.api, () => {
                const o = c.outcomes[attempt++];
                if (!o) throw new Error(`attempt ${attempt} of run ${run} should not happen`);
                starts.push({ run, attempt, at: clock.now() });
                const error = {
                  code: o.kind === 'transient' || o.kind === 'throw' ? -1409 : -201,
                  run,
                  attempt,
                };
                if (o.kind === 'throw') throw error;
                return new Promise((resolve, reject) => {
                  if (o.kind !== 'hang') {
                    clock.setTimeout(
                      () => (o.kind === 'ok' ? resolve(`${run}:${attempt}`) : reject(error)),
                      o.ms,
                    );
                  }
                });
              })
              .then(
                (value) => Object.assign(settled[run] ?? {}, { ok: true, value, at: clock.now() }),
                (value) => Object.assign(settled[run] ?? {}, { ok: false, value, at: clock.now() }),
              )
              .finally(() => {
                const s = settled[run];
                if (s) s.count++;
              });
          }, c.at);
        });
        await clock.advance(1_000_000);

        calls.forEach((c, run) => {
          // The model: what each run must end with, and when each attempt may start.
          const mine = starts.filter((s) => s.run === run);
          let eligible = c.at;
          let n = 0;
          for (;;) {
            const o = c.outcomes[n] as { kind: Kind; ms: number };
            const start = mine[n];
            n++;
            expect(start?.attempt).toBe(n); // each attempt invoked exactly once, in order
            if (!start) return;
            expect(start.at).toBeGreaterThanOrEqual(eligible);
            if (!policy.throttle) expect(start.at).toBe(eligible);
            const timedOut = o.kind === 'hang' || (o.kind !== 'throw' && o.ms >= policy.timeoutMs);
            const end = start.at + (timedOut ? policy.timeoutMs : o.kind === 'throw' ? 0 : o.ms);
            if (!timedOut && o.kind === 'ok') {
              expect(settled[run]).toEqual({ count: 1, ok: true, value: `${run}:${n}`, at: end });
              break;
            }
            const retryable = timedOut || o.kind === 'transient' || o.kind === 'throw';
            if (policy.retry && n < policy.retry.attempts && retryable) {
              eligible = end + policy.retry.baseDelayMs * 2 ** (n - 1);
              continue;
            }
            expect(settled[run]).toMatchObject({ count: 1, ok: false, at: end });
            const error = settled[run]?.value;
            if (timedOut) expect(error).toMatchObject({ code: 'timeout', api: c.api });
            else expect(error).toEqual({ code: o.kind === 'fail' ? -201 : -1409, run, attempt: n });
            break;
          }
          expect(mine).toHaveLength(n); // never an attempt after the run settled
        });

        if (policy.throttle) {
          const { max, perMs } = policy.throttle;
          for (const api of ['a', 'b']) {
            const times = starts.filter((s) => calls[s.run]?.api === api).map((s) => s.at);
            for (let i = 0; i + max < times.length; i++) {
              expect((times[i + max] ?? 0) - (times[i] ?? 0)).toBeGreaterThan(perMs);
            }
            // Nobody waits longer than needed: each start is when it became due, or right
            // after the window of an earlier start closed.
            const firsts = starts.filter((s) => s.attempt === 1 && calls[s.run]?.api === api);
            for (const s of firsts) {
              const due = calls[s.run]?.at ?? 0;
              expect(s.at === due || times.some((t) => t + perMs + 1 === s.at)).toBe(true);
            }
            // FIFO among first attempts.
            const order = firsts.map((s) => s.run);
            const byArrival = [...order].sort(
              (x, y) => (calls[x]?.at ?? 0) - (calls[y]?.at ?? 0) || x - y,
            );
            expect(order).toEqual(byArrival);
          }
        }
        scheduler.dispose();
        expect(clock.pending).toBe(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('createSingleFlight', () => {
  it('shares one in-flight promise per key and starts fresh after it settles', async () => {
    const flight = createSingleFlight<string>();
    let started = 0;
    let finish: (value: string) => void = () => {};
    const start = () => {
      started++;
      return new Promise<string>((resolve) => (finish = resolve));
    };
    const first = flight('authorize:location', start);
    const second = flight('authorize:location', start);
    const other = flight('authorize:camera', () => Promise.resolve('camera'));
    expect(second).toBe(first);
    expect(started).toBe(1);
    finish('granted');
    expect(await first).toBe('granted');
    await expect(other).resolves.toBe('camera');
    // A caller continuing right after the shared answer already gets a fresh call.
    const again = flight('authorize:location', start);
    expect(again).not.toBe(first);
    expect(started).toBe(2);
  });

  it('shares rejections, including synchronous throws, and then starts fresh', async () => {
    const flight = createSingleFlight<number>();
    const boom = new Error('boom');
    const a = flight('k', () => {
      throw boom;
    });
    const b = flight('k', () => Promise.resolve(2));
    expect(b).toBe(a);
    await expect(a).rejects.toBe(boom);
    await expect(flight('k', () => Promise.resolve(3))).resolves.toBe(3);
  });
});
