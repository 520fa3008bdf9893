// A scripted XMLHttpRequest for upload tests: `script` runs after send(), playing the network
// (progress, an answer, a failure, or nothing at all for a stall).

export interface ScriptedXhr {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
  /** Request headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** Upload progress: `loaded` of `total` bytes sent. */
  progress(loaded: number, total: number): void;
  /** The server's answer, as JSON (`undefined` for an empty body). */
  respond(status: number, body: unknown): void;
  /** A network error (XMLHttpRequest's `error` event). */
  fail(): void;
}

/** The class to pass as `XMLHttpRequest`, and the requests it made. */
export function scriptedXhr(script: (xhr: ScriptedXhr) => void) {
  const made: ScriptedXhr[] = [];
  class Scripted implements ScriptedXhr {
    method = '';
    url = '';
    body: unknown;
    headers: Record<string, string> = {};
    status = 0;
    responseText = '';
    withCredentials = true;
    upload: { onprogress: ((e: ProgressEvent) => void) | null } = { onprogress: null };
    onprogress: (() => void) | null = null;
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    ontimeout: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private done = false;
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value;
    }
    send(body: unknown) {
      this.body = body;
      made.push(this);
      queueMicrotask(() => script(this));
    }
    abort() {
      if (this.done) return;
      this.done = true;
      this.onabort?.();
    }
    progress(loaded: number, total: number) {
      this.upload.onprogress?.({ loaded, total, lengthComputable: true } as ProgressEvent);
    }
    respond(status: number, body: unknown) {
      if (this.done) return;
      this.done = true;
      this.status = status;
      this.responseText = body === undefined ? '' : JSON.stringify(body);
      this.onload?.();
    }
    fail() {
      if (this.done) return;
      this.done = true;
      this.onerror?.();
    }
  }
  return {
    Class: Scripted as unknown as typeof XMLHttpRequest,
    /** Every request sent, oldest first. */
    made: made as readonly ScriptedXhr[],
    /** The last request sent. */
    last: (): ScriptedXhr => {
      const xhr = made.at(-1);
      if (!xhr) throw new Error('scriptedXhr: nothing was sent');
      return xhr;
    },
  };
}
