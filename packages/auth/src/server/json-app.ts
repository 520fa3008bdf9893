// The frame every GovMini contract app shares (auth, dossier, feedback): answers are never
// cached or sniffed (they hold sessions and personal data), bodies have size limits, and every
// error leaves as `{ error: { code, message, issues? } }` with a 4xx/5xx status and nothing
// else: never the error's own text, which might echo what a citizen sent.
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** What an error answer says. */
export interface JsonErrorAnswer<Code extends string> {
  code: Code;
  /** The HTTP status; undefined or outside 400–599 is sent as 500. */
  status: number | undefined;
  /** The catalogue's text for `code`. */
  message: string;
  /** Sent only when present (e.g. the problems of invalid answers). */
  issues?: readonly unknown[] | undefined;
}

export interface JsonAppOptions<Code extends string> {
  /**
   * The answer for anything a route throws: the package's own error read, and anything else
   * (our fault) as a 500 without its text.
   */
  describeError(error: unknown): JsonErrorAnswer<Code>;
  /** The error for a route that does not exist. */
  notFound(): unknown;
  /** The error for a body over its limit. */
  tooLarge(): unknown;
  /** Largest JSON body, bytes. */
  maxJsonBytes: number;
  /** Requests that carry a raw file rather than JSON (`matches`), with their own limit. */
  upload?: { maxBytes: number; matches(c: Context): boolean } | undefined;
  /**
   * Told about every error answer, for metrics or logs: the route pattern, status and code
   * only, never the request or the error, so nothing personal can reach a log through it.
   */
  onError?: ((info: { path: string; status: number; code: Code }) => void) | undefined;
}

/** A Hono app with no-store answers, body limits and contract error answers; add the routes. */
export function createJsonApp<Code extends string>(options: JsonAppOptions<Code>): Hono {
  const app = new Hono();

  const respond = (c: Context, error: unknown) => {
    const answer = options.describeError(error);
    const status =
      answer.status !== undefined && answer.status >= 400 && answer.status <= 599
        ? answer.status
        : 500;
    options.onError?.({ path: c.req.routePath || c.req.path, status, code: answer.code });
    const { code, message, issues } = answer;
    return c.json({ error: { code, message, ...(issues ? { issues } : {}) } }, status as 400);
  };

  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('cache-control', 'no-store');
    c.res.headers.set('x-content-type-options', 'nosniff');
  });
  const limit = (maxSize: number) =>
    bodyLimit({ maxSize, onError: (c) => respond(c, options.tooLarge()) });
  const jsonLimit = limit(options.maxJsonBytes);
  const { upload } = options;
  const uploadLimit = upload ? limit(upload.maxBytes) : jsonLimit;
  const limits: MiddlewareHandler = (c, next) =>
    (upload?.matches(c) ? uploadLimit : jsonLimit)(c, next);
  app.use('*', limits);

  app.onError((error, c) => respond(c, error));
  app.notFound((c) => respond(c, options.notFound()));
  return app;
}

/** The token of `Authorization: Bearer <token>`; without one, undefined or `missing()` thrown. */
export function bearerToken(c: Context): string | undefined;
export function bearerToken(c: Context, missing: () => unknown): string;
export function bearerToken(c: Context, missing?: () => unknown): string | undefined {
  const token = /^Bearer[ ]+([^\s]+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (token === undefined && missing) throw missing();
  return token;
}

/** The request body as a JSON object; anything else (not JSON, an array, null) throws `invalid()`. */
export async function readJsonObject(
  c: Context,
  invalid: () => unknown,
): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw invalid();
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid();
  return body as Record<string, unknown>;
}
