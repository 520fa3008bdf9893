// Staff sign-in, sign-out and the session check, and the guard every other staff route sits
// behind: a staff session cookie we signed, a live session for an enabled staff account, and
// for writes our own origin and the CSRF token. See security.ts for why each is there.
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { ServerContext } from '../context.ts';
import type { StaffAccount } from '../services/auth/staff.ts';
import { staffError } from './errors.ts';
import type { LoginLimiter } from './rate-limit.ts';
import {
  CSRF_HEADER,
  clearSessionCookie,
  csrfTokenFor,
  csrfTokenValid,
  isHttps,
  readCookieValue,
  sameOrigin,
  sessionCookieOf,
  setSessionCookie,
  signCookieValue,
} from './security.ts';
import type { SessionInfo } from './wire.ts';

export const STAFF_API = '/staff/api';

export type StaffEnv = { Variables: { staff: StaffAccount; sessionToken: string } };

const STAFF_ROLES: ReadonlySet<string> = new Set(['officer', 'admin']);
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface AuthDeps {
  readonly context: ServerContext;
  readonly keys: readonly Buffer[];
  readonly limiter: LoginLimiter;
  readonly clientIp: (c: Context) => string;
}

/** JSON object body, or a 400 (a form post or garbage is not a console request). */
export async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
    throw staffError('unknown');
  }
  const body = await c.req.json().catch(() => undefined);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw staffError('unknown');
  return body as Record<string, unknown>;
}

export function mountAuthRoutes(api: Hono<StaffEnv>, deps: AuthDeps) {
  const { context, keys, limiter } = deps;
  const secure = (c: Context) => isHttps(c, context.config.trustProxy, context.config.publicUrl);

  const sessionInfo = (staff: StaffAccount, token: string): SessionInfo => ({
    staff: { username: staff.username, displayName: staff.displayName },
    csrfToken: csrfTokenFor(keys, token),
  });

  api.post('/login', async (c) => {
    if (!sameOrigin(c, context.config.publicUrl)) throw staffError('forbidden');
    const body = await jsonBody(c);
    const username = typeof body.username === 'string' ? body.username.slice(0, 200) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 1000) : '';
    const ip = deps.clientIp(c);
    const wait = limiter.blockedFor(ip, username);
    if (wait > 0) {
      c.header('retry-after', String(wait));
      throw staffError('rate_limited', { retryAfter: wait });
    }
    const staff =
      username && password ? await context.staffAccounts.verify(username, password) : undefined;
    if (!staff || !STAFF_ROLES.has(staff.role)) {
      limiter.failed(ip, username);
      context.log.warn('staff.login_failed', { ip });
      throw staffError('invalid_credentials');
    }
    limiter.succeeded(ip, username);
    const { token, expiresAt } = await context.staffSessions.issue(staff.id);
    setSessionCookie(c, signCookieValue(keys, token), {
      secure: secure(c),
      maxAgeSeconds: (expiresAt - context.now()) / 1000,
    });
    context.log.info('staff.login', { staff: staff.id });
    return c.json(sessionInfo(staff, token));
  });

  /** Every route below needs a staff session; writes also our origin and the CSRF token. */
  const guard: MiddlewareHandler<StaffEnv> = async (c, next) => {
    const token = readCookieValue(keys, sessionCookieOf(c));
    const staff = token ? await context.staffSessions.verify(token) : undefined;
    if (!token || !staff || !STAFF_ROLES.has(staff.role)) {
      // A dead or forged cookie is removed, so the browser stops sending it.
      if (sessionCookieOf(c) !== undefined) clearSessionCookie(c, secure(c));
      throw staffError('unauthenticated');
    }
    if (WRITE.has(c.req.method)) {
      if (!sameOrigin(c, context.config.publicUrl)) throw staffError('forbidden');
      if (!csrfTokenValid(keys, token, c.req.header(CSRF_HEADER))) throw staffError('forbidden');
    }
    c.set('staff', staff);
    c.set('sessionToken', token);
    await next();
  };
  api.use('*', async (c, next) => (c.req.path === `${STAFF_API}/login` ? next() : guard(c, next)));

  api.get('/session', (c) => c.json(sessionInfo(c.get('staff'), c.get('sessionToken'))));

  api.post('/logout', async (c) => {
    await context.staffSessions.revoke(c.get('sessionToken'));
    clearSessionCookie(c, secure(c));
    context.log.info('staff.logout', { staff: c.get('staff').id });
    return c.body(null, 204);
  });
}
