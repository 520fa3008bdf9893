// AuthService over HTTP, as published in openapi/auth.yaml. The session token travels only in
// the Authorization header and one-time tokens only in JSON bodies: URLs end up in logs,
// proxies and browser history. Errors come back as AuthErrors with the catalogue's text; a
// server's own message is never shown or kept (it might echo what it was sent).
import { errorBodyOf, requestJson } from '@govmini/platform/http';
import { vi } from '../messages/vi';
import { latestRecords } from './consent';
import { authError } from './errors';
import { pick, toRecords, toSession } from './shape';
import type { AuthErrorCode, AuthService } from './types';

export interface HttpAuthServiceOptions {
  /** e.g. `https://dichvucong.tinhmau.gov.vn/api`; paths like `/auth/sign-in` are appended. */
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  /** Per request (default 10 s); on a cheap phone over 3G a hang must end. */
  timeoutMs?: number;
}

export function createHttpAuthService(options: HttpAuthServiceOptions): AuthService {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;

  const request = async (
    path: string,
    session?: string,
    body?: unknown,
    method: 'GET' | 'POST' = 'POST',
  ): Promise<unknown> => {
    const outcome = await requestJson({
      method,
      url: `${base}/auth/${path}`,
      bearer: session,
      body,
      fetch: options.fetch,
      timeoutMs,
    });
    if (outcome.kind === 'aborted') throw outcome.reason;
    // Network failure or our timeout: the citizen's fix is the same (connection, retry).
    if (outcome.kind !== 'answer') throw authError('offline', { cause: outcome.cause });
    const { status } = outcome;
    if (outcome.ok) return outcome.body;
    // The body's code when it is one of ours (the catalogue's keys are exactly the
    // AuthErrorCodes), else by status.
    const { code } = errorBodyOf(outcome.body);
    throw authError(
      typeof code === 'string' && Object.hasOwn(vi, code)
        ? (code as AuthErrorCode)
        : status === 401
          ? session === undefined
            ? 'invalid_token'
            : 'session_expired'
          : status >= 500
            ? 'server'
            : 'unknown',
      { status },
    );
  };

  return {
    async signIn({ zaloAccessToken, consents }) {
      return toSession(await request('sign-in', undefined, { zaloAccessToken, consents }));
    },
    async refresh(session) {
      return toSession(await request('refresh', session));
    },
    async signOut(session) {
      await request('sign-out', session);
    },
    async exchangePhoneToken(session, token) {
      return pick(await request('phone', session, { token }), { phone: 'string' });
    },
    async exchangeLocationToken(session, token) {
      return pick(await request('location', session, { token }), {
        latitude: 'number',
        longitude: 'number',
      });
    },
    async recordConsents(session, consents) {
      await request('consents', session, { consents });
    },
    async getConsents(session) {
      const answer = await request('consents', session, undefined, 'GET');
      return latestRecords(toRecords((answer as { consents?: unknown } | undefined)?.consents));
    },
  };
}
