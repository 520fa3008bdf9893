// @vitest-environment node
// Exactly once per idempotency key, as far as Open311 allows (it has no idempotency of its
// own): retries, double taps, lost answers after the server committed, reloads; batch tokens
// resolved through GET /tokens; blackbox services; "my reports" remembered on the device.
import { createSimulatedPlatform } from '@govmini/platform/testing';
import { describe, expect, it } from 'vitest';
import { createMemoryOpen311Storage } from './local-store';
import { createOpen311FeedbackService } from './service';
import {
  API_KEY,
  expectFeedbackError,
  jpegBlob,
  loopbackStacks,
  newReport,
  posted,
  SESSION,
} from './test-support';

const stack = loopbackStacks();

describe('idempotency (kept on the device)', () => {
  it('the same key twice files once and answers the same report', async () => {
    const { service, server } = await stack();
    const report = newReport();
    const first = await service.submit(SESSION, report);
    const again = await service.submit(SESSION, report);
    expect(again.id).toBe(first.id);
    expect(posted(server.calls)).toHaveLength(1);
    expect(server.requests).toHaveLength(1);
  });

  it('two taps at once: one POST', async () => {
    const { service, server } = await stack();
    const report = newReport();
    const [a, b] = await Promise.all([
      service.submit(SESSION, report),
      service.submit(SESSION, report),
    ]);
    expect(a.id).toBe(b.id);
    expect(server.requests).toHaveLength(1);
  });

  it('a lost answer after the server committed: the retry finds the request instead of filing again', async () => {
    const { service, server } = await stack();
    const report = newReport();
    server.dropNextResponse('POST', '/requests');
    await expectFeedbackError(service.submit(SESSION, report), 'offline');
    expect(server.requests).toHaveLength(1); // committed, answer lost
    const retried = await service.submit(SESSION, report);
    expect(server.requests).toHaveLength(1);
    expect(posted(server.calls)).toHaveLength(1);
    expect(retried.id).toBe(server.requests[0]?.id);
    // The look-up was a GET /requests of that service around the first attempt.
    const lookup = server.calls.find((c) => c.method === 'GET' && c.path === '/requests.json');
    expect(lookup?.query).toMatchObject({ service_code: 'o-ga' });
    expect(lookup?.query.start_date).toMatch(/\+07:00$/);
    expect((await service.listMine(SESSION)).map((r) => r.id)).toEqual([retried.id]);
  });

  it('a lost answer before the server committed: the retry files it', async () => {
    const { service, server } = await stack();
    const report = newReport();
    server.failNext(503, [], 'POST');
    await expectFeedbackError(service.submit(SESSION, report), 'server');
    expect(server.requests).toHaveLength(0);
    await service.submit(SESSION, report);
    expect(server.requests).toHaveLength(1);
  });

  it('survives a reload: a new adapter on the same storage reconciles the lost answer', async () => {
    const platform = createSimulatedPlatform();
    const storage = platform.storage.forUser('citizen-a');
    const { server } = await stack();
    const make = () =>
      createOpen311FeedbackService({ endpoint: server.endpoint, apiKey: API_KEY, storage });
    const report = newReport();
    server.dropNextResponse('POST', '/requests');
    await expectFeedbackError(make().submit(SESSION, report), 'offline');
    const reloaded = make();
    const mine = await reloaded.submit(SESSION, report);
    expect(server.requests).toHaveLength(1);
    expect((await reloaded.listMine(SESSION)).map((r) => r.id)).toEqual([mine.id]);
  });

  it('remembers uploaded photos across a reload: a queued report still attaches them', async () => {
    const platform = createSimulatedPlatform();
    const storage = platform.storage.forUser('citizen-a');
    const { server } = await stack();
    const make = () =>
      createOpen311FeedbackService({
        endpoint: server.endpoint,
        apiKey: API_KEY,
        storage,
        mediaUploader: async () => 'https://media.hue.gov.vn/1.jpg',
      });
    const photo = await make().uploadPhoto(SESSION, jpegBlob(), {
      name: 'a.jpg',
      type: 'image/jpeg',
    });
    const mine = await make().submit(SESSION, newReport({ photoIds: [photo.id] }));
    expect(mine.photos).toEqual([photo]);
    expect(server.requests[0]?.mediaUrl).toBe(photo.url);
  });

  it('honest limit: a server that hides descriptions cannot be reconciled, so the retry files again', async () => {
    const { service, server } = await stack({ publicDescriptions: false });
    const report = newReport();
    server.dropNextResponse('POST', '/requests');
    await expectFeedbackError(service.submit(SESSION, report), 'offline');
    await service.submit(SESSION, report);
    expect(server.requests).toHaveLength(2);
  });

  it('the same key with another report → conflict, nothing filed', async () => {
    const { service, server } = await stack();
    const report = newReport();
    await service.submit(SESSION, report);
    await expectFeedbackError(
      service.submit(SESSION, { ...report, description: 'Khác hẳn' }),
      'conflict',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('a refused report may be fixed and sent again with the same key', async () => {
    const { service, server } = await stack();
    const report = newReport({ categoryId: 'khong-con' });
    await expectFeedbackError(service.submit(SESSION, report), 'invalid_report');
    const fixed = await service.submit(SESSION, { ...report, categoryId: 'o-ga' });
    expect(fixed.categoryId).toBe('o-ga');
    expect(server.requests).toHaveLength(1);
  });

  it('NFD and NFC of the same text are the same report', async () => {
    const { service, server } = await stack();
    const report = newReport({ description: 'Đường ngập sâu' });
    await service.submit(SESSION, report);
    await service.submit(SESSION, { ...report, description: report.description.normalize('NFD') });
    expect(server.requests).toHaveLength(1);
  });
});

describe('batch and blackbox services', () => {
  it('a batch service answers a token; the adapter polls GET /tokens until it has the id', async () => {
    const { service, server } = await stack({ batchPolls: 2 });
    const mine = await service.submit(SESSION, newReport({ categoryId: 'rac-thai' }));
    const tokenCalls = server.calls.filter((c) => c.path === '/tokens/T1.json');
    expect(tokenCalls).toHaveLength(3);
    expect(mine.id).toBe(server.requests[0]?.id);
    expect(mine.status).toBe('received');
  });

  it('a token not resolved within the bound: status sent, id token:…, resolved later', async () => {
    const { service, server } = await stack({ batchPolls: 10 });
    const mine = await service.submit(SESSION, newReport({ categoryId: 'rac-thai' }));
    expect(mine).toMatchObject({ id: 'token:T1', status: 'sent', categoryId: 'rac-thai' });
    expect(server.calls.filter((c) => c.path === '/tokens/T1.json')).toHaveLength(3);
    // The batch runs; each later read tries the token once.
    const request = server.requests[0];
    if (request) request.pollsLeft = 0;
    const later = await service.getMine(SESSION, 'token:T1');
    expect(later.id).toBe(request?.id);
    expect(later.status).toBe('received');
    expect((await service.listMine(SESSION)).map((r) => r.id)).toEqual([request?.id]);
    expect((await service.getMine(SESSION, later.id)).id).toBe(later.id);
  });

  it('a blackbox service answers no id: the report stays "sent" on the device', async () => {
    const { service, server } = await stack();
    const report = newReport({ categoryId: 'gop-y', idempotencyKey: 'bb-1' });
    const mine = await service.submit(SESSION, report);
    expect(mine).toMatchObject({ id: 'local:bb-1', status: 'sent' });
    expect(server.requests).toHaveLength(1);
    expect((await service.getMine(SESSION, 'local:bb-1')).description).toBe(report.description);
    await service.submit(SESSION, report);
    expect(server.requests).toHaveLength(1);
  });
});

describe('my reports (remembered on the device)', () => {
  it('lists with one GET /requests?service_request_id=a,b, newest first', async () => {
    let now = Date.parse('2026-12-01T01:00:00Z');
    const { service, server } = await stack({ now: () => now }, { now: () => now });
    const a = await service.submit(SESSION, newReport());
    now += 60_000;
    const b = await service.submit(SESSION, newReport());
    server.answer(a.id, 'Đã xử lý');
    const before = server.calls.length;
    const mine = await service.listMine(SESSION);
    expect(mine.map((r) => [r.id, r.status])).toEqual([
      [b.id, 'received'],
      [a.id, 'answered'],
    ]);
    const reads = server.calls.slice(before);
    expect(reads.map((c) => c.path)).toEqual(['/requests.json']);
    expect(reads[0]?.query.service_request_id?.split(',').sort()).toEqual([a.id, b.id].sort());
  });

  it('falls back to GET /requests/{id} when the server ignores the id list', async () => {
    const { service, server } = await stack({ idList: false });
    const a = await service.submit(SESSION, newReport());
    server.seed({ serviceCode: 'o-ga', requestedAt: Date.now(), description: 'Của người khác' });
    const mine = await service.listMine(SESSION);
    expect(mine.map((r) => r.id)).toEqual([a.id]);
  });

  it('a request the server lost stays in the list as the device knows it', async () => {
    const { service, server } = await stack();
    const a = await service.submit(SESSION, newReport());
    server.remove(a.id);
    const [kept] = await service.listMine(SESSION);
    expect(kept).toMatchObject({ id: a.id, status: 'received', description: a.description });
  });

  it('keeps citizens apart when the app maps sessions to owners (ownerOf)', async () => {
    const storage = createMemoryOpen311Storage();
    const owners: Record<string, string> = { 'session-a': 'a', 'session-b': 'b' };
    const { service } = await stack({}, { storage, ownerOf: (token) => owners[token] });
    const a = await service.submit('session-a', newReport());
    expect(await service.listMine('session-b')).toEqual([]);
    await expectFeedbackError(service.getMine('session-b', a.id), 'not_found');
    // Keys are per citizen: the same key from another citizen is their own report.
    const shared = newReport({ idempotencyKey: 'key-shared' });
    const theirs = await service.submit('session-b', shared);
    const ours = await service.submit('session-a', { ...shared, description: 'Khác' });
    expect(ours.id).not.toBe(theirs.id);
    expect((await service.listMine('session-b')).map((r) => r.id)).toEqual([theirs.id]);
  });

  it('a report filed from elsewhere is not "mine" (Open311 has no owner)', async () => {
    const { service, server } = await stack();
    const id = server.seed({ serviceCode: 'o-ga', requestedAt: Date.now(), description: 'x' });
    await expectFeedbackError(service.getMine(SESSION, id), 'not_found');
    await expect(service.getPublic(id)).resolves.toMatchObject({ id });
  });
});
