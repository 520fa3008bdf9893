// One file POSTed as the raw body, with progress. fetch cannot report upload progress, so
// XMLHttpRequest is used where it exists (the phone's WebView); elsewhere fetch, reporting 0 at
// the start and everything at the end. A stalled upload ends as `timeout`: on a weak signal a
// large photo may take minutes, so the deadline is "no byte moved for `stallMs`", not a total.
import { abortReason, type HttpOutcome, parseJsonBody } from './outcome';
import { exchange } from './request';

export interface UploadRequest {
  url: string;
  body: Blob;
  /** Sent as `Authorization: Bearer …`. */
  bearer?: string | undefined;
  /** The file's type, as `content-type`. Default: the Blob's own type, else application/octet-stream. */
  type?: string | undefined;
  /** More headers (a Content-Disposition, a field id…); `accept: application/json` is always sent. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Called with bytes sent and the total: `(0, size)` first, `(size, size)` on success. */
  onProgress?: ((sent: number, total: number) => void) | undefined;
  /** The caller's cancellation: the outcome is then `aborted`. */
  signal?: AbortSignal | undefined;
  /** Given up as `timeout` when no byte moved for this long. Default 30 s. */
  stallMs?: number | undefined;
  /**
   * Which transport: an XMLHttpRequest class (progress events), or `false` for fetch. Default:
   * the global XMLHttpRequest when there is one and no `fetch` was given, else fetch.
   */
  XMLHttpRequest?: typeof globalThis.XMLHttpRequest | false | undefined;
  /** Default: the global fetch. */
  fetch?: typeof globalThis.fetch | undefined;
}

/** Sends the file. Never rejects: every outcome comes back as an `HttpOutcome`. */
export function uploadWithProgress(request: UploadRequest): Promise<HttpOutcome> {
  const { signal } = request;
  if (signal?.aborted) return Promise.resolve({ kind: 'aborted', reason: abortReason(signal) });
  const Xhr =
    request.XMLHttpRequest === false
      ? undefined
      : (request.XMLHttpRequest ?? (request.fetch ? undefined : globalThis.XMLHttpRequest));
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': request.type || request.body.type || 'application/octet-stream',
    ...request.headers,
  };
  if (request.bearer !== undefined) headers.authorization = `Bearer ${request.bearer}`;
  return Xhr ? viaXhr(request, headers, Xhr) : viaFetch(request, headers);
}

function viaXhr(
  request: UploadRequest,
  headers: Record<string, string>,
  Xhr: typeof globalThis.XMLHttpRequest,
): Promise<HttpOutcome> {
  const { body: file, signal, onProgress } = request;
  return new Promise((resolve) => {
    const xhr = new Xhr();
    let stalled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        stalled = true;
        xhr.abort();
      }, request.stallMs ?? 30_000);
    };
    const onAbort = () => xhr.abort();
    const settle = (outcome: HttpOutcome) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    xhr.upload.onprogress = (event) => {
      arm();
      onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    };
    xhr.onprogress = arm;
    xhr.onload = () => {
      const ok = xhr.status >= 200 && xhr.status < 300;
      if (ok) onProgress?.(file.size, file.size);
      settle({ kind: 'answer', ok, status: xhr.status, body: parseJsonBody(xhr.responseText) });
    };
    xhr.onerror = () => settle({ kind: 'offline' });
    xhr.ontimeout = xhr.onerror;
    xhr.onabort = () =>
      settle(
        stalled
          ? { kind: 'timeout' }
          : signal?.aborted
            ? { kind: 'aborted', reason: abortReason(signal) }
            : { kind: 'offline' },
      );
    try {
      xhr.open('POST', request.url);
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      xhr.withCredentials = false;
      signal?.addEventListener('abort', onAbort, { once: true });
      onProgress?.(0, file.size);
      arm();
      xhr.send(file);
    } catch (error) {
      // A header the runtime refuses, a URL it cannot open: nothing was sent.
      settle({ kind: 'offline', cause: error });
    }
  });
}

async function viaFetch(
  request: UploadRequest,
  headers: Record<string, string>,
): Promise<HttpOutcome> {
  const { body: file, onProgress } = request;
  onProgress?.(0, file.size);
  const outcome = await exchange(
    request.url,
    { method: 'POST', headers, body: file },
    {
      // No progress events: allow the stall time plus the file at a slow 2G-ish 16 kB/s.
      deadlineMs: (request.stallMs ?? 30_000) + Math.ceil(file.size / 16),
      signal: request.signal,
      fetch: request.fetch,
    },
  );
  if (outcome.kind === 'answer' && outcome.ok) onProgress?.(file.size, file.size);
  return outcome;
}
