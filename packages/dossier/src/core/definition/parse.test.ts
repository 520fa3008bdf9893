// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcedureIssue } from './api';
import { ProcedureDefinitionError } from './errors';
import { parseProcedure, parseProcedureOrThrow } from './parse';
import { json, procedureOf, procedureWith, t } from './test-fixtures';
import type { Field } from './types';

const issuesOf = (value: unknown): readonly ProcedureIssue[] => {
  const result = parseProcedure(value);
  return result.ok ? [] : result.issues;
};
const pick = (issues: readonly ProcedureIssue[]) =>
  issues.map(({ code, path }) => ({ code, path }));

const text = (id: string, extra: Partial<Field> = {}): Field =>
  ({ id, type: 'text', label: t(id), ...extra }) as Field;
const radio = (id: string, values: string[], extra: Partial<Field> = {}): Field =>
  ({
    id,
    type: 'radio',
    label: t(id),
    options: values.map((value) => ({ value, label: t(value) })),
    ...extra,
  }) as Field;

describe('parseProcedure: shape', () => {
  it('accepts a valid definition and returns it typed', () => {
    const result = parseProcedure(json(procedureOf([text('fullName', { required: true })])));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.procedure.pages[0]?.fields[0]?.id).toBe('fullName');
  });

  it('reports an unknown property at its path, with a suggestion', () => {
    const doc = json(procedureOf([text('fullName')]));
    doc.pages[0].fields[0].lable = t('x');
    doc.titel = t('x');
    expect(issuesOf(doc)).toEqual(
      expect.arrayContaining([
        {
          code: 'invalid_shape',
          path: '$.pages[0].fields[0].lable',
          message: 'Unknown property `lable`. Did you mean `label`?',
        },
        {
          code: 'invalid_shape',
          path: '$.titel',
          message: 'Unknown property `titel`. Did you mean `title`?',
        },
      ]),
    );
  });

  it('reports an unknown field type as unknown_field_type at `.type`', () => {
    const doc = json(procedureOf([text('a'), text('b')]));
    doc.pages[1].fields[0].type = 'yesno';
    const issues = issuesOf(doc);
    expect(pick(issues)).toEqual([
      { code: 'unknown_field_type', path: '$.pages[1].fields[0].type' },
    ]);
    expect(issues[0]?.message).toContain('Did you mean `yesNo`?');
  });

  it('reports a missing type and a group inside a group', () => {
    const doc = json(procedureOf([text('a')]));
    delete doc.pages[0].fields[0].type;
    expect(pick(issuesOf(doc))).toEqual([
      { code: 'invalid_shape', path: '$.pages[0].fields[0].type' },
    ]);

    const group = {
      id: 'g',
      type: 'group',
      label: t('G'),
      itemLabel: t('Mục {n}'),
      addLabel: t('Thêm'),
      fields: [
        {
          id: 'inner',
          type: 'group',
          label: t('I'),
          itemLabel: t('x'),
          addLabel: t('y'),
          fields: [text('x')],
        },
      ],
    };
    const issues = issuesOf(json(procedureOf([group as unknown as Field])));
    expect(issues).toEqual([
      {
        code: 'invalid_shape',
        path: '$.pages[0].fields[0].fields[0].type',
        message: 'A group item cannot contain another group.',
      },
    ]);
  });

  it('names missing properties and wrong types', () => {
    const doc = json(procedureOf([text('a')]));
    delete doc.declaration;
    doc.processingDays = 'ba';
    doc.pages[0].fields[0].maxLength = -1;
    expect(issuesOf(doc)).toEqual(
      expect.arrayContaining([
        {
          code: 'invalid_shape',
          path: '$.declaration',
          message: 'Missing required property `declaration`.',
        },
        expect.objectContaining({ code: 'invalid_shape', path: '$.processingDays' }),
        expect.objectContaining({ code: 'invalid_shape', path: '$.pages[0].fields[0].maxLength' }),
      ]),
    );
  });

  it('checks ids against their patterns', () => {
    const doc = json(procedureOf([text('Full-name')]));
    doc.agency.unitCode = 'H99';
    expect(pick(issuesOf(doc))).toEqual(
      expect.arrayContaining([
        { code: 'invalid_shape', path: '$.pages[0].fields[0].id' },
        { code: 'invalid_shape', path: '$.agency.unitCode' },
      ]),
    );
  });

  it('explains a malformed expression at the exact operator', () => {
    const doc = json(procedureOf([text('a'), text('b')]));
    doc.pages[1].visibleWhen = {
      and: [
        { eq: [{ var: 'a' }, 'x', 'y'] },
        { var: 5 },
        { nope: 1 },
        { eq: [1, 2], ne: [1, 2] },
        [1],
      ],
    };
    doc.pages[1].fields[0].required = { today: { offsetDays: 1.5 } };
    expect(pick(issuesOf(doc))).toEqual([
      { code: 'invalid_expression', path: '$.pages[1].fields[0].required.today.offsetDays' },
      { code: 'invalid_expression', path: '$.pages[1].visibleWhen.and[0].eq' },
      { code: 'invalid_expression', path: '$.pages[1].visibleWhen.and[1].var' },
      { code: 'invalid_expression', path: '$.pages[1].visibleWhen.and[2].nope' },
      { code: 'invalid_expression', path: '$.pages[1].visibleWhen.and[3]' },
      { code: 'invalid_expression', path: '$.pages[1].visibleWhen.and[4]' },
    ]);
    expect(issuesOf(doc)[1]?.message).toBe(
      '`eq` takes exactly 2 operands in an array, got an array of 3.',
    );
  });

  it('explains malformed rule and document expressions too', () => {
    const doc = json(
      procedureOf([text('a')], {
        rules: [{ id: 'r', assert: { in: [{ var: 'a' }, []] }, fields: ['a'], message: t('m') }],
        documents: [{ id: 'd', title: t('D'), required: { and: [] } }],
      }),
    );
    expect(pick(issuesOf(doc))).toEqual(
      expect.arrayContaining([
        { code: 'invalid_expression', path: '$.rules[0].assert.in[1]' },
        { code: 'invalid_expression', path: '$.documents[0].required.and' },
      ]),
    );
  });

  it('collects every shape problem, not just the first', () => {
    const doc = json(procedureOf([text('a'), text('b')]));
    doc.pages[0].fields[0].type = 'nope';
    doc.pages[1].fields[0].hint = 5;
    doc.fee = { kind: 'free' };
    expect(pick(issuesOf(doc))).toEqual(
      expect.arrayContaining([
        { code: 'unknown_field_type', path: '$.pages[0].fields[0].type' },
        { code: 'invalid_shape', path: '$.pages[1].fields[0].hint' },
        { code: 'invalid_shape', path: '$.fee.kind' },
      ]),
    );
  });

  it('never throws on arbitrary JSON (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseProcedure(value);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('reports absurd nesting instead of overflowing the stack', () => {
    let deep: unknown = true;
    for (let i = 0; i < 20_000; i++) deep = { not: deep };
    const doc = json(procedureOf([text('a')]));
    doc.pages[0].visibleWhen = deep;
    expect(parseProcedure(doc).ok).toBe(false);
  });

  it('normalises every text to NFC', () => {
    const doc = json(procedureOf([text('a')]));
    doc.title = { vi: 'Đăng ky\u0301 khai sinh' };
    const result = parseProcedure(doc);
    expect(result.ok && result.procedure.title.vi).toBe('Đăng ký khai sinh');
  });
});

describe('parseProcedure: semantic checks', () => {
  it('duplicate field id across pages, and within a group only', () => {
    const group = {
      id: 'members',
      type: 'group',
      label: t('Thành viên'),
      itemLabel: t('Thành viên {n}'),
      addLabel: t('Thêm'),
      fields: [text('name'), text('a'), text('name')],
    } as unknown as Field;
    expect(pick(issuesOf(procedureOf([text('a'), text('name'), group, text('a')])))).toEqual([
      { code: 'duplicate_field_id', path: '$.pages[2].fields[0].fields[2].id' },
      { code: 'duplicate_field_id', path: '$.pages[3].fields[0].id' },
    ]);
  });

  it('duplicate page id', () => {
    const doc = procedureWith([
      { id: 'p', fields: [text('a')] },
      { id: 'p', fields: [text('b')] },
    ]);
    expect(pick(issuesOf(doc))).toEqual([{ code: 'duplicate_page_id', path: '$.pages[1].id' }]);
  });

  it('duplicate document, rule and option ids', () => {
    const doc = procedureOf([radio('kind', ['x', 'x'])], {
      documents: [
        { id: 'd', title: t('D'), required: true },
        { id: 'd', title: t('D'), required: false },
      ],
      rules: [
        { id: 'r', assert: true, fields: ['kind'], message: t('m') },
        { id: 'r', assert: true, fields: ['kind'], message: t('m') },
      ],
    });
    expect(pick(issuesOf(doc))).toEqual(
      expect.arrayContaining([
        { code: 'duplicate_id', path: '$.documents[1].id' },
        { code: 'duplicate_id', path: '$.rules[1].id' },
        { code: 'duplicate_id', path: '$.pages[0].fields[0].options[1].value' },
      ]),
    );
  });

  it('unknown field references in conditions, rules and the fee, with a suggestion', () => {
    const doc = procedureOf(
      [
        text('fullName'),
        text('b', {
          visibleWhen: { eq: [{ var: 'fulName' }, 'x'] },
          required: { answered: 'ghost' },
        }),
      ],
      {
        rules: [
          { id: 'r', when: { var: 'nobody' }, assert: true, fields: ['missing'], message: t('m') },
        ],
        documents: [{ id: 'd', title: t('D'), required: { answered: 'gone' } }],
        fee: { kind: 'byChoice', fieldId: 'feeGroup', amounts: { a: 1 } },
      },
    );
    const issues = issuesOf(doc);
    expect(pick(issues)).toEqual(
      expect.arrayContaining([
        { code: 'unknown_field_reference', path: '$.pages[1].fields[0].visibleWhen.eq[0].var' },
        { code: 'unknown_field_reference', path: '$.pages[1].fields[0].required.answered' },
        { code: 'unknown_field_reference', path: '$.rules[0].when.var' },
        { code: 'unknown_field_reference', path: '$.rules[0].fields[0]' },
        { code: 'unknown_field_reference', path: '$.documents[0].required.answered' },
        { code: 'unknown_field_reference', path: '$.fee.fieldId' },
      ]),
    );
    expect(issues.find((i) => i.path.endsWith('eq[0].var'))?.message).toContain(
      'Did you mean `fullName`?',
    );
  });

  it('cross-check fields must exist and be of the right type', () => {
    const doc = procedureOf([
      text('dob'),
      { id: 'id', type: 'cccd', label: t('CCCD'), crossCheck: { dateOfBirth: 'dob', sex: 'sexo' } },
    ]);
    expect(pick(issuesOf(doc))).toEqual([
      { code: 'wrong_field_type', path: '$.pages[1].fields[0].crossCheck.dateOfBirth' },
      { code: 'unknown_field_reference', path: '$.pages[1].fields[0].crossCheck.sex' },
    ]);
  });

  it('unknown document on a file field', () => {
    const doc = procedureOf(
      [{ id: 'scan', type: 'file', label: t('Scan'), documentId: 'giay-chung-sinh' }],
      {
        documents: [{ id: 'giay-chung-nhan', title: t('D'), required: true }],
      },
    );
    expect(pick(issuesOf(doc))).toEqual([
      { code: 'unknown_document', path: '$.pages[0].fields[0].documentId' },
    ]);
  });

  it('a page condition may not read its own or a later page (forward_reference)', () => {
    const doc = procedureWith([
      { id: 'one', fields: [text('a')] },
      {
        id: 'two',
        visibleWhen: { and: [{ answered: 'a' }, { answered: 'b' }, { var: 'c' }] },
        fields: [text('b')],
      },
      { id: 'three', fields: [text('c')] },
    ]);
    expect(pick(issuesOf(doc))).toEqual([
      { code: 'forward_reference', path: '$.pages[1].visibleWhen.and[1].answered' },
      { code: 'forward_reference', path: '$.pages[1].visibleWhen.and[2].var' },
    ]);
  });

  it('a field condition may read the same page (reveal) without a forward reference', () => {
    const doc = procedureWith([
      {
        id: 'one',
        fields: [
          radio('kind', ['x', 'y']),
          text('other', { visibleWhen: { eq: [{ var: 'kind' }, 'y'] } }),
        ],
      },
    ]);
    expect(issuesOf(doc)).toEqual([]);
  });

  it('names a cycle among visibleWhen conditions', () => {
    const doc = procedureOf([
      text('a', { visibleWhen: { answered: 'c' } }),
      text('b', { visibleWhen: { answered: 'a' } }),
      text('c', { visibleWhen: { not: { answered: 'b' } } }),
      text('self', { visibleWhen: { answered: 'self' } }),
    ]);
    const issues = issuesOf(doc);
    expect(pick(issues)).toEqual([
      { code: 'cyclic_condition', path: '$.pages[0].fields[0].visibleWhen.answered' },
      { code: 'cyclic_condition', path: '$.pages[3].fields[0].visibleWhen.answered' },
    ]);
    expect(issues[0]?.message).toContain('`a` → `c` → `b` → `a`');
  });

  it('finds cycles within a group item', () => {
    const group = {
      id: 'g',
      type: 'group',
      label: t('G'),
      itemLabel: t('Mục {n}'),
      addLabel: t('Thêm'),
      fields: [
        text('x', { visibleWhen: { answered: 'y' } }),
        text('y', { visibleWhen: { answered: 'x' } }),
      ],
    } as unknown as Field;
    expect(pick(issuesOf(procedureOf([group])))).toEqual([
      { code: 'cyclic_condition', path: '$.pages[0].fields[0].fields[0].visibleWhen.answered' },
    ]);
  });

  it('allows "one of two" required conditions, which are not a cycle of visibility', () => {
    const doc = procedureOf([
      text('phone', { required: { not: { answered: 'email' } } }),
      text('email', { required: { not: { answered: 'phone' } } }),
    ]);
    expect(issuesOf(doc)).toEqual([]);
  });

  it('a page whose condition folds to false is unreachable', () => {
    const doc = procedureWith([
      { id: 'one', fields: [text('a')] },
      { id: 'two', visibleWhen: { and: [{ answered: 'a' }, { eq: [1, 2] }] }, fields: [text('b')] },
      { id: 'three', visibleWhen: { not: true }, fields: [text('c')] },
      { id: 'four', visibleWhen: { or: [false, { answered: 'a' }] }, fields: [text('d')] },
    ]);
    expect(pick(issuesOf(doc))).toEqual([
      { code: 'unreachable_page', path: '$.pages[1].visibleWhen' },
      { code: 'unreachable_page', path: '$.pages[2].visibleWhen' },
    ]);
  });

  it('comparing a choice with a value it does not offer: unknown_option, and unreachable for a page', () => {
    const yesNo: Field = { id: 'known', type: 'yesNo', label: t('Known?') };
    const doc = procedureWith([
      { id: 'one', fields: [radio('sex', ['male', 'female']), yesNo] },
      { id: 'two', visibleWhen: { eq: [{ var: 'sex' }, 'nam'] }, fields: [text('b')] },
      { id: 'three', visibleWhen: { in: [{ var: 'sex' }, ['nu', 'khac']] }, fields: [text('c')] },
      { id: 'four', visibleWhen: { eq: [{ var: 'known' }, 'yes'] }, fields: [text('d')] },
      {
        id: 'five',
        visibleWhen: { or: [{ eq: [{ var: 'sex' }, 'nam'] }, { eq: [{ var: 'known' }, true] }] },
        fields: [text('e')],
      },
    ]);
    expect(pick(issuesOf(doc))).toEqual([
      { code: 'unknown_option', path: '$.pages[1].visibleWhen.eq[1]' },
      { code: 'unreachable_page', path: '$.pages[1].visibleWhen' },
      { code: 'unknown_option', path: '$.pages[2].visibleWhen.in[1][0]' },
      { code: 'unknown_option', path: '$.pages[2].visibleWhen.in[1][1]' },
      { code: 'unreachable_page', path: '$.pages[2].visibleWhen' },
      { code: 'unknown_option', path: '$.pages[3].visibleWhen.eq[1]' },
      { code: 'unreachable_page', path: '$.pages[3].visibleWhen' },
      // Reachable through the other branch, but the comparison is still a mistake.
      { code: 'unknown_option', path: '$.pages[4].visibleWhen.or[0].eq[1]' },
    ]);
  });

  it('checks that includes names a checkbox option', () => {
    const box: Field = {
      id: 'needs',
      type: 'checkbox',
      label: t('Needs'),
      options: [{ value: 'a', label: t('A') }],
    };
    const doc = procedureWith([
      { id: 'one', fields: [box] },
      { id: 'two', visibleWhen: { includes: [{ var: 'needs' }, 'b'] }, fields: [text('x')] },
    ]);
    expect(pick(issuesOf(doc))).toEqual([
      { code: 'unknown_option', path: '$.pages[1].visibleWhen.includes[1]' },
      { code: 'unreachable_page', path: '$.pages[1].visibleWhen' },
    ]);
  });

  it('invalid regex pattern', () => {
    const doc = procedureOf([
      text('a', { pattern: { regex: '[0-9', message: t('m') } } as Partial<Field>),
    ]);
    const issues = issuesOf(doc);
    expect(pick(issues)).toEqual([
      { code: 'invalid_pattern', path: '$.pages[0].fields[0].pattern.regex' },
    ]);
  });

  it('invalid bounds: lengths, numbers, dates, selections, files, items', () => {
    const box: Field = {
      id: 'box',
      type: 'checkbox',
      label: t('B'),
      options: [{ value: 'a', label: t('A') }],
      minSelected: 3,
      maxSelected: 2,
    };
    const group = {
      id: 'g',
      type: 'group',
      label: t('G'),
      itemLabel: t('x'),
      addLabel: t('y'),
      minItems: 21,
      fields: [text('x')],
    } as unknown as Field;
    const doc = procedureOf([
      text('a', { minLength: 5, maxLength: 2 } as Partial<Field>),
      { id: 'n', type: 'number', label: t('N'), min: 10, max: 1 },
      { id: 'm', type: 'money', label: t('M'), min: 10, max: 1 },
      { id: 'd1', type: 'date', label: t('D'), min: '2025-01-02', max: '2025-01-01' },
      { id: 'd2', type: 'date', label: t('D'), min: 'today', max: { todayOffsetDays: -1 } },
      { id: 'd3', type: 'date', label: t('D'), min: { todayOffsetDays: -30 }, max: 'today' },
      box,
      { id: 'f', type: 'file', label: t('F'), minFiles: 2 },
      group,
    ]);
    expect(pick(issuesOf(doc))).toEqual([
      { code: 'invalid_bounds', path: '$.pages[0].fields[0].minLength' },
      { code: 'invalid_bounds', path: '$.pages[1].fields[0].min' },
      { code: 'invalid_bounds', path: '$.pages[2].fields[0].min' },
      { code: 'invalid_bounds', path: '$.pages[3].fields[0].min' },
      { code: 'invalid_bounds', path: '$.pages[4].fields[0].min' },
      { code: 'invalid_bounds', path: '$.pages[6].fields[0].minSelected' },
      { code: 'invalid_bounds', path: '$.pages[7].fields[0].minFiles' },
      { code: 'invalid_bounds', path: '$.pages[8].fields[0].minItems' },
    ]);
  });

  it('operators get operands of a sensible kind', () => {
    const doc = procedureWith([
      {
        id: 'one',
        fields: [
          text('name'),
          { id: 'dob', type: 'date', label: t('D') },
          { id: 'n', type: 'number', label: t('N') },
          { id: 'note', type: 'info', label: t('I'), body: t('B') },
        ],
      },
      {
        id: 'two',
        visibleWhen: {
          and: [
            { gt: [{ yearsSince: { var: 'name' } }, 3] },
            { gt: [{ count: { var: 'name' } }, 0] },
            { lt: [{ var: 'dob' }, 5] },
            { eq: [{ yearsSince: '15/07/2000' }, 1] },
            { answered: 'note' },
          ],
        },
        fields: [text('x')],
      },
    ]);
    expect(pick(issuesOf(doc))).toEqual([
      { code: 'wrong_field_type', path: '$.pages[1].visibleWhen.and[0].gt[0].yearsSince' },
      { code: 'wrong_field_type', path: '$.pages[1].visibleWhen.and[1].gt[0].count' },
      { code: 'invalid_expression', path: '$.pages[1].visibleWhen.and[2].lt' },
      { code: 'invalid_expression', path: '$.pages[1].visibleWhen.and[3].eq[0].yearsSince' },
      { code: 'wrong_field_type', path: '$.pages[1].visibleWhen.and[4].answered' },
    ]);
  });

  it('a condition that is a non-boolean literal is a mistake', () => {
    expect(pick(issuesOf(procedureOf([text('a', { required: 'yes' as never })])))).toEqual([
      { code: 'invalid_expression', path: '$.pages[0].fields[0].required' },
    ]);
  });

  it('fee by choice: the field is a required choice and every option has an amount', () => {
    const base = [radio('group', ['a', 'b'], { required: true })];
    expect(
      pick(
        issuesOf(
          procedureOf(base, {
            fee: { kind: 'byChoice', fieldId: 'group', amounts: { a: 1, c: 2 } },
          }),
        ),
      ),
    ).toEqual([
      { code: 'unknown_option', path: '$.fee.amounts.c' },
      { code: 'incomplete_fee', path: '$.fee.amounts' },
    ]);
    expect(
      pick(
        issuesOf(
          procedureOf([text('group')], {
            fee: { kind: 'byChoice', fieldId: 'group', amounts: {} },
          }),
        ),
      ),
    ).toEqual([{ code: 'wrong_field_type', path: '$.fee.fieldId' }]);
    expect(
      pick(
        issuesOf(
          procedureOf([radio('group', ['a'])], {
            fee: { kind: 'byChoice', fieldId: 'group', amounts: { a: 0 } },
          }),
        ),
      ),
    ).toEqual([{ code: 'incomplete_fee', path: '$.pages[0].fields[0].required' }]);
  });

  it('a fee account is checked: a malformed BIN or number by shape, an unknown bank by name', () => {
    const account = { bankBin: '970436', accountNumber: '0011001234567', accountName: 'UBND XA' };
    const base = [text('fullName')];
    const ok = parseProcedure(procedureOf(base, { fee: { kind: 'fixed', amount: 5, account } }));
    expect(ok.ok && ok.procedure.fee).toEqual({ kind: 'fixed', amount: 5, account });
    const unknownBank = issuesOf(
      procedureOf(base, {
        fee: { kind: 'assessed', note: t('n'), account: { ...account, bankBin: '970999' } },
      }),
    );
    expect(pick(unknownBank)).toEqual([
      { code: 'invalid_payment_account', path: '$.fee.account.bankBin' },
    ]);
    expect(unknownBank[0]?.message).toMatch(/No bank with BIN `970999`.*970436 is Vietcombank/);
    expect(
      pick(
        issuesOf(
          procedureOf(base, {
            fee: {
              kind: 'fixed',
              amount: 5,
              account: { bankBin: '97043', accountNumber: '001-100', accountName: '' },
            },
          }),
        ),
      ),
    ).toEqual([
      { code: 'invalid_shape', path: '$.fee.account.bankBin' },
      { code: 'invalid_shape', path: '$.fee.account.accountNumber' },
      { code: 'invalid_shape', path: '$.fee.account.accountName' },
    ]);
    // A bank newer than the list: the definition's author passes the longer list.
    const newBank = { bin: '970999', shortName: 'Ngân hàng Mới', name: 'Ngân hàng TMCP Mới' };
    const withNewBank = parseProcedure(
      procedureOf(base, {
        fee: { kind: 'fixed', amount: 5, account: { ...account, bankBin: '970999' } },
      }),
      { banks: [newBank] },
    );
    expect(withNewBank.ok).toBe(true);
  });

  it('prefill, validators and info fields fit their field types', () => {
    const doc = procedureOf([
      { id: 'dob', type: 'text', label: t('D'), prefill: 'chip.dateOfBirth' },
      {
        id: 'sex',
        type: 'radio',
        label: t('S'),
        prefill: 'chip.sex',
        options: [{ value: 'nam', label: t('Nam') }],
      },
      { id: 'n', type: 'number', label: t('N'), validators: ['cccd'] },
      { id: 'i', type: 'info', label: t('I'), body: t('B'), required: true },
    ]);
    expect(pick(issuesOf(doc))).toEqual([
      { code: 'wrong_field_type', path: '$.pages[0].fields[0].prefill' },
      { code: 'unknown_option', path: '$.pages[1].fields[0].prefill' },
      { code: 'wrong_field_type', path: '$.pages[2].fields[0].validators' },
      { code: 'wrong_field_type', path: '$.pages[3].fields[0].required' },
    ]);
  });

  it('group item fields resolve in the item first; group rules name item fields', () => {
    const group = {
      id: 'periods',
      type: 'group',
      label: t('G'),
      itemLabel: t('Giai đoạn {n}'),
      addLabel: t('Thêm'),
      fields: [
        { id: 'from', type: 'date', label: t('Từ') },
        { id: 'to', type: 'date', label: t('Đến'), visibleWhen: { answered: 'from' } },
      ],
      rules: [
        {
          id: 'order',
          assert: { gte: [{ var: 'to' }, { var: 'from' }] },
          fields: ['to'],
          message: t('m'),
        },
        { id: 'bad', assert: { answered: 'nowhere' }, fields: ['outside'], message: t('m') },
      ],
    } as unknown as Field;
    expect(pick(issuesOf(procedureOf([text('outside'), group])))).toEqual([
      { code: 'unknown_field_reference', path: '$.pages[1].fields[0].rules[1].assert.answered' },
      { code: 'unknown_field_reference', path: '$.pages[1].fields[0].rules[1].fields[0]' },
    ]);
  });

  it('onBehalf allowed needs at least one relationship', () => {
    expect(
      pick(issuesOf(procedureOf([text('a')], { onBehalf: { allowed: true, relationships: [] } }))),
    ).toEqual([{ code: 'invalid_bounds', path: '$.onBehalf.relationships' }]);
  });
});

describe('parseProcedureOrThrow', () => {
  it('returns the procedure, or throws a ProcedureDefinitionError with every issue', () => {
    expect(parseProcedureOrThrow(procedureOf([text('a')])).id).toBe('thu-tuc-mau');
    const doc = procedureWith([
      { id: 'p', fields: [text('a')] },
      { id: 'p', fields: [text('a')] },
    ]);
    let caught: unknown;
    try {
      parseProcedureOrThrow(doc);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ProcedureDefinitionError);
    const error = caught as ProcedureDefinitionError;
    expect(error.name).toBe('ProcedureDefinitionError');
    expect(pick(error.issues)).toEqual([
      { code: 'duplicate_page_id', path: '$.pages[1].id' },
      { code: 'duplicate_field_id', path: '$.pages[1].fields[0].id' },
    ]);
    expect(error.message).toContain('2 problems');
    expect(error.message).toContain('$.pages[1].id [duplicate_page_id]');
  });
});
