// Errors follow the package's rule (core/errors.ts): a FeedbackError's message is the
// catalogue's Vietnamese text, never a server's words. What a developer needs (which call,
// which status, what the GeoReport server said, which option to check) travels as its
// `cause`, an Open311Problem, with the api_key removed.
import { feedbackError } from '../core/errors';
import type { FeedbackError, FeedbackErrorCode, ReportIssue } from '../core/types';
import type { Open311ErrorItem } from './wire';

/** The developer's side of an Open311 failure; found as `FeedbackError.cause`. */
export class Open311Problem extends Error {
  override readonly name = 'Open311Problem';
  readonly status: number | undefined;
  /** The server's `[{code, description}]` (api_key removed). */
  readonly said: readonly Open311ErrorItem[];
  constructor(
    message: string,
    options: { status?: number; said?: readonly Open311ErrorItem[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = options.status;
    this.said = options.said ?? [];
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** A FeedbackError with the catalogue's text and `detail` for developers as its cause. */
export function open311Error(
  code: FeedbackErrorCode,
  detail: string,
  options: {
    status?: number;
    issues?: readonly ReportIssue[];
    said?: readonly Open311ErrorItem[];
    cause?: unknown;
  } = {},
): FeedbackError {
  const { issues, status, ...rest } = options;
  return feedbackError(code, {
    ...(status === undefined ? {} : { status }),
    ...(issues === undefined ? {} : { issues }),
    cause: new Open311Problem(detail, { ...rest, ...(status === undefined ? {} : { status }) }),
  });
}
