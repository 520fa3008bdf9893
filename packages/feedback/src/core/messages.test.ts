// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_ERROR_CODES,
  feedbackErrorMessage,
  feedbackErrorMessages,
  isFeedbackErrorCode,
  reportIssueMessage,
  reportStatusText,
} from './messages';
import { REPORT_STATUSES } from './status';
import type { ReportIssue } from './types';
import {
  validateLocation,
  validateNewReport,
  validateRating,
  validateResolvedAnswer,
} from './validate';

const PATHS: ReportIssue['path'][] = [
  'categoryId',
  'description',
  'photoIds',
  'location',
  'rating',
  'comment',
];
const CODES: ReportIssue['code'][] = [
  'required',
  'too_long',
  'control_characters',
  'too_few_photos',
  'too_many_photos',
  'unknown_photo',
  'unknown_category',
  'invalid_location',
  'comment_required',
];
// The reader is never addressed with a pronoun (GovMini's wording rule).
const PRONOUN = /(^|[\s,.;:“(])(bạn|bác|anh|chị|em|ông|bà|quý vị)(?=[\s,.;:!?”)]|$)/iu;

function allVietnamese(): string[] {
  const issues = PATHS.flatMap((path) =>
    CODES.map((code) =>
      reportIssueMessage({ path, code, params: { max: 5, min: 1, over: 2, part: 'place' } }),
    ),
  );
  const statuses = REPORT_STATUSES.flatMap((s) => Object.values(reportStatusText(s)));
  return [...Object.values(feedbackErrorMessages.vi), ...issues, ...statuses];
}

describe('messages', () => {
  it('has a Vietnamese and an English text for every error code, status and issue', () => {
    expect(FEEDBACK_ERROR_CODES).toHaveLength(13);
    for (const code of FEEDBACK_ERROR_CODES) {
      expect(isFeedbackErrorCode(code)).toBe(true);
      expect(feedbackErrorMessage(code).length).toBeGreaterThan(20);
      expect(feedbackErrorMessage({ code }, 'en')).not.toBe(feedbackErrorMessage(code));
    }
    expect(isFeedbackErrorCode('toString')).toBe(false);
    expect(REPORT_STATUSES.map((s) => reportStatusText(s).label)).toEqual([
      'Đã gửi',
      'Đã tiếp nhận',
      'Đang xử lý',
      'Đã trả lời',
      'Đã đóng',
      'Không tiếp nhận',
    ]);
    for (const status of REPORT_STATUSES) {
      expect(reportStatusText(status, 'en').next).not.toBe(reportStatusText(status).next);
    }
  });

  it('writes Vietnamese in NFC, politely, without a pronoun for the reader', () => {
    for (const text of allVietnamese()) {
      expect(text, text).toBe(text.normalize('NFC'));
      expect(text, text).not.toMatch(PRONOUN);
      expect(text, text).not.toMatch(/\{\w+\}|undefined/);
    }
    // Every citizen error says what to do.
    for (const text of Object.values(feedbackErrorMessages.vi)) expect(text).toMatch(/[Vv]ui lòng/);
    expect(PRONOUN.test('Vui lòng giúp bạn')).toBe(true);
  });

  it('fills params in, and falls back to words without numbers when a backend sent none', () => {
    const [long] = validateNewReport(
      {
        categoryId: 'x',
        description: 'a'.repeat(4003),
        photoIds: ['p'],
        location: { kind: 'device', latitude: 1, longitude: 1 },
      },
      { categories: [{ id: 'x' }] },
    );
    expect(long && reportIssueMessage(long)).toBe(
      'Nội dung dài hơn 4000 ký tự. Vui lòng rút gọn bớt 3 ký tự.',
    );
    expect(reportIssueMessage({ path: 'description', code: 'too_long' })).toBe(
      'Nội dung quá dài. Vui lòng rút gọn bớt.',
    );
    expect(reportIssueMessage({ path: 'photoIds', code: 'too_many_photos' }, 'en')).toBe(
      'There are too many photos. Please remove some.',
    );
  });

  it('has a message specific to every issue the validators produce', () => {
    const produced = [
      ...validateNewReport({}, { categories: [] }),
      ...validateLocation({ kind: 'commune', provinceCode: '01', communeCode: '00070', place: '' }),
      ...validateRating({}),
      ...validateRating({ level: 'unsatisfied' }),
      ...validateResolvedAnswer({ resolved: 1 }),
    ];
    for (const issue of produced) {
      expect(reportIssueMessage(issue)).not.toBe('Vui lòng điền mục này.');
    }
    expect(reportIssueMessage(produced[4] as ReportIssue)).toMatch(/địa điểm/);
  });
});
