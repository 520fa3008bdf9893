// What came of one HTTP exchange, as data: the server's answer whatever its status, or why
// there is none. Each package turns it into its own typed error (DossierError, AuthError…),
// so the plumbing is shared and the codes and messages stay with the package.

/** The server answered. `body` is the parsed JSON, or undefined for an empty or non-JSON body. */
export interface HttpAnswer {
  readonly kind: 'answer';
  /** True for a 2xx status. */
  readonly ok: boolean;
  readonly status: number;
  readonly body: unknown;
}

/**
 * No answer: `offline` (the network failed: no signal, DNS, a refused connection, CORS),
 * `timeout` (nothing, or no progress, for too long), or `aborted` (the caller's own signal;
 * `reason` is the signal's reason, an AbortError unless the caller gave another).
 */
export type HttpFailure =
  | { readonly kind: 'offline' | 'timeout'; readonly cause?: unknown }
  | { readonly kind: 'aborted'; readonly reason: unknown };

export type HttpOutcome = HttpAnswer | HttpFailure;

/** The parsed JSON of a body; undefined when it is empty or not JSON (a proxy's HTML page). */
export function parseJsonBody(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The `{ error: { code, message, issues? } }` body GovMini's contracts answer failures with:
 * its `code` and `issues` as sent (unchecked; the package decides which codes are its own),
 * or an empty object for any other body. The server's `message` is left out on purpose: a
 * citizen sees the package's catalogue text, never what a server wrote.
 */
export function errorBodyOf(body: unknown): { code?: unknown; issues?: unknown } {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  return error ? { code: error.code, issues: error.issues } : {};
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The caller's cancellation, as the signal's own reason. */
export const abortReason = (signal: AbortSignal): unknown =>
  signal.reason ?? new DOMException('The request was cancelled.', 'AbortError');
