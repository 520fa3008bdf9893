// openapi/auth.yaml served over Hono: a thin adapter, so any AuthService (the memory one in
// tests, createServerAuthService in a province backend) speaks the published contract. The
// session token comes only in `Authorization: Bearer`; one-time tokens only in JSON bodies.
// Answers are never cached, and errors carry only a code and the catalogue's text.
import type { Context, Hono } from 'hono';
import { authError } from '../core/errors';
import { type AppSession, AuthError, type AuthErrorCode, type AuthService } from '../core/types';
import { authErrorMessages } from '../messages';
import { bearerToken, createJsonApp, readJsonObject } from './json-app';

export interface AuthHttpAppOptions {
  /** Largest JSON body accepted, in bytes. Default 64 KiB (consent lists are small). */
  maxBodyBytes?: number;
  /**
   * Told about every error answer, for metrics or logs. Gets only the route, status and code,
   * never the request or the error, so nothing personal can reach a log through it.
   */
  onError?: (info: { path: string; status: number; code: AuthErrorCode }) => void;
}

const DEFAULT_STATUS: Record<AuthErrorCode, number> = {
  zalo_refused: 400,
  consent_required: 403,
  invalid_token: 401,
  token_reused: 409,
  token_expired: 410,
  session_expired: 401,
  offline: 502,
  server: 502,
  unknown: 400,
};

const bad = () => authError('unknown', { status: 400 });

export function createAuthHttpApp(service: AuthService, options: AuthHttpAppOptions = {}): Hono {
  // Sessions, phone numbers and locations: never cached (createJsonApp).
  const app = createJsonApp<AuthErrorCode>({
    describeError(error) {
      // Anything that is not an AuthError is our fault; its text is never sent or logged here.
      const known = error instanceof AuthError ? error : authError('server', { status: 500 });
      return {
        code: known.code,
        status: known.status ?? DEFAULT_STATUS[known.code],
        message: authErrorMessages.vi[known.code],
      };
    },
    notFound: () => authError('unknown', { status: 404 }),
    tooLarge: () => authError('unknown', { status: 413 }),
    maxJsonBytes: options.maxBodyBytes ?? 64 * 1024,
    onError: options.onError,
  });

  app.post('/auth/sign-in', async (c) => {
    const body = await jsonBody(c);
    if (!Array.isArray(body.consents)) throw bad();
    const session = await service.signIn({
      zaloAccessToken: text(body.zaloAccessToken),
      consents: body.consents,
    });
    return c.json(sessionJson(session));
  });

  app.post('/auth/refresh', async (c) => c.json(sessionJson(await service.refresh(bearer(c)))));

  // Idempotent (openapi/auth.yaml): an absent or dead session is signed out already.
  app.post('/auth/sign-out', async (c) => {
    const token = bearerToken(c);
    if (token !== undefined) await service.signOut(token);
    return c.body(null, 204);
  });

  app.post('/auth/phone', async (c) => {
    const session = bearer(c);
    const body = await jsonBody(c);
    const { phone } = await service.exchangePhoneToken(session, text(body.token));
    return c.json({ phone });
  });

  app.post('/auth/location', async (c) => {
    const session = bearer(c);
    const body = await jsonBody(c);
    const { latitude, longitude } = await service.exchangeLocationToken(session, text(body.token));
    return c.json({ latitude, longitude });
  });

  app.get('/auth/consents', async (c) => {
    return c.json({ consents: await service.getConsents(bearer(c)) });
  });

  app.post('/auth/consents', async (c) => {
    const session = bearer(c);
    const body = await jsonBody(c);
    if (!Array.isArray(body.consents)) throw bad();
    await service.recordConsents(session, body.consents);
    return c.body(null, 204);
  });

  return app;
}

const bearer = (c: Context) => bearerToken(c, () => authError('session_expired', { status: 401 }));
const jsonBody = (c: Context) => readJsonObject(c, bad);

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

// Only the contract's fields leave the server, whatever else the service put in.
function sessionJson(session: AppSession) {
  const { zaloId, name, avatarUrl, phone } = session.profile;
  return {
    token: session.token,
    expiresAt: session.expiresAt,
    profile: {
      zaloId,
      name,
      ...(avatarUrl === undefined ? {} : { avatarUrl }),
      ...(phone === undefined ? {} : { phone }),
    },
  };
}
