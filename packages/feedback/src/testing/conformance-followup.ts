// Conformance: after sending — the agency's steps (receipt with an expected answer date,
// answer, refusal with a reason, closing), "Tôi cũng gặp", the rating (once, after the answer,
// a comment when unsatisfied) and "Đã được giải quyết chưa?" reopening a report.
import { expect, it } from 'vitest';
import {
  type Case,
  expectFeedbackError,
  type FeedbackCapabilities,
  type FeedbackConformanceSubject,
  type MakeSubject,
} from './conformance';
import {
  agencyOf,
  answeredReport,
  CONFORMANCE_CATEGORIES,
  fileReport,
} from './conformance-fixture';

const DATE = /^\d{4}-\d\d-\d\d$/;
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)$/;

export function followUpCases(make: MakeSubject, test: Case, can: FeedbackCapabilities): void {
  test(['agency'], 'moves through receipt (with an answer date) and answer', async () => {
    const subject = await make();
    const [a] = subject.citizens;
    const agency = agencyOf(subject);
    const report = await fileReport(subject, a);
    await agency.receive(report.id);
    const received = await subject.service.getMine(a.session, report.id);
    expect(received.status).toBe('received');
    expect(received.dueDate).toMatch(DATE);
    expect((received.dueDate ?? '') > '2026-12-01').toBe(true);
    expect(received.history.map((e) => e.status)).toEqual(['sent', 'received']);

    await agency.answer(report.id, { text: 'Đã vá ổ gà.\nCảm ơn người dân đã phản ánh.' });
    const answered = await subject.service.getMine(a.session, report.id);
    expect(answered.status).toBe('answered');
    expect(answered.history.at(-1)?.status).toBe('answered');
    expect(answered.history[1]?.status).toBe('received');
    expect(answered.answer).toMatchObject({
      text: 'Đã vá ổ gà.\nCảm ơn người dân đã phản ánh.',
      attachments: [],
    });
    expect(answered.answer?.answeredAt).toMatch(DATE_TIME);
    expect(answered.answer?.agency.vi).toBe(CONFORMANCE_CATEGORIES[0]?.agency.name.vi);
    for (const event of answered.history) expect(event.at).toMatch(DATE_TIME);
  });

  test(['agency', 'closing'], 'closes an answered report as a later step', async () => {
    const subject = await make();
    const [a] = subject.citizens;
    const report = await answeredReport(subject, a);
    expect((await subject.service.getMine(a.session, report.id)).status).toBe('answered');
    await agencyOf(subject).close(report.id);
    const closed = await subject.service.getMine(a.session, report.id);
    expect(closed.status).toBe('closed');
    expect(closed.history.map((e) => e.status).slice(-2)).toEqual(['answered', 'closed']);
  });

  test(
    ['agency'],
    'refuses a report with a reason the reporter reads; it is never public',
    async () => {
      const subject = await make();
      const [a] = subject.citizens;
      const report = await fileReport(subject, a);
      await agencyOf(subject).reject(report.id, 'Nội dung không thuộc thẩm quyền của phường.');
      const mine = await subject.service.getMine(a.session, report.id);
      expect(mine.status).toBe('rejected');
      expect(mine.history.at(-1)).toMatchObject({
        status: 'rejected',
        note: 'Nội dung không thuộc thẩm quyền của phường.',
      });
      expect((await subject.service.listPublic({})).items).toEqual([]);
      await expectFeedbackError(subject.service.getPublic(report.id), 'not_found');
    },
  );

  test(
    ['supporters'],
    '“Tôi cũng gặp” adds a supporter and subscriber, once; not on one’s own report',
    async () => {
      const subject = await make();
      const { service } = subject;
      const [a, b] = subject.citizens;
      const report = await fileReport(subject, a);
      const joined = await service.support(b.session, report.id);
      expect(joined).toMatchObject({
        id: report.id,
        role: 'supporter',
        subscribed: true,
        supporters: 1,
      });
      expect(joined.rating).toBeUndefined();
      const again = await service.support(b.session, report.id);
      expect(again.supporters).toBe(1);
      expect((await service.listMine(b.session)).map((r) => [r.id, r.role])).toEqual([
        [report.id, 'supporter'],
      ]);
      expect((await service.getMine(b.session, report.id)).role).toBe('supporter');
      expect((await service.getMine(a.session, report.id)).supporters).toBe(1);
      expect((await service.getPublic(report.id)).supporters).toBe(1);
      await expectFeedbackError(service.support(a.session, report.id), 'not_allowed');
      await expectFeedbackError(service.support(b.session, 'khong-co'), 'not_found');
      if (can.privateReports) {
        const hidden = await fileReport(subject, a, { publish: false });
        await expectFeedbackError(service.support(b.session, hidden.id), 'not_found');
      }
    },
  );

  test(['supporters', 'agency'], 'offers “Tôi cũng gặp” only while a report is open', async () => {
    const subject = await make();
    const [a, b] = subject.citizens;
    const rejected = await fileReport(subject, a);
    await agencyOf(subject).reject(rejected.id, 'Trùng lặp.');
    const closed = await answeredReport(subject, a);
    await agencyOf(subject).close(closed.id);
    // A refused report is as unknown to others as in public; a closed one is done.
    await expectFeedbackError(subject.service.support(b.session, rejected.id), 'not_found');
    await expectFeedbackError(subject.service.support(b.session, closed.id), 'not_allowed');
  });

  test(
    ['rating', 'agency'],
    'rates once, after the answer; unsatisfied needs a comment',
    async () => {
      const subject = await make();
      const { service } = subject;
      const [a, b] = subject.citizens;
      const report = await fileReport(subject, a);
      await expectFeedbackError(
        service.rate(a.session, report.id, { level: 'satisfied' }),
        'not_allowed',
      );
      await agencyOf(subject).answer(report.id);
      const missing = await expectFeedbackError(
        service.rate(a.session, report.id, { level: 'unsatisfied', comment: '  ' }),
        'invalid_report',
      );
      expect(missing.issues).toEqual([
        expect.objectContaining({ path: 'rating', code: 'comment_required' }),
      ]);
      await expectFeedbackError(
        service.rate(b.session, report.id, { level: 'satisfied' }),
        'not_found',
      );
      const rated = await service.rate(a.session, report.id, {
        level: 'unsatisfied',
        comment: 'Mới vá tạm, mưa là bong.',
      });
      expect(rated.rating).toMatchObject({
        level: 'unsatisfied',
        comment: 'Mới vá tạm, mưa là bong.',
      });
      expect(rated.rating?.ratedAt).toMatch(DATE_TIME);
      await expectFeedbackError(
        service.rate(a.session, report.id, { level: 'very_satisfied' }),
        'not_allowed',
      );
      if (can.supporters) {
        // Only the reporter rates: a supporter is told it is not allowed.
        const other = await answeredReport(subject, a);
        await service.support(b.session, other.id);
        await expectFeedbackError(
          service.rate(b.session, other.id, { level: 'satisfied' }),
          'not_allowed',
        );
      }
    },
  );

  test(
    ['reopen', 'agency'],
    '“Chưa được giải quyết” reopens the report; it is asked again after the new answer',
    async () => {
      const subject = await make();
      const { service } = subject;
      const [a, b] = subject.citizens;
      const report = await fileReport(subject, a);
      await expectFeedbackError(
        service.confirmResolved(a.session, report.id, { resolved: false }),
        'not_allowed',
      );
      await agencyOf(subject).answer(report.id, { text: 'Đã xử lý.' });
      await expectFeedbackError(
        service.confirmResolved(b.session, report.id, { resolved: true }),
        'not_found',
      );
      const reopened = await service.confirmResolved(a.session, report.id, {
        resolved: false,
        comment: 'Ổ gà vẫn còn nguyên.',
      });
      expect(reopened.status).toBe('in_progress');
      expect(reopened.history.at(-1)).toMatchObject({ status: 'in_progress', reopened: true });
      expect(reopened.resolved).toMatchObject({ resolved: false, comment: 'Ổ gà vẫn còn nguyên.' });
      expect(JSON.stringify(await service.getPublic(report.id))).not.toContain('vẫn còn nguyên');
      await expectFeedbackError(
        service.confirmResolved(a.session, report.id, { resolved: false }),
        'not_allowed',
      );
      await agencyOf(subject).answer(report.id, { text: 'Đã thảm lại mặt đường.' });
      const solved = await service.confirmResolved(a.session, report.id, { resolved: true });
      expect(solved.resolved?.resolved).toBe(true);
      expect(solved.answer?.text).toBe('Đã thảm lại mặt đường.');
      expect(['answered', 'closed']).toContain(solved.status);
      // "Rồi" ends it: the question is not asked again.
      await expectFeedbackError(
        service.confirmResolved(a.session, report.id, { resolved: false }),
        'not_allowed',
      );
    },
  );
}

/** What a backend lacking a capability is called with (a capability without a method has none). */
const UNSUPPORTED_CALLS: readonly [
  keyof FeedbackCapabilities,
  string,
  (s: FeedbackConformanceSubject) => Promise<unknown>,
][] = [
  ['supporters', 'support', (s) => s.service.support(s.citizens[0].session, 'rep-1')],
  ['rating', 'rate', (s) => s.service.rate(s.citizens[0].session, 'rep-1', { level: 'satisfied' })],
  [
    'reopen',
    'confirmResolved',
    (s) => s.service.confirmResolved(s.citizens[0].session, 'rep-1', { resolved: false }),
  ],
  [
    'duplicates',
    'findDuplicates',
    (s) =>
      s.service.findDuplicates({
        categoryId: 'x',
        location: { kind: 'device', latitude: 21, longitude: 105 },
        description: 'x',
      }),
  ],
  [
    'locationTokens',
    'resolveLocation',
    (s) => s.service.resolveLocation(s.citizens[0].session, 'token'),
  ],
];

/** Whether any capability declared missing has a method that must answer not_supported. */
export const answersNotSupported = (can: FeedbackCapabilities) =>
  UNSUPPORTED_CALLS.some(([capability]) => !can[capability]);

/**
 * A backend that declares a behaviour missing answers its method with `not_supported` (501),
 * which the screens turn into "Hệ thống của cơ quan chưa có chức năng này" — never a crash
 * and never a silent success.
 */
export function unsupportedCases(make: MakeSubject, can: FeedbackCapabilities): void {
  for (const [capability, method, call] of UNSUPPORTED_CALLS) {
    if (can[capability]) continue;
    it(`answers ${method} with not_supported (no ${capability})`, async () => {
      const subject = await make();
      const error = await expectFeedbackError(call(subject), 'not_supported');
      expect(error.message).toMatch(/[Vv]ui lòng/);
    });
  }
}
