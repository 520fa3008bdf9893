// @vitest-environment node
// The HTTP client alone, against a scripted fetch and a scripted XMLHttpRequest: how every
// failure becomes a DossierError, and that nothing personal leaves through a URL or stays in
// an error. The full contract over a real socket is in src/testing/http-loopback.test.ts.
import {
  type FetchCall,
  hangUntilAborted,
  jsonResponse as json,
  scriptedFetch,
} from '@govmini/test-support/fetch';
import { type ScriptedXhr, scriptedXhr } from '@govmini/test-support/xhr';
import { describe, expect, it } from 'vitest';
import { createHttpDossierService } from './http-service';
import { DossierError, type DossierErrorCode } from './types';

function scripted(answer: (call: FetchCall) => Response | Promise<Response>) {
  const { calls, fetch } = scriptedFetch(answer);
  return {
    calls,
    service: createHttpDossierService({ baseUrl: 'https://api.test/v1/', fetch, timeoutMs: 50 }),
  };
}

async function failure(promise: Promise<unknown>): Promise<DossierError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DossierError);
  return error as DossierError;
}

describe('createHttpDossierService: errors', () => {
  it.each([
    [400, 'unknown'],
    [401, 'unauthenticated'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [408, 'timeout'],
    [409, 'conflict'],
    [413, 'too_large'],
    [415, 'unsupported_type'],
    [422, 'invalid_answers'],
    [429, 'server'],
    [500, 'server'],
    [503, 'server'],
    [504, 'timeout'],
  ] as [number, DossierErrorCode][])('maps a bare %i to %s', async (status, code) => {
    const { service } = scripted(() => new Response('<html>proxy error</html>', { status }));
    const error = await failure(service.listMine('session-token'));
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
  });

  it('takes the body’s code when it is one of ours; `offline` from a server means its upstream', async () => {
    const answers: [number, unknown, DossierErrorCode][] = [
      [409, { error: { code: 'not_allowed', message: 'x' } }, 'not_allowed'],
      [409, { error: { code: 'procedure_changed', message: 'x' } }, 'procedure_changed'],
      [409, { error: { code: 'made_up', message: 'x' } }, 'conflict'],
      [502, { error: { code: 'offline', message: 'x' } }, 'server'],
    ];
    for (const [status, body, code] of answers) {
      const { service } = scripted(() => json(status, body));
      expect((await failure(service.get('s', '000.00.06.H56-261201-0001'))).code).toBe(code);
    }
  });

  it('keeps the issues of invalid_answers, cleaned, and shows only its own words', async () => {
    const secret = 'Nguyễn Thị Hoa 001185012345';
    const { service } = scripted(() =>
      json(422, {
        error: {
          code: 'invalid_answers',
          message: `cccd ${secret} is wrong`,
          issues: [
            {
              path: 'cccd',
              code: 'invalid_cccd',
              params: { max: 12, nested: { x: 1 } },
              extra: secret,
            },
            { path: 'fullName', code: 'required' },
          ],
        },
      }),
    );
    const error = await failure(service.submit('s', request()));
    expect(error.code).toBe('invalid_answers');
    expect(error.issues).toEqual([
      { path: 'cccd', code: 'invalid_cccd', params: { max: 12 } },
      { path: 'fullName', code: 'required' },
    ]);
    expect(error.message).toMatch(/Vui lòng/);
    for (const text of [error.message, String(error), JSON.stringify(error)]) {
      expect(text).not.toContain('Nguyễn');
    }
  });

  it('tells a network failure (offline) from a hang (timeout)', async () => {
    const down = scripted(() => {
      throw new TypeError('fetch failed');
    });
    expect((await failure(down.service.listProcedures())).code).toBe('offline');
    const hang = scripted(hangUntilAborted);
    const error = await failure(hang.service.listProcedures());
    expect(error.code).toBe('timeout');
    expect(error.status).toBeUndefined();
  });

  it('answers server for a procedure the definition parser refuses', async () => {
    const { service } = scripted(() => json(200, { id: 'x', pages: [] }));
    expect((await failure(service.getProcedure('x'))).code).toBe('server');
    const list = scripted(() => json(200, { procedures: [{ id: 'x', pages: [] }] }));
    expect((await failure(list.service.listProcedures())).code).toBe('server');
  });

  it('answers server for a 200 that is off the contract', async () => {
    for (const body of [undefined, 'text', { dossiers: 'nope' }, { dossiers: [{ code: 1 }] }]) {
      const { service } = scripted(() => json(200, body));
      expect((await failure(service.listMine('s'))).code).toBe('server');
    }
  });

  it('reads a summary’s payment status, and refuses one off the contract', async () => {
    const summary = {
      code: '000.00.06.H56-261201-0001',
      procedureId: 'cap-phieu-ly-lich-tu-phap',
      procedureTitle: { vi: 'Cấp Phiếu lý lịch tư pháp' },
      status: 1,
      submittedAt: '2026-12-01T09:00:00+07:00',
    };
    const listed = (body: unknown) => scripted(() => json(200, { dossiers: [body] })).service;
    expect(await listed({ ...summary, paymentStatus: 'unpaid' }).listMine('s')).toEqual([
      { ...summary, paymentStatus: 'unpaid' },
    ]);
    expect(await listed(summary).listMine('s')).toEqual([summary]);
    const off = listed({ ...summary, paymentStatus: 'owed' });
    expect((await failure(off.listMine('s'))).code).toBe('server');
  });
});

describe('createHttpDossierService: requests', () => {
  it('sends the session only in Authorization, the key only in Idempotency-Key, codes encoded', async () => {
    const { service, calls } = scripted(() => json(404, undefined));
    await failure(service.submit('tok-123', request()));
    await failure(service.get('tok-123', 'a/b?c'));
    await failure(service.lookup('000.00.06.H56-261201-0001'));
    const [submit, get, lookup] = calls;
    expect(submit?.url).toBe('https://api.test/v1/dossiers');
    const headers = new Headers(submit?.init.headers);
    expect(headers.get('authorization')).toBe('Bearer tok-123');
    expect(headers.get('idempotency-key')).toBe('key-0000-0001');
    expect(JSON.parse(String(submit?.init.body))).not.toHaveProperty('idempotencyKey');
    expect(submit?.init.credentials).toBe('omit');
    expect(get?.url).toBe('https://api.test/v1/dossiers/a%2Fb%3Fc');
    expect(lookup?.url).toBe('https://api.test/v1/lookup');
    expect(JSON.parse(String(lookup?.init.body))).toEqual({ code: '000.00.06.H56-261201-0001' });
    expect(new Headers(lookup?.init.headers).has('authorization')).toBe(false);
    for (const call of calls) expect(call.url).not.toContain('tok-123');
  });
});

describe('createHttpDossierService: uploads', () => {
  const file = new Blob([new Uint8Array(1000)], { type: 'image/png' });
  const options = {
    fieldId: 'idPhotos',
    procedureId: 'thu-tuc',
    name: 'Ảnh mặt trước.png',
    type: 'image/png',
  };

  it('reports progress through XMLHttpRequest and sends the file as the raw body', async () => {
    const xhr = scriptedXhr((x) => {
      x.progress(400, 1000);
      x.progress(1000, 1000);
      x.respond(201, { id: 'att-1', name: 'Ảnh mặt trước.png', type: 'image/png', size: 1000 });
    });
    const service = createHttpDossierService({
      baseUrl: 'https://api.test',
      XMLHttpRequest: xhr.Class,
    });
    const progress: number[][] = [];
    const answer = await service.uploadAttachment('tok', file, {
      ...options,
      onProgress: (sent, total) => progress.push([sent, total]),
    });
    expect(answer).toEqual({
      id: 'att-1',
      name: 'Ảnh mặt trước.png',
      type: 'image/png',
      size: 1000,
    });
    expect(progress).toEqual([
      [0, 1000],
      [400, 1000],
      [1000, 1000],
      [1000, 1000],
    ]);
    const sent = xhr.last();
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe('https://api.test/attachments');
    expect(sent.body).toBe(file);
    expect(sent.headers).toMatchObject({
      authorization: 'Bearer tok',
      'dossier-field-id': 'idPhotos',
      'dossier-procedure-id': 'thu-tuc',
      'content-disposition':
        "attachment; filename*=UTF-8''%E1%BA%A2nh%20m%E1%BA%B7t%20tr%C6%B0%E1%BB%9Bc.png",
    });
  });

  it('maps XMLHttpRequest failures: 413, a network error, a stall, and the caller’s abort', async () => {
    const cases: [(x: ScriptedXhr) => void, string][] = [
      [(x) => x.respond(413, { error: { code: 'too_large', message: 'x' } }), 'too_large'],
      [(x) => x.fail(), 'offline'],
      [() => undefined, 'timeout'],
    ];
    for (const [script, code] of cases) {
      const xhr = scriptedXhr(script);
      const service = createHttpDossierService({
        baseUrl: 'https://api.test',
        XMLHttpRequest: xhr.Class,
        uploadStallMs: 20,
      });
      expect((await failure(service.uploadAttachment('tok', file, options))).code).toBe(code);
    }
    const controller = new AbortController();
    const xhr = scriptedXhr(() => controller.abort());
    const service = createHttpDossierService({
      baseUrl: 'https://api.test',
      XMLHttpRequest: xhr.Class,
    });
    const error = await service
      .uploadAttachment('tok', file, { ...options, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('falls back to fetch without progress events: 0 at the start, all at the end', async () => {
    const { calls, service } = scripted(() =>
      json(201, { id: 'att-2', name: 'a.png', type: 'image/png', size: 1000 }),
    );
    const progress: number[][] = [];
    await service.uploadAttachment('tok', file, {
      ...options,
      onProgress: (s, t) => progress.push([s, t]),
    });
    expect(progress).toEqual([
      [0, 1000],
      [1000, 1000],
    ]);
    expect(calls[0]?.init.body).toBe(file);
    expect(new Headers(calls[0]?.init.headers).get('content-type')).toBe('image/png');
  });
});

const request = () => ({
  procedureId: 'thu-tuc',
  procedureVersion: 1,
  answers: { fullName: 'Nguyễn Thị Hoa' },
  resultDelivery: 'in_person' as const,
  idempotencyKey: 'key-0000-0001',
  declaredAt: '2026-12-01T08:00:00+07:00',
});
