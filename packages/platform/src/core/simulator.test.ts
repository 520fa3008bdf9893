import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlatformError, type PlatformErrorCode } from './errors';
import { createManualClock } from './manual-clock';
import {
  createSimulatedPlatform,
  type SimulatedPermission,
  type SimulatedPlatform,
  type SimulatorOptions,
} from './simulator';
import type { PermissionScope } from './types';

const platforms: SimulatedPlatform[] = [];
function make(options: Parameters<typeof createSimulatedPlatform>[0] = {}) {
  const platform = createSimulatedPlatform(options);
  platforms.push(platform);
  return platform;
}
afterEach(() => {
  for (const platform of platforms.splice(0)) platform.dispose();
  localStorage.clear();
  document.body.replaceChildren();
});

async function failure(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(PlatformError);
  return error as PlatformError;
}
async function expectCode(promise: Promise<unknown>, code: PlatformErrorCode, zaloCode?: number) {
  const error = await failure(promise);
  expect(error.code).toBe(code);
  if (zaloCode !== undefined) expect(error.zaloCode).toBe(zaloCode);
  return error;
}
const prompts = (platform: SimulatedPlatform) =>
  platform.controls.history.filter((call) => call.prompted).length;
const image = (name: string, size: number, type = 'image/jpeg') =>
  new File([new Uint8Array(size)], name, { type });

describe('createSimulatedPlatform: defaults', () => {
  it('is a signed-in Zalo world, online, light, Vietnamese', async () => {
    const platform = make();
    expect(platform.kind).toBe('simulated');
    expect(platform.identity.isInZalo()).toBe(true);
    expect(await platform.identity.getUserId()).toBe('1000000000000000001');
    expect(await platform.identity.getAccessToken()).toMatch(/^sim-access\./);
    expect(platform.system.getNetwork()).toEqual({ online: true, type: 'wifi' });
    expect(platform.system.getInfo()).toEqual({
      platform: 'android',
      appVersion: '',
      zaloVersion: '',
      language: 'vi',
      darkMode: false,
      safeArea: { top: 0, right: 0, bottom: 0, left: 0 },
    });
    expect(await platform.permissions.getSettings()).toEqual({});
  });

  it('takes and exposes plain data that survives JSON', async () => {
    const options: SimulatorOptions = {
      appId: 'tinh-mau',
      user: { id: '42', name: 'Trần Thị Bình', isSensitive: true, followedOA: false },
      permissions: { location: 'granted', phoneNumber: 'denied' },
      online: false,
      latencyMs: { getUserID: 0 },
      failures: { openChat: -1403 },
      storage: { quotaBytes: 10_000 },
      system: { darkMode: true, textScale: 1.5 },
      nfcSupported: true,
    };
    const platform = make(JSON.parse(JSON.stringify(options)));
    const copy = JSON.parse(JSON.stringify(platform.controls.options)) as SimulatorOptions;
    expect(copy).toMatchObject(options);
    const again = make(copy);
    expect(await again.permissions.getSettings()).toEqual({ location: true, phoneNumber: false });
    expect(again.system.getInfo()).toMatchObject({ darkMode: true, textScale: 1.5 });
  });
});

describe('identity and permissions', () => {
  it('getProfile: no consent and no request → permission_denied (-1401), without a prompt', async () => {
    const platform = make();
    await expectCode(platform.identity.getProfile(), 'permission_denied', -1401);
    expect(prompts(platform)).toBe(0);
  });

  it('getProfile({ request }) prompts once, then remembers', async () => {
    const user = { id: '7', name: 'Lê Văn Cường', avatarUrl: 'https://example.invalid/a.png' };
    const platform = make({ user });
    expect(await platform.identity.getProfile({ request: true })).toEqual(user);
    expect(await platform.identity.getProfile({ request: true })).toEqual(user);
    expect(prompts(platform)).toBe(1);
    expect(platform.controls.options.permissions).toEqual({ userInfo: 'granted' });
  });

  it('getProfile({ request }) refused → permission_denied, and no second prompt', async () => {
    const platform = make({ permissions: { userInfo: 'prompt-deny' } });
    await expectCode(platform.identity.getProfile({ request: true }), 'permission_denied');
    await expectCode(platform.identity.getProfile({ request: true }), 'permission_denied');
    expect(prompts(platform)).toBe(1);
    expect(await platform.permissions.getSettings()).toEqual({ userInfo: false });
  });

  it('authorize is single-flight per scope set: one explanation, one prompt', async () => {
    const platform = make();
    const explain = vi.fn(async () => true);
    const [a, b] = await Promise.all([
      platform.permissions.authorize(['location'], { explain }),
      platform.permissions.authorize(['location'], { explain }),
    ]);
    expect(a).toEqual({ location: true });
    expect(b).toBe(a);
    expect(explain).toHaveBeenCalledTimes(1);
    expect(explain).toHaveBeenCalledWith(['location']);
    const authorizes = platform.controls.history.filter((call) => call.api === 'authorize');
    expect(authorizes).toEqual([
      expect.objectContaining({ outcome: 'ok', prompted: ['location'] }),
    ]);
    // Decided now: no explanation, no prompt.
    await platform.permissions.authorize(['location'], { explain });
    expect(explain).toHaveBeenCalledTimes(1);
    expect(prompts(platform)).toBe(1);
  });

  it('a refusal is false in the settings, not an error; a denied scope is not asked again', async () => {
    const platform = make({ permissions: { location: 'prompt-deny', camera: 'denied' } });
    expect(await platform.permissions.authorize(['location', 'camera', 'microphone'])).toEqual({
      location: false,
      camera: false,
      microphone: true,
    });
    expect(platform.controls.history.at(-1)?.prompted).toEqual(['location', 'microphone']);
  });

  it('explain → false is user_cancelled and nothing is asked', async () => {
    const platform = make();
    const error = await expectCode(
      platform.permissions.authorize(['phoneNumber'], { explain: () => false }),
      'user_cancelled',
    );
    expect(error.api).toBe('authorize');
    expect(platform.controls.history).toEqual([]);
    expect(platform.controls.options.permissions).toEqual({});
  });

  it('an explain that throws becomes a PlatformError', async () => {
    const platform = make();
    const error = await expectCode(
      platform.permissions.authorize(['camera'], {
        explain: () => {
          throw new Error('bug in the app');
        },
      }),
      'unknown',
    );
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('prompt-cancel closes the prompt every time: user_cancelled (-2003), nothing remembered', async () => {
    const platform = make({ permissions: { location: 'prompt-cancel' } });
    await expectCode(platform.permissions.authorize(['location']), 'user_cancelled', -2003);
    await expectCode(platform.location.getToken(), 'user_cancelled');
    expect(await platform.permissions.getSettings()).toEqual({});
    expect(prompts(platform)).toBe(2);
  });

  it('setPermission changes a decision, as the citizen would in Zalo settings', async () => {
    const platform = make({ permissions: { phoneNumber: 'denied' } });
    await expectCode(platform.identity.getPhoneNumberToken(), 'permission_denied', -2002);
    platform.controls.setPermission('phoneNumber', 'granted');
    await expect(platform.identity.getPhoneNumberToken()).resolves.toMatchObject({
      kind: 'phoneNumber',
    });
    await platform.permissions.openSettings();
    expect(platform.controls.history.at(-1)).toMatchObject({ api: 'openPermissionSetting' });
  });

  it('settings and authorize follow the model for any mix of behaviours', async () => {
    const behaviour = fc.constantFrom<SimulatedPermission>(
      'granted',
      'denied',
      'prompt-grant',
      'prompt-deny',
    );
    const scopes: PermissionScope[] = [
      'userInfo',
      'phoneNumber',
      'location',
      'camera',
      'microphone',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { userInfo: behaviour, location: behaviour, camera: behaviour },
          {
            requiredKeys: [],
          },
        ),
        fc.subarray(scopes, { minLength: 1 }),
        async (permissions, asked) => {
          const platform = make({ permissions });
          const settings = await platform.permissions.authorize(asked);
          const state = (scope: PermissionScope) =>
            permissions[scope as 'camera'] ?? 'prompt-grant';
          for (const scope of scopes) {
            const decided = state(scope);
            const expected = asked.includes(scope)
              ? decided.endsWith('grant') || decided === 'granted'
              : decided === 'granted'
                ? true
                : decided === 'denied'
                  ? false
                  : undefined;
            expect(settings[scope]).toBe(expected);
          }
          expect(prompts(platform)).toBe(asked.some((s) => state(s).startsWith('prompt')) ? 1 : 0);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('phone and location tokens', () => {
  it('issues a token that the fake exchange accepts once, before it expires', async () => {
    const clock = createManualClock(1_000);
    const platform = make({ clock, phoneNumber: '84911111111', tokenTtlMs: 120_000 });
    const token = await platform.identity.getPhoneNumberToken();
    expect(token).toEqual({ kind: 'phoneNumber', token: expect.any(String), expiresAt: 121_000 });
    expect(platform.controls.exchangeToken(token.token)).toEqual({
      kind: 'phoneNumber',
      number: '84911111111',
    });
    expect(platform.controls.exchangeToken(token.token)).toBeUndefined();
    expect(platform.controls.exchangeToken('made-up')).toBeUndefined();

    const late = await platform.identity.getPhoneNumberToken();
    expect(late.token).not.toBe(token.token);
    await clock.advance(120_000);
    const onTime = await platform.location.getToken();
    expect(platform.controls.exchangeToken(late.token)).toEqual({
      kind: 'phoneNumber',
      number: '84911111111',
    });
    await clock.advance(120_001);
    expect(platform.controls.exchangeToken(onTime.token)).toBeUndefined();
  });

  it('a location token yields the configured place', async () => {
    const platform = make({ location: { latitude: 10.7769, longitude: 106.7009 } });
    const { token, kind } = await platform.location.getToken();
    expect(kind).toBe('location');
    expect(platform.controls.exchangeToken(token)).toEqual({
      kind: 'location',
      latitude: 10.7769,
      longitude: 106.7009,
    });
  });

  it('refused or denied → permission_denied; the prompt is explained first', async () => {
    const platform = make({ permissions: { location: 'prompt-deny', phoneNumber: 'denied' } });
    const explain = vi.fn(() => true);
    await expectCode(platform.location.getToken({ explain }), 'permission_denied', -2002);
    expect(explain).toHaveBeenCalledWith(['location']);
    await expectCode(platform.identity.getPhoneNumberToken({ explain }), 'permission_denied');
    expect(explain).toHaveBeenCalledTimes(1);
    expect(prompts(platform)).toBe(1);
  });
});

describe('outside Zalo (user: null)', () => {
  it('Zalo calls fail with not_in_zalo (-2000); storage, system, images and NFC check work', async () => {
    const platform = make({ user: null });
    expect(platform.identity.isInZalo()).toBe(false);
    await expectCode(platform.identity.getAccessToken(), 'not_in_zalo', -2000);
    await expectCode(platform.identity.getProfile({ request: true }), 'not_in_zalo');
    await expectCode(platform.permissions.authorize(['location']), 'not_in_zalo');
    await expectCode(platform.share.share({ title: 'Hồ sơ' }), 'not_in_zalo');
    await platform.storage.set('draft', { a: 1 });
    expect(await platform.storage.get('draft')).toEqual({ a: 1 });
    expect(await platform.nfc.isSupported()).toBe(false);
    platform.controls.pickImagesWith([image('a.jpg', 10)]);
    expect((await platform.media.pickImages()).images).toHaveLength(1);
  });

  it('signing in later is an update', async () => {
    const platform = make({ user: null });
    platform.controls.update({ user: { id: '9', name: 'Phạm Thị Dung' } });
    expect(platform.identity.isInZalo()).toBe(true);
    expect(await platform.identity.getUserId()).toBe('9');
  });
});

describe('network', () => {
  it('going offline fires onNetworkChange once, with a stable snapshot', async () => {
    const platform = make({ networkType: 'cellular' });
    const seen = vi.fn();
    platform.system.onNetworkChange(seen);
    const before = platform.system.getNetwork();
    expect(platform.system.getNetwork()).toBe(before);
    platform.controls.update({ online: false });
    platform.controls.update({ online: false, latencyMs: 5 });
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen).toHaveBeenCalledWith({ online: false, type: 'none' });
    expect(platform.system.getNetwork()).toBe(seen.mock.calls[0]?.[0]);
    platform.controls.update({ networkType: 'none', online: true });
    expect(seen).toHaveBeenCalledTimes(1);
    platform.controls.update({ networkType: 'wifi' });
    expect(seen).toHaveBeenLastCalledWith({ online: true, type: 'wifi' });
  });

  it('offline fails only the calls that need Zalo servers', async () => {
    const platform = make({ online: false, permissions: { userInfo: 'granted' } });
    for (const call of [
      platform.identity.getAccessToken(),
      platform.identity.getProfile(),
      platform.identity.getPhoneNumberToken(),
      platform.location.getToken(),
      platform.share.share({ title: 'Hồ sơ' }),
      platform.oa.follow('oa'),
      platform.oa.openChat('oa'),
      platform.oa.requestNotifications(),
    ]) {
      await expectCode(call, 'offline');
    }
    await expect(platform.identity.getUserId()).resolves.toBeTypeOf('string');
    await expect(platform.permissions.getSettings()).resolves.toBeDefined();
    await expect(platform.share.getLink({ title: 'x', path: '/ho-so/1' })).resolves.toBe(
      'https://zalo.me/s/govmini-sim/ho-so/1',
    );
  });
});

describe('scheduler: latency, timeouts, failures and retries', () => {
  it('latency is simulated with the clock', async () => {
    const clock = createManualClock();
    const platform = make({ clock, latencyMs: { getUserID: 300 } });
    let done = false;
    const id = platform.identity.getUserId().then((value) => {
      done = true;
      return value;
    });
    await clock.advance(299);
    expect(done).toBe(false);
    await clock.advance(1);
    expect(done).toBe(true);
    await id;
    expect(platform.controls.history).toEqual([{ api: 'getUserID', at: 300, outcome: 'ok' }]);
  });

  it('a call slower than the timeout fails with timeout', async () => {
    const clock = createManualClock();
    const platform = make({ clock, latencyMs: 5_000, timeoutMs: 1_000 });
    const token = platform.identity.getAccessToken();
    const settled = expectCode(token, 'timeout');
    await clock.advance(1_000);
    await settled;
    expect(platform.controls.history.at(-1)).toMatchObject({ outcome: 'timeout', at: 1_000 });
  });

  it('maps configured Zalo codes like the adapter, and update({ failures: {} }) clears them', async () => {
    const platform = make({
      permissions: { phoneNumber: 'granted' },
      failures: { getPhoneNumber: -1403, getAccessToken: -2000, chooseImage: -2004 },
    });
    const denied = await expectCode(platform.identity.getPhoneNumberToken(), 'permission_denied');
    expect(denied).toMatchObject({ zaloCode: -1403, api: 'getPhoneNumber' });
    await expectCode(platform.identity.getAccessToken(), 'unknown', -2000);
    await expectCode(platform.media.pickImages(), 'unknown', -2004);
    platform.controls.update({ failures: {} });
    await expect(platform.identity.getAccessToken()).resolves.toBeTypeOf('string');
  });

  it('-1409 is retried (3 attempts, backing off) and then reported as throttled', async () => {
    const clock = createManualClock();
    const platform = make({ clock, failures: { getUserID: -1409 } });
    const settled = expectCode(platform.identity.getUserId(), 'throttled', -1409);
    await clock.advance(350 + 699);
    expect(platform.controls.history).toEqual([]);
    await clock.advance(1);
    await settled;
    expect(platform.controls.history).toEqual([
      { api: 'getUserID', at: 1_050, outcome: 'throttled' },
    ]);
  });

  it('subscribe hears options, calls and events; dispose ends everything', async () => {
    const clock = createManualClock();
    const platform = make({ clock, latencyMs: 100 });
    const changed = vi.fn();
    const hidden = vi.fn();
    const unsubscribe = platform.controls.subscribe(changed);
    platform.lifecycle.on('hidden', hidden);
    platform.controls.update({ system: { darkMode: true } });
    platform.controls.fire('hidden');
    expect(changed).toHaveBeenCalledTimes(2);
    expect(hidden).toHaveBeenCalledTimes(1);
    const pending = expectCode(platform.identity.getUserId(), 'unknown');
    platform.dispose();
    await pending;
    platform.controls.fire('hidden');
    expect(hidden).toHaveBeenCalledTimes(1);
    expect(clock.pending).toBe(0);
    await expectCode(platform.identity.getUserId(), 'unknown');
    unsubscribe();
    unsubscribe();
  });
});

describe('system and lifecycle', () => {
  it('dark mode fires onDarkModeChange only when it changes; system is merged', () => {
    const platform = make({ system: { language: 'en' } });
    const dark = vi.fn();
    const off = platform.system.onDarkModeChange(dark);
    platform.controls.update({ system: { textScale: 2 } });
    expect(dark).not.toHaveBeenCalled();
    platform.controls.update({ system: { darkMode: true } });
    expect(dark).toHaveBeenCalledWith(true);
    expect(platform.system.getInfo()).toMatchObject({
      language: 'en',
      textScale: 2,
      darkMode: true,
    });
    off();
    platform.controls.update({ system: { darkMode: false } });
    expect(dark).toHaveBeenCalledTimes(1);
  });

  it('fire() reaches the listeners of that event only', () => {
    const platform = make();
    const shown = vi.fn();
    const closing = vi.fn();
    platform.lifecycle.on('shown', shown);
    const off = platform.lifecycle.on('closing', closing);
    platform.controls.fire('shown');
    off();
    platform.controls.fire('closing');
    expect(shown).toHaveBeenCalledTimes(1);
    expect(closing).not.toHaveBeenCalled();
  });

  it('browserEvents follows the page: visibility, pagehide and online/offline', () => {
    const platform = make({ browserEvents: true });
    const events: string[] = [];
    platform.lifecycle.on('hidden', () => events.push('hidden'));
    platform.lifecycle.on('closing', () => events.push('closing'));
    platform.system.onNetworkChange((state) => events.push(`online:${state.online}`));
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('pagehide'));
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    platform.dispose();
    window.dispatchEvent(new Event('pagehide'));
    visibility.mockRestore();
    onLine.mockRestore();
    expect(events).toEqual(['hidden', 'closing', 'online:false']);
  });
});

describe('media', () => {
  it('pickImagesWith: the next pick returns those files, sorted into images and rejected', async () => {
    const platform = make();
    platform.controls.pickImagesWith([
      image('a.jpg', 100),
      image('b.png', 5_000, 'image/png'),
      image('c.pdf', 10, 'application/pdf'),
      image('d.jpg', 10),
      image('e.jpg', 10),
    ]);
    const result = await platform.media.pickImages({ max: 2, maxBytes: 1_000 });
    expect(result.images.map((picked) => picked.name)).toEqual(['a.jpg', 'd.jpg']);
    expect(result.images[0]).toMatchObject({ type: 'image/jpeg', size: 100 });
    expect(result.images[0]?.file).toBeInstanceOf(Blob);
    expect(result.rejected).toEqual([
      { name: 'b.png', reason: 'too_large' },
      { name: 'c.pdf', reason: 'not_image' },
    ]);
  });

  it('null or an empty pick is user_cancelled', async () => {
    const platform = make();
    platform.controls.pickImagesWith(null);
    await expectCode(platform.media.pickImages(), 'user_cancelled', -2003);
    platform.controls.pickImagesWith([]);
    await expectCode(platform.media.pickImages(), 'user_cancelled');
  });

  it('without pickImagesWith, opens a hidden file input like a browser', async () => {
    const platform = make();
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {});
    const picked = platform.media.pickImages({ max: 3, source: 'camera' });
    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    expect(input).toMatchObject({ accept: 'image/*', multiple: true, hidden: true });
    expect(input.getAttribute('capture')).toBe('environment');
    Object.defineProperty(input, 'files', { value: [image('a.jpg', 1)] });
    input.dispatchEvent(new Event('change'));
    expect((await picked).images).toHaveLength(1);
    expect(document.querySelector('input')).toBeNull();

    const cancelled = platform.media.pickImages();
    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(2));
    const second = document.querySelector('input') as HTMLInputElement;
    expect(second.multiple).toBe(false);
    expect(second.hasAttribute('capture')).toBe(false);
    second.dispatchEvent(new Event('cancel'));
    await expectCode(cancelled, 'user_cancelled');
    click.mockRestore();
  });
});

describe('share, OA and NFC', () => {
  it('share and OA follow the configured answers', async () => {
    const platform = make({ answers: { share: false, followOA: false } });
    expect(await platform.share.share({ title: 'Hồ sơ', path: '/ho-so/1' })).toEqual({
      shared: false,
    });
    expect(await platform.oa.follow('oa-1')).toBe(false);
    expect(await platform.oa.requestNotifications()).toBe(true);
    await expect(platform.oa.openChat('oa-1', 'Xin chào')).resolves.toBeUndefined();
    await expectCode(platform.share.getLink({ title: 'x'.repeat(101) }), 'unknown', -1400);
  });

  it('NFC: unsupported by default (-600); a fixture chip when supported', async () => {
    const platform = make();
    expect(await platform.nfc.isSupported()).toBe(false);
    await expectCode(platform.nfc.readCccd({ mrz: 'IDVNM…' }), 'unsupported', -600);
    platform.controls.update({ nfcSupported: true });
    expect(await platform.nfc.isSupported()).toBe(true);
    const chip = await platform.nfc.readCccd({ mrz: 'IDVNM…' });
    expect(chip.sod).toBeTypeOf('string');
    expect(Object.keys(chip.dataGroups)).toContain('dg1');
    await expectCode(platform.nfc.readCccd({ mrz: ' ' }), 'unknown', -604);
  });
});

describe('storage', () => {
  it('evictStorage drops entries behind the app’s back; the app is told', async () => {
    const platform = make();
    const { storage } = platform;
    await storage.set('draft', 1);
    await storage.set('other', 2);
    await storage.forUser('u1').set('draft', 3);
    const evicted = vi.fn();
    storage.onEvicted(evicted);
    platform.controls.evictStorage(['draft']);
    await expectCode(storage.get('draft'), 'storage_evicted');
    await expectCode(storage.forUser('u1').get('draft'), 'storage_evicted');
    expect(await storage.get('other')).toBe(2);
    expect(evicted).toHaveBeenCalledWith({ keys: ['draft'], all: false });
    platform.controls.evictStorage();
    await expectCode(storage.get('other'), 'storage_evicted');
  });

  it('storage_full when a value does not fit the quota', async () => {
    const platform = make({ storage: { quotaBytes: 2_000 } });
    await platform.storage.set('small', 'a');
    await expectCode(platform.storage.set('big', 'x'.repeat(1_000)), 'storage_full');
    expect(await platform.storage.usage()).toMatchObject({ quotaBytes: 2_000 });
  });

  it('persist: localStorage keeps data for the next platform, namespaced by app', async () => {
    const first = make({ appId: 'tinh-mau', storage: { persist: 'localStorage' } });
    await first.storage.set('draft', { step: 2 });
    first.dispose();
    const next = make({ appId: 'tinh-mau', storage: { persist: 'localStorage' } });
    expect(await next.storage.get('draft')).toEqual({ step: 2 });
    const otherApp = make({ appId: 'other', storage: { persist: 'localStorage' } });
    expect(await otherApp.storage.get('draft')).toBeUndefined();
    localStorage.setItem('not-ours', 'x');
    next.controls.evictStorage();
    expect(localStorage.getItem('not-ours')).toBe('x');
    await expectCode(next.storage.get('draft'), 'storage_evicted');
  });
});

describe('one-time tokens', () => {
  it('are never repeated by two simulators (a reload must not reuse a token)', async () => {
    const tokens = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const phone = createSimulatedPlatform({ permissions: { phoneNumber: 'granted' } });
      const { token } = await phone.identity.getPhoneNumberToken();
      expect(token).toMatch(/^sim-phoneNumber-1\.[0-9a-z]+$/);
      tokens.add(token);
    }
    expect(tokens.size).toBe(5);
  });
});
