// @vitest-environment node
// The published contract over a real socket: the memory service behind createFeedbackHttpApp,
// served by @hono/node-server on 127.0.0.1, driven by createHttpFeedbackService — the same
// conformance suite as in-process, plus what only HTTP can get wrong.
import { serveOnLoopback } from '@govmini/test-support/loopback';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpFeedbackService } from '../core/http-service';
import { createFeedbackHttpApp, type FeedbackHttpAppOptions } from '../server/http-app';
import {
  CONFORMANCE_FIXTURE,
  describeFeedbackServiceConformance,
  expectFeedbackError,
} from './conformance';
import { blobOf, newReport, photoBytes } from './conformance-fixture';
import { MEMORY_CAPABILITIES, memorySubject, SUBJECT_CITIZENS } from './memory-subject';

describeFeedbackServiceConformance('memory service over HTTP on 127.0.0.1', {
  capabilities: MEMORY_CAPABILITIES,
  async make(fixture) {
    const { memory, subject } = memorySubject(fixture);
    const http = await serveOnLoopback(createFeedbackHttpApp(memory));
    return {
      ...subject,
      service: createHttpFeedbackService({ baseUrl: http.baseUrl }),
      dispose: http.close,
    };
  },
});

const [hoa] = SUBJECT_CITIZENS;
const session = hoa.session;

async function stack(options?: FeedbackHttpAppOptions) {
  const { memory } = memorySubject(CONFORMANCE_FIXTURE);
  const http = await serveOnLoopback(createFeedbackHttpApp(memory, options));
  return { memory, http, client: createHttpFeedbackService({ baseUrl: http.baseUrl }) };
}

describe('the HTTP contract on the wire', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('answers errors as { error: { code, message, issues } } with the contract’s statuses', async () => {
    const s = await stack();
    close = s.http.close;
    const { idempotencyKey, ...body } = newReport([], { description: '' });
    const post = (headers: Record<string, string>, payload: unknown = body) =>
      fetch(`${s.http.baseUrl}/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(payload),
      });
    const invalid = await post({
      authorization: `Bearer ${session}`,
      'idempotency-key': idempotencyKey,
    });
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get('cache-control')).toBe('no-store');
    const json = (await invalid.json()) as {
      error: { code: string; message: string; issues: { path: string; code: string }[] };
    };
    expect(json.error.code).toBe('invalid_report');
    expect(json.error.message).toMatch(/[Vv]ui lòng/);
    expect(json.error.issues.map((i) => `${i.path}.${i.code}`)).toEqual([
      'description.required',
      'photoIds.too_few_photos',
    ]);

    expect((await post({ authorization: `Bearer ${session}` })).status).toBe(400);
    const flags = await post(
      { authorization: `Bearer ${session}`, 'idempotency-key': idempotencyKey },
      { ...body, publish: 'yes' },
    );
    expect(flags.status).toBe(400);
    const noSession = await fetch(`${s.http.baseUrl}/reports`);
    expect(noSession.status).toBe(401);
    expect(((await noSession.json()) as { error: { code: string } }).error.code).toBe(
      'unauthenticated',
    );
    expect((await fetch(`${s.http.baseUrl}/nowhere`)).status).toBe(404);
    const badCursor = await fetch(`${s.http.baseUrl}/public/search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cursor: 'không phải con trỏ' }),
    });
    expect(badCursor.status).toBe(400);
  });

  it('refuses bodies over the limits with 413 before the service sees them', async () => {
    const s = await stack({ maxJsonBytes: 4096, maxUploadBytes: 2048 });
    close = s.http.close;
    await expectFeedbackError(
      s.client.submit(session, newReport(['photo-1'], { description: 'ổ gà '.repeat(2000) })),
      'too_large',
    );
    await expectFeedbackError(
      s.client.uploadPhoto(session, blobOf(photoBytes('png', 8192), 'image/png'), {
        name: 'a.png',
        type: 'image/png',
      }),
      'too_large',
    );
    expect(s.memory.controls.reports()).toHaveLength(0);
    expect(s.memory.controls.photos()).toHaveLength(0);
  });

  it('keeps the session, descriptions, searches and location tokens out of URLs', async () => {
    const s = await stack();
    close = s.http.close;
    const urls: string[] = [];
    const client = createHttpFeedbackService({
      baseUrl: s.http.baseUrl,
      fetch: (input, init) => {
        urls.push(String(input));
        return fetch(input, init);
      },
    });
    const token = s.memory.controls.issueLocationToken({ latitude: 21.03, longitude: 105.85 });
    const location = await client.resolveLocation(session, token);
    const photo = await s.memory.uploadPhoto(session, blobOf(photoBytes('png'), 'image/png'), {
      name: 'a.png',
      type: 'image/png',
    });
    const report = await client.submit(
      session,
      newReport([photo.id], { description: 'Cột đèn nghiêng sắp đổ', location }),
    );
    await client.getMine(session, report.id);
    await client.listMine(session);
    await client.findDuplicates({
      categoryId: report.categoryId,
      location,
      description: 'Cột đèn',
    });
    await client.listPublic({ text: 'cot den nghieng' });
    expect(urls.join(' ')).not.toMatch(/session-|C%E1|Cột|cot|den|mem-location|conformance-/);
  });

  it('returns the first report to a retry whose first answer was lost', async () => {
    const s = await stack();
    close = s.http.close;
    const photo = await s.memory.uploadPhoto(session, blobOf(photoBytes('png'), 'image/png'), {
      name: 'a.png',
      type: 'image/png',
    });
    s.memory.controls.failNext(1, { code: 'timeout', after: true, method: 'submit' });
    const request = newReport([photo.id]);
    const lost = await s.client.submit(session, request).catch((e: unknown) => e);
    expect(lost).toMatchObject({ code: 'timeout' });
    const retried = await s.client.submit(session, request);
    expect(s.memory.controls.reports().map((r) => r.report.code)).toEqual([retried.code]);
  });

  it('uploads the photo bytes intact and keeps its file name on the phone', async () => {
    const s = await stack();
    close = s.http.close;
    const bytes = photoBytes('jpeg', 5000);
    bytes[4000] = 0xab;
    const photo = await s.client.uploadPhoto(session, blobOf(bytes, 'image/jpeg'), {
      name: 'IMG_Nguyen_Thi_Hoa.jpg',
      type: 'image/jpeg',
    });
    const [stored] = s.memory.controls.photos();
    expect(stored?.photo.id).toBe(photo.id);
    expect(stored?.bytes).toEqual(bytes);
    expect(JSON.stringify(s.memory.controls.photos())).not.toContain('Nguyen');
  });
});
