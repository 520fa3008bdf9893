// openapi/dossier.yaml served over Hono, for ANY DossierService: the memory one in tests and
// the sample app, a province's database-backed one in apps/server. A thin adapter: it reads
// the session from `Authorization: Bearer`, checks request shapes, limits body sizes, and
// writes only the contract's properties back (a public lookup can never carry answers, an
// implementation's extra columns never leave). Errors carry a code, the catalogue's text and,
// for invalid answers, the issues; nothing is cached.
import { bearerToken, createJsonApp, readJsonObject } from '@govmini/auth/server';
import type { Context, Hono } from 'hono';
import { DOSSIER_ERROR_STATUS, dossierError } from '../core/service/errors';
import { dossierErrorMessages } from '../core/service/messages';
import { DossierError, type DossierErrorCode, type DossierService } from '../core/service/types';
import {
  FIELD_HEADER,
  fileNameFromDisposition,
  IDEMPOTENCY_HEADER,
  isObject,
  PROCEDURE_HEADER,
  wire,
} from '../core/service/wire';

export interface DossierHttpAppOptions {
  /** Largest JSON body, bytes. Default 512 KiB (answers hold file ids, not files). */
  maxJsonBytes?: number;
  /** Largest upload body, bytes. Default 10 MiB (the service applies each field's own limit). */
  maxUploadBytes?: number;
  /**
   * Told about every error answer, for metrics or logs. Gets only the route pattern, status
   * and code, never the request or the error, so nothing personal can reach a log through it.
   */
  onError?: (info: { path: string; status: number; code: DossierErrorCode }) => void;
}

/** Request headers a host's CORS preflight must allow for the mini app (besides content-type). */
export const DOSSIER_REQUEST_HEADERS = [
  'authorization',
  'content-type',
  'content-disposition',
  IDEMPOTENCY_HEADER,
  FIELD_HEADER,
  PROCEDURE_HEADER,
] as const;

const bad = () => dossierError('unknown', { status: 400 });

/** A value the contract reader accepted, else the implementation broke the contract (500). */
const out = <T>(value: T | undefined): T => {
  if (value === undefined) throw dossierError('server', { status: 500 });
  return value;
};

export function createDossierHttpApp(
  service: DossierService,
  options: DossierHttpAppOptions = {},
): Hono {
  // Dossiers and answers are personal data: never cached or sniffed (createJsonApp).
  const app = createJsonApp<DossierErrorCode>({
    describeError(error) {
      // Anything that is not a DossierError is our fault; its text is never sent or logged here.
      const known = error instanceof DossierError ? error : dossierError('server', { status: 500 });
      return {
        code: known.code,
        status: known.status ?? DOSSIER_ERROR_STATUS[known.code],
        message: dossierErrorMessages.vi[known.code],
        ...(known.code === 'invalid_answers' ? { issues: wire.issues(known.issues) ?? [] } : {}),
      };
    },
    notFound: () => dossierError('not_found'),
    tooLarge: () => dossierError('too_large'),
    maxJsonBytes: options.maxJsonBytes ?? 512 * 1024,
    // Headroom over the largest file: the service says which limit a field has, precisely.
    upload: {
      maxBytes: (options.maxUploadBytes ?? 10 * 1024 * 1024) + 1024,
      matches: (c) => c.req.path.endsWith('/attachments'),
    },
    onError: options.onError,
  });

  // ── Procedures (public) ──
  app.get('/procedures', async (c) => c.json({ procedures: await service.listProcedures() }));
  app.get('/procedures/:procedureId', async (c) =>
    c.json(await service.getProcedure(c.req.param('procedureId'))),
  );
  app.get('/procedures/:procedureId/fields/:fieldId/slots', async (c) => {
    const from = c.req.query('from') ?? '';
    const days = Number(c.req.query('days') ?? '');
    if (!/^\d{4}-\d\d-\d\d$/.test(from) || !Number.isSafeInteger(days)) throw bad();
    const slots = await service.getAppointmentSlots(
      c.req.param('procedureId'),
      c.req.param('fieldId'),
      { from, days },
    );
    return c.json({ slots: out(wire.slots(slots)) });
  });

  // ── Dossiers ──
  app.post('/dossiers', async (c) => {
    const session = bearer(c);
    const idempotencyKey = c.req.header(IDEMPOTENCY_HEADER) ?? '';
    const body = await jsonBody(c);
    const { procedureId, procedureVersion, answers, onBehalf, resultDelivery, declaredAt } = body;
    if (
      typeof procedureId !== 'string' ||
      !Number.isSafeInteger(procedureVersion) ||
      !isObject(answers) ||
      typeof resultDelivery !== 'string' ||
      typeof declaredAt !== 'string' ||
      (onBehalf !== undefined && !isObject(onBehalf)) ||
      !idempotencyKey
    ) {
      throw bad();
    }
    const dossier = await service.submit(session, {
      procedureId,
      procedureVersion: procedureVersion as number,
      answers: answers as never,
      ...(onBehalf === undefined ? {} : { onBehalf: onBehalf as never }),
      resultDelivery: resultDelivery as never,
      idempotencyKey,
      declaredAt,
    });
    return c.json(out(wire.dossier(dossier)));
  });
  app.get('/dossiers', async (c) =>
    c.json({ dossiers: out(wire.summaries(await service.listMine(bearer(c)))) }),
  );
  app.get('/dossiers/:code', async (c) =>
    c.json(out(wire.dossier(await service.get(bearer(c), c.req.param('code'))))),
  );
  app.post('/lookup', async (c) => {
    const { code } = await jsonBody(c);
    if (typeof code !== 'string') throw bad();
    return c.json(out(wire.publicStatus(await service.lookup(code))));
  });
  app.post('/dossiers/:code/supplement', async (c) => {
    const session = bearer(c);
    const idempotencyKey = c.req.header(IDEMPOTENCY_HEADER) ?? '';
    const { note, answers } = await jsonBody(c);
    if (
      !idempotencyKey ||
      (note !== undefined && typeof note !== 'string') ||
      (answers !== undefined && !isObject(answers))
    ) {
      throw bad();
    }
    const dossier = await service.supplement(session, c.req.param('code'), {
      idempotencyKey,
      ...(note === undefined ? {} : { note }),
      ...(answers === undefined ? {} : { answers: answers as never }),
    });
    return c.json(out(wire.dossier(dossier)));
  });
  app.post('/dossiers/:code/cancel', async (c) => {
    const session = bearer(c);
    const { reason } = await jsonBody(c);
    if (typeof reason !== 'string') throw bad();
    return c.json(out(wire.dossier(await service.cancel(session, c.req.param('code'), reason))));
  });
  app.post('/dossiers/:code/rating', async (c) => {
    const session = bearer(c);
    const { level, comment } = await jsonBody(c);
    if (typeof level !== 'string' || (comment !== undefined && typeof comment !== 'string')) {
      throw bad();
    }
    const dossier = await service.rate(session, c.req.param('code'), {
      level: level as never,
      ...(comment === undefined ? {} : { comment }),
    });
    return c.json(out(wire.dossier(dossier)));
  });

  // ── Payments (optional: a service without reportTransfer takes none) ──
  app.post('/dossiers/:code/payment/transfer', async (c) => {
    const session = bearer(c);
    if (!service.reportTransfer) throw dossierError('not_supported');
    const dossier = await service.reportTransfer(session, c.req.param('code'));
    return c.json(out(wire.dossier(dossier)));
  });

  // ── Attachments: the raw file as the body ──
  app.post('/attachments', async (c) => {
    const session = bearer(c);
    const fieldId = c.req.header(FIELD_HEADER);
    const procedureId = c.req.header(PROCEDURE_HEADER);
    if (!fieldId) throw bad();
    const type = c.req.header('content-type') ?? 'application/octet-stream';
    const file = new Blob([await c.req.arrayBuffer()], { type });
    const answer = await service.uploadAttachment(session, file, {
      fieldId,
      name: fileNameFromDisposition(c.req.header('content-disposition')) ?? '',
      type,
      ...(procedureId ? { procedureId } : {}),
    });
    return c.json(out(wire.file(answer)), 201);
  });

  // ── Drafts ──
  app.get('/drafts', async (c) =>
    c.json({ drafts: out(wire.drafts(await service.listDrafts(bearer(c)))) }),
  );
  app.put('/drafts/:draftId', async (c) => {
    const session = bearer(c);
    const draft = wire.draft(await jsonBody(c));
    if (!draft || draft.id !== c.req.param('draftId')) throw bad();
    return c.json(out(wire.draft(await service.saveDraft(session, draft))));
  });
  app.delete('/drafts/:draftId', async (c) => {
    await service.deleteDraft(bearer(c), c.req.param('draftId'));
    return c.body(null, 204);
  });

  return app;
}

const bearer = (c: Context) => bearerToken(c, () => dossierError('unauthenticated'));
const jsonBody = (c: Context) => readJsonObject(c, bad);
