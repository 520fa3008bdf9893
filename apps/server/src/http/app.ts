// The one HTTP app: the three published contracts, each served by its package's own Hono app
// (so request checks, limits and error bodies are exactly the contract's), behind what a host
// adds — CORS for the mini app's origins, per-IP and per-citizen rate limits, an outer body
// limit, masked access logs, every request checked against the merged OpenAPI document (and
// the document served), /health, uploaded files — and the staff API and console (src/staff,
// mounted last).
//
//   /api/auth/*      @govmini/auth      (client baseUrl: <origin>/api)
//   /api/dossier/*   @govmini/dossier   (client baseUrl: <origin>/api/dossier)
//   /api/feedback/*  @govmini/feedback  (client baseUrl: <origin>/api/feedback)
//   /api/files/*     photos and attachments, for those allowed to see them
//   /api/openapi.yaml, /api/openapi.json, /health, /staff/*
import { createAuthHttpApp } from '@govmini/auth/server';
import { createDossierHttpApp, DOSSIER_REQUEST_HEADERS } from '@govmini/dossier/server';
import { createFeedbackHttpApp, FEEDBACK_REQUEST_HEADERS } from '@govmini/feedback/server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import YAML from 'yaml';
import type { ServerContext } from '../context.ts';
import type { Logger } from '../log.ts';
import { mountStaff } from '../staff/index.ts';
import { HOST_MESSAGES, hostError, rateLimited } from './errors.ts';
import { createFileRoutes } from './files.ts';
import { mergedOpenApi } from './openapi.ts';
import { createRateLimiter } from './rate-limit.ts';
import { createRequestValidator } from './validate.ts';

export interface AppOptions {
  /** Answers 503 to new requests once shutdown has begun (http/server.ts). */
  readonly draining?: () => boolean;
  /**
   * The merged OpenAPI document (http/openapi.ts), read once at start: every /api request that
   * matches one of its operations is validated against it (http/validate.ts).
   */
  readonly openapi: Record<string, unknown>;
}

const bearer = (c: Context) =>
  /^Bearer[ ]+([^\s]+)$/i.exec(c.req.header('authorization') ?? '')?.[1];

/** Writes that cost the server (filing, uploads, drafts, reports) count against a citizen. */
const CITIZEN_WRITE =
  /^\/api\/(dossier\/(dossiers|attachments|drafts)|feedback\/(reports|photos|locations))(\/|$)/;

/** Serves a contract's app under `prefix`, with the path it expects (`strip` removed). */
function delegate(app: Hono, strip: string) {
  return (c: Context) => {
    const url = new URL(c.req.url);
    url.pathname = url.pathname.slice(strip.length) || '/';
    const raw = c.req.raw;
    const init: RequestInit & { duplex?: 'half' } = {
      method: raw.method,
      headers: raw.headers,
      signal: raw.signal,
    };
    if (raw.body && raw.method !== 'GET' && raw.method !== 'HEAD') {
      init.body = raw.body;
      init.duplex = 'half';
    }
    return app.fetch(new Request(url, init), c.env);
  };
}

const CONTRACT_ERRORS = new Set(['AuthError', 'DossierError', 'FeedbackError', 'AbortError']);

/**
 * The service with its unexpected failures logged (class and code only, masked): the contracts'
 * apps answer them as a plain 500 and, rightly, say nothing more.
 */
function logged<T extends object>(service: T, contract: string, log: Logger): T {
  const out: Record<string, unknown> = {};
  for (const [method, fn] of Object.entries(service)) {
    if (typeof fn !== 'function') continue;
    out[method] = async (...args: unknown[]) => {
      try {
        return await fn.apply(service, args);
      } catch (error) {
        if (!CONTRACT_ERRORS.has((error as { name?: string })?.name ?? '')) {
          log.error('service.failed', { contract, method, error });
        }
        throw error;
      }
    };
  }
  return out as T;
}

export function createApp(context: ServerContext, options: AppOptions): Hono {
  const { config, log } = context;
  const app = new Hono();

  const clientIp = (c: Context): string => {
    if (config.trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };

  // ── Access log, request ids, shutdown ──
  app.use('*', async (c, next) => {
    if (options.draining?.()) {
      c.header('connection', 'close');
      return hostError(c, 503, 'server', HOST_MESSAGES.unavailable);
    }
    const started = performance.now();
    const id = globalThis.crypto.randomUUID();
    await next();
    c.res.headers.set('x-request-id', id);
    // The path only (dossier codes and report ids are not personal data); never the query,
    // the headers or a body. The logger masks anything that looks like a phone or an ID.
    log.info('http.request', {
      id,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });

  app.get('/health', async (c) => {
    const started = performance.now();
    try {
      await context.db.selectFrom('procedures').select('id').limit(1).execute();
      return c.json({
        status: 'ok',
        database: config.databaseUrl ? 'postgres' : 'sqlite',
        databaseMs: Math.round((performance.now() - started) * 10) / 10,
      });
    } catch (error) {
      log.error('health.database', { error });
      return c.json({ status: 'unavailable', database: 'unreachable' }, 503);
    }
  });

  // ── /api: CORS, limits ──
  const allowed = new Set(config.corsOrigins);
  app.use(
    '/api/*',
    cors({
      origin: (origin) => (allowed.has(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowHeaders: [...new Set([...DOSSIER_REQUEST_HEADERS, ...FEEDBACK_REQUEST_HEADERS])],
      exposeHeaders: ['retry-after', 'x-request-id'],
      maxAge: 600,
      credentials: false,
    }),
  );
  const byIp = createRateLimiter({ ...config.rateLimits.ip });
  const byCitizen = createRateLimiter({ ...config.rateLimits.citizenWrites });
  app.use('/api/*', async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const ip = byIp.take(clientIp(c));
    if (!ip.ok) {
      log.warn('http.rate_limited', { scope: 'ip', path: c.req.path });
      return rateLimited(c, ip.retryAfterMs);
    }
    if (c.req.method !== 'GET' && CITIZEN_WRITE.test(c.req.path)) {
      const token = bearer(c);
      // The session's subject, checked but not looked up: a forged token has no subject and
      // gets its 401 from the contract's app.
      const sub = token
        ? await context.sessions.verify(token).then(
            (s) => s.sub,
            () => undefined,
          )
        : undefined;
      if (sub) {
        const mine = byCitizen.take(sub);
        if (!mine.ok) {
          log.warn('http.rate_limited', { scope: 'citizen', path: c.req.path });
          return rateLimited(c, mine.retryAfterMs);
        }
      }
    }
    return next();
  });
  // The contracts' own apps limit each body precisely; this stops anything larger early.
  const outer = Math.max(config.limits.attachmentBytes, config.limits.photoBytes) + 64 * 1024;
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: outer,
      onError: (c) => hostError(c, 413, 'too_large', HOST_MESSAGES.too_large),
    }),
  );

  // ── The published contract, enforced: parameters and JSON bodies, before any route ──
  app.use(
    '/api/*',
    createRequestValidator(options.openapi, ({ route, contract }) =>
      log.info('api.error', { contract, route, status: 400, code: 'unknown' }),
    ),
  );

  // ── The contracts ──
  const onError = (contract: string) => (info: { path: string; status: number; code: string }) => {
    const level = info.status >= 500 ? 'error' : 'info';
    log[level]('api.error', { contract, route: info.path, status: info.status, code: info.code });
  };
  const auth = createAuthHttpApp(logged(context.auth, 'auth', log), { onError: onError('auth') });
  const dossier = createDossierHttpApp(logged(context.dossier, 'dossier', log), {
    maxJsonBytes: config.limits.jsonBytes,
    maxUploadBytes: config.limits.attachmentBytes,
    onError: onError('dossier'),
  });
  const feedback = createFeedbackHttpApp(logged(context.feedback, 'feedback', log), {
    maxUploadBytes: config.limits.photoBytes,
    onError: onError('feedback'),
  });
  // Dossier and feedback are mounted as sub-apps (their middleware stays under their prefix);
  // auth's routes are `/auth/*` with middleware on `*`, so it is called as an app of its own
  // with `/api` taken off the path — sign-ins are rare, the extra Request costs nothing.
  app.route('/api/dossier', dossier);
  app.route('/api/feedback', feedback);
  app.all('/api/auth/*', delegate(auth, '/api'));
  app.route('/api/files', createFileRoutes(context));

  // ── The merged contract ──
  let openapi: Promise<Record<string, unknown>> | undefined;
  // Without a configured public URL the server is named relatively: where the document is.
  const document = () => (openapi ??= mergedOpenApi(config.publicUrl?.replace(/\/+$/, '') ?? '/'));
  app.get('/api/openapi.json', async (c) => c.json(await document()));
  app.get('/api/openapi.yaml', async (c) => {
    c.header('content-type', 'application/yaml; charset=utf-8');
    return c.body(YAML.stringify(await document()));
  });

  mountStaff(app, context);

  app.notFound((c) => hostError(c, 404, 'not_found', HOST_MESSAGES.not_found));
  app.onError((error, c) => {
    log.error('http.unhandled', { error, path: c.req.path });
    return hostError(c, 500, 'server', HOST_MESSAGES.server);
  });
  return app;
}
