// @vitest-environment node
// The published contract over a real socket: createAuthHttpApp served on 127.0.0.1 and
// driven by createHttpAuthService, once with the memory service and once with the server
// service whose Zalo side is the fake Graph server (itself a real HTTP server).
import { inspect } from 'node:util';
import { createManualClock, createSimulatedPlatform } from '@govmini/platform/testing';
import { serveOnLoopback as serveApp } from '@govmini/test-support/loopback';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpAuthService } from '../core/http-service';
import type { AuthService } from '../core/types';
import { createMemoryConsentStore } from '../server/consent-store';
import { type AuthHttpAppOptions, createAuthHttpApp } from '../server/http-app';
import { createServerAuthService } from '../server/service';
import { createSessionIssuer } from '../server/sessions';
import { createZaloGraphClient } from '../server/zalo-graph';
import { describeAuthServiceConformance } from './conformance';
import { startFakeZaloGraph } from './fake-zalo-graph';
import { simulatorBackedAuthService } from './memory-service';

const serveOnLoopback = (service: AuthService, onError?: AuthHttpAppOptions['onError']) =>
  serveApp(createAuthHttpApp(service, onError ? { onError } : {}));

const APP_SECRET = 'SENTINEL-zalo-app-secret-91c2';
const SESSION_KEY = { kid: 'k1', secret: 'SENTINEL-session-key-0123456789abcdef' };
const CITIZEN = { id: '3368637342326461234', name: 'Nguyễn Thị Hoa' };

async function serverStack(sessionTtlMs: number, onError?: (info: unknown) => void) {
  let now = Date.parse('2026-11-29T02:00:00Z');
  const clock = () => now;
  const zalo = await startFakeZaloGraph({ appSecret: APP_SECRET, users: [CITIZEN], clock });
  const service = createServerAuthService({
    graph: createZaloGraphClient({ appSecret: APP_SECRET, baseUrl: zalo.url }),
    sessions: createSessionIssuer({ keys: [SESSION_KEY], ttlMs: sessionTtlMs, clock }),
    consents: createMemoryConsentStore(),
    clock,
  });
  const http = await serveOnLoopback(service, onError);
  return {
    zalo,
    client: createHttpAuthService({ baseUrl: http.baseUrl }),
    baseUrl: http.baseUrl,
    advance: (ms: number) => {
      now += ms;
    },
    close: async () => {
      await http.close();
      await zalo.close();
    },
  };
}

describeAuthServiceConformance('memory service over HTTP on 127.0.0.1', async (setup) => {
  const clock = createManualClock(Date.parse('2026-11-29T02:00:00Z'));
  const platform = createSimulatedPlatform({ clock });
  const service = simulatorBackedAuthService(platform, { clock, sessionTtlMs: setup.sessionTtlMs });
  const http = await serveOnLoopback(service);
  return {
    service: createHttpAuthService({ baseUrl: http.baseUrl }),
    validZaloToken: await platform.identity.getAccessToken(),
    issuePhoneToken: async () => (await platform.identity.getPhoneNumberToken()).token,
    advanceTime: (ms) => clock.advance(ms),
    dispose: async () => {
      await http.close();
      platform.dispose();
    },
  };
});

describeAuthServiceConformance(
  'server service + fake Zalo Graph, over HTTP on 127.0.0.1',
  async (setup) => {
    const stack = await serverStack(setup.sessionTtlMs);
    return {
      service: stack.client,
      validZaloToken: stack.zalo.issueAccessToken(CITIZEN.id),
      issuePhoneToken: async () => stack.zalo.issuePhoneCode(CITIZEN.id, '84912345678'),
      advanceTime: (ms) => stack.advance(ms),
      dispose: stack.close,
    };
  },
);

describe('no token, phone number, location or secret in any log line', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs a full flow, failures included, with console.* captured', async () => {
    const lines: string[] = [];
    const capture = (...args: unknown[]) => {
      const parts = args.map((a) =>
        typeof a === 'string'
          ? a
          : `${JSON.stringify(a)} ${inspect(a, { depth: 10, showHidden: true })}`,
      );
      lines.push(parts.join(' '));
    };
    for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      vi.spyOn(console, level).mockImplementation(capture);
    }
    // What a province backend would plausibly log: every error answer, and every failure.
    const stack = await serverStack(15 * 60_000, (info) => console.warn('auth error', info));
    const secrets: string[] = [APP_SECRET, SESSION_KEY.secret];
    const logged = async (promise: Promise<unknown>) => {
      try {
        return await promise;
      } catch (error) {
        console.error('auth call failed', error, JSON.stringify(error), String(error));
        return undefined;
      }
    };
    try {
      const { client, zalo } = stack;
      const zaloToken = zalo.issueAccessToken(CITIZEN.id);
      secrets.push(zaloToken);
      const hash = 'c'.repeat(64);
      const session = await client.signIn({
        zaloAccessToken: zaloToken,
        consents: [
          {
            purposeId: 'ho-so',
            version: 1,
            decision: 'granted',
            decidedAt: '2026-11-29T09:00:00+07:00',
            textHash: hash,
          },
        ],
      });
      secrets.push(session.token);
      console.info('signed in', session.profile.zaloId);

      const phoneCode = zalo.issuePhoneCode(CITIZEN.id, '84912345678');
      secrets.push(phoneCode, '84912345678', '0912345678', '912345678');
      const { phone } = await client.exchangePhoneToken(session.token, phoneCode);
      expect(phone).toBe('+84912345678');
      await logged(client.exchangePhoneToken(session.token, phoneCode)); // replay

      const locationCode = zalo.issueLocationCode(CITIZEN.id, {
        latitude: 21.0278,
        longitude: 105.8342,
      });
      secrets.push(locationCode, '21.0278', '105.8342');
      expect(await client.exchangeLocationToken(session.token, locationCode)).toEqual({
        latitude: 21.0278,
        longitude: 105.8342,
      });

      const stale = zalo.issuePhoneCode(CITIZEN.id, '84912345678');
      secrets.push(stale);
      stack.advance(3 * 60_000);
      await logged(client.exchangePhoneToken(session.token, stale));

      const refreshed = await client.refresh(session.token);
      secrets.push(refreshed.token);
      await logged(client.refresh(session.token)); // rotated away
      await logged(client.signIn({ zaloAccessToken: `${zaloToken}-forged`, consents: [] }));
      zalo.setFault('down');
      await logged(client.signIn({ zaloAccessToken: zaloToken, consents: [] }));
      zalo.setFault(null);
      await client.signOut(refreshed.token);
      await logged(client.getConsents(refreshed.token));
    } finally {
      await stack.close();
    }
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.some((line) => line.includes('token_reused'))).toBe(true);
    const all = lines.join('\n');
    for (const secret of secrets) expect(all).not.toContain(secret);
    expect(all).not.toMatch(/SENTINEL/);
  });
});

describe('the server service over HTTP', () => {
  it('answers the contract’s codes and statuses for Zalo-side failures', async () => {
    const stack = await serverStack(15 * 60_000);
    try {
      const { client, zalo, baseUrl } = stack;
      const session = await client.signIn({
        zaloAccessToken: zalo.issueAccessToken(CITIZEN.id),
        consents: [],
      });
      const post = (path: string, body: unknown) =>
        fetch(`${baseUrl}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });

      const stale = zalo.issuePhoneCode(CITIZEN.id, '84912345678');
      stack.advance(2 * 60_000 + 1);
      const expired = await post('/auth/phone', { token: stale });
      expect(expired.status).toBe(410);
      expect(await expired.json()).toEqual({
        error: {
          code: 'token_expired',
          message: 'Yêu cầu đã quá thời gian chờ. Vui lòng thử lại.',
        },
      });
      expect(expired.headers.get('cache-control')).toBe('no-store');

      const code = zalo.issuePhoneCode(CITIZEN.id, '84912345678');
      zalo.setFault('region');
      const blocked = await post('/auth/phone', { token: code });
      expect(blocked.status).toBe(502);
      expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe('server');
      zalo.setFault(null);
      // The code was claimed before Zalo answered: a retry with it is a replay.
      expect((await post('/auth/phone', { token: code })).status).toBe(409);

      expect((await post('/auth/phone', { token: 'never-issued' })).status).toBe(400);
    } finally {
      await stack.close();
    }
  });

  it('asks the citizen to sign in again when the Zalo token behind the session has expired', async () => {
    const stack = await serverStack(15 * 60_000);
    try {
      const { client, zalo } = stack;
      const session = await client.signIn({
        zaloAccessToken: zalo.issueAccessToken(CITIZEN.id, { ttlMs: 60_000 }),
        consents: [],
      });
      stack.advance(2 * 60_000);
      const code = zalo.issuePhoneCode(CITIZEN.id, '84912345678');
      await expect(client.exchangePhoneToken(session.token, code)).rejects.toMatchObject({
        code: 'session_expired',
        status: 401,
      });
    } finally {
      await stack.close();
    }
  });
});
