// @vitest-environment node
// The HTTP client alone, against a scripted fetch and a scripted XMLHttpRequest: how every
// failure becomes a FeedbackError, and that nothing personal leaves through a URL or stays in
// an error. The full contract over a real socket is in src/testing/http-loopback.test.ts.
import {
  type FetchCall,
  hangUntilAborted,
  jsonResponse as json,
  scriptedFetch,
} from '@govmini/test-support/fetch';
import { type ScriptedXhr, scriptedXhr } from '@govmini/test-support/xhr';
import { describe, expect, it } from 'vitest';
import { createHttpFeedbackService } from './http-service';
import { FeedbackError, type FeedbackErrorCode, type NewReport } from './types';

function scripted(answer: (call: FetchCall) => Response | Promise<Response>) {
  const { calls, fetch } = scriptedFetch(answer);
  return {
    calls,
    service: createHttpFeedbackService({ baseUrl: 'https://api.test/v1/', fetch, timeoutMs: 50 }),
  };
}

async function failure(promise: Promise<unknown>): Promise<FeedbackError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FeedbackError);
  return error as FeedbackError;
}

const report: NewReport = {
  categoryId: 'ha-tang-giao-thong',
  description: 'Ổ gà trước nhà bà Nguyễn Thị Hoa',
  photoIds: ['photo-1'],
  location: { kind: 'commune', provinceCode: '01', communeCode: '00070', place: 'Số 12' },
  showName: false,
  publish: true,
  notify: true,
  idempotencyKey: 'key-0000-0001',
};

describe('createHttpFeedbackService: errors', () => {
  it.each([
    [400, 'unknown'],
    [401, 'unauthenticated'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [408, 'timeout'],
    [409, 'conflict'],
    [410, 'not_found'],
    [413, 'too_large'],
    [415, 'unsupported_type'],
    [422, 'invalid_report'],
    [429, 'server'],
    [500, 'server'],
    [501, 'not_supported'],
    [503, 'server'],
    [504, 'timeout'],
  ] as [number, FeedbackErrorCode][])('maps a bare %i to %s', async (status, code) => {
    const { service } = scripted(() => new Response('<html>proxy error</html>', { status }));
    const error = await failure(service.listMine('session-token'));
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
  });

  it('takes the body’s code when it is one of ours; `offline` from a server means its upstream', async () => {
    const answers: [number, unknown, FeedbackErrorCode][] = [
      [409, { error: { code: 'not_allowed', message: 'x' } }, 'not_allowed'],
      [409, { error: { code: 'made_up', message: 'x' } }, 'conflict'],
      [501, { error: { code: 'not_supported', message: 'x' } }, 'not_supported'],
      [502, { error: { code: 'offline', message: 'x' } }, 'server'],
    ];
    for (const [status, body, code] of answers) {
      const { service } = scripted(() => json(status, body));
      expect((await failure(service.support('s', 'rep-1'))).code).toBe(code);
    }
  });

  it('keeps the known issues of invalid_report, cleaned, and shows only its own words', async () => {
    const secret = 'Nguyễn Thị Hoa 0912345678';
    const { service } = scripted(() =>
      json(422, {
        error: {
          code: 'invalid_report',
          message: `description "${secret}" is wrong`,
          issues: [
            {
              path: 'description',
              code: 'too_long',
              params: { max: 4000, nested: { x: 1 } },
              extra: secret,
            },
            { path: 'photoIds', code: 'too_few_photos' },
            { path: 'nickname', code: 'required' },
            { path: 'location', code: 'made_up' },
            'not an issue',
          ],
        },
      }),
    );
    const error = await failure(service.submit('s', report));
    expect(error.code).toBe('invalid_report');
    expect(error.issues).toEqual([
      { path: 'description', code: 'too_long', params: { max: 4000 } },
      { path: 'photoIds', code: 'too_few_photos' },
    ]);
    expect(error.message).toMatch(/vui lòng/);
    for (const text of [error.message, String(error), JSON.stringify(error)]) {
      expect(text).not.toContain('Nguyễn');
    }
  });

  it('tells a network failure (offline) from a hang (timeout)', async () => {
    const down = scripted(() => {
      throw new TypeError('fetch failed');
    });
    expect((await failure(down.service.listCategories())).code).toBe('offline');
    const hang = scripted(hangUntilAborted);
    const error = await failure(hang.service.listCategories());
    expect(error.code).toBe('timeout');
    expect(error.status).toBeUndefined();
  });

  it('answers server for a 200 that is off the contract', async () => {
    const bodies: [keyof ReturnType<typeof createHttpFeedbackService>, unknown][] = [
      ['listMine', undefined],
      ['listMine', { reports: 'nope' }],
      ['listMine', { reports: [{ id: 1 }] }],
      ['listCategories', { categories: [{ id: 'x', icon: 'unicorn' }] }],
      ['listPublic', { items: [{ id: 'x', status: 'lost' }] }],
      ['getPublic', 'text'],
    ];
    for (const [method, body] of bodies) {
      const { service } = scripted(() => json(200, body));
      const call = (service[method] as (...args: unknown[]) => Promise<unknown>)('s', {});
      expect((await failure(call)).code, method).toBe('server');
    }
  });

  it('keeps only the contract’s properties of a public report: an identity sent by mistake is dropped', async () => {
    const leaky = {
      id: 'rep-1',
      code: 'PA-261201-0001',
      categoryId: 'ha-tang-giao-thong',
      description: 'Ổ gà',
      photos: [],
      location: { kind: 'device', latitude: 21, longitude: 105, reporterPhone: '0912345678' },
      status: 'answered',
      history: [{ status: 'sent', at: '2026-12-01T08:00:00+07:00', by: 'zalo-1001' }],
      supporters: 2,
      createdAt: '2026-12-01T08:00:00+07:00',
      reporterId: 'zalo-1001',
      phone: '0912345678',
    };
    const { service } = scripted(() => json(200, leaky));
    const read = await service.getPublic('rep-1');
    expect(JSON.stringify(read)).not.toMatch(/zalo-1001|0912345678/);
    expect(read.supporters).toBe(2);
  });
});

describe('createHttpFeedbackService: requests', () => {
  it('sends the session only in Authorization, the key only in Idempotency-Key, ids encoded, texts in bodies', async () => {
    const { service, calls } = scripted(() => json(404, undefined));
    await failure(service.submit('tok-123', report));
    await failure(service.getMine('tok-123', 'a/b?c'));
    await failure(service.resolveLocation('tok-123', 'loc-token-9'));
    await failure(service.listPublic({ text: 'đường Lê Lợi', limit: 5 }));
    await failure(
      service.findDuplicates({ categoryId: 'x', location: report.location, description: 'Ổ gà' }),
    );
    await failure(service.getPublic('rep 1'));
    const [submit, get, locate, search, duplicates, publicOne] = calls;
    expect(submit?.url).toBe('https://api.test/v1/reports');
    const headers = new Headers(submit?.init.headers);
    expect(headers.get('authorization')).toBe('Bearer tok-123');
    expect(headers.get('idempotency-key')).toBe('key-0000-0001');
    expect(JSON.parse(String(submit?.init.body))).not.toHaveProperty('idempotencyKey');
    expect(submit?.init.credentials).toBe('omit');
    expect(get?.url).toBe('https://api.test/v1/reports/a%2Fb%3Fc');
    expect(locate?.url).toBe('https://api.test/v1/locations');
    expect(JSON.parse(String(locate?.init.body))).toEqual({ token: 'loc-token-9' });
    expect(search?.url).toBe('https://api.test/v1/public/search');
    expect(JSON.parse(String(search?.init.body))).toEqual({ text: 'đường Lê Lợi', limit: 5 });
    expect(new Headers(search?.init.headers).has('authorization')).toBe(false);
    expect(duplicates?.url).toBe('https://api.test/v1/duplicates');
    expect(publicOne?.url).toBe('https://api.test/v1/public/reports/rep%201');
    for (const call of calls) expect(call.url).not.toMatch(/tok-123|loc-token|L%C3|Ổ/);
  });
});

describe('createHttpFeedbackService: photo uploads', () => {
  const file = new Blob([new Uint8Array(1000)], { type: 'image/jpeg' });
  const options = { name: 'IMG_Nguyen_Thi_Hoa.jpg', type: 'image/jpeg' };

  it('reports progress through XMLHttpRequest, sends the raw bytes and no file name', async () => {
    const xhr = scriptedXhr((x) => {
      x.progress(400, 1000);
      x.progress(1000, 1000);
      x.respond(201, {
        id: 'photo-1',
        url: 'https://anh.test/photo-1',
        type: 'image/jpeg',
        width: 640,
        height: 480,
      });
    });
    const service = createHttpFeedbackService({
      baseUrl: 'https://api.test',
      XMLHttpRequest: xhr.Class,
    });
    const progress: number[][] = [];
    const photo = await service.uploadPhoto('tok', file, {
      ...options,
      onProgress: (sent, total) => progress.push([sent, total]),
    });
    expect(photo).toEqual({
      id: 'photo-1',
      url: 'https://anh.test/photo-1',
      type: 'image/jpeg',
      width: 640,
      height: 480,
    });
    expect(progress).toEqual([
      [0, 1000],
      [400, 1000],
      [1000, 1000],
      [1000, 1000],
    ]);
    const sent = xhr.last();
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe('https://api.test/photos');
    expect(sent.body).toBe(file);
    expect(sent.headers).toMatchObject({
      authorization: 'Bearer tok',
      'content-type': 'image/jpeg',
    });
    expect(JSON.stringify(sent.headers)).not.toContain('Nguyen');
  });

  it('maps XMLHttpRequest failures: 415, a network error, a stall, and the caller’s abort', async () => {
    const cases: [(x: ScriptedXhr) => void, string][] = [
      [
        (x) => x.respond(415, { error: { code: 'unsupported_type', message: 'x' } }),
        'unsupported_type',
      ],
      [(x) => x.respond(413, {}), 'too_large'],
      [(x) => x.fail(), 'offline'],
      [() => undefined, 'timeout'],
    ];
    for (const [script, code] of cases) {
      const xhr = scriptedXhr(script);
      const service = createHttpFeedbackService({
        baseUrl: 'https://api.test',
        XMLHttpRequest: xhr.Class,
        uploadStallMs: 20,
      });
      expect((await failure(service.uploadPhoto('tok', file, options))).code).toBe(code);
    }
    const controller = new AbortController();
    const xhr = scriptedXhr(() => controller.abort());
    const service = createHttpFeedbackService({
      baseUrl: 'https://api.test',
      XMLHttpRequest: xhr.Class,
    });
    const error = await service
      .uploadPhoto('tok', file, { ...options, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('falls back to fetch without progress events: 0 at the start, all at the end', async () => {
    const { calls, service } = scripted(() =>
      json(201, { id: 'photo-2', url: 'https://anh.test/photo-2', type: 'image/jpeg' }),
    );
    const progress: number[][] = [];
    await service.uploadPhoto('tok', file, {
      ...options,
      onProgress: (s, t) => progress.push([s, t]),
    });
    expect(progress).toEqual([
      [0, 1000],
      [1000, 1000],
    ]);
    expect(calls[0]?.init.body).toBe(file);
    expect(new Headers(calls[0]?.init.headers).get('content-type')).toBe('image/jpeg');
  });
});
