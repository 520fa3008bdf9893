// A scripted fetch for HTTP client tests: every call is recorded, and `answer` plays the server
// (a Response, a thrown error for a network failure, or a promise that never settles).

export interface FetchCall {
  url: string;
  init: RequestInit;
}

export function scriptedFetch(answer: (call: FetchCall) => Response | Promise<Response>) {
  const calls: FetchCall[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call = { url: String(input), init };
    calls.push(call);
    return answer(call);
  };
  return { calls, fetch };
}

/** A JSON answer; `undefined` gives an empty body. */
export const jsonResponse = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

/** A connection that never answers until the request's signal aborts it (a timeout, a cancel). */
export const hangUntilAborted = ({ init }: FetchCall) =>
  new Promise<Response>((_, reject) =>
    init.signal?.addEventListener('abort', () =>
      reject(new DOMException('The operation was aborted.', 'AbortError')),
    ),
  );
