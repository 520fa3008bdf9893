// The staff session cookie and CSRF protection.
//
// - The cookie holds the staff session token (random, stored hashed by context.staffSessions,
//   revocable) plus an HMAC of it with a key derived from the server's SESSION_KEYS, so a
//   forged or tampered cookie is refused before the database is asked. httpOnly, SameSite=
//   Strict, Path=/staff, Secure when the console is reached over https, Max-Age = the
//   session's own expiry.
// - CSRF: every state-changing request must come from our own origin (Origin, else Referer)
//   AND carry `x-csrf-token`, an HMAC of the session token the console got from /session or
//   /login (a cross-site page can neither read it nor set the header without CORS, which
//   /staff never grants). The login itself needs the same-origin check and a JSON body.
// Citizen sessions (Authorization: Bearer …) are never read by any staff route.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SessionKey } from '@govmini/auth/server';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'gm_staff_session';
export const COOKIE_PATH = '/staff';
export const CSRF_HEADER = 'x-csrf-token';

const encoder = new TextEncoder();

/** One derived key per SESSION_KEYS entry: the first signs, all verify (rotation). */
export function staffKeys(keys: readonly SessionKey[]): Buffer[] {
  if (keys.length === 0) throw new TypeError('mountStaff: SESSION_KEYS has no key');
  return keys.map((key) =>
    createHmac('sha256', typeof key.secret === 'string' ? encoder.encode(key.secret) : key.secret)
      .update('govmini staff console v1')
      .digest(),
  );
}

const mac = (key: Buffer, purpose: string, token: string) =>
  createHmac('sha256', key).update(`${purpose}\n${token}`).digest('base64url');

function sameMac(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const anyKeyMatches = (keys: readonly Buffer[], purpose: string, token: string, given: string) =>
  keys.some((key) => sameMac(given, mac(key, purpose, token)));

export function signCookieValue(keys: readonly Buffer[], token: string): string {
  return `${token}.${mac(keys[0] as Buffer, 'cookie', token)}`;
}

/** The session token inside a cookie value, or undefined when it is not one we signed. */
export function readCookieValue(keys: readonly Buffer[], value: string | undefined) {
  if (!value || value.length > 400) return undefined;
  const dot = value.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const token = value.slice(0, dot);
  return anyKeyMatches(keys, 'cookie', token, value.slice(dot + 1)) ? token : undefined;
}

export const csrfTokenFor = (keys: readonly Buffer[], token: string) =>
  mac(keys[0] as Buffer, 'csrf', token);

export const csrfTokenValid = (keys: readonly Buffer[], token: string, given: string | undefined) =>
  typeof given === 'string' && given.length < 200 && anyKeyMatches(keys, 'csrf', token, given);

/** The console is reached over https: directly, behind a trusted proxy, or by configuration. */
export function isHttps(c: Context, trustProxy: boolean, publicUrl: string | undefined): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  if (trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https') {
    return true;
  }
  return publicUrl?.startsWith('https:') ?? false;
}

export function setSessionCookie(
  c: Context,
  value: string,
  options: { secure: boolean; maxAgeSeconds: number },
) {
  setCookie(c, SESSION_COOKIE, value, {
    path: COOKIE_PATH,
    httpOnly: true,
    secure: options.secure,
    sameSite: 'Strict',
    maxAge: Math.max(0, Math.floor(options.maxAgeSeconds)),
  });
}

export function clearSessionCookie(c: Context, secure: boolean) {
  deleteCookie(c, SESSION_COOKIE, {
    path: COOKIE_PATH,
    secure,
    httpOnly: true,
    sameSite: 'Strict',
  });
}

export const sessionCookieOf = (c: Context) => getCookie(c, SESSION_COOKIE);

/**
 * The request comes from a page of this server: its Origin (or, without one, its Referer)
 * is this server's origin, or the configured public URL's. Browsers always send Origin on
 * cross-site POSTs, so a missing header on both means a non-browser client, which is fine:
 * the CSRF token and the SameSite cookie still apply.
 */
export function sameOrigin(c: Context, publicUrl: string | undefined): boolean {
  const own = new Set([new URL(c.req.url).origin]);
  if (publicUrl) own.add(new URL(publicUrl).origin);
  const host = c.req.header('host');
  if (host) {
    own.add(`http://${host}`);
    own.add(`https://${host}`);
  }
  const origin = c.req.header('origin');
  if (origin) return own.has(origin);
  const referer = c.req.header('referer');
  if (!referer) return true;
  try {
    return own.has(new URL(referer).origin);
  } catch {
    return false;
  }
}
