// FeedbackErrors always carry the catalogue's Vietnamese text, never a backend's own message
// (it might echo a description, a name or a token). Mirrors @govmini/dossier's errors.
import { feedbackErrorMessages } from './messages';
import { FeedbackError, type FeedbackErrorCode, type ReportIssue } from './types';

export function feedbackError(
  code: FeedbackErrorCode,
  options: { status?: number; issues?: readonly ReportIssue[]; cause?: unknown } = {},
): FeedbackError {
  // `offline` and `timeout` mean no backend answered, so they carry no HTTP status.
  const status =
    options.status ??
    (code === 'offline' || code === 'timeout' ? undefined : FEEDBACK_ERROR_STATUS[code]);
  return new FeedbackError(
    code,
    feedbackErrorMessages.vi[code] ?? feedbackErrorMessages.vi.unknown,
    { ...options, ...(status === undefined ? {} : { status }) },
  );
}

export function isFeedbackError(value: unknown, code?: FeedbackErrorCode): value is FeedbackError {
  return value instanceof FeedbackError && (code === undefined || value.code === code);
}

/** Any failure as a FeedbackError: ours pass through, anything else is `unknown`. */
export function toFeedbackError(error: unknown): FeedbackError {
  return error instanceof FeedbackError ? error : feedbackError('unknown', { cause: error });
}

/**
 * The HTTP status each code is answered with (openapi/feedback.yaml). `offline` never comes
 * from a backend; a backend whose own upstream is unreachable answers `server` (502).
 */
export const FEEDBACK_ERROR_STATUS: Readonly<Record<FeedbackErrorCode, number>> = {
  unknown: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  not_allowed: 409,
  conflict: 409,
  too_large: 413,
  unsupported_type: 415,
  invalid_report: 422,
  not_supported: 501,
  server: 500,
  offline: 502,
  timeout: 504,
};

/** Problems with a report, a rating or a comment, as an `invalid_report` error. */
export const invalidReport = (issues: readonly ReportIssue[]): FeedbackError =>
  feedbackError('invalid_report', { issues });

/** A malformed request: a developer's error, never the citizen's (400 `unknown`). */
export const badRequest = (): FeedbackError => feedbackError('unknown', { status: 400 });
