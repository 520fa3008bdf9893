// A package's OpenAPI 3.1 document, read with the `yaml` library and checked with Ajv (JSON
// Schema 2020-12, which OpenAPI 3.1 schemas are), for the tests that hold a package's types,
// HTTP client and HTTP app to its published contract. Ajv runs in strict mode: a keyword it
// does not know fails loudly, so a schema can never pass by being misunderstood.
import { readFileSync } from 'node:fs';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/** A parsed YAML/JSON value. */
export type Node = string | number | boolean | null | Node[] | { [key: string]: Node };
export type Obj = Record<string, Node>;

/** `node` as a mapping; throws when it is anything else (so a typo fails, not passes). */
export const obj = (node: Node | undefined): Obj => {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    throw new Error(`expected a mapping, got ${JSON.stringify(node)}`);
  }
  return node;
};

export interface Operation {
  /** The operationId. */
  id: string;
  /** Lower case, as in the document: `get`, `post`… */
  method: string;
  /** The documented path, `/dossiers/{code}`. */
  path: string;
  op: Obj;
}

/** One request the client made and the answer it got, as `recordExchanges` saw them. */
export interface Exchange {
  /** Lower case. */
  method: string;
  /** The URL's path, without the query. */
  path: string;
  headers: Headers;
  requestBody: unknown;
  status: number;
  body: unknown;
}

/** `true` for a required property, `false` for an optional one: `satisfies Flags<MyType>`. */
export type Flags<T> = { readonly [K in keyof T]-?: object extends Pick<T, K> ? false : true };

/** A list that names every member of the union U and nothing else, or it does not compile. */
export const every =
  <U>() =>
  <const L extends readonly U[]>(
    list: L & ([Exclude<U, L[number]>] extends [never] ? unknown : never),
  ) =>
    list;

const SCHEMA_REF = '#/components/schemas/';

/** Every `$ref` string under `node`. */
function refsIn(node: Node, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refsIn(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      if (key === '$ref' && typeof child === 'string') out.push(child);
      else refsIn(child, out);
    }
  }
  return out;
}

/** The document's schema refs pointed at the `$defs` of the schema Ajv knows as `openapi`. */
function forAjv(node: Node): Node {
  if (Array.isArray(node)) return node.map(forAjv);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, child]) => [
      key,
      key === '$ref' && typeof child === 'string' && child.startsWith(SCHEMA_REF)
        ? `openapi#/$defs/${child.slice(SCHEMA_REF.length)}`
        : forAjv(child),
    ]),
  );
}

/** `/a/0/b` (Ajv's instancePath) → `$.a[0].b`. */
const jsonPath = (pointer: string) =>
  `$${pointer
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')}`;

const describeError = (error: ErrorObject) =>
  `${jsonPath(error.instancePath)}: ${
    error.keyword === 'additionalProperties'
      ? `unexpected property ${String(error.params.additionalProperty)}`
      : error.message
  }`;

/** The document at `url` (a `new URL('../openapi/x.yaml', import.meta.url)`), ready to check. */
export function readOpenApi(url: URL) {
  const doc = obj(parse(readFileSync(url, 'utf8'), { uniqueKeys: true }) as Node);
  const components = obj(doc.components);
  const schemas = obj(components.schemas ?? {});
  const operations: Operation[] = Object.entries(obj(doc.paths)).flatMap(([path, item]) =>
    Object.entries(obj(item)).map(([method, op]) => ({
      id: String(obj(op).operationId),
      method,
      path,
      op: obj(op),
    })),
  );
  const patterns = operations.map((o) => new RegExp(`^${o.path.replace(/\{\w+\}/g, '[^/]+')}$`));

  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv, ['date', 'date-time', 'uri']);
  ajv.addSchema({ $id: 'openapi', $defs: forAjv(schemas) });
  const compiled = new Map<string, ValidateFunction>();

  /** A `$ref` to a component (`#/components/responses/X`…) as that component; else the node. */
  const deref = (node: Node | undefined): Obj => {
    const o = obj(node);
    if (typeof o.$ref !== 'string') return o;
    const [, section, name] = /^#\/components\/(\w+)\/(\w+)$/.exec(o.$ref) ?? [];
    const target = components[section ?? '']
      ? obj(components[section as string])[name as string]
      : undefined;
    if (target === undefined) throw new Error(`unresolved ${o.$ref}`);
    return obj(target);
  };

  /** Problems of `value` against `schema` (empty = valid), each with its JSON path. */
  const validate = (schema: Node, value: unknown): string[] => {
    const key = JSON.stringify(schema);
    let check = compiled.get(key);
    if (!check) {
      check = ajv.compile(obj(forAjv(schema)));
      compiled.set(key, check);
    }
    return check(value) ? [] : (check.errors ?? []).map(describeError);
  };

  const operationFor = (method: string, path: string): Operation | undefined =>
    operations.find((o, i) => o.method === method && patterns[i]?.test(path));

  return {
    doc,
    components,
    schemas,
    operations,
    operationFor,
    deref,
    validate,
    /** Every `$ref` in the document. */
    refs: () => refsIn(doc),

    /**
     * What is wrong with the document's security and answers: a bearer scheme required by
     * default; `publicIds` opt out (`security: []`), every other operation documents a 401;
     * every operation documents a 2xx and a 5XX answer.
     */
    operationProblems(publicIds: ReadonlySet<string>): string[] {
      const problems: string[] = [];
      const bearer = obj(components.securitySchemes ?? {}).bearer;
      const scheme = bearer && typeof bearer === 'object' && !Array.isArray(bearer) ? bearer : {};
      if (scheme.type !== 'http' || scheme.scheme !== 'bearer') {
        problems.push('components.securitySchemes.bearer: not an HTTP bearer scheme');
      }
      if (JSON.stringify(doc.security) !== JSON.stringify([{ bearer: [] }])) {
        problems.push('security: the bearer scheme is not the default');
      }
      for (const { id, op } of operations) {
        const statuses = Object.keys(obj(op.responses));
        if (!statuses.some((code) => /^2\d\d$/.test(code))) problems.push(`${id}: no 2xx answer`);
        if (!statuses.includes('5XX')) problems.push(`${id}: no 5XX answer`);
        if (publicIds.has(id)) {
          if (JSON.stringify(op.security) !== '[]')
            problems.push(`${id}: public, but not security: []`);
        } else {
          if (op.security !== undefined) problems.push(`${id}: its own security`);
          if (!statuses.includes('401')) problems.push(`${id}: no 401 answer`);
        }
      }
      return problems;
    },

    /** What is wrong with a request: an undocumented operation, a missing header, a bad body. */
    requestProblems(exchange: Exchange): string[] {
      const where = `${exchange.method} ${exchange.path}`;
      const operation = operationFor(exchange.method, exchange.path);
      if (!operation) return [`${where}: no such operation`];
      const problems: string[] = [];
      for (const parameter of (operation.op.parameters as Node[] | undefined) ?? []) {
        const p = deref(parameter);
        if (p.in === 'header' && p.required && !exchange.headers.has(String(p.name))) {
          problems.push(`${where}: no ${String(p.name)} header`);
        }
      }
      const json = operation.op.requestBody
        ? obj(deref(operation.op.requestBody).content)['application/json']
        : undefined;
      if (json) {
        for (const problem of validate(obj(json).schema as Node, exchange.requestBody)) {
          problems.push(`${where} request ${problem}`);
        }
      }
      return problems;
    },

    /** What is wrong with an answer: an undocumented status, a body that does not validate. */
    responseProblems(exchange: Exchange): string[] {
      const where = `${exchange.method} ${exchange.path} → ${exchange.status}`;
      const responses = obj(operationFor(exchange.method, exchange.path)?.op.responses ?? {});
      const documented =
        responses[String(exchange.status)] ?? responses[`${String(exchange.status)[0]}XX`];
      if (documented === undefined) return [`${where}: undocumented status`];
      const response = deref(documented);
      if (!response.content) {
        return exchange.body === undefined ? [] : [`${where}: a body where none is documented`];
      }
      const schema = obj(obj(response.content)['application/json']).schema as Node;
      return validate(schema, exchange.body).map((problem) => `${where} ${problem}`);
    },

    /**
     * Where the schemas' properties and required properties differ from the TypeScript types'
     * (`shapes`: for each schema name, every property, `true` where required).
     */
    shapeProblems(shapes: Record<string, Record<string, boolean>>): string[] {
      const problems: string[] = [];
      for (const [name, flags] of Object.entries(shapes)) {
        const schema = obj(schemas[name]);
        const documented = Object.keys(obj(schema.properties)).sort();
        const typed = Object.keys(flags).sort();
        if (documented.join() !== typed.join()) {
          problems.push(
            `${name}: properties ${documented.join(', ')} ≠ type's ${typed.join(', ')}`,
          );
        }
        const required = [...((schema.required as string[] | undefined) ?? [])].sort();
        const typedRequired = typed.filter((key) => flags[key]);
        if (required.join() !== typedRequired.join()) {
          problems.push(
            `${name}: required ${required.join(', ')} ≠ type's ${typedRequired.join(', ')}`,
          );
        }
      }
      return problems;
    },

    /** Where the schemas' enums differ from the TypeScript unions' lists, order included. */
    enumProblems(enums: Record<string, readonly unknown[]>): string[] {
      return Object.entries(enums)
        .filter(
          ([name, values]) => JSON.stringify(obj(schemas[name]).enum) !== JSON.stringify(values),
        )
        .map(
          ([name, values]) =>
            `${name}: enum ${JSON.stringify(obj(schemas[name]).enum)} ≠ ${JSON.stringify(values)}`,
        );
    },
  };
}

export type OpenApi = ReturnType<typeof readOpenApi>;

/** A fetch that records every exchange (request and parsed answer) as it passes through. */
export function recordExchanges(inner: typeof globalThis.fetch = globalThis.fetch) {
  const exchanges: Exchange[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await inner(input, init);
    const text = await response.clone().text();
    exchanges.push({
      method: (init?.method ?? 'GET').toLowerCase(),
      path: new URL(String(input)).pathname,
      headers: new Headers(init?.headers),
      requestBody: typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body,
      status: response.status,
      body: text ? JSON.parse(text) : undefined,
    });
    return response;
  };
  return { fetch, exchanges };
}
