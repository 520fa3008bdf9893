// @vitest-environment node
// openapi/feedback.yaml against the code: it parses; every FeedbackService method is one
// operation; its schemas have exactly the properties (and required ones) of the TypeScript
// types; nothing a public operation answers has a place for the reporter's identity; and over
// a real socket every request the HTTP client makes hits a documented operation with a valid
// body, and every answer the app sends validates against the documented response.
import { serveOnLoopback } from '@govmini/test-support/loopback';
import { type Node, obj, readOpenApi, recordExchanges } from '@govmini/test-support/openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFeedbackService } from '../core/http-service';
import { FEEDBACK_ERROR_CODES } from '../core/messages';
import { createFeedbackHttpApp } from '../server/http-app';
import { CONFORMANCE_FIXTURE } from './conformance';
import { memorySubject, SUBJECT_CITIZENS } from './memory-subject';
import { runScenario } from './openapi-scenario';
import { ENUMS, SHAPES } from './openapi-types';

const api = readOpenApi(new URL('../../openapi/feedback.yaml', import.meta.url));
const { doc, schemas, operations, deref, validate } = api;

const PUBLIC = new Set(['listCategories', 'findDuplicates', 'listPublic', 'getPublic']);
/** Property names that would carry who reported: none may be reachable from a public answer. */
const IDENTITY =
  /^(reporter(?!Name$)\w*|user\w*|owner\w*|account\w*|phone\w*|email|zalo\w*|session\w*|token|subscribers?|supporterIds?|idempotencyKey)$/i;

/** Every property name reachable from a node, following $refs (each schema once). */
function reachableProperties(node: Node, seen = new Set<string>(), out = new Set<string>()) {
  if (Array.isArray(node)) for (const item of node) reachableProperties(item, seen, out);
  else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      if (key === '$ref' && typeof child === 'string') {
        if (seen.has(child)) continue;
        seen.add(child);
        reachableProperties(deref({ $ref: child }), seen, out);
      } else if (key === 'properties' && child && typeof child === 'object') {
        for (const name of Object.keys(child)) out.add(name);
        reachableProperties(child, seen, out);
      } else reachableProperties(child, seen, out);
    }
  }
  return out;
}

describe('openapi/feedback.yaml', () => {
  it('is OpenAPI 3.1 with a bearer scheme used by default; public operations need no session', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(obj(doc.info).title).toBeTypeOf('string');
    expect(api.operationProblems(PUBLIC)).toEqual([]);
  });

  it('has one operation per FeedbackService method, named after it', () => {
    const methods = Object.keys(createHttpFeedbackService({ baseUrl: 'http://x' })).sort();
    const { memory } = memorySubject(CONFORMANCE_FIXTURE);
    expect(
      Object.keys(memory)
        .filter((k) => k !== 'controls')
        .sort(),
    ).toEqual(methods);
    expect(operations.map((o) => o.id).sort()).toEqual(methods);
  });

  it('asks for an Idempotency-Key on submit', () => {
    const submit = operations.find((o) => o.op.operationId === 'submit');
    const headers = ((submit?.op.parameters as Node[] | undefined) ?? []).map(deref);
    expect(headers).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }),
    );
  });

  it('resolves every $ref', () => {
    const all = api.refs();
    expect(all.length).toBeGreaterThan(60);
    for (const ref of all) {
      expect(ref).toMatch(/^#\/components\/(schemas|responses|parameters)\/\w+$/);
      expect(() => deref({ $ref: ref }), ref).not.toThrow();
    }
  });

  it('has the properties and required properties of each TypeScript type', () => {
    expect(Object.keys(SHAPES).length).toBeGreaterThan(15);
    expect(api.shapeProblems(SHAPES)).toEqual([]);
  });

  it('has the enums of the TypeScript unions, and every FeedbackErrorCode', () => {
    expect(api.enumProblems(ENUMS)).toEqual([]);
    expect(obj(schemas.FeedbackErrorCode).enum).toEqual(FEEDBACK_ERROR_CODES);
  });

  it('gives the reporter’s identity no place in anything a public operation answers', () => {
    const publicResponses = operations
      .filter((o) => PUBLIC.has(o.id))
      .map((o) => o.op.responses as Node);
    const names = reachableProperties(publicResponses);
    expect(names.has('reporterName')).toBe(true);
    expect(names.has('description')).toBe(true);
    expect([...names].filter((name) => IDENTITY.test(name))).toEqual([]);
    // Closed objects: an implementation cannot add an identity field and still validate.
    const report = { $ref: '#/components/schemas/PublicReport' };
    const sample = {
      id: 'rep-1',
      code: 'PA-261201-0001',
      categoryId: 'ha-tang-giao-thong',
      description: 'Ổ gà',
      photos: [],
      location: { kind: 'device', latitude: 21.03, longitude: 105.85 },
      status: 'sent',
      history: [{ status: 'sent', at: '2026-12-01T08:00:00+07:00' }],
      supporters: 0,
      createdAt: '2026-12-01T08:00:00+07:00',
    };
    expect(validate(report, sample)).toEqual([]);
    for (const leak of [{ reporterId: 'zalo-1001' }, { phone: '+84912345678' }, { userId: 'u' }]) {
      expect(validate(report, { ...sample, ...leak }).join()).toMatch(/unexpected property/);
    }
    // The identity pattern itself catches what it must, and lets the name through.
    for (const name of [
      'reporterId',
      'reporterPhone',
      'phone',
      'userId',
      'zaloId',
      'sessionToken',
    ]) {
      expect(IDENTITY.test(name), name).toBe(true);
    }
    expect(IDENTITY.test('reporterName')).toBe(false);
  });
});

describe('the HTTP client and app against the document', () => {
  const { fetch, exchanges } = recordExchanges();
  let close: () => Promise<void>;

  beforeAll(async () => {
    const { memory } = memorySubject(CONFORMANCE_FIXTURE);
    const http = await serveOnLoopback(createFeedbackHttpApp(memory));
    close = http.close;
    const [a, b] = SUBJECT_CITIZENS;
    await runScenario(
      createHttpFeedbackService({ baseUrl: http.baseUrl, fetch }),
      memory.controls,
      [a.session, b.session],
    );
  });
  afterAll(() => close());

  it('makes only documented requests, with documented bodies and headers', () => {
    expect(exchanges.length).toBeGreaterThan(30);
    for (const exchange of exchanges) {
      const problems = api.requestProblems(exchange);
      // The deliberately malformed duplicate query (answered 400) is the one body allowed to fail.
      const unexpected =
        exchange.status === 400 ? problems.filter((p) => !p.includes(' request $')) : problems;
      expect(unexpected).toEqual([]);
    }
    const upload = operations.find((o) => o.id === 'uploadPhoto');
    expect(Object.keys(obj(obj(upload?.op.requestBody).content))).toContain('image/png');
    const used = new Set(exchanges.map((e) => api.operationFor(e.method, e.path)?.id));
    expect(used.size).toBe(operations.length);
  });

  it('answers every request with a documented status and a body that validates', () => {
    expect(exchanges.flatMap(api.responseProblems)).toEqual([]);
    const statuses = [...new Set(exchanges.map((e) => e.status))].sort();
    expect(statuses).toEqual([200, 201, 400, 401, 404, 409, 413, 415, 422]);
  });
});
