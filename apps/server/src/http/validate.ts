// Every /api request that matches an operation of the merged OpenAPI document is checked against
// that operation's schemas — path and query parameters, and a JSON body — before its route runs,
// so the published document is what the server enforces, not a description beside it. The
// contracts' apps still check shapes and the services content; this layer refuses what no
// contract allows, with a developer-readable path for each problem. Uploads (raw bytes,
// multipart) and headers are left to the routes, which limit and sniff them precisely.
//
// Shape and content. A contract that declares 422 for an operation (`invalid_answers`,
// `invalid_report`) promises the citizen every content problem as an issue the app can explain
// — a latitude out of range, a description too long — so there the body is checked for its
// shape only (types, required and unknown properties, which branch of a union): its schemas
// without the value keywords (ranges, lengths, patterns, enums, formats), leaving those to the
// service, which reports them exactly so. Elsewhere the whole schema applies.
//
// Everything is compiled once, when the app is created: a request costs a regex match and the
// compiled validators.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Context, MiddlewareHandler } from 'hono';

// ajv-formats is CommonJS: Node hands its `module.exports` to a default import, TypeScript
// (bundler resolution) its `default`; either is the plugin.
const formats = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Base of the ids the document's component schemas are registered under. */
const BASE = 'https://govmini.invalid/openapi/schemas/';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
/** Keywords about a value, not the shape: the service reports these where 422 is declared. */
const VALUE_KEYWORDS = new Set([
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'enum',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
]);

/** The message for a request the contract refuses; `details` say where, for developers. */
export const INVALID_REQUEST_MESSAGE =
  'Yêu cầu không đúng định dạng đã công bố (OpenAPI). Vui lòng kiểm tra lại dữ liệu gửi lên.';

export interface RequestProblem {
  /** JSON Pointer into the request: `/path/code`, `/query/days`, `/body/location/lat`. */
  readonly path: string;
  /** The JSON Schema keyword that failed (`type`, `required`…; `json` for unreadable input). */
  readonly keyword: string;
  /** In English, from the schema only: never the value that was sent. */
  readonly message: string;
}

interface Operation {
  readonly route: string;
  readonly method: string;
  readonly contract: string;
  readonly pattern: RegExp;
  readonly pathNames: readonly string[];
  readonly parameters: ValidateFunction | undefined;
  readonly queryNames: ReadonlySet<string>;
  readonly body: ValidateFunction | undefined;
}

/** `#/components/schemas/X` (as the merged document names them) → a registered schema id. */
function rebased(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rebased);
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] =
      key === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')
        ? BASE + encodeURIComponent(v.slice('#/components/schemas/'.length))
        : rebased(v);
  }
  return out;
}

/** The schema with its value keywords removed (inside `properties`, names are kept). */
function shapeOnly(value: unknown, names = false): unknown {
  if (Array.isArray(value)) return value.map((v) => shapeOnly(v));
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    if (!names && VALUE_KEYWORDS.has(key)) continue;
    out[key] = shapeOnly(v, !names && (key === 'properties' || key === '$defs'));
  }
  return out;
}

function resolveParameter(doc: Json, value: unknown): Json | undefined {
  if (!isObject(value)) return undefined;
  const ref = value.$ref;
  if (typeof ref !== 'string') return value;
  const name = ref.startsWith('#/components/parameters/') ? ref.split('/')[3] : undefined;
  const all = (doc.components as Json | undefined)?.parameters;
  return name && isObject(all) && isObject(all[name]) ? (all[name] as Json) : undefined;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function problems(errors: ErrorObject[] | null | undefined, root: string): RequestProblem[] {
  return (errors ?? []).map((e) => {
    // A missing or extra property is named in params; point at it, not at its parent.
    const child =
      e.keyword === 'required'
        ? (e.params as { missingProperty: string }).missingProperty
        : e.keyword === 'additionalProperties'
          ? (e.params as { additionalProperty: string }).additionalProperty
          : undefined;
    const at = child === undefined ? '' : `/${child.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    return {
      path: `${root}${e.instancePath}${at}`,
      keyword: e.keyword,
      message: e.message ?? 'does not match the schema',
    };
  });
}

/**
 * Compiles the merged document (src/http/openapi.ts) into one middleware for `/api/*`.
 * `onRefused` hears the route template and the contract (for the access log), never the request.
 */
export function createRequestValidator(
  doc: Json,
  onRefused?: (info: { route: string; contract: string; problems: number }) => void,
): MiddlewareHandler {
  // OpenAPI 3.1 schemas are JSON Schema 2020-12. Strict, so a schema Ajv cannot understand is
  // an error at start, not a check silently skipped; `example` is OpenAPI's own annotation.
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  formats(ajv);
  ajv.addKeyword({ keyword: 'example' });
  const shapes = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  shapes.addKeyword({ keyword: 'example' });
  // Query strings are text: `days=7` is checked as the integer the schema wants (a copy is made
  // per request, so coercion never reaches the route).
  const params = new Ajv2020({ allErrors: true, strict: true, coerceTypes: true });
  formats(params);
  params.addKeyword({ keyword: 'example' });

  const schemas = (doc.components as Json | undefined)?.schemas;
  for (const [name, schema] of Object.entries(isObject(schemas) ? schemas : {})) {
    const id = BASE + encodeURIComponent(name);
    ajv.addSchema({ ...(rebased(schema) as Json), $id: id });
    params.addSchema({ ...(rebased(schema) as Json), $id: id });
    shapes.addSchema({ ...(shapeOnly(rebased(schema)) as Json), $id: id });
  }

  const operations: Operation[] = [];
  for (const [route, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    const pathNames: string[] = [];
    const pattern = new RegExp(
      `^${route
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (!name) return literal(part);
          pathNames.push(name);
          return '([^/]+)';
        })
        .join('')}$`,
    );
    const contract = route.split('/')[2] ?? 'api';
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const declared = [
        ...(Array.isArray(item.parameters) ? item.parameters : []),
        ...(Array.isArray(op.parameters) ? op.parameters : []),
      ]
        .map((p) => resolveParameter(doc, p))
        .filter((p): p is Json => !!p && (p.in === 'path' || p.in === 'query'));
      const properties: Json = {};
      const required: string[] = [];
      const queryNames = new Set<string>();
      for (const p of declared) {
        const key = `${p.in}:${String(p.name)}`;
        properties[key] = rebased(p.schema ?? {});
        if (p.required || p.in === 'path') required.push(key);
        if (p.in === 'query') queryNames.add(String(p.name));
      }
      const json = (isObject(op.requestBody) ? op.requestBody.content : undefined) as
        | Json
        | undefined;
      const bodySchema = isObject(json?.['application/json'])
        ? (json['application/json'] as Json).schema
        : undefined;
      operations.push({
        route: `${method.toUpperCase()} ${route}`,
        contract,
        method: method.toUpperCase(),
        pattern,
        pathNames,
        queryNames,
        parameters:
          declared.length > 0
            ? params.compile({ type: 'object', properties, required })
            : undefined,
        body:
          bodySchema === undefined
            ? undefined
            : isObject(op.responses) && '422' in op.responses
              ? shapes.compile(shapeOnly(rebased(bodySchema)) as Json)
              : ajv.compile(rebased(bodySchema) as Json),
      });
    }
  }

  const find = (method: string, path: string) =>
    operations.find((o) => o.method === method && o.pattern.test(path));

  const refuse = (c: Context, op: Operation, found: RequestProblem[]) => {
    onRefused?.({ route: op.route, contract: op.contract, problems: found.length });
    c.header('cache-control', 'no-store');
    return c.json(
      { error: { code: 'unknown', message: INVALID_REQUEST_MESSAGE, details: found } },
      400,
    );
  };

  return async (c, next) => {
    const op = find(c.req.method, c.req.path);
    if (!op) return next();
    if (op.parameters) {
      const values: Json = {};
      const match = op.pattern.exec(c.req.path);
      try {
        op.pathNames.forEach((name, i) => {
          values[`path:${name}`] = decodeURIComponent(match?.[i + 1] ?? '');
        });
      } catch {
        return (
          refuse(c, op, [{ path: '/path', keyword: 'json', message: 'bad percent-encoding' }]) ??
          next()
        );
      }
      for (const name of op.queryNames) {
        const all = c.req.queries(name);
        if (all && all.length > 0) values[`query:${name}`] = all.length === 1 ? all[0] : all;
      }
      if (!op.parameters(values)) {
        const found = problems(op.parameters.errors, '').map((p) => ({
          ...p,
          // `/path:code` → `/path/code`: where the value was, then its name.
          path: p.path.replace(/^\/(path|query):/, '/$1/'),
        }));
        return refuse(c, op, found);
      }
    }
    const type = c.req.header('content-type') ?? '';
    if (op.body && /^application\/(.+\+)?json\b/i.test(type)) {
      // A copy of the body: the route (or the auth app, which streams it on) reads the original.
      const text = await c.req.raw.clone().text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return (
          refuse(c, op, [{ path: '/body', keyword: 'json', message: 'is not valid JSON' }]) ??
          next()
        );
      }
      if (!op.body(body)) return refuse(c, op, problems(op.body.errors, '/body'));
    }
    return next();
  };
}
