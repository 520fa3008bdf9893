// The staff side of the server: the staff API under /staff/api (sign-in, dossier and report
// inboxes, status changes, answers, ratings) and the console (console/, built into
// dist/console) at /staff. http/app.ts calls mountStaff after the citizen routes.
import { fileURLToPath } from 'node:url';
import { DossierError } from '@govmini/dossier/core';
import { FeedbackError } from '@govmini/feedback/core';
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ServerContext } from '../context.ts';
import { mountAuthRoutes, STAFF_API, type StaffEnv } from './auth-routes.ts';
import { consoleFiles, securityHeaders } from './console-files.ts';
import { mountDossierRoutes } from './dossier-routes.ts';
import { errorBody, STAFF_ERROR_STATUS, StaffError, staffError } from './errors.ts';
import { mountPaymentRoutes } from './payment-routes.ts';
import { createStaffQueries } from './queries.ts';
import { createLoginLimiter, DEFAULT_LOGIN_LIMITS, type LoginLimits } from './rate-limit.ts';
import { mountRatingRoutes } from './rating-routes.ts';
import { mountReportRoutes } from './report-routes.ts';
import { staffKeys } from './security.ts';
import type { StaffIssue } from './transition-input.ts';

export interface StaffOptions {
  readonly loginLimits?: LoginLimits;
  /** The built console; default apps/server/dist/console. */
  readonly consoleDir?: string;
}

const JSON_LIMIT = 64 * 1024;

/** Any failure as the staff API's error; what is not ours is logged (masked) and is a 500. */
function toStaffError(error: unknown, context: ServerContext): StaffError {
  if (error instanceof StaffError) return error;
  const code = (error as { code?: string }).code;
  if (error instanceof DossierError || error instanceof FeedbackError) {
    if (code === 'invalid_answers' || code === 'invalid_report') {
      const issues = (error.issues as readonly { path: unknown; code: string }[]).map(
        (i): StaffIssue => ({
          path: String(i.path),
          code: i.code === 'required' || i.code === 'too_long' ? i.code : 'invalid',
        }),
      );
      return staffError('invalid_request', { issues });
    }
    if (code === 'conflict') return staffError('not_allowed');
    if (code && code in STAFF_ERROR_STATUS && code !== 'unknown') {
      return staffError(code as keyof typeof STAFF_ERROR_STATUS);
    }
    if (code === 'unknown') return staffError('unknown');
  }
  if (error instanceof RangeError) return staffError('invalid_request');
  context.log.error('staff.error', { error });
  return staffError('server', { cause: error });
}

export function mountStaff(app: Hono, context: ServerContext, options: StaffOptions = {}): void {
  const keys = staffKeys(context.config.sessionKeys);
  const limiter = createLoginLimiter(context.now, options.loginLimits ?? DEFAULT_LOGIN_LIMITS);
  const queries = createStaffQueries({
    db: context.db,
    procedures: context.procedures,
    categories: () => context.feedback.listCategories(),
  });
  const clientIp = (c: Context) => {
    if (context.config.trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };

  const api = new Hono<StaffEnv>();
  api.use('*', async (c, next) => {
    await next();
    // Personal data: never cached, never sniffed, never framed.
    c.res.headers.set('cache-control', 'no-store');
    c.res.headers.set('x-content-type-options', 'nosniff');
    c.res.headers.set('x-frame-options', 'DENY');
  });
  const tooLarge = (c: Context) => {
    const error = staffError('too_large');
    return c.json(errorBody(error), 413);
  };
  const jsonLimit = bodyLimit({ maxSize: JSON_LIMIT, onError: tooLarge });
  const photoLimit = bodyLimit({ maxSize: context.config.limits.photoBytes, onError: tooLarge });
  api.use('*', (c, next) =>
    (c.req.path === `${STAFF_API}/photos` ? photoLimit : jsonLimit)(c, next),
  );
  api.onError((error, c) => {
    const known = toStaffError(error, context);
    if (known.retryAfter) c.header('retry-after', String(known.retryAfter));
    return c.json(errorBody(known), STAFF_ERROR_STATUS[known.code] as 400);
  });

  mountAuthRoutes(api, { context, keys, limiter, clientIp });
  mountDossierRoutes(api, { context, queries });
  mountPaymentRoutes(api, { context });
  mountReportRoutes(api, { context, queries });
  mountRatingRoutes(api, { queries });
  api.all('*', () => {
    throw staffError('not_found');
  });
  app.route(STAFF_API, api);

  const files = consoleFiles(
    options.consoleDir ?? fileURLToPath(new URL('../../dist/console', import.meta.url)),
  );
  app.get('/staff', (c) => {
    securityHeaders(c);
    return c.redirect('/staff/', 308);
  });
  app.get('/staff/*', files);
}
