// DossierService over HTTP, as published in openapi/dossier.yaml. The session token travels
// only in the Authorization header, the idempotency key in its own header, and nothing a
// citizen typed goes into a URL (the public lookup posts its code). Errors come back as
// DossierErrors with the catalogue's text; a server's own message is never shown or kept.
import {
  errorBodyOf,
  type HttpOutcome,
  requestJson,
  uploadWithProgress,
} from '@govmini/platform/http';
import { readProcedure } from '../definition/read';
import type { ProcedureDefinition } from '../definition/types';
import { dossierError } from './errors';
import { isDossierErrorCode } from './messages';
import type { DossierErrorCode, DossierService } from './types';
import {
  contentDisposition,
  FIELD_HEADER,
  IDEMPOTENCY_HEADER,
  isObject,
  PROCEDURE_HEADER,
  wire,
} from './wire';

export interface HttpDossierServiceOptions {
  /** e.g. `https://dichvucong.tinhmau.gov.vn/api`; paths like `/dossiers` are appended. */
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  /** Per request (default 15 s); on a cheap phone over 3G a hang must end. */
  timeoutMs?: number;
  /**
   * Uploads: given up when no byte moved for this long (default 30 s). Progress needs
   * XMLHttpRequest (fetch cannot report upload progress); it is used when present and no
   * custom `fetch` was given, or when passed here. `false` forces fetch.
   */
  uploadStallMs?: number;
  XMLHttpRequest?: typeof globalThis.XMLHttpRequest | false;
}

/** By status, when the body does not name one of our codes. */
export function codeForStatus(status: number): DossierErrorCode {
  switch (status) {
    case 400:
      return 'unknown';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not_found';
    case 408:
    case 504:
      return 'timeout';
    case 409:
      return 'conflict';
    case 413:
      return 'too_large';
    case 415:
      return 'unsupported_type';
    case 422:
      return 'invalid_answers';
    case 429:
      return 'server';
    case 501:
      return 'not_supported';
    default:
      return status >= 500 ? 'server' : 'unknown';
  }
}

/** Maps an error answer: the body's code when it is one of ours, else by status. */
export function errorFromResponse(status: number, body: unknown) {
  const error = errorBodyOf(body);
  // `offline` describes the client's own network; from a server it can only mean its upstream.
  const code = isDossierErrorCode(error.code)
    ? error.code === 'offline'
      ? 'server'
      : error.code
    : codeForStatus(status);
  const issues = code === 'invalid_answers' ? (wire.issues(error.issues) ?? []) : [];
  return dossierError(code, { status, issues });
}

/** The body of a 2xx answer; anything else as a DossierError, the caller's abort as itself. */
function bodyOf(outcome: HttpOutcome): unknown {
  if (outcome.kind === 'answer') {
    if (outcome.ok) return outcome.body;
    throw errorFromResponse(outcome.status, outcome.body);
  }
  if (outcome.kind === 'aborted') throw outcome.reason;
  throw dossierError(outcome.kind, { cause: outcome.cause });
}

const path = (...parts: string[]) => parts.map((part) => `/${encodeURIComponent(part)}`).join('');

/** Every method of the contract, the optional ones (payments) included. */
export function createHttpDossierService(
  options: HttpDossierServiceOptions,
): Required<DossierService> {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;

  const request = async (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    init: { session?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<unknown> =>
    bodyOf(
      await requestJson({
        method,
        url: `${base}${url}`,
        bearer: init.session,
        body: init.body,
        headers: init.headers,
        fetch: options.fetch,
        timeoutMs,
      }),
    );

  /** A reader's result, or `server` when the backend answered something off-contract. */
  const must = <T>(value: T | undefined): T => {
    if (value === undefined) throw dossierError('server', { status: 200 });
    return value;
  };
  const field = (body: unknown, key: string): unknown => (isObject(body) ? body[key] : undefined);
  // The schema the backend publishes with: a definition this app cannot render is the
  // backend's problem (`server`), not a crash three screens later. The backend has run the
  // semantic checks (parseProcedure) before publishing; the phone does not download them.
  const procedure = (value: unknown): ProcedureDefinition => {
    const read = readProcedure(value);
    if (!read) throw dossierError('server', { status: 200 });
    return read;
  };

  return {
    async listProcedures() {
      const list = field(await request('GET', '/procedures'), 'procedures');
      if (!Array.isArray(list)) throw dossierError('server', { status: 200 });
      return list.map(procedure);
    },
    async getProcedure(id) {
      return procedure(await request('GET', path('procedures', id)));
    },
    async getAppointmentSlots(procedureId, fieldId, range) {
      const query = new URLSearchParams({ from: range.from, days: String(range.days) });
      const body = await request(
        'GET',
        `${path('procedures', procedureId, 'fields', fieldId, 'slots')}?${query}`,
      );
      return must(wire.slots(field(body, 'slots')));
    },
    async submit(session, { idempotencyKey, ...submission }) {
      const body = await request('POST', '/dossiers', {
        session,
        body: submission,
        headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
      });
      return must(wire.dossier(body));
    },
    async listMine(session) {
      return must(
        wire.summaries(field(await request('GET', '/dossiers', { session }), 'dossiers')),
      );
    },
    async get(session, code) {
      return must(wire.dossier(await request('GET', path('dossiers', code), { session })));
    },
    async lookup(code) {
      return must(wire.publicStatus(await request('POST', '/lookup', { body: { code } })));
    },
    async supplement(session, code, { idempotencyKey, ...reply }) {
      const body = await request('POST', path('dossiers', code, 'supplement'), {
        session,
        body: reply,
        headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
      });
      return must(wire.dossier(body));
    },
    async cancel(session, code, reason) {
      const body = await request('POST', path('dossiers', code, 'cancel'), {
        session,
        body: { reason },
      });
      return must(wire.dossier(body));
    },
    async rate(session, code, rating) {
      const body = await request('POST', path('dossiers', code, 'rating'), {
        session,
        body: rating,
      });
      return must(wire.dossier(body));
    },
    async reportTransfer(session, code) {
      const body = await request('POST', path('dossiers', code, 'payment', 'transfer'), {
        session,
      });
      return must(wire.dossier(body));
    },
    async uploadAttachment(session, file, upload) {
      const headers: Record<string, string> = {
        'content-disposition': contentDisposition(upload.name),
        [FIELD_HEADER]: upload.fieldId,
      };
      if (upload.procedureId !== undefined) headers[PROCEDURE_HEADER] = upload.procedureId;
      const outcome = await uploadWithProgress({
        url: `${base}/attachments`,
        body: file,
        bearer: session,
        type: upload.type,
        headers,
        onProgress: upload.onProgress,
        signal: upload.signal,
        stallMs: options.uploadStallMs,
        XMLHttpRequest: options.XMLHttpRequest,
        fetch: options.fetch,
      });
      return must(wire.file(bodyOf(outcome)));
    },
    async saveDraft(session, draft) {
      const body = await request('PUT', path('drafts', draft.id), { session, body: draft });
      return must(wire.draft(body));
    },
    async listDrafts(session) {
      return must(wire.drafts(field(await request('GET', '/drafts', { session }), 'drafts')));
    },
    async deleteDraft(session, draftId) {
      await request('DELETE', path('drafts', draftId), { session });
    },
  };
}
