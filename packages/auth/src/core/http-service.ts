// AuthService over HTTP, as published in openapi/auth.yaml. The session token travels only in
// the Authorization header and one-time tokens only in JSON bodies: URLs end up in logs,
// proxies and browser history. Errors come back as AuthErrors with the catalogue's text; a
// server's own message is never shown or kept (it might echo what it was sent).

import { vi } from '../messages/vi';
import { latestRecords } from './consent';
import { authError } from './errors';
import type {
  AppSession,
  AuthErrorCode,
  AuthService,
  CitizenProfile,
  ConsentRecord,
} from './types';

export interface HttpAuthServiceOptions {
  /** e.g. `https://dichvucong.tinhmau.gov.vn/api`; paths like `/auth/sign-in` are appended. */
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  /** Per request (default 10 s); on a cheap phone over 3G a hang must end. */
  timeoutMs?: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function toProfile(value: unknown): CitizenProfile | undefined {
  if (!isObject(value) || typeof value.zaloId !== 'string' || typeof value.name !== 'string') {
    return undefined;
  }
  return {
    zaloId: value.zaloId,
    name: value.name,
    ...(typeof value.avatarUrl === 'string' ? { avatarUrl: value.avatarUrl } : {}),
    ...(typeof value.phone === 'string' ? { phone: value.phone } : {}),
  };
}

function toSession(value: unknown): AppSession {
  const profile = isObject(value) ? toProfile(value.profile) : undefined;
  if (
    !isObject(value) ||
    typeof value.token !== 'string' ||
    typeof value.expiresAt !== 'number' ||
    !profile
  ) {
    throw authError('server');
  }
  return { token: value.token, expiresAt: value.expiresAt, profile };
}

/** Maps an error response: the body's code when it is one of ours, else by status. */
function fromResponse(status: number, body: unknown, bearer: boolean) {
  const code = isObject(body) && isObject(body.error) ? body.error.code : undefined;
  // The catalogue's keys are exactly the AuthErrorCodes.
  if (typeof code === 'string' && Object.hasOwn(vi, code)) {
    return authError(code as AuthErrorCode, { status });
  }
  if (status === 401) return authError(bearer ? 'session_expired' : 'invalid_token', { status });
  if (status >= 500) return authError('server', { status });
  return authError('unknown', { status });
}

export function createHttpAuthService(options: HttpAuthServiceOptions): AuthService {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 10_000;

  const request = async (
    method: 'GET' | 'POST',
    path: string,
    { session, body }: { session?: string; body?: unknown } = {},
  ): Promise<unknown> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (session !== undefined) headers.authorization = `Bearer ${session}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        credentials: 'omit',
        signal: controller.signal,
      });
    } catch (error) {
      // Network failure or our timeout: the citizen's fix is the same (connection, retry).
      throw authError('offline', { cause: error });
    } finally {
      clearTimeout(timer);
    }
    const text = await response.text().catch(() => '');
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!response.ok) throw fromResponse(response.status, parsed, session !== undefined);
    return parsed;
  };

  const records = (value: unknown): ConsentRecord[] => {
    const list = isObject(value) ? value.consents : undefined;
    if (!Array.isArray(list)) throw authError('server');
    return list as ConsentRecord[];
  };

  return {
    async signIn({ zaloAccessToken, consents }) {
      return toSession(
        await request('POST', '/auth/sign-in', { body: { zaloAccessToken, consents } }),
      );
    },
    async refresh(session) {
      return toSession(await request('POST', '/auth/refresh', { session }));
    },
    async signOut(session) {
      await request('POST', '/auth/sign-out', { session });
    },
    async exchangePhoneToken(session, token) {
      const result = await request('POST', '/auth/phone', { session, body: { token } });
      if (!isObject(result) || typeof result.phone !== 'string') throw authError('server');
      return { phone: result.phone };
    },
    async exchangeLocationToken(session, token) {
      const result = await request('POST', '/auth/location', { session, body: { token } });
      if (
        !isObject(result) ||
        typeof result.latitude !== 'number' ||
        typeof result.longitude !== 'number'
      ) {
        throw authError('server');
      }
      return { latitude: result.latitude, longitude: result.longitude };
    },
    async recordConsents(session, consents) {
      await request('POST', '/auth/consents', { session, body: { consents } });
    },
    async getConsents(session) {
      return latestRecords(records(await request('GET', '/auth/consents', { session })));
    },
  };
}
