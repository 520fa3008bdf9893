// One JSON request with a deadline: on a cheap phone over 3G a hung request must end, and the
// citizen's fix differs for "no network" (check the connection) and "too slow" (try again).
import { abortReason, type HttpOutcome, parseJsonBody } from './outcome';

export interface JsonRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  /** Sent as `Authorization: Bearer …`: a session token never goes into a URL (URLs are logged). */
  bearer?: string | undefined;
  /** Sent as JSON with `content-type: application/json`; undefined sends no body. */
  body?: unknown;
  /** More headers (an idempotency key…); `accept: application/json` is always sent. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Default: the global fetch, looked up at call time (so test doubles installed later work). */
  fetch?: typeof globalThis.fetch | undefined;
  /** The whole exchange, the body included, ends as `timeout` after this. Default 15 s. */
  timeoutMs?: number | undefined;
  /** The caller's cancellation: the outcome is then `aborted`. */
  signal?: AbortSignal | undefined;
}

/**
 * Sends a JSON request and reads the answer. Never rejects: every outcome, a 500 or a dropped
 * connection alike, comes back as an `HttpOutcome`. Cookies are never sent
 * (`credentials: 'omit'`): GovMini's contracts use bearer tokens only.
 */
export function requestJson(request: JsonRequest): Promise<HttpOutcome> {
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (request.bearer !== undefined) headers.authorization = `Bearer ${request.bearer}`;
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  return exchange(
    request.url,
    {
      method: request.method,
      headers,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    },
    { deadlineMs: request.timeoutMs ?? 15_000, signal: request.signal, fetch: request.fetch },
  );
}

/** One fetch, answer read and parsed, ended as `timeout` after `deadlineMs`. */
export async function exchange(
  url: string,
  init: RequestInit,
  options: {
    deadlineMs: number;
    signal?: AbortSignal | undefined;
    fetch?: typeof globalThis.fetch | undefined;
  },
): Promise<HttpOutcome> {
  const { signal } = options;
  if (signal?.aborted) return { kind: 'aborted', reason: abortReason(signal) };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.deadlineMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  // The cause kept is the runtime's own error, which never holds the request body.
  const failed = (cause: unknown): HttpOutcome =>
    signal?.aborted
      ? { kind: 'aborted', reason: abortReason(signal) }
      : { kind: timedOut ? 'timeout' : 'offline', cause };
  try {
    const doFetch = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await doFetch(url, { ...init, credentials: 'omit', signal: controller.signal });
    } catch (error) {
      return failed(error);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return failed(error);
    }
    return { kind: 'answer', ok: response.ok, status: response.status, body: parseJsonBody(text) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
