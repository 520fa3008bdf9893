// The outbox's promise under random faults: every request whose enqueue resolved reaches the
// backend and ends `sent` with the backend's first result for its id; nothing is sent that was
// not enqueued, and a request is replaced by a later one only after the backend refused it. Each run mixes sends that fail
// before or after the backend acted, answers that never come, offline periods, storage that
// is full, and kills (mid-write too) followed by a restart over the same storage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlatformError } from '../core/errors';
import { createManualClock } from '../core/manual-clock';
import { createMemoryBackend, createPlatformStorage } from '../core/storage';
import type { StorageApi } from '../core/types';
import { createOutbox } from './outbox';
import { NAMESPACE, network, type Req, type Res, SendError } from './test-world';

const IDS = ['a', 'b', 'c', 'd'] as const;
type Fault = 'ok' | 'fail' | 'final' | 'lose-answer' | 'hang';
type Op =
  | { kind: 'enqueue'; id: (typeof IDS)[number]; text: string }
  | { kind: 'kill'; midWrite: boolean; written: boolean }
  | { kind: 'network'; online: boolean }
  | { kind: 'full'; on: boolean }
  | { kind: 'advance'; ms: number }
  | { kind: 'drain' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('enqueue' as const),
      id: fc.constantFrom(...IDS),
      text: fc.string({ maxLength: 8 }),
    }),
  },
  fc.record({ kind: fc.constant('kill' as const), midWrite: fc.boolean(), written: fc.boolean() }),
  fc.record({ kind: fc.constant('network' as const), online: fc.boolean() }),
  fc.record({ kind: fc.constant('full' as const), on: fc.boolean() }),
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.integer({ min: 0, max: 40_000 }),
    }),
  },
  fc.record({ kind: fc.constant('drain' as const) }),
);

const KILLED = new Error('killed');
/** What the runs really did (a harness that stopped injecting faults would prove nothing). */
const totals = { acknowledged: 0, restarts: 0, hangs: 0, lostAnswers: 0, refusals: 0, full: 0 };

async function run(ops: readonly Op[], faults: readonly Fault[]) {
  const clock = createManualClock(1_760_000_000_000);
  const backend = createMemoryBackend();
  const net = network(true);
  const firstText = new Map<string, string>();
  const results = new Map<string, Res>();
  /** Ids whose enqueue resolved, with the request the outbox said it kept. */
  const acknowledged = new Map<string, string>();
  /** Every text an enqueue call carried, per id; and the ids the backend ever refused. */
  const offered = new Map<string, Set<string>>();
  const refused = new Set<string>();
  let fault = 0;
  let full = false;
  /** Operations in flight: a send may hang until its app is killed, so none is awaited. */
  const inFlight: Promise<unknown>[] = [];

  const boot = (calm: boolean) => {
    let dead = false;
    let killMidWrite: { written: boolean } | undefined;
    const hung: ((error: unknown) => void)[] = [];
    const inner = createPlatformStorage(backend, { appId: 't', clock });
    const alive = <T>(promise: Promise<T>) =>
      promise.then(
        (value) => (dead ? Promise.reject(KILLED) : value),
        (error: unknown) => Promise.reject(dead ? KILLED : error),
      );
    const storage: StorageApi = {
      ...inner,
      get: (key, validate) => (dead ? Promise.reject(KILLED) : alive(inner.get(key, validate))),
      keys: () => (dead ? Promise.reject(KILLED) : alive(inner.keys())),
      set: (key, value) => {
        if (dead) return Promise.reject(KILLED);
        if (killMidWrite) {
          if (killMidWrite.written) void inner.set(key, value).catch(() => {});
          app.kill();
          return Promise.reject(KILLED);
        }
        if (full && !calm) {
          totals.full++;
          return Promise.reject(new PlatformError('storage_full'));
        }
        return alive(inner.set(key, value));
      },
      remove: (key) => (dead ? Promise.reject(KILLED) : alive(inner.remove(key))),
    };
    const outbox = createOutbox<Req, Res>({
      storage,
      namespace: NAMESPACE,
      system: net,
      now: clock.now,
      timers: clock,
      isRetryable: (error) => error instanceof SendError && error.retryable,
      async send(request, entry) {
        if (dead) throw KILLED;
        const step: Fault = calm ? 'ok' : (faults[fault++ % faults.length] ?? 'ok');
        if (step === 'hang') {
          totals.hangs++;
          return new Promise<never>((_, reject) => hung.push(reject));
        }
        if (step === 'fail') throw new SendError('server', true);
        // A backend that has seen the key answers with the first result, whatever else.
        if (step === 'final' && !results.has(entry.id)) {
          totals.refusals++;
          refused.add(entry.id);
          throw new SendError('refused', false);
        }
        if (!firstText.has(entry.id)) firstText.set(entry.id, request.text);
        const result = results.get(entry.id) ?? { code: `R-${entry.id}`, text: request.text };
        results.set(entry.id, result);
        if (step === 'lose-answer') {
          totals.lostAnswers++;
          throw new SendError('timeout', true);
        }
        return alive(Promise.resolve(result));
      },
    });
    const app = {
      outbox,
      kill() {
        dead = true;
        outbox.dispose();
        for (const reject of hung) reject(KILLED); // the process is gone: nothing is awaited
      },
      killOnNextWrite(written: boolean) {
        killMidWrite = { written };
      },
      get dead() {
        return dead;
      },
    };
    return app;
  };

  let app = boot(false);
  for (const step of ops) {
    if (step.kind === 'enqueue') {
      // Resolved = stored (by this call or an earlier one), whatever happens to the app next.
      const { id } = step;
      offered.set(id, (offered.get(id) ?? new Set()).add(step.text));
      inFlight.push(
        app.outbox.enqueue(id, { text: step.text }).then(
          (entry) => acknowledged.set(id, entry.request.text),
          () => {},
        ),
      );
    } else if (step.kind === 'kill') {
      if (step.midWrite) app.killOnNextWrite(step.written);
      else app.kill();
    } else if (step.kind === 'network') net.set(step.online);
    else if (step.kind === 'full') full = step.on;
    else if (step.kind === 'advance') await clock.advance(step.ms);
    else inFlight.push(app.outbox.drain().catch(() => {}));
    await clock.advance(0);
    if (app.dead) {
      totals.restarts++;
      app = boot(false); // a restart over the same storage
    }
  }

  // The world calms down: online, nothing fails; a new start must finish everything.
  app.kill();
  await Promise.all(inFlight);
  net.set(true);
  app = boot(true);
  for (const id of acknowledged.keys()) {
    const entry = await app.outbox.get(id);
    expect(entry, `entry ${id} was lost`).toBeDefined();
    if (entry?.state === 'failed') await app.outbox.retry(id); // the caller's "Gửi lại"
  }
  await app.outbox.drain();
  await clock.advance(600_000);
  for (const [id, text] of acknowledged) {
    const entry = await app.outbox.get(id);
    expect(entry?.state, `entry ${id}`).toBe('sent');
    expect(entry?.result).toEqual(results.get(id));
    // A later enqueue replaces a request only once the backend refused it.
    if (!refused.has(id)) expect(firstText.get(id)).toBe(text);
  }
  // Nothing was made up: what reached the backend is what some enqueue carried.
  for (const [id, text] of firstText) expect(offered.get(id)?.has(text)).toBe(true);
  app.kill();
  totals.acknowledged += acknowledged.size;
}

describe('outbox: exactly once under random faults', () => {
  it('acknowledged requests end sent with the first result, replaced only if refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 3, maxLength: 40 }),
        fc.array(fc.constantFrom<Fault>('ok', 'fail', 'final', 'lose-answer', 'hang'), {
          minLength: 1,
          maxLength: 12,
        }),
        run,
      ),
      { numRuns: 1_000 },
    );
    expect(totals.acknowledged).toBeGreaterThan(1_200);
    for (const count of Object.values(totals)) expect(count).toBeGreaterThan(200);
  }, 120_000);
});
