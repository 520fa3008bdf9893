// @vitest-environment node
// openapi/dossier.yaml against the code: it parses; every DossierService method is one
// operation; its schemas have exactly the properties (and required ones) of the TypeScript
// types; and over a real socket every request the HTTP client makes hits a documented
// operation with a valid body, and every answer the app sends validates against the
// documented response.
import { serveOnLoopback } from '@govmini/test-support/loopback';
import { obj, readOpenApi, recordExchanges } from '@govmini/test-support/openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpDossierService } from '../core/service/http-service';
import { DOSSIER_ERROR_CODES } from '../core/service/messages';
import { exampleProcedures } from '../examples';
import { createDossierHttpApp } from '../server/http-app';
import { CONFORMANCE_SETUP } from './conformance';
import { CONFORMANCE_PROCEDURE } from './conformance-fixture';
import { createMemoryDossierService } from './memory-service';
import { runScenario } from './openapi-scenario';
import { ENUMS, SHAPES } from './openapi-types';

const api = readOpenApi(new URL('../../openapi/dossier.yaml', import.meta.url));
const { doc, schemas, operations, validate } = api;

const PUBLIC = new Set(['listProcedures', 'getProcedure', 'getAppointmentSlots', 'lookup']);

describe('openapi/dossier.yaml', () => {
  it('is OpenAPI 3.1 with a bearer scheme used by default; public operations need no session', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(obj(doc.info).title).toBeTypeOf('string');
    expect(api.operationProblems(PUBLIC)).toEqual([]);
  });

  it('has one operation per DossierService method, named after it', () => {
    const methods = Object.keys(createHttpDossierService({ baseUrl: 'http://x' })).sort();
    const memory = createMemoryDossierService({ procedures: [] });
    expect(
      Object.keys(memory)
        .filter((k) => k !== 'controls')
        .sort(),
    ).toEqual(methods);
    expect(operations.map((o) => o.id).sort()).toEqual(methods);
  });

  it('resolves every $ref', () => {
    const all = api.refs();
    expect(all.length).toBeGreaterThan(50);
    for (const ref of all) {
      expect(ref).toMatch(/^#\/components\/(schemas|responses|parameters)\/\w+$/);
      expect(() => api.deref({ $ref: ref }), ref).not.toThrow();
    }
  });

  it('has the properties and required properties of each TypeScript type', () => {
    expect(Object.keys(SHAPES).length).toBeGreaterThan(20);
    expect(api.shapeProblems(SHAPES)).toEqual([]);
  });

  it('has the enums of the TypeScript unions, and every DossierErrorCode', () => {
    expect(api.enumProblems(ENUMS)).toEqual([]);
    expect(obj(schemas.DossierErrorCode).enum).toEqual(DOSSIER_ERROR_CODES);
  });

  it('validates the fixture procedure as a ProcedureDefinition, and refuses a broken one', () => {
    expect(
      validate({ $ref: '#/components/schemas/ProcedureDefinition' }, CONFORMANCE_PROCEDURE),
    ).toEqual([]);
    const broken = {
      ...CONFORMANCE_PROCEDURE,
      agency: { name: { vi: 'x' }, unitCode: 'H56' },
      pages: [],
    };
    expect(validate({ $ref: '#/components/schemas/ProcedureDefinition' }, broken).length).toBe(2);
  });
});

describe('the HTTP client and app against the document', () => {
  const { fetch, exchanges } = recordExchanges();
  let close: () => Promise<void>;

  beforeAll(async () => {
    const memory = createMemoryDossierService({
      // The examples too: listProcedures then checks them against the document.
      procedures: [...CONFORMANCE_SETUP.procedures, ...exampleProcedures],
      now: CONFORMANCE_SETUP.startAt,
      users: ['citizen-a', 'citizen-b'],
    });
    const http = await serveOnLoopback(createDossierHttpApp(memory));
    close = http.close;
    await runScenario(createHttpDossierService({ baseUrl: http.baseUrl, fetch }), memory.controls);
  });
  afterAll(() => close());

  it('makes only documented requests, with documented bodies and headers', () => {
    expect(exchanges.length).toBeGreaterThan(20);
    expect(exchanges.flatMap(api.requestProblems)).toEqual([]);
    const used = new Set(exchanges.map((e) => api.operationFor(e.method, e.path)?.id));
    expect(used.size).toBe(operations.length);
  });

  it('answers every request with a documented status and a body that validates', () => {
    expect(exchanges.flatMap(api.responseProblems)).toEqual([]);
    const statuses = [...new Set(exchanges.map((e) => e.status))].sort();
    expect(statuses).toEqual([200, 201, 204, 400, 401, 404, 409, 413, 415, 422]);
  });
});
