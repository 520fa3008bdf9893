// FeedbackService over HTTP, as published in openapi/feedback.yaml. The session token travels
// only in the Authorization header, the idempotency key in its own header, and nothing a
// citizen typed goes into a URL (searches, duplicate checks and location tokens are POSTed).
// Errors come back as FeedbackErrors with the catalogue's text; a server's own message is
// never shown or kept. Mirrors @govmini/dossier's createHttpDossierService.
import {
  errorBodyOf,
  type HttpOutcome,
  requestJson,
  uploadWithProgress,
} from '@govmini/platform/http';
import { feedbackError } from './errors';
import { isFeedbackErrorCode } from './messages';
import type { FeedbackErrorCode, FeedbackService } from './types';
import { IDEMPOTENCY_HEADER, isObject, wire } from './wire';

export interface HttpFeedbackServiceOptions {
  /** e.g. `https://phananh.tinhmau.gov.vn/api`; paths like `/reports` are appended. */
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  /** Per request (default 15 s); on a cheap phone over 3G a hang must end. */
  timeoutMs?: number;
  /**
   * Photo uploads: given up when no byte moved for this long (default 30 s). Progress needs
   * XMLHttpRequest (fetch cannot report upload progress); it is used when present and no
   * custom `fetch` was given, or when passed here. `false` forces fetch.
   */
  uploadStallMs?: number;
  XMLHttpRequest?: typeof globalThis.XMLHttpRequest | false;
}

/** By status, when the body does not name one of our codes. */
export function codeForStatus(status: number): FeedbackErrorCode {
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
      return 'invalid_report';
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
  const code = isFeedbackErrorCode(error.code)
    ? error.code === 'offline'
      ? 'server'
      : error.code
    : codeForStatus(status);
  const issues = code === 'invalid_report' ? (wire.issues(error.issues) ?? []) : [];
  return feedbackError(code, { status, issues });
}

/** The body of a 2xx answer; anything else as a FeedbackError, the caller's abort as itself. */
function bodyOf(outcome: HttpOutcome): unknown {
  if (outcome.kind === 'answer') {
    if (outcome.ok) return outcome.body;
    throw errorFromResponse(outcome.status, outcome.body);
  }
  if (outcome.kind === 'aborted') throw outcome.reason;
  throw feedbackError(outcome.kind, { cause: outcome.cause });
}

const path = (...parts: string[]) => parts.map((part) => `/${encodeURIComponent(part)}`).join('');

export function createHttpFeedbackService(options: HttpFeedbackServiceOptions): FeedbackService {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;

  const request = async (
    method: 'GET' | 'POST',
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
    if (value === undefined) throw feedbackError('server', { status: 200 });
    return value;
  };
  const field = (body: unknown, key: string): unknown => (isObject(body) ? body[key] : undefined);

  return {
    async listCategories() {
      return must(wire.categories(field(await request('GET', '/categories'), 'categories')));
    },
    async resolveLocation(session, locationToken) {
      const body = await request('POST', '/locations', { session, body: { token: locationToken } });
      return must(wire.deviceLocation(body));
    },
    async findDuplicates(query) {
      const body = await request('POST', '/duplicates', { body: query });
      return must(wire.publicReports(field(body, 'reports')));
    },
    async uploadPhoto(session, file, upload) {
      // No Content-Disposition: the file name stays on the phone (a report's photo needs none,
      // and names like `IMG_Nguyen_Van_A.jpg` say too much).
      const outcome = await uploadWithProgress({
        url: `${base}/photos`,
        body: file,
        bearer: session,
        type: upload.type,
        onProgress: upload.onProgress,
        signal: upload.signal,
        stallMs: options.uploadStallMs,
        XMLHttpRequest: options.XMLHttpRequest,
        fetch: options.fetch,
      });
      return must(wire.photo(bodyOf(outcome)));
    },
    async submit(session, { idempotencyKey, ...report }) {
      const body = await request('POST', '/reports', {
        session,
        body: report,
        headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
      });
      return must(wire.myReport(body));
    },
    async support(session, reportId) {
      return must(
        wire.myReport(await request('POST', path('reports', reportId, 'support'), { session })),
      );
    },
    async listMine(session) {
      return must(wire.myReports(field(await request('GET', '/reports', { session }), 'reports')));
    },
    async getMine(session, reportId) {
      return must(wire.myReport(await request('GET', path('reports', reportId), { session })));
    },
    async rate(session, reportId, rating) {
      const body = await request('POST', path('reports', reportId, 'rating'), {
        session,
        body: rating,
      });
      return must(wire.myReport(body));
    },
    async confirmResolved(session, reportId, answer) {
      const body = await request('POST', path('reports', reportId, 'resolved'), {
        session,
        body: answer,
      });
      return must(wire.myReport(body));
    },
    async listPublic(query) {
      return must(wire.page(await request('POST', '/public/search', { body: query })));
    },
    async getPublic(reportId) {
      return must(wire.publicReport(await request('GET', path('public', 'reports', reportId))));
    },
  };
}
