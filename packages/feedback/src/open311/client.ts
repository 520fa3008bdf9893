// The HTTP side of GeoReport v2: JSON chosen by the `.json` suffix, `jurisdiction_id` on every
// call when configured, POST bodies form-encoded with `api_key` (and only POST: the spec asks
// for the key on POST alone, and a key in a GET URL ends up in proxy logs). Failures become
// FeedbackErrors whose message is for developers (the UI shows the catalogue's text by code)
// and never holds the api_key, even when a server echoes it back.
import type { FeedbackError, FeedbackErrorCode, ReportIssue } from '../core/types';
import { open311Error } from './problem';
import { formBody, type Open311ErrorItem, readErrors } from './wire';

export interface Open311ClientOptions {
  readonly endpoint: string;
  readonly jurisdictionId?: string;
  readonly apiKey: string;
  readonly fetch?: typeof globalThis.fetch;
  readonly timeoutMs?: number;
  readonly locale?: string;
}

export type Open311Query = Readonly<Record<string, string | undefined>>;
export type Open311Form = Readonly<Record<string, string | readonly string[] | undefined>>;

export interface Open311Client {
  /** `GET {endpoint}{path}.json?jurisdiction_id=…&…`; the parsed JSON body. */
  get(path: string, query?: Open311Query): Promise<unknown>;
  /** `POST {endpoint}{path}.json` with `api_key` and `jurisdiction_id` added to the form. */
  post(path: string, form: Open311Form): Promise<unknown>;
  /** Removes the api_key (plain or URL-encoded) from any text. */
  redact(text: string): string;
}

/** `/requests/{id}` with the id encoded: ids and tokens come from servers, not from us. */
export const open311Path = (...parts: string[]) =>
  parts.map((part, i) => (i === 0 ? part : `/${encodeURIComponent(part)}`)).join('');

export function createOpen311Client(options: Open311ClientOptions): Open311Client {
  const base = options.endpoint.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 15_000;
  const secrets = [
    options.apiKey,
    encodeURIComponent(options.apiKey),
    formBody({ k: options.apiKey }).slice(2),
  ]
    .filter((secret, i, all) => secret.length > 0 && all.indexOf(secret) === i)
    .sort((a, b) => b.length - a.length);
  const redact = (text: string) =>
    secrets.reduce((out, secret) => out.split(secret).join('[api_key]'), text);

  const send = async (method: 'GET' | 'POST', path: string, query: string, body?: string) => {
    const operation = `${method} ${path}`;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.locale) headers['accept-language'] = options.locale;
    if (body !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded; charset=utf-8';
    }
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      let response: Response;
      let raw: string;
      try {
        response = await doFetch(`${base}${path}.json${query ? `?${query}` : ''}`, {
          method,
          headers,
          ...(body === undefined ? {} : { body }),
          credentials: 'omit',
          signal: controller.signal,
        });
        raw = await response.text();
      } catch (error) {
        // The runtime's own error is kept as the cause: it never holds the request body.
        throw timedOut
          ? open311Error('timeout', `Open311 ${operation}: no answer within ${timeoutMs} ms`, {
              cause: error,
            })
          : open311Error('offline', `Open311 ${operation}: the server could not be reached`, {
              cause: error,
            });
      }
      const parsed = parseBody(raw);
      if (!response.ok) throw errorForStatus(operation, response.status, parsed, redact);
      if (parsed.kind === 'xml') {
        throw open311Error(
          'server',
          `Open311 ${operation} answered XML to a .json URL: this adapter reads GeoReport v2 JSON; ` +
            'check that the endpoint lists json in its Service Discovery formats',
          { status: response.status },
        );
      }
      if (parsed.kind === 'invalid') {
        throw open311Error('server', `Open311 ${operation} answered a body that is not JSON`, {
          status: response.status,
        });
      }
      return parsed.value;
    } finally {
      clearTimeout(timer);
    }
  };

  const withJurisdiction = (entries: Open311Query) => {
    const params = new URLSearchParams();
    if (options.jurisdictionId) params.set('jurisdiction_id', options.jurisdictionId);
    for (const [key, value] of Object.entries(entries)) {
      if (value !== undefined && value !== '') params.set(key, value);
    }
    return params.toString();
  };

  return {
    get: (path, query = {}) => send('GET', path, withJurisdiction(query)),
    post: (path, form) =>
      send(
        'POST',
        path,
        '',
        formBody({ api_key: options.apiKey, jurisdiction_id: options.jurisdictionId, ...form }),
      ),
    redact,
  };
}

type Parsed =
  | { kind: 'json'; value: unknown }
  | { kind: 'xml'; errors: Open311ErrorItem[] }
  | { kind: 'invalid' };

function parseBody(raw: string): Parsed {
  const trimmed = raw.trim();
  if (trimmed === '') return { kind: 'json', value: undefined };
  if (trimmed.startsWith('<')) return { kind: 'xml', errors: xmlErrors(trimmed) };
  try {
    return { kind: 'json', value: JSON.parse(trimmed) };
  } catch {
    return { kind: 'invalid' };
  }
}

/** `<errors><error><code/><description/></error></errors>`, for servers that only speak XML. */
function xmlErrors(xml: string): Open311ErrorItem[] {
  const entity = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<error>([\s\S]*?)<\/error>/g)].flatMap((m) => {
    const inner = m[1] ?? '';
    const description = /<description>([\s\S]*?)<\/description>/.exec(inner)?.[1]?.trim();
    const code = /<code>([\s\S]*?)<\/code>/.exec(inner)?.[1]?.trim() ?? '';
    return description ? [{ code: entity(code), description: entity(description) }] : [];
  });
}

function codeForStatus(status: number): FeedbackErrorCode {
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 408 || status === 504) return 'timeout';
  if (status === 413) return 'too_large';
  if (status === 415) return 'unsupported_type';
  if (status === 429 || status >= 500) return 'server';
  return 'unknown';
}

/** Maps an error answer (spec "Errors": 404 unknown resource, 403 api_key, 400 the rest). */
function errorForStatus(
  operation: string,
  status: number,
  parsed: Parsed,
  redact: (text: string) => string,
): FeedbackError {
  const items =
    parsed.kind === 'json' ? readErrors(parsed.value) : parsed.kind === 'xml' ? parsed.errors : [];
  const said = items.map((item) => `${item.code ? `${item.code} ` : ''}${item.description}`);
  const suffix = said.length > 0 ? ` — server said: ${said.join('; ')}` : '';
  const filing = operation === 'POST /requests';
  let code = codeForStatus(status);
  let hint = '';
  let issues: ReportIssue[] = [];
  if (code === 'forbidden') {
    hint =
      ': the server refused the api_key (missing or invalid); check the apiKey option of ' +
      'createOpen311FeedbackService';
  } else if (filing && status === 404) {
    // On POST /requests a 404 names an unknown service_code (or jurisdiction): the category
    // the citizen chose is gone from the server's list, which the citizen can act on.
    code = 'invalid_report';
    issues = [{ path: 'categoryId', code: 'unknown_category' }];
    hint = ': unknown service_code or jurisdiction_id';
  } else if (status === 400) {
    code = filing ? 'invalid_report' : 'server';
    issues = filing ? issuesFrom(items) : [];
    if (items.some((item) => /jurisdiction/i.test(item.description))) {
      hint = ': check the jurisdictionId option';
    }
  }
  return open311Error(code, redact(`Open311 ${operation} answered ${status}${hint}${suffix}`), {
    status,
    issues,
    said: items.map((item) => ({ code: redact(item.code), description: redact(item.description) })),
  });
}

/** The citizen-facing problems a 400 names, recognised by the parameter it mentions. */
function issuesFrom(items: readonly Open311ErrorItem[]): ReportIssue[] {
  const issues = new Map<string, ReportIssue>();
  for (const { code, description } of items) {
    const said = `${code} ${description}`.toLowerCase();
    if (/service[_ ]code|service type|category/.test(said)) {
      issues.set('categoryId', { path: 'categoryId', code: 'unknown_category' });
    }
    if (/\blat\b|latitude|longitude|address|location/.test(said)) {
      issues.set('location', { path: 'location', code: 'invalid_location' });
    }
    if (/description/.test(said)) {
      const tooLong = /long|length|4[,.]?000|characters|exceed/.test(said);
      issues.set('description', {
        path: 'description',
        code: tooLong ? 'too_long' : 'required',
        ...(tooLong ? { params: { max: 4000 } } : {}),
      });
    }
  }
  // In the order of the form, as every other backend reports them.
  const order = ['categoryId', 'description', 'photoIds', 'location'];
  return [...issues.values()].sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
}
