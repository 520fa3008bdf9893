// A GeoReport v2 server for tests (Node only), on 127.0.0.1 at a free port: the six methods of
// the spec, JSON by the `.json` suffix and XML for the service list (the spec's required
// format; enough to show a client asks for JSON), api_key on POST (403), required parameters
// (400 with `[{code, description}]`), unknown resources (404), the 90-day window, batch tokens,
// the `page`/`page_size` extension. Tests drive the agency side (answer, update, seed) and
// inject faults, e.g. a response dropped after the request was committed.
// Node only, exported from @govmini/feedback/conformance; node:http is still imported only
// when a server starts, so the module itself loads anywhere.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GeoReportAttributeFixture, GeoReportServiceFixture } from './testing-fixture';
import {
  type Answer,
  createGeoReportState,
  DEFAULT_STATE_OPTIONS,
  type StoredGeoReportRequest,
} from './testing-server-state';

export type { StoredGeoReportRequest };

export interface GeoReportTestServerOptions {
  /** Default `test-api-key`. */
  readonly apiKey?: string;
  /** When set, every call must carry it (400 without, 404 for another). */
  readonly jurisdictionId?: string;
  readonly services?: readonly GeoReportServiceFixture[];
  readonly definitions?: Readonly<Record<string, readonly GeoReportAttributeFixture[]>>;
  /** The server's clock (default Date.now). */
  readonly now?: () => number;
  /** Honour `page`/`page_size` (default true); false answers up to 1,000 requests at once. */
  readonly paging?: boolean;
  /** Honour `service_request_id=a,b` on GET /requests (default true). */
  readonly idList?: boolean;
  /** Return descriptions in GET answers (default true; some servers leave them out). */
  readonly publicDescriptions?: boolean;
  /** GET /tokens calls before a batch request gets its id (default 1). */
  readonly batchPolls?: number;
  /** `expected_datetime` this many days after filing (default 3; undefined for none). */
  readonly expectedDays?: number | undefined;
}

export interface LoggedCall {
  readonly method: string;
  /** Path after the endpoint, with its format suffix, e.g. `/requests.json`. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly contentType?: string;
  /** The Accept and Accept-Language headers, when sent. */
  readonly accept?: string;
  readonly acceptLanguage?: string;
  /** The raw POST body. */
  readonly body?: string;
}

export interface GeoReportTestServer {
  /** e.g. `http://127.0.0.1:41234/open311/v2` (append `/services.json`). */
  readonly endpoint: string;
  /** Every call, in order. */
  readonly calls: readonly LoggedCall[];
  /** Everything filed, personal fields included (never served by GET). */
  readonly requests: readonly StoredGeoReportRequest[];
  /** The agency closes a request with its answer. */
  answer(id: string, notes: string, agency?: string): void;
  update(
    id: string,
    change: Partial<
      Pick<
        StoredGeoReportRequest,
        'status' | 'statusNotes' | 'agencyResponsible' | 'expectedAt' | 'updatedAt'
      >
    >,
  ): void;
  /** The server forgets a request (a CRM clean-up): 404 from then on. */
  remove(id: string): void;
  /** Adds a request as if filed earlier (its id is returned). */
  seed(
    request: Partial<StoredGeoReportRequest> & { serviceCode: string; requestedAt: number },
  ): string;
  /** The next matching call is handled (and committed), then its connection is cut. */
  dropNextResponse(method: 'GET' | 'POST', pathPrefix?: string): void;
  /** The next matching call answers this status without being handled. */
  failNext(status: number, body?: unknown, method?: 'GET' | 'POST', pathPrefix?: string): void;
  close(): Promise<void>;
}

const BASE = '/open311/v2';

interface Fault {
  readonly kind: 'drop' | 'fail';
  readonly method: string | undefined;
  readonly prefix: string;
  readonly status?: number;
  readonly body?: unknown;
}

export async function startGeoReportTestServer(
  options: GeoReportTestServerOptions = {},
): Promise<GeoReportTestServer> {
  const now = options.now ?? DEFAULT_STATE_OPTIONS.now;
  const state = createGeoReportState({
    ...DEFAULT_STATE_OPTIONS,
    ...options,
    now,
    expectedDays:
      'expectedDays' in options ? options.expectedDays : DEFAULT_STATE_OPTIONS.expectedDays,
  });
  const calls: LoggedCall[] = [];
  const faults: Fault[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const body = method === 'POST' ? await readBody(req) : undefined;
    const path = url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length) : url.pathname;
    calls.push({
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      ...(req.headers['content-type'] ? { contentType: req.headers['content-type'] } : {}),
      ...(req.headers.accept ? { accept: req.headers.accept } : {}),
      ...(req.headers['accept-language'] ? { acceptLanguage: req.headers['accept-language'] } : {}),
      ...(body === undefined ? {} : { body }),
    });
    const fault = faults.findIndex(
      (f) => (f.method === undefined || f.method === method) && path.startsWith(f.prefix),
    );
    const matched = fault >= 0 ? faults.splice(fault, 1)[0] : undefined;
    if (matched?.kind === 'fail') {
      return send(res, { status: matched.status ?? 500, body: matched.body ?? [] }, 'json');
    }
    const format = /\.(json|xml)$/.exec(path)?.[1] as 'json' | 'xml' | undefined;
    const resource = path.replace(/\.(json|xml)$/, '');
    const answer = route(method, resource, format, url.searchParams, body, req);
    // Committed above; the answer is lost on the way back (a phone going into a tunnel).
    if (matched?.kind === 'drop') return void res.socket?.destroy();
    return send(res, answer, format ?? 'json');
  };

  const route = (
    method: string,
    resource: string,
    format: 'json' | 'xml' | undefined,
    query: URLSearchParams,
    body: string | undefined,
    req: IncomingMessage,
  ): Answer => {
    const params = optionalParams(query);
    if (format === undefined) return notFound('Append .json or .xml to choose a format');
    if (format === 'xml' && !(method === 'GET' && resource === '/services')) {
      return {
        status: 400,
        body: [{ code: 400, description: 'This test server speaks XML for /services only' }],
      };
    }
    const segments = resource.split('/').filter(Boolean).map(decodeURIComponent);
    const [first, second, ...rest] = segments;
    if (rest.length > 0) return notFound('Unknown resource');
    if (method === 'GET' && first === 'services') {
      return second === undefined ? state.services(params) : state.definition(params, second);
    }
    if (method === 'GET' && first === 'tokens' && second !== undefined)
      return state.token(params, second);
    if (method === 'GET' && first === 'requests') {
      return second === undefined ? state.list(params) : state.one(params, second);
    }
    if (method === 'POST' && first === 'requests' && second === undefined) {
      const type = req.headers['content-type'] ?? '';
      if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
        return {
          status: 400,
          body: [{ code: 400, description: 'POST bodies are application/x-www-form-urlencoded' }],
        };
      }
      const { fields, attributes } = parseForm(body ?? '');
      return state.create(fields, attributes);
    }
    return notFound('Unknown resource');
  };

  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const find = (id: string) => {
    const request = state.stored.find((r) => r.id === id);
    if (!request) throw new Error(`No request ${id} on the test GeoReport server`);
    return request;
  };

  return {
    endpoint: `http://127.0.0.1:${port}${BASE}`,
    calls,
    requests: state.stored,
    answer(id, notes, agency) {
      Object.assign(find(id), {
        status: 'closed',
        statusNotes: notes,
        updatedAt: now(),
        ...(agency === undefined ? {} : { agencyResponsible: agency }),
      });
    },
    update(id, change) {
      Object.assign(find(id), { updatedAt: now(), ...change });
    },
    remove(id) {
      state.stored.splice(state.stored.indexOf(find(id)), 1);
    },
    seed(request) {
      const stored: StoredGeoReportRequest = {
        status: 'open',
        updatedAt: request.requestedAt,
        attributes: {},
        personal: {},
        ...request,
      };
      stored.id ??= String(900_000 + state.stored.length);
      state.stored.push(stored);
      return stored.id;
    },
    dropNextResponse(method, pathPrefix = '') {
      faults.push({ kind: 'drop', method, prefix: pathPrefix });
    },
    failNext(status, body, method, pathPrefix = '') {
      faults.push({ kind: 'fail', method, prefix: pathPrefix, status, body });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const notFound = (description: string): Answer => ({
  status: 404,
  body: [{ code: 404, description }],
});

/** The spec's "Optional Arguments": an empty parameter is the same as an absent one. */
function optionalParams(entries: Iterable<[string, string]>): Map<string, string> {
  const params = new Map<string, string>();
  for (const [key, value] of entries) if (value !== '') params.set(key, value);
  return params;
}

/** Form fields, with `attribute[code]=v` and `attribute[code][]=v1&attribute[code][]=v2`. */
function parseForm(body: string) {
  const attributes: Record<string, string | string[]> = {};
  const plain: [string, string][] = [];
  for (const [key, value] of new URLSearchParams(body)) {
    const m = /^attribute\[([^\]]+)\](\[\])?$/.exec(key);
    if (!m) {
      plain.push([key, value]);
    } else if (value !== '') {
      const code = m[1] as string;
      if (m[2]) attributes[code] = [...((attributes[code] as string[] | undefined) ?? []), value];
      else attributes[code] = value;
    }
  }
  return { fields: optionalParams(plain), attributes };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, answer: Answer, format: 'json' | 'xml') {
  res.statusCode = answer.status;
  if (format === 'xml') {
    res.setHeader('content-type', 'text/xml; charset=utf-8');
    res.end(toXml(answer));
    return;
  }
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(answer.body));
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `<services><service>…` or `<errors><error>…`: the only XML this server writes. */
function toXml(answer: Answer): string {
  const list = Array.isArray(answer.body) ? (answer.body as Record<string, unknown>[]) : [];
  const [outer, inner] = answer.status >= 400 ? ['errors', 'error'] : ['services', 'service'];
  const items = list
    .map((item) => {
      const fields = Object.entries(item)
        .map(
          ([k, v]) => `<${k}>${escapeXml(v === null || v === undefined ? '' : String(v))}</${k}>`,
        )
        .join('');
      return `<${inner}>${fields}</${inner}>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><${outer}>${items}</${outer}>`;
}
