// Test support for exactly-once.test.ts: a phone that can be killed at any moment, a network
// that drops requests before or after the backend acted, and counts of every fault injected.
//
// A "kill" is modelled as a process dying: from that instant the old app's storage and
// network calls never take effect (they reject with KILLED, so its code unwinds instead of
// hanging the test), while the backend keeps whatever it already committed. The next app is a
// new simulated platform over the same localStorage, as after a real restart.
import type { SimulatedPlatform, StorageApi } from '@govmini/platform';
import { createSimulatedPlatform, type ManualClock } from '@govmini/platform/testing';
import { dossierError } from '../service/errors';
import type { DossierErrorCode, DossierService } from '../service/types';
import { createDraftStore } from './draft-store';
import { createOutbox } from './outbox';

export const KILLED = Object.freeze(new Error('the app was killed'));

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}
export type Random = ReturnType<typeof seeded>;

export interface FaultCounts {
  runs: number;
  drafts: number;
  submitCalls: number;
  /** Failed before reaching the backend (server error, timeout, connection refused). */
  failedBefore: number;
  /** The backend filed the dossier, the answer never arrived (timeout, connection dropped). */
  responseLost: number;
  /** The app died while a request was in flight: before / after the backend committed. */
  killedInFlightBefore: number;
  killedInFlightAfter: number;
  /** The app died during a storage write (written or not, at random). */
  killedDuringWrite: number;
  /** The app died between two steps of the citizen. */
  killedBetweenSteps: number;
  offlinePeriods: number;
  refusedOffline: number;
  doubleSubmits: number;
  restarts: number;
}

export const emptyCounts = (): FaultCounts => ({
  runs: 0,
  drafts: 0,
  submitCalls: 0,
  failedBefore: 0,
  responseLost: 0,
  killedInFlightBefore: 0,
  killedInFlightAfter: 0,
  killedDuringWrite: 0,
  killedBetweenSteps: 0,
  offlinePeriods: 0,
  refusedOffline: 0,
  doubleSubmits: 0,
  restarts: 0,
});

const RETRYABLE: readonly DossierErrorCode[] = ['server', 'timeout', 'offline'];

export interface App {
  platform: SimulatedPlatform;
  drafts: ReturnType<typeof createDraftStore>;
  outbox: ReturnType<typeof createOutbox>;
  service: DossierService;
  dead: boolean;
  kill(): void;
}

export interface WorldOptions {
  readonly clock: ManualClock;
  readonly random: Random;
  readonly server: DossierService;
  readonly counts: FaultCounts;
  readonly userId: string;
  /** How many kills this run may still have (then the world calms down so it can finish). */
  killBudget: number;
  faultsOn: boolean;
  online: boolean;
  /** Draft ids, deterministic per run (survives restarts like the citizen's phone). */
  ids: number;
}

/** Boots an app generation over the same localStorage and backend. */
export function bootApp(world: WorldOptions): App {
  const { clock, random, server, counts } = world;
  const platform = createSimulatedPlatform({
    clock,
    online: world.online,
    storage: { persist: 'localStorage' },
    user: { id: world.userId, name: 'Công dân thử' },
  });
  const app = { platform, dead: false } as App;
  const canKill = () => world.faultsOn && world.killBudget > 0;
  app.kill = () => {
    if (app.dead) return;
    app.dead = true;
    world.killBudget -= 1;
    app.outbox?.dispose();
    platform.dispose();
  };
  const afterward = <T>(promise: Promise<T>): Promise<T> =>
    promise.then(
      (value) => (app.dead ? Promise.reject(KILLED) : value),
      (error: unknown) => Promise.reject(app.dead ? KILLED : error),
    );

  const inner = platform.storage.forUser(world.userId);
  const write =
    <A extends unknown[]>(fn: (...args: A) => Promise<void>) =>
    (...args: A): Promise<void> => {
      if (app.dead) return Promise.reject(KILLED);
      if (canKill() && random.chance(0.02)) {
        counts.killedDuringWrite++;
        // Storage is synchronous underneath: the write either happened before death or not.
        if (random.chance(0.5)) void fn(...args).catch(() => {});
        app.kill();
        return Promise.reject(KILLED);
      }
      return afterward(fn(...args));
    };
  const storage: StorageApi = {
    get: (key, validate) =>
      app.dead ? Promise.reject(KILLED) : afterward(inner.get(key, validate)),
    keys: () => (app.dead ? Promise.reject(KILLED) : afterward(inner.keys())),
    usage: () => afterward(inner.usage()),
    set: write((key: string, value: unknown) => inner.set(key, value)),
    remove: write((key: string) => inner.remove(key)),
    clear: write(() => inner.clear()),
    forUser: () => storage,
    onEvicted: (listener) => inner.onEvicted(listener),
  };

  /** One backend call through the faulty network. */
  const call = async <T>(perform: () => Promise<T>): Promise<T> => {
    if (app.dead) throw KILLED;
    if (!platform.system.getNetwork().online) {
      counts.refusedOffline++;
      throw dossierError('offline');
    }
    if (world.faultsOn) {
      const roll = random.next();
      if (roll < 0.12) {
        counts.failedBefore++;
        throw dossierError(random.pick(RETRYABLE));
      }
      if (roll < 0.24) {
        counts.responseLost++;
        await perform();
        throw dossierError(random.pick(RETRYABLE));
      }
      if (roll < 0.3 && canKill()) {
        if (random.chance(0.5)) {
          counts.killedInFlightAfter++;
          await perform().catch(() => {});
        } else counts.killedInFlightBefore++;
        app.kill();
        throw KILLED;
      }
    }
    return afterward(perform());
  };
  const service: DossierService = {
    ...server,
    submit: (token, request) => {
      counts.submitCalls++;
      return call(() => server.submit(token, request));
    },
    saveDraft: (token, draft) => call(() => server.saveDraft(token, draft)),
    listDrafts: (token) => call(() => server.listDrafts(token)),
    deleteDraft: (token, id) => call(() => server.deleteDraft(token, id)),
  };

  app.service = service;
  app.drafts = createDraftStore({
    storage,
    now: clock.now,
    timers: clock,
    newId: () => `d${++world.ids}-${random.int(1e9).toString(36)}`,
  });
  app.outbox = createOutbox({
    storage,
    service,
    getSessionToken: async () => world.userId,
    system: platform.system,
    now: clock.now,
    timers: clock,
    backoff: { random: random.next },
  });
  return app;
}
