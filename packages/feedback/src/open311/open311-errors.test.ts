// @vitest-environment node
// Failures as typed FeedbackErrors: the spec's 400/403/404 with `[{code, description}]`
// bodies, 5xx, a dead network, a hang, XML where JSON was asked for; what Open311 cannot do
// at all; and the api_key, which no error may carry in any form.
import { describe, expect, it } from 'vitest';
import { feedbackErrorMessages } from '../core/messages';
import { FeedbackError, type FeedbackErrorCode } from '../core/types';
import { Open311Problem } from './problem';
import { createOpen311FeedbackService } from './service';
import { API_KEY, expectFeedbackError, loopbackStacks, newReport, SESSION } from './test-support';

const stack = loopbackStacks();

/** Everything an error exposes, cause chain included, as one string. */
function everything(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    parts.push(String(current), JSON.stringify(current), (current as Error).stack ?? '');
    if (current instanceof Open311Problem) parts.push(JSON.stringify(current.said));
    current = (current as { cause?: unknown }).cause;
  }
  return parts.join('\n');
}

const secretForms = [
  API_KEY,
  encodeURIComponent(API_KEY),
  new URLSearchParams({ k: API_KEY }).toString().slice(2),
];

function expectNoKey(error: unknown) {
  const text = everything(error);
  for (const form of secretForms) expect(text).not.toContain(form);
}

describe('HTTP errors → FeedbackError codes', () => {
  it('403 (wrong api_key) → forbidden, pointing the developer at apiKey without showing it', async () => {
    const { server } = await stack();
    const service = createOpen311FeedbackService({
      endpoint: server.endpoint,
      apiKey: `${API_KEY}-wrong`,
    });
    const error = await expectFeedbackError(service.submit(SESSION, newReport()), 'forbidden');
    expect(error.status).toBe(403);
    expect(error.message).toBe(feedbackErrorMessages.vi.forbidden);
    expect(error.cause).toBeInstanceOf(Open311Problem);
    expect((error.cause as Error).message).toContain('apiKey option');
    expect((error.cause as Error).message).toContain('Invalid api_key received');
    for (const form of [`${API_KEY}-wrong`, encodeURIComponent(`${API_KEY}-wrong`)]) {
      expect(everything(error)).not.toContain(form);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('a server echoing the api_key in its error: redacted in every form', async () => {
    const { service, server } = await stack();
    for (const form of secretForms) {
      server.failNext(403, [{ code: 403, description: `Invalid api_key ${form}` }], 'POST');
      const error = await expectFeedbackError(service.submit(SESSION, newReport()), 'forbidden');
      expectNoKey(error);
      expect((error.cause as Open311Problem).said[0]?.description).toBe(
        'Invalid api_key [api_key]',
      );
    }
    server.failNext(
      400,
      `<errors><error><code>1</code><description>bad ${API_KEY}</description></error></errors>`,
      'POST',
    );
    expectNoKey(await expectFeedbackError(service.submit(SESSION, newReport()), 'invalid_report'));
  });

  it('the api_key is never in a URL: only in POST bodies', async () => {
    const { service, server } = await stack();
    const { id } = await service.submit(SESSION, newReport());
    await service.listCategories();
    await service.getMine(SESSION, id);
    await service.listPublic({});
    for (const call of server.calls) {
      const url = `${call.path}?${new URLSearchParams(call.query)}`;
      for (const form of secretForms) expect(url).not.toContain(form);
      if (call.method === 'GET') expect(call.query).not.toHaveProperty('api_key');
    }
  });

  it('400 on POST → invalid_report with the issues the server named and its descriptions', async () => {
    const { service, server } = await stack();
    server.failNext(
      400,
      [
        { code: 'description', description: 'description is longer than 4,000 characters' },
        { code: 'location', description: 'address_string could not be found' },
      ],
      'POST',
    );
    const error = await expectFeedbackError(service.submit(SESSION, newReport()), 'invalid_report');
    expect(error.issues).toEqual([
      { path: 'description', code: 'too_long', params: { max: 4000 } },
      { path: 'location', code: 'invalid_location' },
    ]);
    expect((error.cause as Open311Problem).said.map((s) => s.description)).toEqual([
      'description is longer than 4,000 characters',
      'address_string could not be found',
    ]);
    expect(error.message).toBe(feedbackErrorMessages.vi.invalid_report);
  });

  it('a required attribute the server asks for → invalid_report from the real server', async () => {
    // Configured with an empty answer (sent as absent): the server names what is missing.
    const { service, server } = await stack({}, { attributes: { 'den-duong': { 'so-cot': '' } } });
    const error = await expectFeedbackError(
      service.submit(SESSION, newReport({ categoryId: 'den-duong' })),
      'invalid_report',
    );
    expect((error.cause as Open311Problem).said[0]?.description).toBe(
      'attribute[so-cot] is required',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('an unknown category: named before filing, or by the server’s 404 (→ unknown_category)', async () => {
    const { service, server } = await stack();
    const local = await expectFeedbackError(
      service.submit(SESSION, newReport({ categoryId: 'khong-con' })),
      'invalid_report',
    );
    expect(local.issues).toEqual([{ path: 'categoryId', code: 'unknown_category' }]);
    // Gone from the server between the service list and the POST.
    server.failNext(404, [{ code: 404, description: 'service_code o-ga was not found' }], 'POST');
    const error = await expectFeedbackError(service.submit(SESSION, newReport()), 'invalid_report');
    expect(error.issues).toEqual([{ path: 'categoryId', code: 'unknown_category' }]);
    expect(error.status).toBe(404);
  });

  it('404 on GET → not_found; a wrong jurisdiction too; a missing one is the server refusing', async () => {
    const { service, server } = await stack(
      { jurisdictionId: 'hue.gov.vn' },
      { jurisdictionId: 'hue.gov.vn' },
    );
    await expectFeedbackError(service.getPublic('1'), 'not_found');
    const wrong = createOpen311FeedbackService({
      endpoint: server.endpoint,
      apiKey: API_KEY,
      jurisdictionId: 'danang.gov.vn',
    });
    await expectFeedbackError(wrong.listCategories(), 'not_found');
    const missing = createOpen311FeedbackService({ endpoint: server.endpoint, apiKey: API_KEY });
    const error = await expectFeedbackError(missing.listCategories(), 'server');
    expect((error.cause as Error).message).toContain('jurisdictionId option');
  });

  it.each([
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [429, 'server'],
    [504, 'timeout'],
    [413, 'too_large'],
  ] as [number, FeedbackErrorCode][])('%i → %s', async (status, code) => {
    const { service, server } = await stack();
    server.failNext(status, { message: 'upstream' });
    const error = await expectFeedbackError(service.listCategories(), code);
    expect(error.status).toBe(status);
  });

  it('XML or garbage where JSON was asked for → server, naming the format', async () => {
    const xml = async () =>
      new Response('<?xml version="1.0"?><services></services>', {
        headers: { 'content-type': 'text/xml' },
      });
    const service = createOpen311FeedbackService({
      endpoint: 'http://georeport.invalid/v2',
      apiKey: API_KEY,
      fetch: xml,
    });
    const error = await expectFeedbackError(service.listCategories(), 'server');
    expect((error.cause as Error).message).toContain('answered XML');
    const garbage = createOpen311FeedbackService({
      endpoint: 'http://georeport.invalid/v2',
      apiKey: API_KEY,
      fetch: async () => new Response('{"services": ['),
    });
    await expectFeedbackError(garbage.listCategories(), 'server');
    const offContract = createOpen311FeedbackService({
      endpoint: 'http://georeport.invalid/v2',
      apiKey: API_KEY,
      fetch: async () => Response.json({ hello: 'world' }),
    });
    await expectFeedbackError(offContract.listCategories(), 'server');
  });
});

describe('no answer at all', () => {
  it('a server that is gone → offline (without the body in the error)', async () => {
    const { service, server } = await stack();
    await server.close();
    const error = await expectFeedbackError(service.submit(SESSION, newReport()), 'offline');
    expect(error.status).toBeUndefined();
    expect(error.message).toBe(feedbackErrorMessages.vi.offline);
    expectNoKey(error);
  });

  it('a server that hangs → timeout after timeoutMs', async () => {
    const hang = (_input: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      });
    const service = createOpen311FeedbackService({
      endpoint: 'http://georeport.invalid/v2',
      apiKey: API_KEY,
      fetch: hang as typeof fetch,
      timeoutMs: 30,
    });
    const started = Date.now();
    await expectFeedbackError(service.listCategories(), 'timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

it('every error is a FeedbackError with an Open311Problem cause', async () => {
  const { service, server } = await stack();
  server.failNext(500, []);
  const error = await service.listCategories().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FeedbackError);
  expect((error as FeedbackError).cause).toBeInstanceOf(Open311Problem);
});
