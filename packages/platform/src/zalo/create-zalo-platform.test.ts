// The Zalo adapter's own promises, beyond the conformance suite: how it treats zmp-sdk (never
// callbacks, never addListener, one SDK listener per event, throttle and -1409 retry, lazy
// load) and how it maps each API, all against the fake zmp-sdk on a manual clock.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlatformError } from '../core/errors';
import { createManualClock } from '../core/manual-clock';
import type { Platform } from '../core/types';
import { ONE_PIXEL_PNG } from '../testing/conformance-media';
import { createFakeZmpSdk, FAKE_EVENT_NAMES, type FakeZmpSdkConfig } from '../testing/fake-zmp-sdk';
import { createZaloPlatform, type ZaloPlatformOptions } from './create-zalo-platform';

const ZALO_HOST = { hostname: 'h5.zdn.vn', pathname: '/zapps/app-1/', search: '' };
const START = 1_700_000_000_000;
const made: Platform[] = [];
afterEach(() => {
  for (const platform of made.splice(0)) platform.dispose();
  vi.restoreAllMocks();
});

function setup(config: FakeZmpSdkConfig = {}, options: Partial<ZaloPlatformOptions> = {}) {
  const clock = createManualClock(START);
  const fake = createFakeZmpSdk({ appId: 'app-1', ...config }, clock);
  const loadSdk = vi.fn(async () => fake);
  const platform = createZaloPlatform({
    appId: 'app-1',
    clock,
    loadSdk,
    location: ZALO_HOST,
    ...options,
  });
  made.push(platform);
  return { clock, fake, platform, loadSdk };
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(PlatformError);
      return error as PlatformError;
    },
  );

describe('how the adapter treats zmp-sdk', () => {
  it('never passes success/fail callbacks (they would leave the promise pending forever)', async () => {
    const { fake, platform, clock } = setup({
      permissions: { 'scope.userInfo': true },
      nfc: { supported: true },
    });
    const spies = Object.entries(fake)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => vi.spyOn(fake, name as 'getUserInfo'));
    await platform.identity.getAccessToken();
    await platform.identity.getUserId();
    await platform.identity.getProfile();
    await platform.identity.getPhoneNumberToken();
    await platform.location.getToken();
    await platform.permissions.getSettings();
    await platform.permissions.authorize(['camera']);
    await platform.permissions.openSettings();
    await platform.media.pickImages();
    await platform.share.share({ title: 'Hồ sơ', path: '/ho-so/1' });
    await platform.share.getLink({ title: 'Hồ sơ' });
    await platform.oa.follow('oa-1');
    await platform.oa.openChat('oa-1', 'Xin chào');
    await platform.oa.requestNotifications();
    await platform.nfc.isSupported();
    await platform.nfc.readCccd({ mrz: 'IDVNM0000000000' });
    await platform.media.saveImage(new Blob([ONE_PIXEL_PNG as Uint8Array<ArrayBuffer>]), {
      fileName: 'ma-qr.png',
    });
    await clock.advance(2_000);
    expect(fake.controls.calls.length).toBeGreaterThan(16);
    expect(fake.controls.calls.filter((call) => call.callbacks)).toEqual([]);
    for (const spy of spies) {
      for (const args of spy.mock.calls) {
        for (const arg of args) {
          if (arg && typeof arg === 'object') {
            expect(arg).not.toHaveProperty('success');
            expect(arg).not.toHaveProperty('fail');
          }
        }
      }
    }
  });

  it('queues its own bursts under Zalo’s limit: five getProfile calls, no -1409', async () => {
    const { fake, platform, clock } = setup({ permissions: { 'scope.userInfo': true } });
    const profiles = Promise.all(Array.from({ length: 5 }, () => platform.identity.getProfile()));
    await clock.advance(1_001);
    expect(await profiles).toHaveLength(5);
    const starts = fake.controls.calls
      .filter((call) => call.api === 'getUserInfo')
      .map((c) => c.at - START);
    expect(starts).toEqual([0, 0, 0, 1_001, 1_001]);
  });

  it('retries -1409 transparently when other code used up the burst', async () => {
    const { fake, platform, clock } = setup({ permissions: { 'scope.userInfo': true } });
    // Someone calls zmp-sdk directly, three times: Zalo's burst for getUserInfo is spent.
    await Promise.all([1, 2, 3].map(() => fake.getUserInfo({})));
    const profile = platform.identity.getProfile();
    await clock.advance(1_200); // retries after 400 and 800 ms: the second lands in a new burst
    expect((await profile).name).toBeTypeOf('string');
    const ours = fake.controls.calls.filter((call) => call.api === 'getUserInfo').slice(3);
    expect(ours.map((call) => call.at - START)).toEqual([0, 400, 1_200]);
  });

  it('gives up with throttled (-1409 kept) after three attempts', async () => {
    const { platform, clock } = setup({
      permissions: { 'scope.userInfo': true },
      failures: { getUserInfo: -1409 },
    });
    const error = failureOf(platform.identity.getProfile());
    await clock.advance(1_200);
    expect((await error).code).toBe('throttled');
    expect((await error).zaloCode).toBe(-1409);
  });

  it('loads zmp-sdk lazily, once, and again after a failed load', async () => {
    const clock = createManualClock(START);
    const fake = createFakeZmpSdk({}, clock);
    const loadSdk = vi
      .fn<() => Promise<typeof fake>>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValue(fake);
    const platform = createZaloPlatform({ clock, loadSdk, location: ZALO_HOST });
    made.push(platform);
    expect(loadSdk).not.toHaveBeenCalled();
    const error = await failureOf(platform.identity.getUserId());
    expect(error.code).toBe('unknown');
    expect(error.detail).toBe('zmp-sdk could not be loaded');
    await platform.identity.getUserId();
    await platform.identity.getAccessToken();
    expect(loadSdk).toHaveBeenCalledTimes(2);
  });

  it('times out a call that never answers, and a prompt after promptTimeoutMs', async () => {
    const { platform, clock } = setup(
      { neverAnswers: ['getUserID', 'getPhoneNumber'] },
      { timeoutMs: 1_000, promptTimeoutMs: 60_000 },
    );
    const quick = failureOf(platform.identity.getUserId());
    const prompt = failureOf(platform.identity.getPhoneNumberToken());
    let promptDone = false;
    void prompt.then(() => (promptDone = true));
    await clock.advance(1_000);
    expect((await quick).code).toBe('timeout');
    expect(promptDone).toBe(false);
    await clock.advance(59_000);
    expect((await prompt).code).toBe('timeout');
  });
});

describe('zmp-sdk events', () => {
  const count = (fake: ReturnType<typeof createFakeZmpSdk>, name: string) =>
    fake.events.listenerCount(name);

  it('one SDK listener per event, however many subscribers; never addListener', async () => {
    const { fake, platform, clock } = setup();
    const addListener = vi.spyOn(fake.events, 'addListener');
    const heard: string[] = [];
    for (const n of [1, 2, 3]) platform.lifecycle.on('hidden', () => heard.push(`hidden ${n}`));
    platform.lifecycle.on('shown', () => heard.push('shown'));
    platform.lifecycle.on('closing', () => heard.push('closing'));
    await clock.advance(0);
    for (let i = 0; i < 4; i++) platform.system.onNetworkChange(() => heard.push('network'));
    expect(count(fake, FAKE_EVENT_NAMES.AppPaused)).toBe(1);
    expect(count(fake, FAKE_EVENT_NAMES.AppResumed)).toBe(1);
    expect(count(fake, FAKE_EVENT_NAMES.AppClose)).toBe(1);
    expect(count(fake, FAKE_EVENT_NAMES.NetworkChanged)).toBe(1);
    fake.controls.emit(FAKE_EVENT_NAMES.AppPaused);
    fake.controls.emit(FAKE_EVENT_NAMES.AppClose);
    expect(heard).toEqual(['hidden 1', 'hidden 2', 'hidden 3', 'closing']);
    expect(addListener).not.toHaveBeenCalled();
  });

  it('removes the SDK listener with the last subscriber, although events.on wraps it', async () => {
    const { fake, platform, clock } = setup();
    platform.system.getInfo(); // starts loading zmp-sdk
    await clock.advance(0);
    const first = platform.lifecycle.on('hidden', () => {});
    const second = platform.lifecycle.on('hidden', () => {});
    expect(count(fake, FAKE_EVENT_NAMES.AppPaused)).toBe(1);
    first();
    expect(count(fake, FAKE_EVENT_NAMES.AppPaused)).toBe(1);
    second();
    second();
    expect(count(fake, FAKE_EVENT_NAMES.AppPaused)).toBe(0);
  });

  it('dispose removes every SDK listener and stops every callback', async () => {
    const { fake, platform, clock } = setup();
    const heard: string[] = [];
    platform.lifecycle.on('hidden', () => heard.push('hidden'));
    await clock.advance(0);
    platform.system.onNetworkChange(() => heard.push('network'));
    platform.dispose();
    for (const name of Object.values(FAKE_EVENT_NAMES)) expect(count(fake, name)).toBe(0);
    fake.controls.emit(FAKE_EVENT_NAMES.AppPaused);
    fake.controls.setNetwork({ online: false });
    expect(heard).toEqual([]);
    expect((await failureOf(platform.identity.getUserId())).code).toBe('unknown');
  });

  it('subscribers added before zmp-sdk loads are attached once it has', async () => {
    const { fake, platform, clock } = setup();
    const heard: string[] = [];
    platform.lifecycle.on('shown', () => heard.push('shown'));
    expect(count(fake, FAKE_EVENT_NAMES.AppResumed)).toBe(0);
    await clock.advance(0);
    fake.controls.emit(FAKE_EVENT_NAMES.AppResumed);
    expect(heard).toEqual(['shown']);
  });
});

describe('identity and permissions', () => {
  it('maps the profile (avatar → avatarUrl, OA fields, isSensitive)', async () => {
    const { platform } = setup({
      permissions: { 'scope.userInfo': true },
      user: {
        id: '42',
        name: 'Nguyễn Văn A',
        avatar: 'https://a/1.jpg',
        idByOA: 'oa-42',
        isSensitive: true,
      },
    });
    expect(await platform.identity.getProfile()).toEqual({
      id: '42',
      name: 'Nguyễn Văn A',
      avatarUrl: 'https://a/1.jpg',
      idByOA: 'oa-42',
      followedOA: false,
      isSensitive: true,
    });
  });

  it('phone and location tokens expire two minutes after they arrive and exchange once', async () => {
    const { platform, fake, clock } = setup({ phoneNumber: '84912345678' });
    const phone = await platform.identity.getPhoneNumberToken();
    expect(phone).toEqual({
      kind: 'phoneNumber',
      token: expect.any(String),
      expiresAt: START + 120_000,
    });
    expect(fake.controls.exchange(phone.token)).toMatchObject({
      error: 0,
      data: { number: '84912345678' },
    });
    expect(fake.controls.exchange(phone.token).error).not.toBe(0);
    const place = await platform.location.getToken();
    await clock.advance(120_001);
    expect(fake.controls.exchange(place.token).error).not.toBe(0);
  });

  it('a missing token (Zalo’s localhost mock answers { number: "" }) is unsupported', async () => {
    const { platform, fake } = setup();
    vi.spyOn(fake, 'getPhoneNumber').mockResolvedValue({ number: '' });
    const error = await failureOf(platform.identity.getPhoneNumberToken());
    expect(error.code).toBe('unsupported');
  });

  it('concurrent prompts wait for each other (no -1410) and each gets its own token', async () => {
    const { platform, fake, clock } = setup({ promptMs: 500 });
    const all = Promise.all([
      platform.identity.getPhoneNumberToken(),
      platform.identity.getPhoneNumberToken(),
      platform.location.getToken(),
      platform.permissions.authorize(['userInfo']),
    ]);
    await clock.advance(2_000);
    const [a, b, place, settings] = await all;
    expect(a.token).not.toBe(b.token);
    expect(place.kind).toBe('location');
    expect(settings.userInfo).toBe(true);
    expect(fake.controls.promptCount()).toBe(3);
  });

  it('authorize maps scope names, asks at most two per prompt, and the camera separately', async () => {
    const { platform, fake } = setup({ answers: { 'scope.userLocation': 'deny' } });
    const settings = await platform.permissions.authorize([
      'userInfo',
      'phoneNumber',
      'location',
      'camera',
    ]);
    expect(settings).toMatchObject({
      userInfo: true,
      phoneNumber: true,
      location: false,
      camera: true,
    });
    expect(fake.controls.prompts.map((p) => [p.api, [...p.scopes].sort()])).toEqual([
      ['authorize', ['scope.userLocation', 'scope.userPhonenumber']],
      ['authorize', ['scope.userInfo']],
      ['requestCameraPermission', ['scope.camera']],
    ]);
    expect(await platform.permissions.getSettings()).toEqual({
      userInfo: true,
      phoneNumber: true,
      location: false,
      camera: true,
    });
  });

  it('explain is called only when Zalo would really prompt', async () => {
    const { platform } = setup({ permissions: { 'scope.userPhonenumber': true } });
    const explain = vi.fn(() => true);
    await platform.identity.getPhoneNumberToken({ explain });
    expect(explain).not.toHaveBeenCalled();
    await platform.location.getToken({ explain });
    expect(explain).toHaveBeenCalledWith(['location']);
  });

  it('outside Zalo’s host, -2000 is not_in_zalo', async () => {
    const { platform } = setup(
      { inZalo: false },
      { location: { hostname: 'dichvucong.example.gov.vn', pathname: '/', search: '' } },
    );
    const error = await failureOf(platform.identity.getAccessToken());
    expect(error).toMatchObject({ code: 'not_in_zalo', zaloCode: -2000 });
  });
});

describe('system and network', () => {
  it('getInfo comes from getSystemInfo; dark mode is re-read when the app comes back', async () => {
    const { platform, fake, clock } = setup({
      systemInfo: {
        platform: 'iOS',
        zaloLanguage: 'en',
        zaloTheme: 'light',
        version: '1.2.0',
        zaloVersion: '610',
      },
    });
    platform.system.getInfo();
    await clock.advance(0);
    expect(platform.system.getInfo()).toMatchObject({
      platform: 'ios',
      language: 'en',
      darkMode: false,
      appVersion: '1.2.0',
      zaloVersion: '610',
    });
    const dark: boolean[] = [];
    platform.system.onDarkModeChange((value) => dark.push(value));
    fake.controls.update({ systemInfo: { zaloTheme: 'dark' } });
    fake.controls.emit(FAKE_EVENT_NAMES.AppResumed);
    expect(dark).toEqual([true]);
    expect(platform.system.getInfo().darkMode).toBe(true);
  });

  it('network state comes from getNetworkType and the NetworkChanged event', async () => {
    const { platform, fake, clock } = setup({ networkType: 'cellular' });
    platform.system.getNetwork();
    await clock.advance(0);
    expect(platform.system.getNetwork()).toEqual({ online: true, type: 'cellular' });
    const heard: unknown[] = [];
    platform.system.onNetworkChange((state) => heard.push(state));
    fake.controls.setNetwork({ online: false });
    expect(heard).toEqual([{ online: false, type: 'none' }]);
    fake.controls.setNetwork({ online: true, type: 'wifi' });
    await clock.advance(0);
    expect(heard.at(-1)).toEqual({ online: true, type: 'wifi' });
  });

  it('a call that fails while offline is offline', async () => {
    const { platform, fake, clock } = setup({ permissions: { 'scope.userInfo': true } });
    await clock.advance(0);
    fake.controls.update({ online: false });
    expect((await failureOf(platform.identity.getProfile())).code).toBe('offline');
  });
});

describe('media, share, OA and NFC', () => {
  it('pickImages reads the blob: URLs, enforces max and maxBytes, and revokes the URLs', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const { platform, fake } = setup({
      images: [
        { type: 'image/jpeg', size: 2_000 },
        { type: 'image/png', size: 9_000 },
        { type: 'application/pdf', size: 100 },
      ],
    });
    const chooseImage = vi.spyOn(fake, 'chooseImage');
    const result = await platform.media.pickImages({ max: 3, maxBytes: 5_000, source: 'camera' });
    expect(chooseImage).toHaveBeenCalledWith({
      count: 3,
      sourceType: ['camera'],
      cameraType: 'back',
    });
    expect(result.images.map(({ name, type, size }) => ({ name, type, size }))).toEqual([
      { name: 'image-1.jpg', type: 'image/jpeg', size: 2_000 },
    ]);
    expect(result.images[0]?.file).toBeInstanceOf(Blob);
    expect(result.rejected).toEqual([
      { name: 'image-2.png', reason: 'too_large' },
      { name: 'image-3.img', reason: 'not_image' },
    ]);
    expect(revoke).toHaveBeenCalledTimes(6); // two object URLs per file, as zmp-sdk makes them
  });

  it('a closed picker is user_cancelled, although chooseImage never answers', async () => {
    const { platform } = setup({ images: 'cancel' });
    expect((await failureOf(platform.media.pickImages())).code).toBe('user_cancelled');
  });

  it('an empty pick is user_cancelled; too many images is not "outside Zalo"', async () => {
    const empty = setup({ images: [] });
    expect((await failureOf(empty.platform.media.pickImages())).code).toBe('user_cancelled');
    const many = setup(
      {
        images: [
          { type: 'image/jpeg', size: 1 },
          { type: 'image/jpeg', size: 1 },
        ],
      },
      { location: { hostname: 'localhost', pathname: '/', search: '' } },
    );
    expect(await failureOf(many.platform.media.pickImages({ max: 1 }))).toMatchObject({
      code: 'unknown',
      zaloCode: -2000,
    });
  });

  it('share opens a zmp_deep_link sheet, with the app logo when no thumbnail is given', async () => {
    const { platform, fake } = setup({ appInfo: { logoUrl: 'https://cdn/logo.png' } });
    expect(
      await platform.share.share({
        title: 'Tra cứu hồ sơ',
        description: 'Mở ứng dụng',
        path: '/tra-cuu',
      }),
    ).toEqual({
      shared: true,
    });
    expect(fake.controls.shared).toEqual([
      {
        type: 'zmp_deep_link',
        data: {
          title: 'Tra cứu hồ sơ',
          thumbnail: 'https://cdn/logo.png',
          description: 'Mở ứng dụng',
          path: '/tra-cuu',
        },
      },
    ]);
    fake.controls.update({ dialogs: { share: 'cancelled' } });
    expect(await platform.share.share({ title: 'x', thumbnailUrl: 'https://cdn/t.png' })).toEqual({
      shared: false,
    });
    expect(await platform.share.getLink({ title: 'x', path: '/ho-so/1' })).toMatch(
      /^https:\/\/zalo\.me\/s\/app-1\/ho-so\/1\?zshareId=/,
    );
  });

  it('OA: follow and notifications answer false when refused; openChat opens the OA chat', async () => {
    const { platform, fake } = setup({ dialogs: { followOA: 'deny', notifications: 'dismiss' } });
    expect(await platform.oa.follow('oa-1')).toBe(false);
    expect(await platform.oa.requestNotifications()).toBe(false);
    await platform.oa.openChat('oa-1', 'Hỏi về hồ sơ');
    expect(fake.controls.shared).toEqual([
      { chat: { type: 'oa', id: 'oa-1', message: 'Hỏi về hồ sơ' } },
    ]);
    fake.controls.update({ dialogs: { followOA: 'allow' } });
    expect(await platform.oa.follow('oa-1')).toBe(true);
  });

  it('NFC: reads the CCCD chip into data groups and SOD; errors never quote the MRZ', async () => {
    const mrz = 'IDVNM0791234567001079123456<<<';
    const { platform, fake } = setup({
      nfc: { supported: true, chip: { dg1: 'AQ==', dg13: 'DQ==', sod: 'U09E' } },
    });
    expect(await platform.nfc.isSupported()).toBe(true);
    expect(await platform.nfc.readCccd({ mrz })).toEqual({
      dataGroups: { dg1: 'AQ==', dg13: 'DQ==' },
      sod: 'U09E',
    });
    fake.controls.update({ nfc: { supported: true, error: -604 } });
    const error = await failureOf(platform.nfc.readCccd({ mrz }));
    expect(error.zaloCode).toBe(-604);
    expect(JSON.stringify([error.message, error.detail])).not.toContain(mrz);
    expect((await failureOf(platform.nfc.readCccd({ mrz: ' ' }))).zaloCode).toBe(-604);
  });
});

describe('storage over nativeStorage', () => {
  it('writes to nativeStorage under the app namespace, with Zalo’s reported quota', async () => {
    const { platform, fake } = setup({ storageQuotaBytes: 100_000 });
    await platform.storage.set('draft', { step: 1 });
    expect([...fake.controls.storage.keys()].sort()).toEqual([
      'gm:app-1:app:draft',
      'gm:app-1:index',
    ]);
    expect((await platform.storage.usage()).quotaBytes).toBe(100_000);
  });

  it('reports what Zalo evicted silently (oldest first)', async () => {
    const { platform, fake } = setup({ storageQuotaBytes: 4_000 });
    const evicted: unknown[] = [];
    platform.storage.onEvicted((event) => evicted.push(event));
    await platform.storage.set('old', 'x'.repeat(600));
    // Someone else fills Zalo's store: our oldest entry goes.
    fake.nativeStorage.setItem('other', 'y'.repeat(1_400));
    expect(fake.controls.evicted).toContain('gm:app-1:app:old');
    expect((await failureOf(platform.storage.get('old'))).code).toBe('storage_evicted');
    expect(evicted).toEqual([{ keys: ['old'], all: false }]);
  });

  it('falls back to localStorage under the APP_ID_ prefix where nativeStorage throws -1404', async () => {
    localStorage.clear();
    const { platform } = setup({ nativeStorage: 'unsupported' });
    await platform.storage.set('draft', 'x');
    expect(localStorage.getItem('app-1_gm:app-1:app:draft')).toBe('"x"');
    expect(await platform.storage.get('draft')).toBe('x');
    localStorage.clear();
  });

  it('a refused native write is storage_full and its error does not quote the key', async () => {
    const { platform, fake } = setup();
    vi.spyOn(fake.nativeStorage, 'setItem').mockImplementation((key) => {
      throw { code: -2000, message: `Failed to set item: ${key}`, api: 'setItem' };
    });
    const user = platform.storage.forUser('9876543210');
    const error = await failureOf(user.set('draft', 1));
    expect(error.code).toBe('storage_full');
    expect(JSON.stringify([error.message, error.detail])).not.toContain('9876543210');
  });
});
