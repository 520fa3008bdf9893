// What every Platform must do, as one Vitest suite that each implementation runs: the
// simulator directly, the Zalo adapter over a fake zmp-sdk. A test describes the world it
// needs as plain data (ConformanceSetup); the implementation's factory builds that world and
// fills in the three hooks the suite uses to observe and drive it.
import { afterEach, describe, expect, it } from 'vitest';
import { PlatformError, type PlatformErrorCode, platformErrorMessages } from '../core/errors';
import type { SimulatedApi, SimulatedPermission } from '../core/simulator';
import type { LifecycleEvent, NetworkState, PermissionScope, Platform } from '../core/types';
import { saveImageCases } from './conformance-media';

/** The world one test needs. Read it in `makePlatform`, build it, then set the hooks. */
export interface ConformanceSetup {
  readonly appId: string;
  /** The Zalo user signed in. */
  readonly user: { readonly id: string; readonly name: string };
  /** What the citizen does per scope; an absent scope is `prompt-grant`. */
  readonly permissions: Readonly<Partial<Record<PermissionScope, SimulatedPermission>>>;
  readonly online: boolean;
  readonly nfcSupported: boolean;
  /** A Zalo error code that every call of the named zmp-sdk API rejects with. */
  readonly failures: Readonly<Partial<Record<SimulatedApi, number>>>;
  /** zmp-sdk APIs that never answer. */
  readonly neverAnswers: readonly SimulatedApi[];
  /** The per-call timeout the platform must use. */
  readonly timeoutMs: number;
  /** The storage quota the host reports and enforces. */
  readonly storageQuotaBytes: number;
  /** Set by `makePlatform`: how many permission prompts the host has shown so far. */
  promptCount: () => number;
  /** Set by `makePlatform`: the host sends a lifecycle event. */
  fire: (event: LifecycleEvent) => void;
  /** Set by `makePlatform`: the host's connection goes up or down. */
  setOnline: (online: boolean) => void;
  /** Set by `makePlatform`: the bytes of every picture in the host's gallery, oldest first. */
  gallery: () => Promise<readonly Uint8Array[]>;
}

type World = Omit<ConformanceSetup, 'promptCount' | 'fire' | 'setOnline' | 'gallery'>;

const world: World = {
  appId: 'conformance-app',
  user: { id: '2000000000000000002', name: 'Người kiểm thử' },
  permissions: {},
  online: true,
  nfcSupported: false,
  failures: {},
  neverAnswers: [],
  timeoutMs: 2_000,
  storageQuotaBytes: 64 * 1024,
};

const missingHook = (hook: string) => () => {
  throw new Error(`describePlatformConformance: makePlatform must set setup.${hook}`);
};

/** A token is valid about two minutes (research §0.1); a little slack for slow machines. */
const TOKEN_LIFETIME_MS = 120_000;
const SLACK_MS = 5_000;

export function describePlatformConformance(
  name: string,
  makePlatform: (setup: ConformanceSetup) => Promise<Platform> | Platform,
): void {
  describe(`Platform conformance: ${name}`, () => {
    const made: Platform[] = [];
    afterEach(() => {
      for (const platform of made.splice(0)) platform.dispose();
    });

    const make = async (overrides: Partial<World> = {}) => {
      const setup: ConformanceSetup = {
        ...world,
        ...overrides,
        promptCount: missingHook('promptCount'),
        fire: missingHook('fire'),
        setOnline: missingHook('setOnline'),
        gallery: missingHook('gallery'),
      };
      const platform = await makePlatform(setup);
      made.push(platform);
      return { platform, setup };
    };

    const rejection = async (promise: Promise<unknown>, code: PlatformErrorCode) => {
      const error = await promise.then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(error, `expected a PlatformError '${code}'`).toBeInstanceOf(PlatformError);
      expect((error as PlatformError).code).toBe(code);
      return error as PlatformError;
    };

    describe('identity', () => {
      it('gives an access token and the user id', async () => {
        const { platform, setup } = await make();
        expect(['zalo', 'simulated']).toContain(platform.kind);
        const token = await platform.identity.getAccessToken();
        expect(token).toBeTypeOf('string');
        expect(token.length).toBeGreaterThan(0);
        expect(await platform.identity.getUserId()).toBe(setup.user.id);
      });

      it('gives the profile once userInfo is granted, without a prompt', async () => {
        const { platform, setup } = await make({ permissions: { userInfo: 'granted' } });
        expect(await platform.identity.getProfile()).toMatchObject(setup.user);
        expect(setup.promptCount()).toBe(0);
      });

      it('getProfile({ request: true }) asks once, then remembers', async () => {
        const { platform, setup } = await make();
        expect(await platform.identity.getProfile({ request: true })).toMatchObject(setup.user);
        expect(await platform.identity.getProfile({ request: true })).toMatchObject(setup.user);
        expect(setup.promptCount()).toBe(1);
      });

      it('getProfile without consent: permission_denied when refused or not asked', async () => {
        const refused = await make({ permissions: { userInfo: 'prompt-deny' } });
        await rejection(
          refused.platform.identity.getProfile({ request: true }),
          'permission_denied',
        );
        const denied = await make({ permissions: { userInfo: 'denied' } });
        await rejection(
          denied.platform.identity.getProfile({ request: true }),
          'permission_denied',
        );
        expect(denied.setup.promptCount()).toBe(0);
        const notAsked = await make();
        await rejection(notAsked.platform.identity.getProfile(), 'permission_denied');
        expect(notAsked.setup.promptCount()).toBe(0);
      });
    });

    describe('permissions', () => {
      it('getSettings: granted true, denied false, undecided absent', async () => {
        const { platform } = await make({
          permissions: { location: 'granted', phoneNumber: 'denied', userInfo: 'prompt-grant' },
        });
        const settings = await platform.permissions.getSettings();
        expect(settings.location).toBe(true);
        expect(settings.phoneNumber).toBe(false);
        expect(settings.userInfo).toBeUndefined();
      });

      it('authorize: allowed → true, remembered, and not asked again', async () => {
        const { platform, setup } = await make();
        expect((await platform.permissions.authorize(['location'])).location).toBe(true);
        expect((await platform.permissions.getSettings()).location).toBe(true);
        expect((await platform.permissions.authorize(['location'])).location).toBe(true);
        expect(setup.promptCount()).toBe(1);
      });

      it('authorize: a refusal resolves false (not an error); denied is not asked again', async () => {
        const { platform, setup } = await make({ permissions: { location: 'prompt-deny' } });
        expect((await platform.permissions.authorize(['location'])).location).toBe(false);
        expect((await platform.permissions.authorize(['location'])).location).toBe(false);
        expect(setup.promptCount()).toBe(1);
        expect((await platform.permissions.getSettings()).location).toBe(false);
      });

      it('authorize: two scopes in one prompt', async () => {
        const { platform, setup } = await make({ permissions: { location: 'prompt-deny' } });
        const settings = await platform.permissions.authorize(['userInfo', 'location']);
        expect(settings).toMatchObject({ userInfo: true, location: false });
        expect(setup.promptCount()).toBe(1);
      });

      it('authorize: a closed prompt is user_cancelled and nothing is remembered', async () => {
        const { platform } = await make({ permissions: { location: 'prompt-cancel' } });
        await rejection(platform.permissions.authorize(['location']), 'user_cancelled');
        expect((await platform.permissions.getSettings()).location).toBeUndefined();
      });

      it('explain runs before the prompt; false is user_cancelled and nothing is asked', async () => {
        const { platform, setup } = await make();
        const explained: (readonly PermissionScope[])[] = [];
        const explain = (scopes: readonly PermissionScope[]) => {
          explained.push(scopes);
          return false;
        };
        await rejection(
          platform.permissions.authorize(['location'], { explain }),
          'user_cancelled',
        );
        expect(explained).toEqual([['location']]);
        expect(setup.promptCount()).toBe(0);
        expect((await platform.permissions.getSettings()).location).toBeUndefined();
      });

      it('single-flight: two concurrent requests show ONE prompt and get the same answer', async () => {
        const { platform, setup } = await make();
        const [first, second] = await Promise.all([
          platform.permissions.authorize(['location']),
          platform.permissions.authorize(['location']),
        ]);
        expect(first.location).toBe(true);
        expect(second.location).toBe(true);
        expect(setup.promptCount()).toBe(1);
      });
    });

    describe('phone and location tokens', () => {
      const fresh = (token: { expiresAt: number; token: string }) => {
        const now = Date.now();
        expect(token.token).toBeTypeOf('string');
        expect(token.token.length).toBeGreaterThan(0);
        expect(token.expiresAt).toBeGreaterThan(now);
        expect(token.expiresAt).toBeLessThanOrEqual(now + TOKEN_LIFETIME_MS + SLACK_MS);
      };

      it('getPhoneNumberToken: a one-time token that expires within about two minutes', async () => {
        const { platform } = await make({ permissions: { phoneNumber: 'granted' } });
        const first = await platform.identity.getPhoneNumberToken();
        expect(first.kind).toBe('phoneNumber');
        fresh(first);
        const second = await platform.identity.getPhoneNumberToken();
        expect(second.token).not.toBe(first.token);
      });

      it('location.getToken: asks, then gives a location token', async () => {
        const { platform, setup } = await make();
        const token = await platform.location.getToken();
        expect(token.kind).toBe('location');
        fresh(token);
        expect(setup.promptCount()).toBe(1);
      });

      it('refused or denied → permission_denied; a closed prompt → user_cancelled', async () => {
        const { platform } = await make({
          permissions: { phoneNumber: 'prompt-deny', location: 'denied' },
        });
        await rejection(platform.identity.getPhoneNumberToken(), 'permission_denied');
        await rejection(platform.location.getToken(), 'permission_denied');
        const cancelled = await make({ permissions: { location: 'prompt-cancel' } });
        await rejection(cancelled.platform.location.getToken(), 'user_cancelled');
      });

      it('explain → false is user_cancelled before any prompt', async () => {
        const { platform, setup } = await make();
        await rejection(
          platform.identity.getPhoneNumberToken({ explain: async () => false }),
          'user_cancelled',
        );
        expect(setup.promptCount()).toBe(0);
      });

      it('offline → offline', async () => {
        const { platform } = await make({ online: false, permissions: { phoneNumber: 'granted' } });
        await rejection(platform.identity.getPhoneNumberToken(), 'offline');
      });
    });

    describe('storage', () => {
      it('round-trips JSON; missing or invalid values are undefined', async () => {
        const { platform } = await make();
        const { storage } = platform;
        const value = { name: 'Hồ sơ cấp đổi CCCD', step: 2, done: false, files: [] };
        await storage.set('draft', value);
        expect(await storage.get('draft')).toEqual(value);
        expect(await storage.get('missing')).toBeUndefined();
        const notANumber = (input: unknown) => {
          if (typeof input !== 'number') throw new TypeError('not a number');
          return input;
        };
        expect(await storage.get('draft', notANumber)).toBeUndefined();
        await storage.remove('draft');
        expect(await storage.get('draft')).toBeUndefined();
      });

      it('keys() lists this namespace exactly; clear() empties only it', async () => {
        const { platform } = await make();
        const { storage } = platform;
        await storage.set('a', 1);
        await storage.set('b', 2);
        await storage.forUser('u1').set('c', 3);
        expect((await storage.keys()).sort()).toEqual(['a', 'b']);
        expect(await storage.forUser('u1').keys()).toEqual(['c']);
        await storage.clear();
        expect(await storage.keys()).toEqual([]);
        expect(await storage.forUser('u1').get('c')).toBe(3);
      });

      it('forUser: each user sees only their own data; clearing one keeps the others', async () => {
        const { platform } = await make();
        const { storage } = platform;
        const first = storage.forUser('user-1');
        const second = storage.forUser('user-2');
        await first.set('draft', 'of user 1');
        await second.set('draft', 'of user 2');
        await storage.set('draft', 'of the app');
        expect(await first.get('draft')).toBe('of user 1');
        expect(await second.get('draft')).toBe('of user 2');
        await first.clear();
        expect(await first.get('draft')).toBeUndefined();
        expect(await second.get('draft')).toBe('of user 2');
        expect(await storage.get('draft')).toBe('of the app');
      });

      it('usage() counts what is stored, within the quota', async () => {
        const { platform } = await make();
        const before = await platform.storage.usage();
        await platform.storage.set('draft', 'x'.repeat(100));
        const after = await platform.storage.usage();
        expect(after.usedBytes).toBeGreaterThan(before.usedBytes);
        expect(after.quotaBytes).toBeGreaterThan(0);
        expect(after.usedBytes).toBeLessThanOrEqual(after.quotaBytes);
      });

      it('storage_full when a value does not fit; the old value stays', async () => {
        const { platform, setup } = await make();
        await platform.storage.set('draft', 'small');
        const tooBig = 'x'.repeat(setup.storageQuotaBytes);
        await rejection(platform.storage.set('draft', tooBig), 'storage_full');
        expect(await platform.storage.get('draft')).toBe('small');
      });
    });

    describe('errors', () => {
      it('NFC where unsupported: isSupported() false, readCccd → unsupported', async () => {
        const { platform } = await make({ nfcSupported: false });
        expect(await platform.nfc.isSupported()).toBe(false);
        await rejection(platform.nfc.readCccd({ mrz: 'IDVNM0000000000' }), 'unsupported');
      });

      it('a call that never answers → timeout', async () => {
        const { platform } = await make({ neverAnswers: ['getUserID'], timeoutMs: 50 });
        const error = await rejection(platform.identity.getUserId(), 'timeout');
        expect(error.api).toBeTypeOf('string');
      });

      it('-1409 beyond the retries → throttled, with the Zalo code kept', async () => {
        const { platform } = await make({
          permissions: { userInfo: 'granted' },
          failures: { getUserInfo: -1409 },
        });
        const error = await rejection(platform.identity.getProfile(), 'throttled');
        expect(error.zaloCode).toBe(-1409);
      });

      it('-2000 → not_in_zalo or unknown, with the Zalo code kept', async () => {
        const { platform } = await make({ failures: { getAccessToken: -2000 } });
        const error = await platform.identity.getAccessToken().then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(error).toBeInstanceOf(PlatformError);
        expect(['not_in_zalo', 'unknown']).toContain((error as PlatformError).code);
        expect((error as PlatformError).zaloCode).toBe(-2000);
      });

      it('-1403 (not approved in the console) → permission_denied', async () => {
        const { platform } = await make({
          permissions: { phoneNumber: 'granted' },
          failures: { getPhoneNumber: -1403 },
        });
        const error = await rejection(platform.identity.getPhoneNumberToken(), 'permission_denied');
        expect(error.zaloCode).toBe(-1403);
      });

      it('messages are the catalogue’s, with no personal data', async () => {
        const { platform, setup } = await make({ permissions: { userInfo: 'prompt-deny' } });
        const error = await rejection(
          platform.identity.getProfile({ request: true }),
          'permission_denied',
        );
        expect(error.message).toBe(platformErrorMessages.vi.permission_denied);
        for (const text of [error.message, error.detail ?? '']) {
          expect(text).not.toContain(setup.user.name);
          expect(text).not.toContain(setup.user.id);
        }
      });
    });

    describe('saving a picture (media.saveImage)', () => {
      saveImageCases(make, rejection);
    });

    describe('system, lifecycle and dispose', () => {
      it('getNetwork and getInfo describe the host', async () => {
        const { platform } = await make({ online: false });
        expect(platform.system.getNetwork().online).toBe(false);
        const info = platform.system.getInfo();
        expect(['vi', 'en']).toContain(info.language);
        expect(info.darkMode).toBeTypeOf('boolean');
        expect(Object.values(info.safeArea).every((inset) => typeof inset === 'number')).toBe(true);
      });

      it('lifecycle listeners hear their event and can unsubscribe (twice is harmless)', async () => {
        const { platform, setup } = await make();
        const heard: string[] = [];
        const off = platform.lifecycle.on('hidden', () => heard.push('hidden'));
        platform.lifecycle.on('shown', () => heard.push('shown'));
        setup.fire('hidden');
        setup.fire('shown');
        off();
        off();
        setup.fire('hidden');
        expect(heard).toEqual(['hidden', 'shown']);
      });

      it('network listeners hear the new state and can unsubscribe', async () => {
        const { platform, setup } = await make();
        const heard: NetworkState[] = [];
        const off = platform.system.onNetworkChange((state) => heard.push(state));
        setup.setOnline(false);
        expect(heard.map((state) => state.online)).toEqual([false]);
        expect(platform.system.getNetwork().online).toBe(false);
        off();
        setup.setOnline(true);
        expect(heard).toHaveLength(1);
      });

      it('dispose() stops every listener (and a second dispose is harmless)', async () => {
        const { platform, setup } = await make();
        const heard: string[] = [];
        platform.lifecycle.on('hidden', () => heard.push('hidden'));
        platform.system.onNetworkChange(() => heard.push('network'));
        platform.dispose();
        setup.fire('hidden');
        setup.setOnline(false);
        expect(heard).toEqual([]);
      });
    });
  });
}
