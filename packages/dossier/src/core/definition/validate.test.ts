// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleProcedures } from '../../examples';
import type { AnswerIssue } from './api';
import { parseProcedureOrThrow } from './parse';
import { procedureOf, procedureWith, t } from './test-fixtures';
import type { Answers, Field, GroupItemField, ProcedureDefinition } from './types';
import { validateAnswers } from './validate';

const today = '2025-07-15';
const check = (procedure: ProcedureDefinition, answers: unknown, options = {}) =>
  validateAnswers(procedure, answers as Answers, { today, ...options });
const codes = (issues: readonly AnswerIssue[]) => issues.map((i) => `${i.path}:${i.code}`);
/** The issues of one field alone on its page. */
const one = (field: Field, value: unknown, options = {}) =>
  codes(
    check(
      parseProcedureOrThrow(procedureOf([field])),
      value === undefined ? {} : { [field.id]: value },
      options,
    ),
  );

const file = (name: string, type = 'image/jpeg', size = 200_000) => ({
  id: `local:${name}`,
  name,
  type,
  size,
});

// Communes from the 2025 admin data the integrator supplies (read, never copied).
const adminData = JSON.parse(
  readFileSync('/work/shared/data/vn-admin-units-2025.json', 'utf8'),
) as { code: number; wards: { code: number }[] }[];
const communes = new Set(
  adminData.flatMap((p) => p.wards.map((w) => `${String(p.code).padStart(2, '0')}/${w.code}`)),
);
const communeExists = (province: string, commune: string) =>
  communes.has(`${province}/${Number(commune)}`);

describe('validateAnswers: required', () => {
  it('asks for a required answer, with the field type for the wording', () => {
    const issues = check(
      procedureOf([
        { id: 'fullName', type: 'text', label: t('Họ và tên', 'Full name'), required: true },
      ]),
      {},
    );
    expect(issues).toEqual([
      {
        path: 'fullName',
        code: 'required',
        params: { label: 'Họ và tên', labelEn: 'Full name', fieldType: 'text' },
      },
    ]);
  });

  it('counts blank text, empty lists and empty objects as unanswered', () => {
    const field: Field = { id: 'a', type: 'text', label: t('A'), required: true };
    expect(one(field, '   ')).toEqual(['a:required']);
    expect(
      one(
        {
          id: 'c',
          type: 'checkbox',
          label: t('C'),
          required: true,
          options: [{ value: 'x', label: t('X') }],
        },
        [],
      ),
    ).toEqual(['c:required']);
    expect(one({ id: 'ad', type: 'address', label: t('Đ'), required: true }, {})).toEqual([
      'ad:required',
    ]);
  });

  it('an optional field may stay empty; a conditional one is required only when its condition holds', () => {
    const p = parseProcedureOrThrow(
      procedureWith([
        {
          id: 'p',
          fields: [
            { id: 'phone', type: 'phone', label: t('SĐT') },
            {
              id: 'email',
              type: 'email',
              label: t('Email'),
              required: { not: { answered: 'phone' } },
            },
          ],
        },
      ]),
    );
    expect(codes(check(p, {}))).toEqual(['email:required']);
    expect(codes(check(p, { phone: '+84912345678' }))).toEqual([]);
  });
});

describe('validateAnswers: by field type', () => {
  it('text: length in characters (NFC), pattern with its own message, named validators', () => {
    const field: Field = {
      id: 'name',
      type: 'text',
      label: t('Tên'),
      minLength: 2,
      maxLength: 5,
      pattern: { regex: '\\p{L}+', message: t('Chỉ chữ cái') },
    };
    expect(one(field, 'Hòa')).toEqual([]);
    expect(one(field, 'Ho\u0300a')).toEqual([]); // decomposed: still 3 letters
    expect(one(field, 'A')).toEqual(['name:too_short']);
    expect(one(field, 'Nguyễn')).toEqual(['name:too_long']);
    const [pattern] = check(parseProcedureOrThrow(procedureOf([field])), { name: 'A1' });
    expect(pattern).toMatchObject({ code: 'pattern', message: { vi: 'Chỉ chữ cái' } });
    expect(one(field, 42)).toEqual(['name:invalid_value']);
    const named: Field = { id: 'code', type: 'text', label: t('Mã'), validators: ['dossierCode'] };
    expect(one(named, '000.00.06.H56-231027-0361')).toEqual([]);
    expect(one(named, 'H56-2310')).toEqual(['code:invalid_dossier_code']);
    expect(
      one(
        {
          id: 'x',
          type: 'textarea',
          label: t('X'),
          validators: ['cccd', 'taxCode', 'plate', 'phone', 'email'],
        },
        'abc',
      ),
    ).toEqual([
      'x:invalid_cccd',
      'x:invalid_tax_code',
      'x:invalid_plate',
      'x:invalid_phone',
      'x:invalid_email',
    ]);
  });

  it('number: a finite number, integer when asked, within bounds', () => {
    const field: Field = {
      id: 'n',
      type: 'number',
      label: t('Số'),
      integer: true,
      min: 1,
      max: 10,
    };
    expect(one(field, 3)).toEqual([]);
    expect(one(field, '3')).toEqual(['n:not_a_number']);
    expect(one(field, 2.5)).toEqual(['n:not_integer']);
    expect(one(field, 0)).toEqual(['n:too_small']);
    expect(one(field, 11)).toEqual(['n:too_large']);
  });

  it('money: whole đồng, not negative, within bounds', () => {
    const field: Field = { id: 'm', type: 'money', label: t('Số tiền'), max: 1_000_000 };
    expect(one(field, 500_000)).toEqual([]);
    expect(one(field, 10.5)).toEqual(['m:not_integer']);
    expect(one(field, -1)).toEqual(['m:too_small']);
    expect(
      check(parseProcedureOrThrow(procedureOf([field])), { m: 2_000_000 })[0]?.params,
    ).toMatchObject({ max: 1_000_000, fieldType: 'money' });
  });

  it('date: a real ISO date within its bounds (today, fixed, relative)', () => {
    const dob: Field = {
      id: 'dob',
      type: 'date',
      label: t('Ngày sinh'),
      min: '1900-01-01',
      max: 'today',
    };
    expect(one(dob, '2025-07-15')).toEqual([]);
    expect(one(dob, '2025-02-29')).toEqual(['dob:invalid_date']);
    expect(one(dob, '15/07/2025')).toEqual(['dob:invalid_date']);
    expect(one(dob, '2025-07-16')).toEqual(['dob:date_too_late']);
    expect(one(dob, '1899-12-31')).toEqual(['dob:date_too_early']);
    const [late] = check(parseProcedureOrThrow(procedureOf([dob])), { dob: '2030-01-01' });
    expect(late?.params).toMatchObject({ max: '2025-07-15', relative: 'today' });
    const soon: Field = {
      id: 'd',
      type: 'date',
      label: t('D'),
      min: { todayOffsetDays: 1 },
      max: { todayOffsetDays: 30 },
    };
    expect(one(soon, '2025-07-15')).toEqual(['d:date_too_early']);
    expect(one(soon, '2025-08-14')).toEqual([]);
    expect(one(soon, '2025-08-15')).toEqual(['d:date_too_late']);
  });

  it('select, radio, yesNo: one of the options', () => {
    const options = [
      { value: 'a', label: t('A') },
      { value: 'b', label: t('B') },
    ];
    expect(one({ id: 's', type: 'select', label: t('S'), options }, 'a')).toEqual([]);
    expect(one({ id: 's', type: 'select', label: t('S'), options }, 'c')).toEqual([
      's:invalid_option',
    ]);
    expect(one({ id: 'r', type: 'radio', label: t('R'), options }, ['a'])).toEqual([
      'r:invalid_option',
    ]);
    expect(one({ id: 'y', type: 'yesNo', label: t('Y') }, false)).toEqual([]);
    expect(one({ id: 'y', type: 'yesNo', label: t('Y') }, 'yes')).toEqual(['y:invalid_option']);
  });

  it('checkbox: known, distinct options, and the number selected', () => {
    const field: Field = {
      id: 'c',
      type: 'checkbox',
      label: t('C'),
      minSelected: 2,
      maxSelected: 3,
      options: ['a', 'b', 'c', 'd'].map((value) => ({ value, label: t(value) })),
    };
    expect(one(field, ['a', 'b'])).toEqual([]);
    expect(one(field, ['a'])).toEqual(['c:too_few_selected']);
    expect(one(field, ['a', 'b', 'c', 'd'])).toEqual(['c:too_many_selected']);
    expect(one(field, ['a', 'z'])).toEqual(['c:invalid_option']);
    expect(one(field, ['a', 'a'])).toEqual(['c:invalid_option', 'c:too_few_selected']);
    expect(one(field, 'a')).toEqual(['c:invalid_value']);
  });

  it('email', () => {
    const field: Field = { id: 'e', type: 'email', label: t('Email') };
    expect(one(field, 'lan.nguyen@tinhmau.gov.vn')).toEqual([]);
    for (const bad of ['lan', 'lan@', 'lan@mail', 'lan nguyen@mail.vn', '@mail.vn'])
      expect(one(field, bad)).toEqual(['e:invalid_email']);
  });

  it('phone: a Vietnamese number; mobile only when asked, with the reason', () => {
    const field: Field = { id: 'p', type: 'phone', label: t('SĐT'), mobileOnly: true };
    expect(one(field, '+84912345678')).toEqual([]);
    expect(one(field, '0912 345 678')).toEqual([]);
    expect(one({ id: 'p', type: 'phone', label: t('SĐT') }, '+842431234567')).toEqual([]);
    const [landline] = check(parseProcedureOrThrow(procedureOf([field])), { p: '+842431234567' });
    expect(landline).toMatchObject({ code: 'invalid_phone', params: { reason: 'not_mobile' } });
    const [old] = check(parseProcedureOrThrow(procedureOf([field])), { p: '01691234567' });
    expect(old).toMatchObject({
      code: 'invalid_phone',
      params: { reason: 'old_prefix', suggestion: '0391234567' },
    });
  });

  it('cccd: structure, and the cross-check against birth date and sex', () => {
    const p = parseProcedureOrThrow(
      procedureWith([
        {
          id: 'p',
          fields: [
            { id: 'dob', type: 'date', label: t('Ngày sinh') },
            {
              id: 'sex',
              type: 'radio',
              label: t('Giới tính'),
              options: [
                { value: 'male', label: t('Nam') },
                { value: 'female', label: t('Nữ') },
              ],
            },
            {
              id: 'id',
              type: 'cccd',
              label: t('Số CCCD'),
              crossCheck: { dateOfBirth: 'dob', sex: 'sex' },
            },
          ],
        },
      ]),
    );
    expect(codes(check(p, { dob: '1990-05-01', sex: 'male', id: '001090012345' }))).toEqual([]);
    expect(check(p, { id: '00109001234' })).toEqual([
      expect.objectContaining({
        code: 'invalid_cccd',
        params: expect.objectContaining({ reason: 'length', count: 11 }),
      }),
    ]);
    expect(check(p, { id: '123456789' })[0]?.params?.reason).toBe('old_cmnd');
    const mismatches = check(p, { dob: '1991-05-01', sex: 'female', id: '001090012345' });
    expect(mismatches.map((i) => [i.path, i.code, i.params?.reason])).toEqual([
      ['id', 'cccd_mismatch', 'birth_year_mismatch'],
      ['id', 'cccd_mismatch', 'sex_mismatch'],
    ]);
    expect(mismatches[0]?.params).toMatchObject({ expected: 1990, actual: 1991 });
  });

  it('taxCode and plate (a plausible special series is accepted)', () => {
    expect(one({ id: 'tax', type: 'taxCode', label: t('MST') }, '0100233488')).toEqual([]);
    expect(one({ id: 'tax', type: 'taxCode', label: t('MST') }, '0100233489')).toEqual([
      'tax:invalid_tax_code',
    ]);
    expect(one({ id: 'plate', type: 'plate', label: t('Biển số') }, '51A-123.45')).toEqual([]);
    expect(one({ id: 'plate', type: 'plate', label: t('Biển số') }, '80NG12345')).toEqual([]);
    expect(one({ id: 'plate', type: 'plate', label: t('Biển số') }, 'ABC')).toEqual([
      'plate:invalid_plate',
    ]);
  });

  it('address: a 2025 province, a commune (checked by the integrator when given), a street', () => {
    const field: Field = { id: 'home', type: 'address', label: t('Nơi ở') };
    const ok = { provinceCode: '01', communeCode: '4', street: 'Số 1 Hoàng Diệu' };
    expect(one(field, ok)).toEqual([]);
    expect(one(field, ok, { communeExists })).toEqual([]);
    expect(one(field, { ...ok, communeCode: '99999' })).toEqual([]);
    expect(one(field, { ...ok, communeCode: '99999' }, { communeExists })).toEqual([
      'home:invalid_address',
    ]);
    expect(one(field, { ...ok, provinceCode: '02' })).toEqual(['home:invalid_address']);
    expect(one(field, { provinceCode: '01', communeCode: '4' })).toEqual(['home:invalid_address']);
    expect(
      one({ ...field, street: false } as Field, { provinceCode: '01', communeCode: '4' }),
    ).toEqual([]);
    expect(one(field, { ...ok, street: 'x'.repeat(201) })).toEqual(['home:too_long']);
    expect(one(field, 'Hà Nội')).toEqual(['home:invalid_value']);
  });

  it('files: count, size and type, per file at `id.index`', () => {
    const field: Field = {
      id: 'scan',
      type: 'file',
      label: t('Bản chụp'),
      minFiles: 2,
      maxFiles: 3,
      maxBytes: 1_000_000,
    };
    expect(one(field, [file('a.jpg'), file('b.pdf', 'application/pdf')])).toEqual([]);
    expect(one(field, [file('a.jpg')])).toEqual(['scan:too_few_files']);
    expect(one(field, [file('a'), file('b'), file('c'), file('d')])).toEqual([
      'scan:too_many_files',
    ]);
    expect(one(field, [file('a.jpg'), file('b.jpg', 'image/jpeg', 2_000_000)])).toEqual([
      'scan.1:file_too_large',
    ]);
    expect(one(field, [file('a.jpg'), file('b.heic', 'image/heic')])).toEqual(['scan.1:file_type']);
    expect(one(field, [file('a.jpg'), { id: 'x' }])).toEqual(['scan.1:invalid_value']);
    // Defaults: one file; photos jpeg/png/webp up to 5 MB.
    expect(
      one({ id: 'ph', type: 'photo', label: t('Ảnh') }, [file('a.jpg'), file('b.jpg')]),
    ).toEqual(['ph:too_many_files']);
    expect(
      one({ id: 'ph', type: 'photo', label: t('Ảnh') }, [file('a.pdf', 'application/pdf')]),
    ).toEqual(['ph.0:file_type']);
    expect(
      one({ id: 'ph', type: 'photo', label: t('Ảnh') }, [
        file('a.jpg', 'image/jpeg', 6 * 1024 * 1024),
      ]),
    ).toEqual(['ph.0:file_too_large']);
    expect(
      one({ id: 'any', type: 'file', label: t('Ảnh'), accept: ['image/*'] }, [
        file('a.heic', 'image/heic'),
      ]),
    ).toEqual([]);
  });

  it('appointment: shape, order, and not in the past', () => {
    const field: Field = { id: 'slot', type: 'appointment', label: t('Lịch hẹn') };
    const slot = {
      slotId: 's1',
      start: '2025-07-16T08:00:00+07:00',
      end: '2025-07-16T08:30:00+07:00',
    };
    expect(one(field, slot)).toEqual([]);
    expect(one(field, { ...slot, end: slot.start })).toEqual(['slot:invalid_slot']);
    expect(one(field, { ...slot, start: '2025-07-16 08:00' })).toEqual(['slot:invalid_slot']);
    expect(
      one(field, {
        slotId: 's0',
        start: '2025-07-14T08:00:00+07:00',
        end: '2025-07-14T08:30:00+07:00',
      }),
    ).toEqual(['slot:invalid_slot']);
    // 23:30 UTC on the 14th is already the 15th in Vietnam: today, not past.
    expect(
      one(field, { slotId: 's', start: '2025-07-14T23:30:00Z', end: '2025-07-15T00:00:00Z' }),
    ).toEqual([]);
  });

  it('info fields are never checked', () => {
    expect(one({ id: 'i', type: 'info', label: t('I'), body: t('B') }, 'anything')).toEqual([]);
  });
});

describe('validateAnswers: groups', () => {
  const items: GroupItemField[] = [
    { id: 'name', type: 'text', label: t('Họ và tên'), required: true },
    { id: 'adult', type: 'yesNo', label: t('Đủ 18 tuổi?'), required: true },
    {
      id: 'cccd',
      type: 'cccd',
      label: t('Số CCCD'),
      required: true,
      visibleWhen: { eq: [{ var: 'adult' }, true] },
    },
    { id: 'from', type: 'date', label: t('Từ') },
    { id: 'to', type: 'date', label: t('Đến') },
  ];
  const p = parseProcedureOrThrow(
    procedureOf([
      {
        id: 'members',
        type: 'group',
        label: t('Thành viên'),
        itemLabel: t('Thành viên {n}', 'Member {n}'),
        addLabel: t('Thêm'),
        required: true,
        minItems: 1,
        maxItems: 3,
        fields: items,
        rules: [
          {
            id: 'order',
            when: { and: [{ answered: 'from' }, { answered: 'to' }] },
            assert: { lte: [{ var: 'from' }, { var: 'to' }] },
            fields: ['to'],
            message: t('Đến sau Từ'),
          },
        ],
      },
    ]),
  );

  it('checks each visible item field at `group.index.field`, with the item label', () => {
    const issues = check(p, { members: [{ name: 'An', adult: false }, { adult: true }] });
    expect(codes(issues)).toEqual(['members.1.name:required', 'members.1.cccd:required']);
    expect(issues[0]?.params).toMatchObject({
      item: 2,
      itemLabel: 'Thành viên 2',
      itemLabelEn: 'Member 2',
    });
  });

  it('counts items', () => {
    expect(codes(check(p, {}))).toEqual(['members:required']);
    const many = Array.from({ length: 4 }, () => ({ name: 'An', adult: false }));
    expect(codes(check(p, { members: many }))).toEqual(['members:too_many_items']);
    expect(codes(check(p, { members: 'An' }))).toEqual(['members:invalid_value']);
    expect(codes(check(p, { members: [5] }))).toEqual(['members.0:invalid_value']);
  });

  it('applies item rules within the item', () => {
    const issues = check(p, {
      members: [{ name: 'An', adult: false, from: '2020-01-01', to: '2019-01-01' }],
    });
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'members.0.to',
        code: 'rule',
        message: { vi: 'Đến sau Từ' },
      }),
    ]);
  });

  it('reports unknown keys of an item only in strict mode', () => {
    const answers = { members: [{ name: 'An', adult: false, extra: 1 }] };
    expect(codes(check(p, answers))).toEqual([]);
    expect(codes(check(p, answers, { strict: true }))).toEqual(['members.0.extra:unknown_field']);
  });
});

describe('validateAnswers: visibility, pages, rules, strict', () => {
  const p = parseProcedureOrThrow(
    procedureWith(
      [
        {
          id: 'one',
          fields: [
            { id: 'known', type: 'yesNo', label: t('Biết cha?'), required: true },
            { id: 'childDob', type: 'date', label: t('Ngày sinh con'), required: true },
          ],
        },
        {
          id: 'two',
          visibleWhen: { eq: [{ var: 'known' }, true] },
          fields: [
            { id: 'fatherName', type: 'text', label: t('Tên cha'), required: true },
            { id: 'fatherDob', type: 'date', label: t('Ngày sinh cha'), required: true },
          ],
        },
        { id: 'three', fields: [{ id: 'note', type: 'text', label: t('Ghi chú') }] },
      ],
      {
        rules: [
          {
            id: 'older',
            assert: { lt: [{ var: 'fatherDob' }, { var: 'childDob' }] },
            fields: ['fatherDob', 'childDob'],
            message: t('Cha sinh trước con'),
          },
          {
            id: 'adult',
            assert: { gte: [{ yearsSince: { var: 'fatherDob' } }, 20] },
            fields: ['fatherDob'],
            message: t('Cha đủ 20 tuổi'),
          },
        ],
      },
    ),
  );

  it('ignores hidden pages and their stale answers', () => {
    expect(codes(check(p, { known: false, childDob: '2025-07-01', fatherName: 42 }))).toEqual([]);
    expect(codes(check(p, { known: true, childDob: '2025-07-01' }))).toEqual([
      'fatherName:required',
      'fatherDob:required',
    ]);
  });

  it('reports a failed rule on each of its fields, with its own message', () => {
    const issues = check(p, {
      known: true,
      childDob: '2025-07-01',
      fatherName: 'An',
      fatherDob: '2025-07-02',
    });
    expect(issues.map((i) => [i.path, i.code, i.params?.rule, i.message?.vi])).toEqual([
      ['fatherDob', 'rule', 'older', 'Cha sinh trước con'],
      ['childDob', 'rule', 'older', 'Cha sinh trước con'],
      ['fatherDob', 'rule', 'adult', 'Cha đủ 20 tuổi'],
    ]);
  });

  it('skips a rule on a field that already has a problem', () => {
    const issues = check(p, {
      known: true,
      childDob: '2025-07-01',
      fatherName: 'An',
      fatherDob: '2025-13-01',
    });
    expect(codes(issues)).toEqual(['fatherDob:invalid_date']);
  });

  it('with pageId: that page only, and rules whose fields are all on it', () => {
    const answers = { known: true, childDob: '2025-07-01', fatherDob: '2010-01-01' };
    expect(codes(check(p, answers, { pageId: 'one' }))).toEqual([]);
    expect(codes(check(p, answers, { pageId: 'two' }))).toEqual([
      'fatherName:required',
      'fatherDob:rule',
    ]);
    expect(() => check(p, answers, { pageId: 'nope' })).toThrow(RangeError);
  });

  it('strict: answers for unknown fields are issues (server side)', () => {
    const answers = { known: false, childDob: '2025-07-01', hacker: 'x' };
    expect(codes(check(p, answers))).toEqual([]);
    expect(codes(check(p, answers, { strict: true }))).toEqual(['hacker:unknown_field']);
  });

  it('never throws on arbitrary answers, for any example (property)', () => {
    const ids = [
      ...new Set(
        exampleProcedures.flatMap((proc) =>
          proc.pages.flatMap((page) => page.fields.map((f) => f.id)),
        ),
      ),
    ];
    const answers = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(
        fc.constantFrom(...ids, '__proto__', 'constructor'),
        fc.jsonValue({ maxDepth: 3 }),
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...exampleProcedures),
        answers,
        fc.boolean(),
        (procedure, raw, strict) => {
          const issues = validateAnswers(procedure, raw as Answers, { today, strict });
          expect(Array.isArray(issues)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
