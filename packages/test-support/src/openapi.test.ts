import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readOpenApi, recordExchanges } from './openapi';

const write = (yaml: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'api.yaml');
  writeFileSync(file, yaml);
  return pathToFileURL(file);
};

const DOC = `openapi: 3.1.0
info:
  title: Test
  version: '1'
paths:
  /things/{id}:
    post:
      operationId: saveThing
      parameters:
        - $ref: '#/components/parameters/IdempotencyKey'
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Thing'
      responses:
        '200':
          description: Saved
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Thing'
        '204':
          description: Nothing
        4XX:
          $ref: '#/components/responses/Error'
components:
  parameters:
    IdempotencyKey:
      name: Idempotency-Key
      in: header
      required: true
      schema:
        type: string
  responses:
    Error:
      description: An error
      content:
        application/json:
          schema:
            type: object
            required: [error]
            properties:
              error:
                type: string
  schemas:
    Thing:
      type: object
      additionalProperties: false
      required: [name, at]
      properties:
        name:
          type: string
          minLength: 1
        at:
          type: string
          format: date-time
        day:
          type: string
          format: date
        kind:
          $ref: '#/components/schemas/Kind'
    Kind:
      type: string
      enum: [a, b]
`;

const thing = { name: 'x', at: '2026-12-01T08:00:00+07:00' };
const exchange = (over: object) => ({
  method: 'post',
  path: '/things/1',
  headers: new Headers({ 'idempotency-key': 'k' }),
  requestBody: thing,
  status: 200,
  body: thing,
  ...over,
});

describe('readOpenApi', () => {
  const api = readOpenApi(write(DOC));

  it('finds operations by method and concrete path', () => {
    expect(api.operations.map((o) => o.id)).toEqual(['saveThing']);
    expect(api.operationFor('post', '/things/abc')?.id).toBe('saveThing');
    expect(api.operationFor('get', '/things/abc')).toBeUndefined();
    expect(api.operationFor('post', '/things/a/b')).toBeUndefined();
  });

  it('validates through $refs, with JSON paths, formats and closed objects', () => {
    const ref = { $ref: '#/components/schemas/Thing' };
    expect(api.validate(ref, { ...thing, day: '2026-12-01', kind: 'a' })).toEqual([]);
    expect(api.validate(ref, { ...thing, kind: 'c' })).toEqual([
      '$.kind: must be equal to one of the allowed values',
    ]);
    expect(api.validate(ref, { name: '', at: '2026-12-01T08:00:00', day: '2026-02-30' })).toEqual(
      expect.arrayContaining([
        '$.name: must NOT have fewer than 1 characters',
        '$.at: must match format "date-time"',
        '$.day: must match format "date"',
      ]),
    );
    expect(api.validate(ref, { ...thing, phone: '0912345678' })).toEqual([
      '$: unexpected property phone',
    ]);
  });

  it('checks exchanges: operation, required headers, bodies, documented statuses', () => {
    expect(api.requestProblems(exchange({}))).toEqual([]);
    expect(api.responseProblems(exchange({}))).toEqual([]);
    expect(api.responseProblems(exchange({ status: 204, body: undefined }))).toEqual([]);
    expect(api.responseProblems(exchange({ status: 409, body: { error: 'x' } }))).toEqual([]);
    expect(api.requestProblems(exchange({ method: 'get' }))).toEqual([
      'get /things/1: no such operation',
    ]);
    expect(api.requestProblems(exchange({ headers: new Headers() }))).toEqual([
      'post /things/1: no Idempotency-Key header',
    ]);
    expect(api.requestProblems(exchange({ requestBody: { name: 'x' } }))).toEqual([
      "post /things/1 request $: must have required property 'at'",
    ]);
    expect(api.responseProblems(exchange({ status: 500 }))).toEqual([
      'post /things/1 → 500: undocumented status',
    ]);
    expect(api.responseProblems(exchange({ status: 204, body: {} }))).toEqual([
      'post /things/1 → 204: a body where none is documented',
    ]);
  });

  it('compares schemas with the TypeScript side', () => {
    expect(api.shapeProblems({ Thing: { name: true, at: true, day: false, kind: false } })).toEqual(
      [],
    );
    expect(
      api.shapeProblems({ Thing: { name: true, at: false, day: false, kind: false } }),
    ).toEqual(["Thing: required at, name ≠ type's name"]);
    expect(api.enumProblems({ Kind: ['a', 'b'] })).toEqual([]);
    expect(api.enumProblems({ Kind: ['b', 'a'] })).toHaveLength(1);
    expect(api.refs()).toContain('#/components/schemas/Kind');
  });

  it('checks the bearer default, public operations and the answers every operation documents', () => {
    expect(api.operationProblems(new Set())).toEqual([
      'components.securitySchemes.bearer: not an HTTP bearer scheme',
      'security: the bearer scheme is not the default',
      'saveThing: no 5XX answer',
      'saveThing: no 401 answer',
    ]);
    expect(api.operationProblems(new Set(['saveThing']))).toContain(
      'saveThing: public, but not security: []',
    );
    const secured = readOpenApi(
      write(`openapi: 3.1.0
info:
  title: Secured
  version: '1'
security:
  - bearer: []
paths:
  /mine:
    get:
      operationId: listMine
      responses:
        '200':
          description: OK
        '401':
          description: No session
        5XX:
          description: Down
  /public:
    get:
      operationId: listPublic
      security: []
      responses:
        '200':
          description: OK
        5XX:
          description: Down
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
`),
    );
    expect(secured.operationProblems(new Set(['listPublic']))).toEqual([]);
    expect(secured.operationProblems(new Set())).toEqual([
      'listPublic: its own security',
      'listPublic: no 401 answer',
    ]);
  });

  it('refuses keywords it does not know and refs it cannot resolve, rather than pass', () => {
    const typo = readOpenApi(write(DOC.replace('minLength: 1', 'minLenght: 1')));
    expect(() => typo.validate({ $ref: '#/components/schemas/Thing' }, thing)).toThrow(
      /unknown keyword/,
    );
    expect(() => api.validate({ $ref: '#/components/schemas/Nothing' }, thing)).toThrow();
    expect(() => api.deref({ $ref: '#/components/responses/Nothing' })).toThrow(/unresolved/);
    expect(() => readOpenApi(write(`${DOC}\nopenapi: 3.1.1\n`))).toThrow(/unique/i);
  });
});

describe('recordExchanges', () => {
  it('records the request and the parsed answer, and passes the answer on untouched', async () => {
    const { fetch, exchanges } = recordExchanges(
      async () => new Response(JSON.stringify({ ok: 1 }), { status: 201 }),
    );
    const response = await fetch('http://x.test/a/b?c=1', {
      method: 'POST',
      headers: { authorization: 'Bearer t' },
      body: JSON.stringify({ n: 1 }),
    });
    expect(await response.json()).toEqual({ ok: 1 });
    expect(exchanges).toEqual([
      expect.objectContaining({
        method: 'post',
        path: '/a/b',
        requestBody: { n: 1 },
        status: 201,
        body: { ok: 1 },
      }),
    ]);
    expect(exchanges[0]?.headers.get('authorization')).toBe('Bearer t');
  });
});
