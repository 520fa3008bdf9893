import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlatformError } from './errors';
import {
  createMemoryBackend,
  createPlatformStorage,
  createWebStorageBackend,
  type KeyValueBackend,
} from './storage';
import type { StorageApi, StorageEvictedEvent } from './types';

const clock = { now: () => 1_700_000_000_000 };
const INDEX = 'gm:3012:index';

function setup(options: Parameters<typeof createMemoryBackend>[0] = {}) {
  const backend = createMemoryBackend({ quotaBytes: 1_000_000, ...options });
  const storage = createPlatformStorage(backend, { appId: '3012', clock });
  return { backend, storage };
}

function listen(storage: StorageApi) {
  const events: StorageEvictedEvent[] = [];
  storage.onEvicted((event) => events.push(event));
  return events;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof PlatformError ? error.code : String(error)),
  );

describe('createPlatformStorage: values', () => {
  it('round-trips any JSON value under any key', async () => {
    const { storage } = setup();
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 12 }),
        fc.jsonValue(),
        async (key, value) => {
          await storage.set(key, value);
          expect(await storage.get(key)).toEqual(JSON.parse(JSON.stringify(value)));
          expect(await storage.keys()).toContain(key);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stores values as JSON under gm:<appId>:<scope>:<key>, the index written last', async () => {
    const { backend, storage } = setup();
    await storage.set('draft', { step: 2 });
    await storage.forUser('84901').set('hồ sơ', 'x');
    expect(backend.keys()).toEqual(['gm:3012:app:draft', 'gm:3012:u:84901:hồ sơ', INDEX]);
    expect(backend.getItem('gm:3012:app:draft')).toBe('{"step":2}');
    await storage.set('draft', { step: 3 });
    expect(backend.keys().at(-1)).toBe(INDEX); // still the newest entry
  });

  it('rejects values JSON cannot carry, without touching the store', async () => {
    const { backend, storage } = setup();
    await storage.set('k', 'kept');
    const before = backend.keys().map((k) => [k, backend.getItem(k)]);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const bad of [
      cycle,
      10n,
      undefined,
      () => 1,
      {
        toJSON: () => {
          throw new Error('no');
        },
      },
    ]) {
      const error = await storage.set('k', bad).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlatformError);
      expect(error).toMatchObject({ code: 'unknown', detail: 'value is not JSON-serialisable' });
    }
    expect(backend.keys().map((k) => [k, backend.getItem(k)])).toEqual(before);
    expect(await storage.get('k')).toBe('kept');
  });

  it('get: undefined when absent; validate narrows, and a value failing it counts as absent', async () => {
    const { backend, storage } = setup();
    expect(await storage.get('none')).toBeUndefined();
    await storage.set('age', 67);
    const asNumber = (value: unknown) => {
      if (typeof value !== 'number') throw new TypeError('not a number');
      return value;
    };
    const asString = (value: unknown) => {
      if (typeof value !== 'string') throw new TypeError('not a string');
      return value;
    };
    const age: number | undefined = await storage.get('age', asNumber);
    expect(age).toBe(67);
    expect(await storage.get('age', asString)).toBeUndefined();
    backend.setItem('gm:3012:app:age', '{damaged'); // someone else wrote garbage
    expect(await storage.get('age')).toBeUndefined();
  });

  it('remove and clear delete only what they name; undefined after, never "evicted"', async () => {
    const { storage } = setup();
    const events = listen(storage);
    await storage.set('a', 1);
    await storage.set('b', 2);
    await storage.remove('a');
    await storage.remove('never-set');
    expect(await storage.get('a')).toBeUndefined();
    expect(await storage.keys()).toEqual(['b']);
    await storage.clear();
    expect(await storage.keys()).toEqual([]);
    expect(await storage.get('b')).toBeUndefined();
    await tick();
    expect(events).toEqual([]);
  });

  it('usage counts our keys, values and index in UTF-16 bytes, across scopes, nothing else', async () => {
    const { backend, storage } = setup({ quotaBytes: 5 * 1024 * 1024 });
    backend.setItem('zalo:other', 'x'.repeat(100)); // not ours
    expect(await storage.usage()).toEqual({ usedBytes: 0, quotaBytes: 5 * 1024 * 1024 });
    await storage.set('a', 'ư');
    await storage.forUser('1').set('b', [1]);
    const ours = backend.keys().filter((k) => k.startsWith('gm:3012:'));
    const expected = ours.reduce(
      (n, k) => n + 2 * (k.length + (backend.getItem(k) ?? '').length),
      0,
    );
    expect(await storage.forUser('1').usage()).toEqual({
      usedBytes: expected,
      quotaBytes: 5 * 1024 * 1024,
    });
    expect(backend.usedBytes).toBe(expected + 2 * ('zalo:other'.length + 100));
  });
});

describe('createPlatformStorage: namespaces', () => {
  it('two apps and two users on one store never see each other', async () => {
    const backend = createMemoryBackend();
    const appA = createPlatformStorage(backend, { appId: 'A' });
    const appB = createPlatformStorage(backend, { appId: 'B' });
    await appA.set('k', 'A');
    await appB.set('k', 'B');
    await appA.forUser('u1').set('k', 'A-u1');
    await appA.forUser('u2').set('k', 'A-u2');
    expect(await appA.get('k')).toBe('A');
    expect(await appB.get('k')).toBe('B');
    expect(await appA.forUser('u1').get('k')).toBe('A-u1');
    expect(await appB.forUser('u1').get('k')).toBeUndefined();
    expect(await appA.keys()).toEqual(['k']); // the app scope does not list users' keys
    await appA.forUser('u1').clear(); // sign-out of u1
    expect(await appA.forUser('u1').keys()).toEqual([]);
    expect(await appA.forUser('u2').get('k')).toBe('A-u2');
    expect(await appA.get('k')).toBe('A');
    expect(await appB.get('k')).toBe('B');
    await appA.clear();
    expect(await appA.forUser('u2').get('k')).toBe('A-u2');
  });

  it('ids containing ":" cannot make two namespaces meet', async () => {
    const backend = createMemoryBackend();
    const plain = createPlatformStorage(backend, { appId: 'a' });
    const tricky = createPlatformStorage(backend, { appId: 'a:app' });
    await plain.set('app:k', 'plain');
    await tricky.set('k', 'tricky');
    expect(await plain.get('app:k')).toBe('plain');
    await plain.forUser('x').set('y:z', 1);
    await plain.forUser('x:y').set('z', 2);
    expect(await plain.forUser('x').get('y:z')).toBe(1);
    expect(await plain.forUser('x:y').get('z')).toBe(2);
  });

  it('every view of a namespace shares one index and hears its evictions', async () => {
    const { backend, storage } = setup();
    const first = storage.forUser('9');
    const events = listen(first);
    await storage.forUser('9').set('k', 1);
    backend.evict(['gm:3012:u:9:k']);
    expect(await code(storage.forUser('9').get('k'))).toBe('storage_evicted');
    expect(events).toEqual([{ keys: ['k'], all: false }]);
  });
});

describe('createPlatformStorage: nothing lost silently', () => {
  it('a key dropped by oldest-first eviction rejects storage_evicted and is reported once', async () => {
    const { backend, storage } = setup({ quotaBytes: 4000, evictOldest: true });
    const events = listen(storage);
    await storage.set('old', 'o'.repeat(300));
    await storage.set('new', 'n'.repeat(300));
    // Another writer in the same store (Zalo's own or a non-GovMini module) needs room:
    // the host silently drops the oldest entries.
    backend.setItem('other', 'x'.repeat(1400));
    expect(backend.getItem('gm:3012:app:old')).toBeNull();
    expect(backend.getItem(INDEX)).not.toBeNull(); // the index is the newest of ours
    expect(await storage.get('new')).toBe('n'.repeat(300));
    expect(await code(storage.get('old'))).toBe('storage_evicted');
    expect(events).toEqual([{ keys: ['old'], all: false }]);
    expect(await storage.get('old')).toBeUndefined(); // reported once, then forgotten
    expect(await storage.keys()).toEqual(['new']);
    await tick();
    expect(events).toHaveLength(1);
  });

  it('keys() reports every missing key at once to listeners, all: true when none is left', async () => {
    const { backend, storage } = setup();
    await storage.set('a', 1);
    await storage.set('b', 2);
    await storage.set('c', 3);
    backend.evict(['gm:3012:app:a', 'gm:3012:app:b']);
    // Nobody listens yet: keys() keeps listing them, so the next get reports each.
    expect(await storage.keys()).toEqual(['a', 'b', 'c']);
    expect(await code(storage.get('a'))).toBe('storage_evicted');
    const events = listen(storage);
    await tick(); // a new listener is told what is already known to be missing
    expect(events).toEqual([{ keys: ['b'], all: false }]);
    backend.evict(['gm:3012:app:c']);
    expect(await storage.keys()).toEqual([]);
    expect(events).toEqual([
      { keys: ['b'], all: false },
      { keys: ['c'], all: true },
    ]);
  });

  it('a new session learns at once what was dropped while the app was closed', async () => {
    const backend = createMemoryBackend();
    const before = createPlatformStorage(backend, { appId: '3012' });
    await before.set('draft-1', 'a');
    await before.forUser('7').set('draft-2', 'b');
    backend.evict(['gm:3012:app:draft-1', 'gm:3012:u:7:draft-2']);
    const after = createPlatformStorage(backend, { appId: '3012' });
    const app = listen(after);
    const user = listen(after.forUser('7'));
    await tick();
    expect(app).toEqual([{ keys: ['draft-1'], all: true }]);
    expect(user).toEqual([{ keys: ['draft-2'], all: true }]);
  });

  it('the whole store wiped while the app runs: all: true per namespace, get rejects once', async () => {
    const { backend, storage } = setup();
    await storage.set('a', 1);
    await storage.set('b', 2);
    await storage.forUser('7').set('c', 3);
    const app = listen(storage);
    const user = listen(storage.forUser('7'));
    const other = listen(storage.forUser('8'));
    backend.evict(); // e.g. the simulator's "evict storage", or site data cleared
    expect(await code(storage.get('a'))).toBe('storage_evicted');
    expect(app).toEqual([{ keys: ['a', 'b'], all: true }]);
    expect(user).toEqual([{ keys: ['c'], all: true }]);
    expect(other).toEqual([]);
    expect(await storage.get('a')).toBeUndefined();
    expect(await code(storage.get('b'))).toBe('resolved'); // reported already, in the event
    await storage.set('a', 'again');
    expect(await storage.get('a')).toBe('again');
    expect(app).toHaveLength(1);
  });

  it('the index lost but values kept: they are adopted, only the missing one is reported', async () => {
    const { backend, storage } = setup();
    const events = listen(storage);
    await storage.set('a', 1);
    await storage.set('b', 2);
    backend.evict([INDEX, 'gm:3012:app:a']);
    expect(await storage.get('b')).toBe(2);
    expect(events).toEqual([{ keys: ['a'], all: false }]);
    expect(await storage.keys()).toEqual(['b']);
    expect(backend.getItem(INDEX)).toContain('"b"');
  });

  it('refuses a write that does not fit rather than let the host evict older data', async () => {
    const { backend, storage } = setup({ quotaBytes: 2000, evictOldest: true });
    await storage.set('older', 'o'.repeat(200));
    const snapshot = backend.keys().map((k) => [k, backend.getItem(k)]);
    const error = await storage.set('big', 'b'.repeat(900)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'storage_full', api: 'storage.set' });
    expect(backend.keys().map((k) => [k, backend.getItem(k)])).toEqual(snapshot);
    expect(await storage.get('older')).toBe('o'.repeat(200));
    expect(await storage.keys()).toEqual(['older']);
  });

  it('maps the host’s quota error to storage_full and keeps the previous value', async () => {
    // The host is smaller than it claims (like a WebView with a lower localStorage cap).
    const inner = createMemoryBackend({ quotaBytes: 3000 });
    const backend: KeyValueBackend = {
      quotaBytes: 1e9,
      getItem: (k) => inner.getItem(k),
      setItem: (k, v) => inner.setItem(k, v),
      removeItem: (k) => inner.removeItem(k),
      keys: () => inner.keys(),
    };
    const storage = createPlatformStorage(backend, { appId: '3012' });
    await storage.set('draft', 'v1');
    await storage.set('other', 'kept');
    const error = await storage.set('draft', 'v2'.repeat(1000)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'storage_full', cause: { name: 'QuotaExceededError' } });
    expect(await storage.get('draft')).toBe('v1');
    expect(await storage.get('other')).toBe('kept');
    const fresh = await storage.set('new', 'n'.repeat(1400)).catch((e: unknown) => e);
    expect(fresh).toMatchObject({ code: 'storage_full' });
    expect(await storage.keys()).toEqual(['draft', 'other']);
    expect(inner.getItem('gm:3012:app:new')).toBeNull();
  });

  it('a host that silently drops a write: storage_full, never reported as done', async () => {
    const inner = createMemoryBackend();
    let dropping = false;
    const backend: KeyValueBackend = {
      quotaBytes: inner.quotaBytes,
      getItem: (k) => inner.getItem(k),
      setItem: (k, v) => {
        if (!dropping) inner.setItem(k, v);
      },
      removeItem: (k) => inner.removeItem(k),
      keys: () => inner.keys(),
    };
    const storage = createPlatformStorage(backend, { appId: '3012' });
    await storage.set('a', 'v1');
    dropping = true;
    expect(await code(storage.set('a', 'v2'))).toBe('storage_full');
    expect(await code(storage.set('b', 'v'))).toBe('storage_full');
    expect(await storage.get('a')).toBe('v1');
    expect(await storage.keys()).toEqual(['a']);
  });

  it('other host failures reject with a PlatformError, never a raw error', async () => {
    const inner = createMemoryBackend();
    const denied = new PlatformError('unsupported', { zaloCode: -1404 });
    let failure: unknown = new Error('Failed to set item');
    const backend: KeyValueBackend = {
      quotaBytes: inner.quotaBytes,
      getItem: (k) => inner.getItem(k),
      setItem: () => {
        throw failure;
      },
      removeItem: (k) => inner.removeItem(k),
      keys: () => inner.keys(),
    };
    const storage = createPlatformStorage(backend, { appId: '3012' });
    expect(await storage.set('a', 1).catch((e: unknown) => e)).toMatchObject({
      code: 'unknown',
      cause: failure,
    });
    failure = denied;
    expect(await storage.set('a', 1).catch((e: unknown) => e)).toBe(denied);
    const broken = createPlatformStorage(
      {
        ...backend,
        getItem: () => {
          throw new Error('bridge down');
        },
      },
      { appId: '3012' },
    );
    expect(await code(broken.get('a'))).toBe('unknown');
  });

  it('web storage backend: every key of the store, default quota 5 MB', () => {
    const backend = createWebStorageBackend(window.localStorage);
    window.localStorage.clear();
    backend.setItem('x', '1');
    expect(backend.keys()).toEqual(['x']);
    expect(backend.quotaBytes).toBe(5 * 1024 * 1024);
    window.localStorage.clear();
  });
});

describe('createPlatformStorage: model check', () => {
  type Op =
    | { op: 'set'; scope: number; key: string; value: number }
    | { op: 'remove'; scope: number; key: string }
    | { op: 'get'; scope: number; key: string }
    | { op: 'clear'; scope: number }
    | { op: 'keys'; scope: number }
    | { op: 'host-evict'; picks: number[] }
    | { op: 'host-wipe' }
    | { op: 'host-drop-index' }
    | { op: 'host-write'; size: number };
  const scope = fc.integer({ min: 0, max: 2 });
  const key = fc.constantFrom('a', 'b', 'c');
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      op: fc.constant('set' as const),
      scope,
      key,
      value: fc.integer({ min: 0, max: 10 ** 6 }),
    }),
    fc.record({ op: fc.constant('remove' as const), scope, key }),
    fc.record({ op: fc.constant('get' as const), scope, key }),
    fc.record({ op: fc.constant('clear' as const), scope }),
    fc.record({ op: fc.constant('keys' as const), scope }),
    fc.record({
      op: fc.constant('host-evict' as const),
      picks: fc.array(fc.nat(), { maxLength: 3 }),
    }),
    fc.constantFrom<Op>({ op: 'host-wipe' }, { op: 'host-drop-index' }),
    fc.record({ op: fc.constant('host-write' as const), size: fc.integer({ min: 1, max: 900 }) }),
  );

  it('whatever the host drops, every value we hold is either intact or reported lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { maxLength: 40 }), async (ops) => {
        const backend = createMemoryBackend({ quotaBytes: 2400, evictOldest: true });
        const root = createPlatformStorage(backend, { appId: '3012' });
        const views = [root, root.forUser('1'), root.forUser('2')];
        // What the app has been told is stored, per view.
        const model = views.map(() => new Map<string, number>());
        for (const [i, view] of views.entries()) {
          view.onEvicted(({ keys }) => {
            for (const k of keys) {
              expect(model[i]?.has(k), `false alarm for ${k}`).toBe(true);
              model[i]?.delete(k);
            }
          });
        }
        let noise = 0;
        for (const step of ops) {
          if (step.op === 'host-evict') {
            const all = backend.keys();
            backend.evict(step.picks.map((p) => all[p % Math.max(1, all.length)] ?? ''));
            continue;
          }
          if (step.op === 'host-wipe' || step.op === 'host-drop-index') {
            backend.evict(step.op === 'host-wipe' ? undefined : ['gm:3012:index']);
            continue;
          }
          if (step.op === 'host-write') {
            backend.setItem(`other:${noise++}`, 'x'.repeat(step.size));
            continue;
          }
          const view = views[step.scope] as StorageApi;
          const held = model[step.scope] as Map<string, number>;
          if (step.op === 'set') {
            const result = await code(view.set(step.key, step.value));
            if (result === 'resolved') held.set(step.key, step.value);
            else expect(result).toBe('storage_full');
          } else if (step.op === 'remove') {
            await view.remove(step.key);
            held.delete(step.key);
          } else if (step.op === 'clear') {
            await view.clear();
            held.clear();
          } else if (step.op === 'keys') {
            expect((await view.keys()).sort()).toEqual([...held.keys()].sort());
          } else {
            const expected = held.get(step.key);
            const got = await view.get(step.key).catch((e: unknown) => e);
            if (got instanceof PlatformError) {
              expect(got.code).toBe('storage_evicted');
              expect(expected, 'evicted, but we never held it').toBeDefined();
              held.delete(step.key);
            } else {
              // Our value, or undefined only if we never held it or its loss was reported.
              expect(got).toBe(held.get(step.key));
            }
          }
        }
        await tick();
        // The end: nothing we hold reads back as anything but its value or "evicted".
        for (const [i, view] of views.entries()) {
          for (const k of ['a', 'b', 'c']) {
            const held = model[i]?.get(k); // read now: an earlier get may have reported it
            const got = await view.get(k).catch((e: unknown) => e);
            if (got instanceof PlatformError) {
              expect(got.code).toBe('storage_evicted');
              expect(held).toBeDefined();
            } else expect(got).toBe(model[i]?.get(k));
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
