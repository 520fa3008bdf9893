// The report inbox and the ratings overview over HTTP: the list and its filters, what an
// officer may do in each status (and nothing else), answers with photos the reporter can then
// load, refusals with a reason, and citizens' ratings counted and quoted.
import { photoBytes } from '@govmini/feedback/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaffSession, type StaffWorld, startStaffWorld } from './testing.ts';
import type { PageOf, RatingsOverview, ReportDetail, ReportRow } from './wire.ts';

let world: StaffWorld;
let officer: StaffSession;
let citizen: string;
// Reports are stamped to the second: the clock moves on so "newest first" has an answer.
let offset = 0;
const tick = () => {
  offset += 2000;
};
beforeAll(async () => {
  world = await startStaffWorld({ now: () => Date.now() + offset });
  officer = await world.login();
  citizen = await world.citizen('cong-dan-1');
});
afterAll(async () => {
  await world?.close();
});

const act = (id: string, action: string, body: Record<string, unknown> = {}) =>
  world.staff(officer, 'POST', `/reports/${id}/${action}`, body);

const detailOf = async (id: string) =>
  (await (await world.staff(officer, 'GET', `/reports/${id}`)).json()) as ReportDetail;

const jpeg = () =>
  new Blob([photoBytes('jpeg', 4096) as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' });

describe('what an officer may do in each status', () => {
  it('sent → received → in progress → answered → closed, one step at a time', async () => {
    const report = await world.fileReport(citizen);
    expect((await detailOf(report.id)).actions).toEqual(['receive', 'start', 'answer', 'reject']);
    expect((await act(report.id, 'close')).status).toBe(409);

    const received = await act(report.id, 'receive');
    expect(received.status).toBe(200);
    const afterReceive = (await received.json()) as ReportDetail;
    expect(afterReceive.report.status).toBe('received');
    expect(afterReceive.report.dueDate).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(afterReceive.actions).toEqual(['start', 'answer', 'reject']);
    expect((await act(report.id, 'receive')).status).toBe(409);

    expect(((await (await act(report.id, 'start')).json()) as ReportDetail).actions).toEqual([
      'answer',
      'reject',
    ]);
    const answered = (await (
      await act(report.id, 'answer', { text: 'Đã vá ổ gà ngày 28/11. Cảm ơn ông bà đã báo.' })
    ).json()) as ReportDetail;
    expect(answered.report.status).toBe('answered');
    expect(answered.actions).toEqual(['close']);
    for (const action of ['receive', 'start', 'answer', 'reject']) {
      expect((await act(report.id, action, { text: 'x', reason: 'x' })).status, action).toBe(409);
    }
    const closed = (await (await act(report.id, 'close')).json()) as ReportDetail;
    expect(closed.report.status).toBe('closed');
    expect(closed.actions).toEqual([]);
    expect(closed.report.history.map((e) => e.status)).toEqual([
      'sent',
      'received',
      'in_progress',
      'answered',
      'closed',
    ]);
  });

  it('an answer needs its text; a refusal needs the reason the citizen reads', async () => {
    const report = await world.fileReport(citizen);
    const noText = await act(report.id, 'answer', { text: '  ' });
    expect(noText.status).toBe(422);
    expect((await noText.json()).error.issues).toEqual([{ path: 'text', code: 'required' }]);
    const tooLong = await act(report.id, 'answer', { text: 'a'.repeat(4001) });
    expect((await tooLong.json()).error.issues).toEqual([
      { path: 'text', code: 'too_long', params: { max: 4000 } },
    ]);
    const noReason = await act(report.id, 'reject', {});
    expect(noReason.status).toBe(422);
    expect((await noReason.json()).error.issues).toEqual([{ path: 'reason', code: 'required' }]);
    expect((await detailOf(report.id)).report.status).toBe('sent');

    const reason = 'Vị trí thuộc quốc lộ, đã chuyển Sở Xây dựng xử lý.';
    const rejected = (await (await act(report.id, 'reject', { reason })).json()) as ReportDetail;
    expect(rejected.report.status).toBe('rejected');
    expect(rejected.actions).toEqual([]);
    const mine = await world.feedback.getMine(citizen, report.id);
    expect(mine.history.at(-1)).toMatchObject({ status: 'rejected', note: reason });
  });

  it('an unknown report is a 404', async () => {
    expect((await world.staff(officer, 'GET', '/reports/khong-co')).status).toBe(404);
    expect((await act('khong-co', 'receive')).status).toBe(404);
  });
});

describe('answers with photos', () => {
  it('uploads the officer’s photos, answers with them, and the reporter can load them', async () => {
    const report = await world.fileReport(citizen);
    const upload = await world.staff(officer, 'POST', '/photos', jpeg());
    expect(upload.status).toBe(200);
    const photo = (await upload.json()) as { id: string; url: string; type: string };
    expect(photo.type).toBe('image/jpeg');
    expect(photo.url).toBe(`/staff/api/photos/${photo.id}`);
    expect((await world.staff(officer, 'GET', `/photos/${photo.id}`)).status).toBe(200);

    const text = 'Đã vá xong mặt đường, ảnh chụp sau khi sửa.';
    const response = await act(report.id, 'answer', { text, photoIds: [photo.id] });
    expect(response.status).toBe(200);
    const detail = (await response.json()) as ReportDetail;
    expect(detail.report.answer?.attachments.map((a) => a.url)).toEqual([
      `/staff/api/photos/${photo.id}`,
    ]);

    const mine = await world.feedback.getMine(citizen, report.id);
    expect(mine.answer?.text).toBe(text);
    const [attached] = mine.answer?.attachments ?? [];
    expect(attached?.id).toBe(photo.id);
    const loaded = await fetch(attached?.url ?? '', {
      headers: { authorization: `Bearer ${citizen}` },
    });
    expect(loaded.status).toBe(200);
    expect(loaded.headers.get('content-type')).toBe('image/jpeg');
  });

  it('refuses what is not a photo, someone else’s photo, or too many', async () => {
    const report = await world.fileReport(citizen);
    const script = new Blob([photoBytes('text') as Uint8Array<ArrayBuffer>], {
      type: 'image/jpeg',
    });
    const bad = await world.staff(officer, 'POST', '/photos', script);
    expect(bad.status).toBe(415);
    expect((await bad.json()).error.code).toBe('unsupported_type');

    const citizensPhoto = report.photos[0]?.id ?? '';
    const notMine = await act(report.id, 'answer', {
      text: 'Đã xử lý.',
      photoIds: [citizensPhoto],
    });
    expect(notMine.status).toBe(422);
    expect((await notMine.json()).error.issues).toEqual([{ path: 'photoIds', code: 'invalid' }]);

    const six = await act(report.id, 'answer', {
      text: 'Đã xử lý.',
      photoIds: ['a', 'b', 'c', 'd', 'e', 'f'],
    });
    expect((await six.json()).error.issues).toEqual([
      { path: 'photoIds', code: 'too_many', params: { max: 5 } },
    ]);
    expect((await detailOf(report.id)).report.status).toBe('sent');
  });
});

describe('the inbox', () => {
  it('lists reports newest first, filtered by status and category', async () => {
    tick();
    const a = await world.fileReport(citizen);
    tick();
    const b = await world.fileReport(await world.citizen('cong-dan-2'), {
      categoryId: 'moi-truong',
      description: 'Rác thải đổ trộm ở đầu ngõ 12 đường Lê Lợi đã ba ngày.',
    });
    const list = async (query = '') =>
      (await (await world.staff(officer, 'GET', `/reports${query}`)).json()) as PageOf<ReportRow>;
    const all = await list();
    expect(all.items.slice(0, 2).map((r) => r.id)).toEqual([b.id, a.id]);
    expect(all.items[0]).toMatchObject({
      code: b.code,
      status: 'sent',
      excerpt: 'Rác thải đổ trộm ở đầu ngõ 12 đường Lê Lợi đã ba ngày.',
    });
    const rubbish = await list('?category=moi-truong');
    expect(rubbish.items.map((r) => r.id)).toEqual([b.id]);
    expect(rubbish.items[0]?.categoryTitle.vi).toBeTruthy();
    await act(a.id, 'receive');
    const received = await list('?status=received');
    expect(received.items.map((r) => r.id)).toContain(a.id);
    expect(received.items.every((r) => r.status === 'received')).toBe(true);
    expect((await world.staff(officer, 'GET', '/reports?status=lost')).status).toBe(400);
  });

  it('a report’s detail has what the reporter gave, but never who they are', async () => {
    const report = await world.fileReport(citizen, { showName: false });
    const detail = await detailOf(report.id);
    expect(detail.report.description).toBe(report.description);
    expect(detail.report.photos[0]?.url).toBe(`/staff/api/photos/${report.photos[0]?.id}`);
    expect(detail.category.id).toBe(report.categoryId);
    expect(detail.report.reporterName).toBeUndefined();
    expect(JSON.stringify(detail)).not.toContain('cong-dan-1');
    expect((await world.staff(officer, 'GET', `/photos/${report.photos[0]?.id}`)).status).toBe(200);
  });
});

describe('ratings', () => {
  it('counts each level for dossiers and reports, and quotes the comments newest first', async () => {
    const before = (await (
      await world.staff(officer, 'GET', '/ratings')
    ).json()) as RatingsOverview;

    const dossier = await world.fileDossier(citizen);
    await world.staff(officer, 'POST', `/dossiers/${encodeURIComponent(dossier.code)}/status`, {
      to: 9,
      resultNote: 'Giấy xác nhận số 12/2026.',
    });
    await world.dossiers.rate(citizen, dossier.code, {
      level: 'unsatisfied',
      comment: 'Phải đi lại hai lần mới nhận được kết quả.',
    });
    const report = await world.fileReport(citizen);
    await act(report.id, 'answer', { text: 'Đã xử lý.' });
    await world.feedback.rate(citizen, report.id, { level: 'very_satisfied' });

    const after = (await (await world.staff(officer, 'GET', '/ratings')).json()) as RatingsOverview;
    expect(after.dossiers.counts.unsatisfied).toBe(before.dossiers.counts.unsatisfied + 1);
    expect(after.dossiers.total).toBe(before.dossiers.total + 1);
    expect(after.reports.counts.very_satisfied).toBe(before.reports.counts.very_satisfied + 1);
    expect(after.dossiers.comments[0]).toMatchObject({
      level: 'unsatisfied',
      comment: 'Phải đi lại hai lần mới nhận được kết quả.',
      code: dossier.code,
      ref: dossier.code,
      subject: { vi: 'Cấp Giấy xác nhận tình trạng hôn nhân' },
    });
    // A rating without a comment is counted, not quoted.
    expect(after.reports.comments.map((c) => c.ref)).not.toContain(report.id);
  });
});
