import { createSimulatedPlatform, type SimulatorOptions } from '@govmini/platform';
import { createManualClock } from '@govmini/platform/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { simulatorBackedAuthService } from '../testing/memory-service';
import { consentTextHash, decide } from './consent';
import {
  assertTransition,
  CONSENTS_KEY,
  createAuthController,
  SESSION_KEY,
  transitions,
} from './controller';
import { authError } from './errors';
import type { AuthErrorCode, AuthService, AuthState, AuthStatus, ConsentPurpose } from './types';

const START = Date.parse('2026-11-29T02:00:00Z');
const MIN = 60_000;
const USER = { id: '3000000000000000003', name: 'Nguyễn Văn A' };

const hoSo: ConsentPurpose = {
  id: 'ho-so',
  version: 1,
  required: true,
  title: { vi: 'Xử lý hồ sơ dịch vụ công' },
  data: { vi: 'Họ tên, số CCCD, số điện thoại' },
  why: { vi: 'Để tiếp nhận và giải quyết hồ sơ' },
  processor: { vi: 'UBND Tỉnh Mẫu' },
  retention: { vi: '5 năm' },
};
const thongBao: ConsentPurpose = {
  id: 'thong-bao',
  version: 1,
  required: false,
  title: { vi: 'Nhận thông báo qua Zalo' },
  data: { vi: 'Mã Zalo' },
  why: { vi: 'Để báo khi hồ sơ có kết quả' },
  processor: { vi: 'UBND Tỉnh Mẫu' },
  retention: { vi: 'Đến khi rút lại' },
  withdrawEffect: { vi: 'Sẽ không nhận tin nhắn Zalo về hồ sơ.' },
};

const disposers: (() => void)[] = [];
afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
  vi.restoreAllMocks();
});

/** A world: simulated Zalo, the memory backend on the same clock, and a controller. */
function setup(options: { sim?: SimulatorOptions; purposes?: ConsentPurpose[] } = {}) {
  const clock = createManualClock(START);
  const platform = createSimulatedPlatform({ clock, user: USER, ...options.sim });
  const backend = simulatorBackedAuthService(platform, { clock, sessionTtlMs: 30 * MIN });
  const failures = new Map<string, AuthErrorCode>();
  const calls: string[] = [];
  // Every method goes through here, so a test can make one fail like a real backend would.
  const service = new Proxy(backend, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        calls.push(String(prop));
        const code = failures.get(String(prop));
        if (code) throw authError(code, code === 'offline' ? {} : { status: 500 });
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as AuthService;
  const controller = createAuthController({
    platform,
    service,
    purposes: options.purposes ?? [hoSo, thongBao],
    clock,
  });
  const seen: AuthStatus[] = [];
  controller.subscribe((state) => seen.push(state.status));
  disposers.push(
    () => controller.dispose(),
    () => platform.dispose(),
  );
  return { clock, platform, backend, service, controller, failures, calls, seen };
}

async function signedIn(world = setup()) {
  await world.controller.signIn();
  await world.controller.decideConsents({ 'ho-so': 'granted', 'thong-bao': 'granted' });
  expect(world.controller.getState().status).toBe('signed_in');
  return world;
}
const sessionOf = (state: AuthState) => {
  if (state.status !== 'signed_in') throw new Error(`not signed in: ${state.status}`);
  return state.session;
};

describe('transitions', () => {
  const all = Object.keys(transitions) as AuthStatus[];
  it('lists every status, and exactly those moves are legal', () => {
    expect(all.sort()).toEqual(
      ['consenting', 'error', 'expired', 'signed_in', 'signed_out', 'signing_in'].sort(),
    );
    for (const from of all) {
      for (const to of all) {
        if (transitions[from].includes(to)) expect(() => assertTransition(from, to)).not.toThrow();
        else expect(() => assertTransition(from, to)).toThrow(/illegal transition/);
      }
    }
  });
  it('forbids the moves that would skip a step', () => {
    expect(() => assertTransition('consenting', 'signed_in')).toThrow(/consenting → signed_in/);
    expect(() => assertTransition('error', 'signed_in')).toThrow();
    expect(() => assertTransition('expired', 'signed_in')).toThrow();
  });
});

describe('sign-in', () => {
  it('goes signed_out → consenting → signing_in → signed_in and stores the session', async () => {
    const world = setup();
    const { controller, platform, backend, seen } = world;
    expect(controller.getState()).toEqual({ status: 'signed_out' });
    const asked = await controller.signIn();
    expect(asked).toEqual({ status: 'consenting', pending: [hoSo, thongBao] });
    await controller.decideConsents({ 'ho-so': 'granted', 'thong-bao': 'granted' });
    expect(seen).toEqual(['consenting', 'signing_in', 'signed_in']);
    const session = sessionOf(controller.getState());
    expect(session.profile).toMatchObject({ zaloId: USER.id, name: USER.name });
    expect(await platform.storage.get(SESSION_KEY)).toEqual(session);
    // Records: kept on the phone for this citizen and sent to the backend.
    const records = await platform.storage.forUser(USER.id).get(CONSENTS_KEY);
    expect(records).toEqual(backend.consentLog(USER.id));
    expect(backend.consentLog(USER.id)).toEqual([
      await decide(hoSo, 'granted', START),
      await decide(thongBao, 'granted', START),
    ]);
  });

  it('skips consent when every purpose is decided, and resends the latest records', async () => {
    const world = setup();
    await world.platform.storage
      .forUser(USER.id)
      .set(CONSENTS_KEY, [
        await decide(hoSo, 'granted', START),
        await decide(thongBao, 'refused', START),
      ]);
    await world.controller.signIn();
    expect(world.seen).toEqual(['signing_in', 'signed_in']);
    expect(world.backend.consentLog(USER.id).map((r) => r.decision)).toEqual([
      'granted',
      'refused',
    ]);
  });

  it('asks again only the purpose whose version changed', async () => {
    const world = setup({ purposes: [hoSo, { ...thongBao, version: 2 }] });
    await world.platform.storage
      .forUser(USER.id)
      .set(CONSENTS_KEY, [
        await decide(hoSo, 'granted', START),
        await decide(thongBao, 'granted', START),
      ]);
    const state = await world.controller.signIn();
    expect(state.status === 'consenting' && state.pending.map((p) => p.id)).toEqual(['thong-bao']);
    await world.controller.decideConsents({ 'thong-bao': 'refused' });
    const latest = await world.controller.getConsentRecords();
    expect(latest.map((r) => [r.purposeId, r.version, r.decision])).toEqual([
      ['ho-so', 1, 'granted'],
      ['thong-bao', 2, 'refused'],
    ]);
  });

  it('refusing a required purpose is consent_required, with nothing sent or stored', async () => {
    const { controller, backend, calls, platform } = setup();
    await controller.signIn();
    const state = await controller.decideConsents({ 'ho-so': 'refused', 'thong-bao': 'granted' });
    expect(state.status).toBe('error');
    if (state.status !== 'error') return;
    expect(state.error.code).toBe('consent_required');
    expect(state.error.message).toMatch(/^Để dùng dịch vụ, cần đồng ý các mục bắt buộc\. Vui lòng/);
    expect(calls).toEqual([]);
    expect(backend.consentLog(USER.id)).toEqual([]);
    expect(await platform.storage.forUser(USER.id).keys()).toEqual([]);
    // Trying again asks again.
    expect((await controller.signIn()).status).toBe('consenting');
  });

  it('counts an unanswered optional purpose as refused (silence is not consent)', async () => {
    const { controller, backend } = setup();
    await controller.signIn();
    await controller.decideConsents({ 'ho-so': 'granted' });
    expect(backend.consentLog(USER.id).map((r) => [r.purposeId, r.decision])).toEqual([
      ['ho-so', 'granted'],
      ['thong-bao', 'refused'],
    ]);
    expect(backend.consentLog(USER.id)[1]?.textHash).toBe(await consentTextHash(thongBao));
  });

  it('cancelling the consent step goes back to signed_out', async () => {
    const { controller, seen } = setup();
    await controller.signIn();
    controller.cancelConsent();
    expect(seen).toEqual(['consenting', 'signed_out']);
    await expect(controller.decideConsents({})).rejects.toThrow(/outside the consent step/);
  });

  it('a double tap signs in once', async () => {
    const { controller, seen, platform } = setup({ purposes: [] });
    const [a, b] = await Promise.all([controller.signIn(), controller.signIn()]);
    expect(a).toBe(b);
    expect(seen).toEqual(['signing_in', 'signed_in']);
    expect(platform.controls.history.filter((c) => c.api === 'getAccessToken')).toHaveLength(1);
    expect(await controller.signIn()).toBe(controller.getState());
  });

  it('offline is an offline error; signing in again works once back online', async () => {
    const world = setup({ sim: { online: false }, purposes: [] });
    const state = await world.controller.signIn();
    expect(state.status === 'error' && state.error.code).toBe('offline');
    world.platform.controls.update({ online: true });
    world.failures.set('signIn', 'offline');
    const again = await world.controller.signIn();
    expect(again.status === 'error' && again.error.code).toBe('offline');
    world.failures.clear();
    expect((await world.controller.signIn()).status).toBe('signed_in');
    expect(world.seen).toEqual([
      'signing_in',
      'error',
      'signing_in',
      'error',
      'signing_in',
      'signed_in',
    ]);
  });

  it('an invalid Zalo token is invalid_token; a page outside Zalo is an error, not a crash', async () => {
    const world = setup({ purposes: [] });
    world.failures.set('signIn', 'invalid_token');
    const state = await world.controller.signIn();
    expect(state.status === 'error' && state.error.code).toBe('invalid_token');
    const outside = setup({ sim: { user: null } });
    const failed = await outside.controller.signIn();
    expect(failed.status === 'error' && failed.error.code).toBe('unknown');
  });

  it('sign-out while signing in ends signed out and ignores the late session', async () => {
    const world = setup({ sim: { latencyMs: { getAccessToken: 1_000 } }, purposes: [] });
    const pending = world.controller.signIn();
    await world.clock.advance(10);
    await world.controller.signOut();
    await world.clock.advance(2_000);
    await pending;
    expect(world.controller.getState().status).toBe('signed_out');
    expect(await world.platform.storage.get(SESSION_KEY)).toBeUndefined();
    expect(world.seen).toEqual(['signing_in', 'signed_out']);
  });
});

describe('restore and refresh', () => {
  it('restores a stored session, and refreshes it 5 minutes before expiry', async () => {
    const first = await signedIn();
    const stored = sessionOf(first.controller.getState());
    first.controller.dispose();
    // The app is reopened on the same phone: same storage, same backend, same clock.
    const controller2 = createAuthController({
      platform: first.platform,
      service: first.service,
      purposes: [hoSo, thongBao],
      clock: first.clock,
    });
    disposers.push(() => controller2.dispose());
    expect((await controller2.start()).status).toBe('signed_in');
    expect(sessionOf(controller2.getState())).toEqual(stored);
    await first.clock.advance(25 * MIN - 1);
    expect(sessionOf(controller2.getState()).token).toBe(stored.token);
    await first.clock.advance(1);
    const refreshed = sessionOf(controller2.getState());
    expect(refreshed.token).not.toBe(stored.token);
    expect(refreshed.expiresAt).toBe(START + 25 * MIN + 30 * MIN);
    expect(await first.platform.storage.get(SESSION_KEY)).toEqual(refreshed);
    // And again, 5 minutes before the new expiry.
    await first.clock.advance(25 * MIN);
    expect(sessionOf(controller2.getState()).token).not.toBe(refreshed.token);
  });

  it('a stored session past its expiry restores as expired, with the profile', async () => {
    const world = setup();
    const profile = { zaloId: USER.id, name: USER.name };
    await world.platform.storage.set(SESSION_KEY, { token: 't', expiresAt: START - 1, profile });
    expect(await world.controller.start()).toEqual({ status: 'expired', profile });
    expect(await world.platform.storage.get(SESSION_KEY)).toBeUndefined();
    expect((await world.controller.signIn()).status).toBe('consenting');
  });

  it('a tap while start() runs is not lost: it signs in once start has settled', async () => {
    const world = setup();
    const starting = world.controller.start();
    const tapped = world.controller.signIn();
    expect((await starting).status).toBe('signed_out');
    expect(await tapped).toEqual({ status: 'consenting', pending: [hoSo, thongBao] });
  });

  it('a tap while start() restores a session keeps that session: no second sign-in', async () => {
    const first = await signedIn();
    const stored = sessionOf(first.controller.getState());
    first.controller.dispose();
    const again = createAuthController({
      platform: first.platform,
      service: first.service,
      purposes: [hoSo, thongBao],
      clock: first.clock,
    });
    disposers.push(() => again.dispose());
    const signIns = first.calls.filter((c) => c === 'signIn').length;
    const starting = again.start();
    const tapped = again.signIn();
    await starting;
    expect(sessionOf(await tapped)).toEqual(stored);
    expect(first.calls.filter((c) => c === 'signIn').length).toBe(signIns);
  });

  it('ignores a missing, malformed or another account’s stored session', async () => {
    const world = setup();
    expect((await world.controller.start()).status).toBe('signed_out');
    await world.platform.storage.set(SESSION_KEY, { token: 5 });
    expect((await world.controller.start()).status).toBe('signed_out');
    const other = { zaloId: '999', name: 'Người khác' };
    await world.platform.storage.set(SESSION_KEY, {
      token: 't',
      expiresAt: START + MIN,
      profile: other,
    });
    expect((await world.controller.start()).status).toBe('signed_out');
    expect(await world.platform.storage.get(SESSION_KEY)).toBeUndefined();
    expect(world.seen).toEqual([]);
  });

  it('retries a refresh that failed offline, and expires at the end', async () => {
    const world = await signedIn();
    world.failures.set('refresh', 'offline');
    await world.clock.advance(25 * MIN);
    expect(world.controller.getState().status).toBe('signed_in');
    await world.clock.advance(30_000);
    expect(world.calls.filter((c) => c === 'refresh')).toHaveLength(2);
    await world.clock.advance(5 * MIN);
    expect(world.controller.getState()).toEqual({
      status: 'expired',
      profile: expect.objectContaining({ zaloId: USER.id }),
    });
    expect(await world.platform.storage.get(SESSION_KEY)).toBeUndefined();
  });

  it('recovers when the connection comes back before expiry', async () => {
    const world = await signedIn();
    const before = sessionOf(world.controller.getState());
    world.failures.set('refresh', 'offline');
    await world.clock.advance(25 * MIN);
    world.failures.clear();
    await world.clock.advance(30_000);
    expect(sessionOf(world.controller.getState()).token).not.toBe(before.token);
  });

  it('a refused refresh is expired at once', async () => {
    const world = await signedIn();
    world.failures.set('refresh', 'session_expired');
    await world.clock.advance(25 * MIN);
    expect(world.controller.getState().status).toBe('expired');
    expect(world.seen.slice(-1)).toEqual(['expired']);
  });

  it('dispose stops the refresh timer', async () => {
    const world = await signedIn();
    expect(world.clock.pending).toBeGreaterThan(0);
    world.controller.dispose();
    await world.clock.advance(60 * MIN);
    expect(world.calls).not.toContain('refresh');
  });
});

describe('phone number and location', () => {
  it('exchanges the phone token through the backend and keeps it in the session', async () => {
    const world = await signedIn();
    const explain = vi.fn(() => true);
    expect(await world.controller.requestPhoneNumber({ explain })).toEqual({
      phone: '+84900000001',
    });
    expect(explain).toHaveBeenCalledWith(['phoneNumber']);
    const session = sessionOf(world.controller.getState());
    expect(session.profile.phone).toBe('+84900000001');
    expect(await world.platform.storage.get(SESSION_KEY)).toEqual(session);
  });

  it('a refusal in Zalo or in the explanation is zalo_refused', async () => {
    const world = await signedIn(setup({ sim: { permissions: { phoneNumber: 'prompt-deny' } } }));
    await expect(world.controller.requestPhoneNumber()).rejects.toMatchObject({
      code: 'zalo_refused',
    });
    const other = await signedIn();
    await expect(
      other.controller.requestPhoneNumber({ explain: () => false }),
    ).rejects.toMatchObject({ code: 'zalo_refused' });
    expect(other.calls).not.toContain('exchangePhoneToken');
  });

  it('a session the backend refuses moves to expired', async () => {
    const world = await signedIn();
    world.failures.set('exchangePhoneToken', 'session_expired');
    await expect(world.controller.requestPhoneNumber()).rejects.toMatchObject({
      code: 'session_expired',
    });
    expect(world.controller.getState().status).toBe('expired');
  });

  it('needs a session', async () => {
    const world = setup();
    await expect(world.controller.requestPhoneNumber()).rejects.toMatchObject({
      code: 'session_expired',
    });
    await expect(world.controller.requestLocation()).rejects.toMatchObject({
      code: 'session_expired',
    });
  });

  it('exchanges the location token and does not store it', async () => {
    const world = await signedIn();
    expect(await world.controller.requestLocation()).toEqual({
      latitude: 21.0368,
      longitude: 105.8342,
    });
    expect(JSON.stringify(await world.platform.storage.get(SESSION_KEY))).not.toContain('21.0368');
  });
});

describe('consent settings', () => {
  it('withdrawing an optional purpose is sent, kept, and the citizen stays signed in', async () => {
    const world = await signedIn();
    await world.clock.advance(MIN);
    await world.controller.withdrawConsent('thong-bao');
    expect(world.backend.consentLog(USER.id).map((r) => r.decision)).toEqual([
      'granted',
      'granted',
      'withdrawn',
    ]);
    const latest = await world.controller.getConsentRecords();
    expect(latest.find((r) => r.purposeId === 'thong-bao')).toMatchObject({
      decision: 'withdrawn',
      decidedAt: '2026-11-29T09:01:00+07:00',
    });
    expect(world.controller.getState().status).toBe('signed_in');
  });

  it('withdrawing offline fails and changes nothing on the phone', async () => {
    const world = await signedIn();
    world.failures.set('recordConsents', 'offline');
    await expect(world.controller.withdrawConsent('thong-bao')).rejects.toMatchObject({
      code: 'offline',
    });
    world.failures.set('getConsents', 'offline');
    const latest = await world.controller.getConsentRecords();
    expect(latest.map((r) => r.decision)).toEqual(['granted', 'granted']);
  });

  it('withdrawing a required purpose ends the service: signed out, phone wiped', async () => {
    const world = await signedIn();
    await world.controller.withdrawConsent('ho-so');
    expect(world.backend.consentLog(USER.id).at(-1)?.decision).toBe('withdrawn');
    expect(world.controller.getState().status).toBe('signed_out');
    expect(await world.platform.storage.forUser(USER.id).keys()).toEqual([]);
  });

  it('a withdrawn optional purpose can be granted again: sent first, then kept', async () => {
    const world = await signedIn();
    await world.controller.withdrawConsent('thong-bao');
    await world.clock.advance(MIN);
    await world.controller.grantConsent('thong-bao');
    const granted = await decide(thongBao, 'granted', START + MIN);
    expect(world.backend.consentLog(USER.id).at(-1)).toEqual(granted);
    expect(await world.platform.storage.forUser(USER.id).get(CONSENTS_KEY)).toContainEqual(granted);
    world.failures.set('getConsents', 'offline');
    const latest = await world.controller.getConsentRecords();
    expect(latest.find((r) => r.purposeId === 'thong-bao')).toEqual(granted);
    expect(world.controller.getState().status).toBe('signed_in');
  });

  it('granting again offline fails and changes nothing on the phone', async () => {
    const world = setup();
    await world.controller.signIn();
    await world.controller.decideConsents({ 'ho-so': 'granted', 'thong-bao': 'refused' });
    world.failures.set('recordConsents', 'offline');
    await expect(world.controller.grantConsent('thong-bao')).rejects.toMatchObject({
      code: 'offline',
    });
    world.failures.set('getConsents', 'offline');
    const latest = await world.controller.getConsentRecords();
    expect(latest.map((r) => r.decision)).toEqual(['granted', 'refused']);
  });

  it('granting needs a session and a known purpose', async () => {
    const world = setup();
    await expect(world.controller.grantConsent('thong-bao')).rejects.toMatchObject({
      code: 'session_expired',
    });
    await signedIn(world);
    await expect(world.controller.grantConsent('nope')).rejects.toThrow(/unknown consent purpose/);
  });

  it('an unknown purpose is a developer error', async () => {
    const world = await signedIn();
    await expect(world.controller.withdrawConsent('nope')).rejects.toThrow(
      /unknown consent purpose/,
    );
  });
});

describe('sign-out', () => {
  it('revokes the session and removes the session and all the citizen’s data', async () => {
    const world = await signedIn();
    await world.controller.requestPhoneNumber();
    const userStore = world.platform.storage.forUser(USER.id);
    await userStore.set('draft.ho-so', { cccd: '001099012345' });
    await world.platform.storage.set('settings.textSize', 1.5);
    const token = sessionOf(world.controller.getState()).token;

    await world.controller.signOut();
    expect(world.controller.getState()).toEqual({ status: 'signed_out' });
    expect(world.backend.activeSessions).toBe(0);
    await expect(world.backend.getConsents(token)).rejects.toMatchObject({
      code: 'session_expired',
    });
    expect(await userStore.keys()).toEqual([]);
    expect(await world.platform.storage.keys()).toEqual(['settings.textSize']);
    // The proof of consent stays with the province.
    expect(world.backend.consentLog(USER.id)).toHaveLength(2);
    expect(world.clock.pending).toBe(0);
  });

  it('signs out on the phone even when the backend cannot be reached', async () => {
    const world = await signedIn();
    world.failures.set('signOut', 'offline');
    await world.controller.signOut();
    expect(world.controller.getState().status).toBe('signed_out');
    expect(await world.platform.storage.get(SESSION_KEY)).toBeUndefined();
    expect(await world.platform.storage.forUser(USER.id).keys()).toEqual([]);
  });

  it('from expired or error, and twice, is harmless', async () => {
    const world = await signedIn();
    world.failures.set('refresh', 'session_expired');
    await world.clock.advance(25 * MIN);
    await world.controller.signOut();
    await world.controller.signOut();
    expect(world.seen.slice(-2)).toEqual(['expired', 'signed_out']);
    expect(await world.platform.storage.forUser(USER.id).keys()).toEqual([]);
  });
});

describe('privacy', () => {
  it('no token, phone number or location reaches the console or the URL in a full flow', async () => {
    const output: unknown[][] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        output.push(args);
      });
    }
    const hrefBefore = window.location.href;
    const world = await signedIn();
    const first = sessionOf(world.controller.getState()).token;
    await world.controller.requestPhoneNumber();
    await world.controller.requestLocation();
    world.failures.set('exchangePhoneToken', 'token_reused');
    await world.controller.requestPhoneNumber().catch((error: Error) => {
      expect(error.message).not.toMatch(/sim-|\+84|84900000001/);
    });
    await world.clock.advance(25 * MIN);
    await world.controller.withdrawConsent('thong-bao');
    await world.controller.signOut();

    const text = JSON.stringify(output);
    for (const secret of [
      first,
      'sim-access',
      'sim-phoneNumber',
      '84900000001',
      '21.0368',
      'mem-session',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(window.location.href).toBe(hrefBefore);
    expect(window.location.href).not.toMatch(/token|sim-|session/i);
  });
});
