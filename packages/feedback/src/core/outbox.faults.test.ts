// @vitest-environment node
// THE fault-injection test of sending reports (issue 8, "Reliability"): many reports with
// photos are queued on a simulated phone while the network drops in and out, the backend fails
// before or after doing its work (the answer lost), and the app is killed at any moment and
// started again over the same storage. Then everything drains, and the backend is counted:
// exactly one report per idempotency key, each with its photos byte for byte, in order.
// Seeded: a failure names its seed, and the same seed replays the same run.
import { createHash } from 'node:crypto';
import {
  createSimulatedPlatform,
  type SimulatedPlatform,
  type StorageApi,
} from '@govmini/platform';
import { createManualClock, type ManualClock } from '@govmini/platform/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryFeedbackService, type MemoryFeedbackService } from '../testing/memory-service';
import { feedbackError } from './errors';
import { createFeedbackOutbox, type QueuedReport } from './outbox';
import { PHOTO_KEY_PREFIX, savePhoto } from './photos/store';
import type { FeedbackCategory, FeedbackErrorCode, FeedbackService } from './types';

const RUNS = 100;
const USER = 'citizen-1';
const categories: FeedbackCategory[] = [
  {
    id: 'ha-tang',
    title: { vi: 'Hạ tầng giao thông' },
    description: { vi: 'Ổ gà, sụt lún' },
    icon: 'road',
    agency: { id: 'sxd', name: { vi: 'Sở Xây dựng' } },
    answerDays: 5,
  },
];

/** mulberry32: small, seedable, good enough to pick faults. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const KILLED = new Error('killed');

/** What the runs really did: a harness that stopped injecting faults would prove nothing. */
const totals = {
  reports: 0,
  photos: 0,
  kills: 0,
  offline: 0,
  faults: 0,
  lostAnswers: 0,
  attempts: 0,
};

/** One app start: its storage and backend calls die with it (a killed WebView sends nothing). */
function boot(
  platform: SimulatedPlatform,
  storage: StorageApi,
  service: MemoryFeedbackService,
  clock: ManualClock,
  rnd: () => number,
) {
  let dead = false;
  const alive = <T>(promise: Promise<T>): Promise<T> =>
    promise.then(
      (value) => (dead ? Promise.reject(KILLED) : value),
      (error: unknown) => Promise.reject(dead ? KILLED : error),
    );
  const sleep = (ms: number) => new Promise<void>((resolve) => clock.setTimeout(resolve, ms));
  const online = () => platform.system.getNetwork().online;
  // A call on the network: takes time, fails offline; offline on the way back loses the answer.
  const call = async <R>(work: () => Promise<R>): Promise<R> => {
    await sleep(Math.floor(rnd() * 3000));
    if (dead) throw KILLED;
    if (!online()) throw feedbackError('offline');
    const result = await work();
    await sleep(Math.floor(rnd() * 3000));
    if (dead) throw KILLED;
    if (!online()) throw feedbackError('timeout');
    return result;
  };
  const phoneStorage: StorageApi = {
    ...storage,
    get: (key, validate) => (dead ? Promise.reject(KILLED) : alive(storage.get(key, validate))),
    set: (key, value) => (dead ? Promise.reject(KILLED) : alive(storage.set(key, value))),
    remove: (key) => (dead ? Promise.reject(KILLED) : alive(storage.remove(key))),
    keys: () => (dead ? Promise.reject(KILLED) : alive(storage.keys())),
  };
  const network: FeedbackService = {
    ...service,
    uploadPhoto: (token, file, options) => call(() => service.uploadPhoto(token, file, options)),
    submit: (token, report) => {
      totals.attempts++;
      return call(() => service.submit(token, report));
    },
  };
  const outbox = createFeedbackOutbox({
    storage: phoneStorage,
    service: network,
    getSessionToken: async () => USER,
    system: platform.system,
    now: clock.now,
    timers: clock,
    backoff: { baseMs: 1000, maxMs: 20_000, random: rnd },
  });
  return {
    outbox,
    storage: phoneStorage,
    kill() {
      dead = true;
      outbox.dispose();
    },
  };
}

function photoBytes(rnd: () => number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(200 + Math.floor(rnd() * 1800));
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rnd() * 256);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]); // a JPEG's magic number: the backend checks the bytes
  return bytes;
}

async function run(seed: number) {
  const rnd = random(seed);
  const clock = createManualClock(Date.UTC(2026, 2, 2, 2, 0));
  const platform = createSimulatedPlatform({ user: { id: USER, name: 'Trần Văn Bình' }, clock });
  const storage = platform.storage.forUser(USER);
  const service = createMemoryFeedbackService({
    categories,
    now: clock.now,
    agency: { auto: false },
  });
  let app = boot(platform, storage, service, clock, rnd);
  const expected = new Map<string, string[]>(); // idempotency key → photo hashes, in order
  const reports = 3 + Math.floor(rnd() * 6);
  let made = 0;

  const queueOne = async () => {
    const n = made++;
    const count = 1 + Math.floor(rnd() * 3);
    const hashes: string[] = [];
    const photos = [];
    for (let i = 0; i < count; i++) {
      const bytes = photoBytes(rnd);
      hashes.push(sha256(bytes));
      photos.push(
        await savePhoto(app.storage, new Blob([bytes], { type: 'image/jpeg' }), {
          name: `anh-${i}.jpg`,
        }),
      );
    }
    const request: QueuedReport = {
      idempotencyKey: `fb-seed${seed}-report${n}`,
      report: {
        categoryId: 'ha-tang',
        description: `Ổ gà số ${n} trước cổng chợ (lần chạy ${seed})`,
        location: { kind: 'device', latitude: 21.02 + n / 1000, longitude: 105.85 },
        showName: rnd() < 0.5,
        publish: rnd() < 0.5,
        notify: rnd() < 0.5,
      },
      photos,
    };
    await app.outbox.queue(request); // stored: from here it must arrive exactly once
    expected.set(request.idempotencyKey, hashes);
  };

  for (let step = 0; step < 80; step++) {
    const roll = rnd();
    if (made < reports && roll < 0.2) {
      await queueOne();
    } else if (roll < 0.35) {
      const goOnline = !platform.system.getNetwork().online;
      if (!goOnline) totals.offline++;
      platform.controls.update({ online: goOnline });
    } else if (roll < 0.5) {
      const codes: FeedbackErrorCode[] = ['offline', 'timeout', 'server'];
      const after = rnd() < 0.5;
      totals.faults++;
      if (after) totals.lostAnswers++;
      service.controls.failNext(1 + Math.floor(rnd() * 2), {
        code: codes[Math.floor(rnd() * codes.length)] as FeedbackErrorCode,
        after,
        method: rnd() < 0.5 ? 'uploadPhoto' : 'submit',
      });
    } else if (roll < 0.6) {
      totals.kills++;
      app.kill();
      app = boot(platform, storage, service, clock, rnd);
    } else if (roll < 0.9) {
      await clock.advance(Math.floor(rnd() * 8000));
    } else {
      void app.outbox.drain();
    }
  }
  while (made < reports) await queueOne();

  // Calm: back online (faults still armed are retryable ones); everything must drain.
  platform.controls.update({ online: true });
  for (let i = 0; i < 200; i++) {
    const entries = await app.outbox.items();
    if (entries.length === expected.size && entries.every((e) => e.state === 'sent')) break;
    void app.outbox.drain();
    await clock.advance(5_000);
  }

  const entries = await app.outbox.items();
  expect(
    entries.map((e) => [e.id, e.state, e.lastError ?? '']).filter(([, s]) => s !== 'sent'),
    `seed ${seed}`,
  ).toEqual([]);
  const filed = service.controls.reports();
  const keys = filed.map((r) => r.idempotencyKey).sort();
  expect(keys, `seed ${seed}: one report per key`).toEqual([...expected.keys()].sort());
  const stored = new Map(service.controls.photos().map((p) => [p.photo.id, sha256(p.bytes)]));
  for (const record of filed) {
    const hashes = record.report.photos.map((p) => stored.get(p.id));
    expect(hashes, `seed ${seed}: photos of ${record.idempotencyKey}`).toEqual(
      expected.get(record.idempotencyKey),
    );
  }
  // Sent: the phone keeps no photo bytes and no upload notes for them.
  await clock.advance(1000);
  const left = (await storage.keys()).filter(
    (k) => k.startsWith(PHOTO_KEY_PREFIX) || k.startsWith('feedback:uploaded:'),
  );
  expect(left, `seed ${seed}: leftovers`).toEqual([]);

  totals.reports += filed.length;
  totals.photos += filed.reduce((n, r) => n + r.report.photos.length, 0);
  app.kill();
  platform.dispose();
}

describe('feedback outbox under faults (simulated phone, memory backend)', () => {
  for (let seed = 1; seed <= RUNS; seed++) {
    it(`seed ${seed}: every queued report arrives exactly once with its photos`, () => run(seed));
  }
  afterAll(() => {
    // The figures for the report, and proof the faults happened.
    console.info(`outbox faults: ${JSON.stringify(totals)}`);
    expect(totals.kills).toBeGreaterThan(RUNS);
    expect(totals.lostAnswers).toBeGreaterThan(RUNS / 2);
    expect(totals.offline).toBeGreaterThan(RUNS);
  });
});
