// openapi/feedback.yaml served over Hono, for ANY FeedbackService: the memory one in tests and
// the sample app, a province's database-backed one in apps/server. A thin adapter: it reads
// the session from `Authorization: Bearer`, checks request shapes, limits body sizes, and
// writes only the contract's properties back — a public report can never carry the
// reporter's id, phone or session, whatever the implementation returns. Errors carry a code,
// the catalogue's text and, for invalid reports, the issues; nothing is cached. Node or any
// Fetch-API runtime; mirrors @govmini/dossier's createDossierHttpApp.
import { bearerToken, createJsonApp, readJsonObject } from '@govmini/auth/server';
import type { Context, Hono } from 'hono';
import { badRequest, FEEDBACK_ERROR_STATUS, feedbackError } from '../core/errors';
import { feedbackErrorMessages } from '../core/messages';
import {
  FeedbackError,
  type FeedbackErrorCode,
  type FeedbackService,
  type NewReport,
  type PublicQuery,
} from '../core/types';
import { IDEMPOTENCY_HEADER, wire } from '../core/wire';

export interface FeedbackHttpAppOptions {
  /** Largest JSON body, bytes. Default 64 KiB (a 4,000-character description is under 16 KiB). */
  maxJsonBytes?: number;
  /** Largest photo body, bytes. Default 10 MiB (the service may apply a lower limit). */
  maxUploadBytes?: number;
  /**
   * Told about every error answer, for metrics or logs. Gets only the route pattern, status
   * and code, never the request or the error, so nothing personal can reach a log through it.
   */
  onError?: (info: { path: string; status: number; code: FeedbackErrorCode }) => void;
}

/** Request headers a host's CORS preflight must allow for the mini app (besides content-type). */
export const FEEDBACK_REQUEST_HEADERS = [
  'authorization',
  'content-type',
  IDEMPOTENCY_HEADER,
] as const;

/** A value the contract reader accepted, else the implementation broke the contract (500). */
const out = <T>(value: T | undefined): T => {
  if (value === undefined) throw feedbackError('server', { status: 500 });
  return value;
};

const isString = (value: unknown): value is string => typeof value === 'string';

export function createFeedbackHttpApp(
  service: FeedbackService,
  options: FeedbackHttpAppOptions = {},
): Hono {
  // Reports hold personal data: never cached or sniffed (createJsonApp).
  const app = createJsonApp<FeedbackErrorCode>({
    describeError(error) {
      // Anything that is not a FeedbackError is our fault; its text is never sent or logged here.
      const known =
        error instanceof FeedbackError ? error : feedbackError('server', { status: 500 });
      return {
        code: known.code,
        status: known.status ?? FEEDBACK_ERROR_STATUS[known.code],
        message: feedbackErrorMessages.vi[known.code],
        ...(known.code === 'invalid_report' ? { issues: wire.issues(known.issues) ?? [] } : {}),
      };
    },
    notFound: () => feedbackError('not_found'),
    tooLarge: () => feedbackError('too_large'),
    maxJsonBytes: options.maxJsonBytes ?? 64 * 1024,
    // Headroom over the largest photo: the service says which limit applies, precisely.
    // endsWith: the app may be mounted under a prefix (`app.route('/api/phan-anh', …)`).
    upload: {
      maxBytes: (options.maxUploadBytes ?? 10 * 1024 * 1024) + 1024,
      matches: (c) => c.req.method === 'POST' && c.req.path.endsWith('/photos'),
    },
    onError: options.onError,
  });

  // ── Public ──
  app.get('/categories', async (c) =>
    c.json({ categories: out(wire.categories(await service.listCategories())) }),
  );
  app.post('/duplicates', async (c) => {
    const { categoryId, location, description, radius } = await jsonBody(c);
    const place = wire.location(location);
    if (
      !isString(categoryId) ||
      !isString(description) ||
      !place ||
      (radius !== undefined && !(typeof radius === 'number' && Number.isFinite(radius)))
    ) {
      throw badRequest();
    }
    const found = await service.findDuplicates({
      categoryId,
      location: place,
      description,
      ...(radius === undefined ? {} : { radius: radius as number }),
    });
    return c.json({ reports: out(wire.publicReports(found)) });
  });
  app.post('/public/search', async (c) => {
    const body = await jsonBody(c);
    const query: Record<string, unknown> = {};
    for (const key of ['categoryId', 'communeCode', 'from', 'to', 'text', 'cursor'] as const) {
      if (body[key] === undefined) continue;
      if (!isString(body[key])) throw badRequest();
      query[key] = body[key];
    }
    if (body.limit !== undefined) {
      if (!Number.isSafeInteger(body.limit)) throw badRequest();
      query.limit = body.limit;
    }
    return c.json(out(wire.page(await service.listPublic(query as PublicQuery))));
  });
  app.get('/public/reports/:reportId', async (c) =>
    c.json(out(wire.publicReport(await service.getPublic(c.req.param('reportId'))))),
  );

  // ── The citizen's own ──
  app.post('/locations', async (c) => {
    const session = bearer(c);
    const { token } = await jsonBody(c);
    if (!isString(token) || token === '') throw badRequest();
    return c.json(out(wire.deviceLocation(await service.resolveLocation(session, token))));
  });
  app.post('/photos', async (c) => {
    const session = bearer(c);
    const type = c.req.header('content-type') ?? 'application/octet-stream';
    const file = new Blob([await c.req.arrayBuffer()], { type });
    const photo = await service.uploadPhoto(session, file, { name: '', type });
    return c.json(out(wire.photo(photo)), 201);
  });
  app.post('/reports', async (c) => {
    const session = bearer(c);
    const idempotencyKey = c.req.header(IDEMPOTENCY_HEADER) ?? '';
    const body = await jsonBody(c);
    const { categoryId, description, photoIds, location, showName, publish, notify } = body;
    if (
      !idempotencyKey ||
      typeof showName !== 'boolean' ||
      typeof publish !== 'boolean' ||
      typeof notify !== 'boolean'
    ) {
      throw badRequest();
    }
    // The citizen's parts pass as they came: the service answers their problems as issues.
    const report = await service.submit(session, {
      categoryId,
      description,
      photoIds,
      location,
      showName,
      publish,
      notify,
      idempotencyKey,
    } as NewReport);
    return c.json(out(wire.myReport(report)));
  });
  app.get('/reports', async (c) =>
    c.json({ reports: out(wire.myReports(await service.listMine(bearer(c)))) }),
  );
  app.get('/reports/:reportId', async (c) =>
    c.json(out(wire.myReport(await service.getMine(bearer(c), c.req.param('reportId'))))),
  );
  app.post('/reports/:reportId/support', async (c) =>
    c.json(out(wire.myReport(await service.support(bearer(c), c.req.param('reportId'))))),
  );
  app.post('/reports/:reportId/rating', async (c) => {
    const session = bearer(c);
    const { level, comment } = await jsonBody(c);
    if (!isString(level) || (comment !== undefined && !isString(comment))) throw badRequest();
    const report = await service.rate(session, c.req.param('reportId'), {
      level: level as never,
      ...(comment === undefined ? {} : { comment }),
    });
    return c.json(out(wire.myReport(report)));
  });
  app.post('/reports/:reportId/resolved', async (c) => {
    const session = bearer(c);
    const { resolved, comment } = await jsonBody(c);
    if (typeof resolved !== 'boolean' || (comment !== undefined && !isString(comment))) {
      throw badRequest();
    }
    const report = await service.confirmResolved(session, c.req.param('reportId'), {
      resolved,
      ...(comment === undefined ? {} : { comment }),
    });
    return c.json(out(wire.myReport(report)));
  });

  return app;
}

const bearer = (c: Context) => bearerToken(c, () => feedbackError('unauthenticated'));
const jsonBody = (c: Context) => readJsonObject(c, badRequest);
