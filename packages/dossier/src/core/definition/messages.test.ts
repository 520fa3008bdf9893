// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { AnswerIssue, AnswerIssueCode } from './api';
import { answerIssueMessage, answerIssueMessages, lowerFirst } from './messages';
import { parseProcedureOrThrow } from './parse';
import { procedureOf, t } from './test-fixtures';
import type { Answers, Field } from './types';
import { validateAnswers } from './validate';

const label = { label: 'Họ và tên', labelEn: 'Full name' };
const vi = (issue: AnswerIssue) => answerIssueMessage(issue, 'vi');
const en = (issue: AnswerIssue) => answerIssueMessage(issue, { locale: 'en' });

describe('answerIssueMessages', () => {
  it('has every key in both languages, with the same placeholders', async () => {
    const keys = Object.keys(answerIssueMessages.vi);
    const pack = await answerIssueMessages.pack.entries('en');
    const en = Object.fromEntries(
      Object.entries(pack)
        .filter(([key]) => key.startsWith(answerIssueMessages.prefix))
        .map(([key, text]) => [key.slice(answerIssueMessages.prefix.length), text]),
    );
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
    // `{label}` and `{labelLower}` are the same word, placed as each language's grammar wants.
    const placeholders = (text: string) =>
      [
        ...new Set((text.match(/\{\w+\}/g) ?? []).map((p) => p.replace('labelLower', 'label'))),
      ].sort();
    for (const key of keys) {
      const k = key as keyof typeof answerIssueMessages.vi;
      expect(placeholders(en[k] ?? ''), key).toEqual(placeholders(answerIssueMessages.vi[k]));
    }
  });

  it('Vietnamese is NFC, polite, and speaks to no one by pronoun', () => {
    for (const text of Object.values(answerIssueMessages.vi)) {
      expect(text.normalize('NFC')).toBe(text);
      expect(text).not.toMatch(/\b(bạn|bác|anh|chị|em)\b/iu);
      expect(text).not.toMatch(/invalid|không hợp lệ$/i);
    }
  });
});

describe('answerIssueMessage', () => {
  it('asks for a missing answer with a verb that fits the question', () => {
    expect(vi({ path: 'a', code: 'required', params: { ...label, fieldType: 'text' } })).toBe(
      'Vui lòng nhập họ và tên.',
    );
    expect(en({ path: 'a', code: 'required', params: { ...label, fieldType: 'text' } })).toBe(
      'Enter full name.',
    );
    expect(
      vi({ path: 'a', code: 'required', params: { label: 'Giới tính', fieldType: 'radio' } }),
    ).toBe('Vui lòng chọn giới tính.');
    expect(
      vi({
        path: 'a',
        code: 'required',
        params: { label: 'Cha mẹ đã kết hôn chưa?', fieldType: 'radio' },
      }),
    ).toBe('Vui lòng chọn câu trả lời cho câu hỏi “Cha mẹ đã kết hôn chưa?”.');
    expect(
      vi({
        path: 'a',
        code: 'required',
        params: { label: 'Đã xác định được cha chưa?', fieldType: 'yesNo' },
      }),
    ).toBe('Vui lòng chọn Có hoặc Không cho câu hỏi “Đã xác định được cha chưa?”.');
    expect(
      vi({ path: 'a', code: 'required', params: { label: 'Giấy chứng sinh', fieldType: 'file' } }),
    ).toBe('Vui lòng tải lên giấy chứng sinh.');
    expect(
      vi({
        path: 'a',
        code: 'required',
        params: { label: 'Quá trình cư trú', fieldType: 'group' },
      }),
    ).toBe('Vui lòng thêm quá trình cư trú.');
    expect(
      vi({
        path: 'a',
        code: 'required',
        params: { label: 'Nơi thường trú', fieldType: 'address' },
      }),
    ).toBe('Vui lòng chọn tỉnh, thành phố và xã, phường cho nơi thường trú.');
    expect(
      vi({ path: 'a', code: 'required', params: { label: 'Tệp', reason: 'upload_missing' } }),
    ).toBe('Tệp của tệp chưa được gửi lên. Vui lòng tải lên lại.');
  });

  it('keeps acronyms in capitals when the label goes mid-sentence', () => {
    expect(lowerFirst('Họ và tên')).toBe('họ và tên');
    expect(lowerFirst('CCCD của cha')).toBe('CCCD của cha');
    expect(lowerFirst('Email')).toBe('email');
    expect(
      vi({ path: 'a', code: 'required', params: { label: 'CCCD của mẹ', fieldType: 'cccd' } }),
    ).toBe('Vui lòng nhập CCCD của mẹ.');
  });

  it('says what to do about a CCCD, by reason', () => {
    const issue = (reason: string, extra = {}): AnswerIssue => ({
      path: 'id',
      code: 'invalid_cccd',
      params: { label: 'Số CCCD', reason, ...extra },
    });
    expect(vi(issue('length', { count: 11 }))).toBe(
      'Số CCCD phải có đủ 12 chữ số, số vừa nhập có 11. Vui lòng kiểm tra lại trên thẻ căn cước.',
    );
    expect(vi(issue('old_cmnd'))).toContain('chứng minh nhân dân cũ');
    expect(en(issue('length', { count: 11 }))).toBe(
      'Số CCCD must have 12 digits; you entered 11. Check it on the citizen ID card.',
    );
    expect(
      vi({
        path: 'id',
        code: 'cccd_mismatch',
        params: { label: 'Số CCCD', reason: 'birth_year_mismatch', expected: 1990, actual: 1991 },
      }),
    ).toBe(
      'Năm sinh 1991 không khớp với số CCCD (số này ứng với năm sinh 1990). Vui lòng kiểm tra lại một trong hai.',
    );
  });

  it('formats dates, money, sizes and numbers for the locale', () => {
    expect(
      vi({
        path: 'd',
        code: 'date_too_late',
        params: { label: 'Ngày sinh', max: '2025-07-15', relative: 'today' },
      }),
    ).toBe('Ngày sinh không được sau ngày hôm nay.');
    expect(
      en({
        path: 'd',
        code: 'date_too_late',
        params: {
          label: 'Ngày sinh',
          labelEn: 'Date of birth',
          max: '2025-07-15',
          relative: 'today',
        },
      }),
    ).toBe('Date of birth must be today or in the past.');
    expect(
      vi({ path: 'd', code: 'date_too_early', params: { label: 'Ngày hẹn', min: '2025-08-01' } }),
    ).toBe('Ngày hẹn phải từ ngày 01/08/2025 trở về sau.');
    expect(
      en({
        path: 'd',
        code: 'date_too_early',
        params: { label: 'x', labelEn: 'Date', min: '2025-08-01' },
      }),
    ).toBe('Date must be on or after 1 August 2025.');
    expect(
      vi({
        path: 'm',
        code: 'too_large',
        params: { label: 'Số tiền', max: 1_000_000, fieldType: 'money' },
      }),
    ).toBe('Số tiền phải từ 1.000.000\u00a0₫ trở xuống.');
    expect(vi({ path: 'n', code: 'too_large', params: { label: 'Số người', max: 12000 } })).toBe(
      'Số người phải từ 12.000 trở xuống.',
    );
    expect(
      vi({
        path: 'f.0',
        code: 'file_too_large',
        params: { label: 'Ảnh', name: 'a.jpg', max: 5 * 1024 * 1024 },
      }),
    ).toBe('Tệp “a.jpg” lớn hơn 5 MB. Vui lòng chọn tệp nhỏ hơn.');
    expect(
      en({
        path: 'f.0',
        code: 'file_too_large',
        params: { label: 'Ảnh', name: 'a.jpg', max: 1.5 * 1024 * 1024 },
      }),
    ).toBe('The file “a.jpg” is larger than 1.5 MB. Choose a smaller file.');
  });

  it('uses a rule’s own message, in the locale, falling back to Vietnamese', () => {
    const issue: AnswerIssue = {
      path: 'a',
      code: 'rule',
      params: { rule: 'r' },
      message: { vi: 'Cha phải sinh trước con.', en: 'The father must be born before the child.' },
    };
    expect(vi(issue)).toBe('Cha phải sinh trước con.');
    expect(en(issue)).toBe('The father must be born before the child.');
    expect(en({ ...issue, message: { vi: 'Chỉ tiếng Việt.' } })).toBe('Chỉ tiếng Việt.');
  });

  it('prefixes a group item’s issues with the item label', () => {
    const issue: AnswerIssue = {
      path: 'members.1.name',
      code: 'required',
      params: {
        ...label,
        fieldType: 'text',
        item: 2,
        itemLabel: 'Thành viên 2',
        itemLabelEn: 'Member 2',
      },
    };
    expect(vi(issue)).toBe('Thành viên 2: Vui lòng nhập họ và tên.');
    expect(en(issue)).toBe('Member 2: Enter full name.');
  });

  it('takes the label from the options, and an app’s overrides', () => {
    const issue: AnswerIssue = { path: 'a', code: 'required', params: { fieldType: 'text' } };
    expect(answerIssueMessage(issue)).toBe('Vui lòng nhập thông tin này.');
    expect(
      answerIssueMessage(issue, { label: { vi: 'Số nhà', en: 'House number' }, locale: 'en' }),
    ).toBe('Enter house number.');
    expect(
      answerIssueMessage(issue, {
        label: 'Số nhà',
        messages: { 'dossier.answer.required': 'Xin điền {labelLower}.' },
      }),
    ).toBe('Xin điền số nhà.');
  });

  it('gives a specific, filled message for every issue the validator produces', () => {
    const fields: Field[] = [
      {
        id: 'name',
        type: 'text',
        label: t('Họ và tên'),
        required: true,
        minLength: 2,
        maxLength: 3,
      },
      { id: 'n', type: 'number', label: t('Số người'), integer: true, max: 5 },
      { id: 'dob', type: 'date', label: t('Ngày sinh'), max: 'today' },
      {
        id: 'c',
        type: 'checkbox',
        label: t('Nhu cầu'),
        maxSelected: 1,
        options: [
          { value: 'a', label: t('A') },
          { value: 'b', label: t('B') },
        ],
      },
      { id: 'p', type: 'phone', label: t('Số điện thoại'), mobileOnly: true },
      { id: 'e', type: 'email', label: t('Email') },
      { id: 'ad', type: 'address', label: t('Nơi ở') },
      { id: 'f', type: 'file', label: t('Giấy tờ') },
      { id: 'slot', type: 'appointment', label: t('Lịch hẹn') },
    ];
    const answers = {
      name: 'Nguyễn',
      n: 2.5,
      dob: '2030-01-01',
      c: ['a', 'b'],
      p: '02431234567',
      e: 'x@',
      ad: { provinceCode: '00', communeCode: '1' },
      f: [
        { id: 'x', name: 'a.exe', type: 'application/x-msdownload', size: 1 },
        { id: 'y', name: 'b.pdf', type: 'application/pdf', size: 1 },
      ],
      slot: { slotId: '' },
    };
    const issues = validateAnswers(
      parseProcedureOrThrow(procedureOf(fields)),
      answers as unknown as Answers,
      {
        today: '2025-07-15',
      },
    );
    const seen = new Set<AnswerIssueCode>();
    for (const issue of issues) {
      seen.add(issue.code);
      for (const locale of ['vi', 'en'] as const) {
        const message = answerIssueMessage(issue, locale);
        expect(message, `${issue.code} ${locale}`).not.toMatch(/\{\w+\}/);
        expect(message.length).toBeGreaterThan(15);
      }
    }
    expect([...seen].sort()).toEqual([
      'date_too_late',
      'file_type',
      'invalid_address',
      'invalid_email',
      'invalid_phone',
      'invalid_slot',
      'not_integer',
      'too_long',
      'too_many_files',
      'too_many_selected',
    ]);
  });
});
