// What every AuthService must do, as one Vitest suite: the memory service in-process, a real
// backend over HTTP (through createHttpAuthService). The suite talks to the service only
// through AuthService and the hooks below, never through in-process state, so it runs the
// same against a server on 127.0.0.1.
import { afterEach, describe, expect, it } from 'vitest';
import { AuthError, type AuthErrorCode, type AuthService, type ConsentRecord } from '../core/types';

/** What the suite asks of the service it tests. Read it in `makeService`. */
export interface AuthConformanceSetup {
  /** The session lifetime the service must use. */
  readonly sessionTtlMs: number;
}

export interface AuthConformanceSubject {
  service: AuthService;
  /** A Zalo access token the service accepts (e.g. the simulator's `sim-access.<id>`). */
  validZaloToken: string;
  /** A fresh one-time phone token that the service's Zalo side will exchange once. */
  issuePhoneToken(): Promise<string>;
  /** Moves the service's clock forward (a manual clock, or a server's injected clock). */
  advanceTime(ms: number): Promise<void> | void;
  dispose?(): Promise<void>;
}

const SETUP: AuthConformanceSetup = { sessionTtlMs: 10 * 60_000 };
// Signed session tokens often count seconds (JWT `exp`): stay well clear of the boundary.
const MARGIN_MS = 60_000;

const hash = (digit: string) => digit.repeat(64);
const record = (
  purposeId: string,
  decision: ConsentRecord['decision'],
  decidedAt: string,
  version = 1,
): ConsentRecord => ({ purposeId, version, decision, decidedAt, textHash: hash('a') });

async function expectAuthError(promise: Promise<unknown>, code: AuthErrorCode): Promise<AuthError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected AuthError "${code}"`).toBeInstanceOf(AuthError);
  const error = caught as AuthError;
  expect(error.code).toBe(code);
  return error;
}

export function describeAuthServiceConformance(
  name: string,
  makeService: (setup: AuthConformanceSetup) => Promise<AuthConformanceSubject>,
): void {
  describe(`AuthService conformance: ${name}`, () => {
    let subject: AuthConformanceSubject | undefined;
    const make = async () => {
      subject = await makeService(SETUP);
      return subject;
    };
    afterEach(async () => {
      await subject?.dispose?.();
      subject = undefined;
    });

    it('signs in with a valid Zalo token and returns a session with a profile', async () => {
      const { service, validZaloToken } = await make();
      const session = await service.signIn({ zaloAccessToken: validZaloToken, consents: [] });
      expect(typeof session.token).toBe('string');
      expect(session.token.length).toBeGreaterThan(0);
      expect(session.token).not.toContain(validZaloToken);
      expect(Number.isFinite(session.expiresAt)).toBe(true);
      expect(typeof session.profile.zaloId).toBe('string');
      expect(session.profile.zaloId.length).toBeGreaterThan(0);
      expect(typeof session.profile.name).toBe('string');
    });

    it('refuses an invalid Zalo token with invalid_token', async () => {
      const { service } = await make();
      await expectAuthError(
        service.signIn({ zaloAccessToken: 'not-a-zalo-token', consents: [] }),
        'invalid_token',
      );
    });

    it('refreshes before expiry, with a later expiry and the same citizen', async () => {
      const { service, validZaloToken, advanceTime } = await make();
      const first = await service.signIn({ zaloAccessToken: validZaloToken, consents: [] });
      await advanceTime(SETUP.sessionTtlMs - MARGIN_MS);
      const next = await service.refresh(first.token);
      expect(next.profile.zaloId).toBe(first.profile.zaloId);
      expect(next.expiresAt).toBeGreaterThan(first.expiresAt);
      expect(await service.getConsents(next.token)).toEqual([]);
    });

    it('refuses refresh and calls after expiry with session_expired', async () => {
      const { service, validZaloToken, advanceTime } = await make();
      const session = await service.signIn({ zaloAccessToken: validZaloToken, consents: [] });
      await advanceTime(SETUP.sessionTtlMs + MARGIN_MS);
      await expectAuthError(service.refresh(session.token), 'session_expired');
      await expectAuthError(service.getConsents(session.token), 'session_expired');
    });

    it('refuses a made-up session token with session_expired', async () => {
      const { service } = await make();
      await expectAuthError(service.getConsents('made-up-session-token'), 'session_expired');
      await expectAuthError(service.refresh('made-up-session-token'), 'session_expired');
    });

    it('sign-out invalidates the session', async () => {
      const { service, validZaloToken } = await make();
      const session = await service.signIn({ zaloAccessToken: validZaloToken, consents: [] });
      await service.signOut(session.token);
      await expectAuthError(service.refresh(session.token), 'session_expired');
      await expectAuthError(service.getConsents(session.token), 'session_expired');
      const again = await service.signIn({ zaloAccessToken: validZaloToken, consents: [] });
      await expect(service.getConsents(again.token)).resolves.toEqual([]);
    });

    it('exchanges a phone token once; the second use is token_reused', async () => {
      const { service, validZaloToken, issuePhoneToken } = await make();
      const session = await service.signIn({ zaloAccessToken: validZaloToken, consents: [] });
      const token = await issuePhoneToken();
      const { phone } = await service.exchangePhoneToken(session.token, token);
      expect(phone).toMatch(/^\+\d{8,15}$/);
      await expectAuthError(service.exchangePhoneToken(session.token, token), 'token_reused');
    });

    it('needs a live session to exchange a phone token', async () => {
      const { service, issuePhoneToken } = await make();
      const token = await issuePhoneToken();
      await expectAuthError(service.exchangePhoneToken('made-up', token), 'session_expired');
    });

    it('keeps consent records and answers the latest per purpose', async () => {
      const { service, validZaloToken } = await make();
      const granted = record('ho-so', 'granted', '2026-11-29T09:00:00+07:00');
      const notify = record('thong-bao', 'granted', '2026-11-29T09:00:00+07:00');
      const session = await service.signIn({
        zaloAccessToken: validZaloToken,
        consents: [granted, notify],
      });
      const sortById = (list: ConsentRecord[]) =>
        [...list].sort((a, b) => a.purposeId.localeCompare(b.purposeId));
      expect(sortById(await service.getConsents(session.token))).toEqual([granted, notify]);

      const withdrawn = record('thong-bao', 'withdrawn', '2026-11-29T10:15:00+07:00');
      await service.recordConsents(session.token, [withdrawn]);
      // The same record again (a client resending after a failed delivery) changes nothing.
      await service.recordConsents(session.token, [withdrawn]);
      expect(sortById(await service.getConsents(session.token))).toEqual([granted, withdrawn]);

      const v2 = record('ho-so', 'granted', '2026-11-30T08:00:00+07:00', 2);
      await service.recordConsents(session.token, [v2]);
      expect(sortById(await service.getConsents(session.token))).toEqual([v2, withdrawn]);
    });

    it('keeps consent records across sessions of the same citizen', async () => {
      const { service, validZaloToken } = await make();
      const granted = record('ho-so', 'granted', '2026-11-29T09:00:00+07:00');
      const first = await service.signIn({ zaloAccessToken: validZaloToken, consents: [granted] });
      await service.signOut(first.token);
      const second = await service.signIn({ zaloAccessToken: validZaloToken, consents: [] });
      expect(await service.getConsents(second.token)).toEqual([granted]);
    });

    it('needs a live session to record consents', async () => {
      const { service } = await make();
      const granted = record('ho-so', 'granted', '2026-11-29T09:00:00+07:00');
      await expectAuthError(service.recordConsents('made-up', [granted]), 'session_expired');
    });
  });
}
