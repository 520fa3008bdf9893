// DossierErrors always carry the catalogue's Vietnamese text, never a backend's own message
// (it might echo an answer, a name or a token).
import type { AnswerIssue } from '../definition/api';
import { dossierErrorMessages } from './messages';
import { DossierError, type DossierErrorCode } from './types';

export function dossierError(
  code: DossierErrorCode,
  options: { status?: number; issues?: readonly AnswerIssue[]; cause?: unknown } = {},
): DossierError {
  // `offline` and `timeout` mean no backend answered, so they carry no HTTP status.
  const status =
    options.status ??
    (code === 'offline' || code === 'timeout' ? undefined : DOSSIER_ERROR_STATUS[code]);
  return new DossierError(code, dossierErrorMessages.vi[code] ?? dossierErrorMessages.vi.unknown, {
    ...options,
    ...(status === undefined ? {} : { status }),
  });
}

export function isDossierError(value: unknown, code?: DossierErrorCode): value is DossierError {
  return value instanceof DossierError && (code === undefined || value.code === code);
}

/** Any failure as a DossierError: ours pass through, anything else is `unknown`. */
export function toDossierError(error: unknown): DossierError {
  return error instanceof DossierError ? error : dossierError('unknown', { cause: error });
}

/**
 * The HTTP status each code is answered with (openapi/dossier.yaml). `offline` never comes
 * from a backend; a backend whose own upstream is unreachable answers `server` (502).
 */
export const DOSSIER_ERROR_STATUS: Readonly<Record<DossierErrorCode, number>> = {
  unknown: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  procedure_changed: 409,
  not_allowed: 409,
  conflict: 409,
  too_large: 413,
  unsupported_type: 415,
  invalid_answers: 422,
  server: 500,
  not_supported: 501,
  offline: 502,
  timeout: 504,
};

/** A problem with one part of a request, as an `invalid_answers` error. */
export const invalidAnswers = (issues: readonly AnswerIssue[]): DossierError =>
  dossierError('invalid_answers', { issues });
