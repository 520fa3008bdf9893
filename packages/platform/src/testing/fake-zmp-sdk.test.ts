// The fake must behave like zmp-sdk, not like its docs. Where a quirk can be observed from a
// page on localhost (the SDK's mock mode, which is what jsdom's default URL is), the same
// scenario runs against the real zmp-sdk 2.51.6 and the fake; the rest is checked on the fake.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createManualClock } from '../core/manual-clock';
import type { ZmpSdkLike } from '../zalo/zmp-sdk-like';
import { createFakeZmpSdk, FAKE_EVENT_NAMES } from './fake-zmp-sdk';

type Sdk = ZmpSdkLike & { events: { addListener: (...args: never[]) => unknown } };
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: { code?: unknown }) => error.code,
  );
const pending = async (promise: Promise<unknown>) => {
  const marker = Symbol('pending');
  const settled = await Promise.race([
    promise.then(
      () => 'resolved',
      () => 'rejected',
    ),
    new Promise((resolve) => setTimeout(() => resolve(marker), 20)),
  ]);
  return settled === marker;
};

let real: Sdk;
beforeAll(async () => {
  expect(location.hostname).toBe('localhost'); // the SDK's mock mode
  // The real emitter confirms each event to the native side.
  vi.stubGlobal('ZaloJavaScriptInterface', { jsH5EventCallback: () => {} });
  real = (await import('zmp-sdk/apis')) as unknown as Sdk;
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each([
  ['zmp-sdk 2.51.6', () => real],
  [
    'the fake',
    () => createFakeZmpSdk({ nativeStorage: 'unsupported', failures: { getNetworkType: -2000 } }),
  ],
])('%s', (_name, sdkOf) => {
  it('rejects with plain { code, message, api } objects, never Errors', async () => {
    const sdk = sdkOf();
    const error = await sdk
      .authorize({ scopes: ['scope.userInfo', 'scope.userLocation', 'scope.userPhonenumber'] })
      .catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(Error);
    expect(error).toMatchObject({
      code: -1400,
      api: 'authorize',
      message: expect.stringContaining('too_big'),
    });
  });

  it('an argument error with `fail`: fail is called and the promise resolves undefined', async () => {
    const sdk = sdkOf();
    const fail = vi.fn();
    const result = await sdk.getShareableLink({
      title: 'x'.repeat(101),
      description: '',
      fail,
    } as never);
    expect(result).toBeUndefined();
    expect(fail).toHaveBeenCalledWith(
      expect.objectContaining({ code: -1400, api: 'getShareableLink' }),
    );
  });

  it('`success` or `fail` leaves the promise pending forever', async () => {
    const sdk = sdkOf();
    const success = vi.fn();
    const withCallbacks = sdk as unknown as Record<string, (args: unknown) => Promise<unknown>>;
    expect(await pending(withCallbacks.getUserID?.({ success }) as Promise<unknown>)).toBe(true);
    expect(success).toHaveBeenCalled();
    const fail = vi.fn();
    // getNetworkType fails (on localhost: navigator.connection is undefined in jsdom).
    expect(await pending(withCallbacks.getNetworkType?.({ fail }) as Promise<unknown>)).toBe(true);
    expect(fail).toHaveBeenCalledWith(
      expect.objectContaining({ code: -2000, api: 'getNetworkType' }),
    );
  });

  it('events.on wraps the listener: off(fn) removes nothing, off(wrapper) does', () => {
    const { events, EventName } = sdkOf();
    const name = EventName.AppResumed;
    const before = events.listeners(name).length;
    const heard: unknown[] = [];
    const listener = (data: unknown) => heard.push(data);
    events.on(name, listener);
    const wrapper = events.listeners(name).at(-1);
    expect(wrapper).not.toBe(listener);
    (events as unknown as { emit: (...args: unknown[]) => void }).emit(name, 'event-1', {
      path: '/',
    });
    expect(heard).toEqual([{ path: '/' }]);
    events.off(name, listener);
    expect(events.listeners(name)).toHaveLength(before + 1);
    events.off(name, wrapper);
    expect(events.listeners(name)).toHaveLength(before);
  });

  it('events.addListener ends in RangeError', () => {
    const sdk = sdkOf();
    expect(() =>
      (sdk.events.addListener as (...args: unknown[]) => unknown)('AppPaused', () => {}),
    ).toThrow(RangeError);
  });

  it('nativeStorage throws -1404 where Zalo is too old (here: a desktop user agent)', () => {
    const sdk = sdkOf();
    expect(() => sdk.nativeStorage.setItem('draft', '{}')).toThrow(
      expect.objectContaining({ code: -1404, api: 'setItem' }) as never,
    );
    let thrown: unknown;
    try {
      sdk.nativeStorage.getItem('draft');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toEqual({
      code: -1404,
      message: 'This API is not supported in this version of Zalo',
      api: 'getItem',
      detail: undefined,
    });
  });

  it('getSystemInfo has the documented fields', () => {
    expect(Object.keys(sdkOf().getSystemInfo()).sort()).toEqual(
      [
        'apiVersion',
        'language',
        'platform',
        'version',
        'zaloLanguage',
        'zaloTheme',
        'zaloVersion',
      ].sort(),
    );
  });
});

describe('the -1409 throttle, real and fake: 3 calls per burst, reset only after MORE than 1 s', () => {
  const scenario = async (sdk: ZmpSdkLike, advance: (ms: number) => Promise<void> | void) => {
    const first = await Promise.all([1, 2, 3, 4].map(() => outcome(sdk.getSetting())));
    await advance(600);
    const during = await outcome(sdk.getSetting());
    await advance(400); // exactly 1 s after the burst began: still the same burst
    const atOneSecond = await outcome(sdk.getSetting());
    await advance(1);
    const after = await Promise.all([1, 2, 3, 4].map(() => outcome(sdk.getSetting())));
    return { first, during, atOneSecond, after };
  };
  const expected = {
    first: ['ok', 'ok', 'ok', -1409],
    during: -1409,
    atOneSecond: -1409,
    after: ['ok', 'ok', 'ok', -1409],
  };

  it('zmp-sdk 2.51.6', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const advance = (ms: number) => {
      vi.setSystemTime(Date.now() + ms);
    };
    expect(await scenario(real, advance)).toEqual(expected);
  });

  it('the fake', async () => {
    const clock = createManualClock(1_000);
    expect(await scenario(createFakeZmpSdk({}, clock), (ms) => clock.advance(ms))).toEqual(
      expected,
    );
  });
});

describe('the fake alone', () => {
  it('outside Zalo everything rejects -2000; getSystemInfo and events still work', async () => {
    const fake = createFakeZmpSdk({ inZalo: false });
    expect(await fake.getAccessToken().catch((e: unknown) => e)).toEqual({
      code: -2000,
      message: 'Unknown error. Please try again later.',
      api: 'getAccessToken',
      detail: undefined,
    });
    expect(() => fake.nativeStorage.getItem('x')).toThrow(
      expect.objectContaining({ code: -2000 }) as never,
    );
    expect(fake.getSystemInfo().zaloVersion).toBe('0');
  });

  it('phone and location: tokens only, unique, exchanged once within two minutes', async () => {
    const clock = createManualClock(0);
    const fake = createFakeZmpSdk({ permissions: { 'scope.userPhonenumber': true } }, clock);
    const first = await fake.getPhoneNumber();
    const second = await fake.getPhoneNumber();
    expect(Object.keys(first)).toEqual(['token']);
    expect(first.token).not.toBe(second.token);
    expect(fake.controls.exchange(first.token ?? '')).toMatchObject({
      error: 0,
      data: { number: expect.any(String) },
    });
    expect(fake.controls.exchange(first.token ?? '').error).not.toBe(0);
    await clock.advance(120_001);
    expect(fake.controls.exchange(second.token ?? '').error).not.toBe(0);
  });

  it('prompts: counted, -1410 while one is open, -2002 / -1401 / -201 / -2003 refusals', async () => {
    const clock = createManualClock(0);
    const fake = createFakeZmpSdk(
      {
        promptMs: 1_000,
        answers: {
          'scope.userPhonenumber': 'deny',
          'scope.userInfo': 'deny',
          'scope.userLocation': 'dismiss',
        },
      },
      clock,
    );
    const phone = outcome(fake.getPhoneNumber());
    const duplicate = outcome(fake.getLocation());
    await clock.advance(1_000);
    expect(await phone).toBe(-2002);
    expect(await duplicate).toBe(-1410);
    const info = outcome(fake.getUserInfo({ autoRequestPermission: true }));
    await clock.advance(1_000);
    expect(await info).toBe(-1401);
    const place = outcome(fake.authorize({ scopes: ['scope.userLocation'] }));
    await clock.advance(1_000);
    expect(await place).toBe(-2003);
    expect(fake.controls.promptCount()).toBe(3);
    // Refusals are remembered and not asked again; a dismissal is not remembered.
    expect(await outcome(fake.getPhoneNumber())).toBe(-2002);
    expect((await fake.getSetting()).authSetting).toEqual({
      'scope.userPhonenumber': false,
      'scope.userInfo': false,
    });
  });

  it('authorize with nothing to ask never settles', async () => {
    const fake = createFakeZmpSdk();
    expect(await pending(fake.authorize({ scopes: [] }))).toBe(true);
  });

  it('nativeStorage: 5 MB by default, oldest evicted silently, "" reads back null', () => {
    const fake = createFakeZmpSdk({ storageQuotaBytes: 1_000 });
    expect(createFakeZmpSdk().nativeStorage.getStorageInfo().limitSize).toBe(5_120);
    fake.nativeStorage.setItem('a', 'x'.repeat(200));
    fake.nativeStorage.setItem('b', 'x'.repeat(200));
    fake.nativeStorage.setItem('c', 'x'.repeat(200));
    expect([...fake.controls.storage.keys()]).toEqual(['b', 'c']);
    expect(fake.controls.evicted).toEqual(['a']);
    fake.nativeStorage.setItem('empty', '');
    expect(fake.nativeStorage.getItem('empty')).toBeNull();
    expect(() => fake.nativeStorage.setItem('huge', 'x'.repeat(600))).toThrow(
      expect.objectContaining({ code: -2000, message: 'Failed to set item: huge' }) as never,
    );
  });

  it('a picker closed by the citizen fires `cancel` on its input and never answers', async () => {
    const fake = createFakeZmpSdk({ images: 'cancel' });
    const cancelled = new Promise((resolve) =>
      document.addEventListener('cancel', resolve, { once: true }),
    );
    const picked = fake.chooseImage({ count: 1 });
    expect(await cancelled).toBeInstanceOf(Event);
    expect(await pending(picked)).toBe(true);
  });

  it('NetworkChanged carries { state } like the native event', () => {
    const fake = createFakeZmpSdk();
    const heard: unknown[] = [];
    fake.events.on(FAKE_EVENT_NAMES.NetworkChanged, (data) => heard.push(data));
    fake.controls.setNetwork({ online: false });
    expect(heard).toEqual([{ state: 'DISCONNECTED' }]);
  });
});
