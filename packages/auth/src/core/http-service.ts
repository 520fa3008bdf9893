// AuthService over HTTP, as published in openapi/auth.yaml. The session token travels only in
// the Authorization header and one-time tokens only in JSON bodies: URLs end up in logs,
// proxies and browser history. Errors come back as AuthErrors with the catalogue's text; a
// server's own message is never shown or kept (it might echo what it was sent).

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
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 10_000;

  const request = async (
    path: string,
    session?: string,
    body?: unknown,
    method = 'POST',
  ): Promise<unknown> => {
    const json = 'application/json';
    const headers: Record<string, string> = { accept: json };
    if (session !== undefined) headers.authorization = `Bearer ${session}`;
    if (body !== undefined) headers['content-type'] = json;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await doFetch(`${base}/auth/${path}`, {
        method,
        headers,
        // undefined without a body
        body: JSON.stringify(body),
        credentials: 'omit',
        signal: controller.signal,
      });
    } catch (error) {
      // Network failure or our timeout: the citizen's fix is the same (connection, retry).
      throw authError('offline', { cause: error });
    } finally {
      clearTimeout(timer);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await response.text());
    } catch {
      // Empty or not JSON: as if there were no body.
    }
    const { status } = response;
    if (response.ok) return parsed;
    // The body's code when it is one of ours (the catalogue's keys are exactly the
    // AuthErrorCodes), else by status.
    const code = (parsed as { error?: { code?: unknown } } | null | undefined)?.error?.code;
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
