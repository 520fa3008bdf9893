// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleProcedures, judicialRecord } from '../../examples';
import {
  computeFee,
  fieldById,
  isRequired,
  pageOfField,
  pruneAnswers,
  visibleFields,
  visibleItemFields,
  visiblePages,
} from './flow';
import { parseProcedureOrThrow } from './parse';
import { procedureWith, t } from './test-fixtures';
import type { Answers, Field, GroupField } from './types';

const today = '2025-07-15';
const yesNo = (id: string, extra: Partial<Field> = {}) =>
  ({ id, type: 'yesNo', label: t(id), ...extra }) as Field;
const text = (id: string, extra: Partial<Field> = {}) =>
  ({ id, type: 'text', label: t(id), ...extra }) as Field;

// Page "cha" depends on fatherKnown; page "giay-to" on fatherName (a chain through pages).
const chain = parseProcedureOrThrow(
  procedureWith([
    {
      id: 'mot',
      fields: [yesNo('fatherKnown'), { id: 'note', type: 'info', label: t('i'), body: t('b') }],
    },
    {
      id: 'cha',
      visibleWhen: { eq: [{ var: 'fatherKnown' }, true] },
      fields: [text('fatherName'), text('fatherNick', { visibleWhen: { answered: 'fatherName' } })],
    },
    { id: 'giay-to', visibleWhen: { answered: 'fatherName' }, fields: [text('proof')] },
    { id: 'cuoi', fields: [text('last', { required: { answered: 'fatherNick' } })] },
  ]),
);

const members: GroupField = {
  id: 'members',
  type: 'group',
  label: t('Thành viên'),
  itemLabel: t('Thành viên {n}'),
  addLabel: t('Thêm'),
  fields: [
    yesNo('adult') as GroupField['fields'][number],
    { id: 'cccd', type: 'cccd', label: t('CCCD'), visibleWhen: { eq: [{ var: 'adult' }, true] } },
    {
      id: 'school',
      type: 'text',
      label: t('Trường'),
      visibleWhen: { and: [{ eq: [{ var: 'adult' }, false] }, { var: 'hasSchool' }] },
    },
  ],
};
const household = parseProcedureOrThrow(
  procedureWith([{ id: 'ho', fields: [yesNo('hasSchool'), members] }]),
);

describe('visiblePages', () => {
  it('follows page conditions', () => {
    const ids = (answers: Answers) => visiblePages(chain, answers, { today }).map((p) => p.id);
    expect(ids({})).toEqual(['mot', 'cuoi']);
    expect(ids({ fatherKnown: true })).toEqual(['mot', 'cha', 'cuoi']);
    expect(ids({ fatherKnown: true, fatherName: 'An' })).toEqual(['mot', 'cha', 'giay-to', 'cuoi']);
  });

  it('ignores the stale answer of a hidden page (nothing typed is lost, but it does not count)', () => {
    const ids = visiblePages(
      chain,
      { fatherKnown: false, fatherName: 'An', proof: 'x' },
      { today },
    ).map((p) => p.id);
    expect(ids).toEqual(['mot', 'cuoi']);
  });
});

describe('visibleFields', () => {
  const cha = chain.pages[1] as (typeof chain.pages)[number];
  it('shows a field while its condition holds', () => {
    expect(visibleFields(cha, { fatherName: 'An' }).map((f) => f.id)).toEqual([
      'fatherName',
      'fatherNick',
    ]);
    expect(visibleFields(cha, {}).map((f) => f.id)).toEqual(['fatherName']);
  });

  it('with the procedure, evaluates on the effective answers', () => {
    const answers = { fatherKnown: false, fatherName: 'An' };
    expect(visibleFields(cha, answers).map((f) => f.id)).toEqual(['fatherName', 'fatherNick']);
    expect(visibleFields(cha, answers, { procedure: chain }).map((f) => f.id)).toEqual([
      'fatherName',
    ]);
  });
});

describe('isRequired', () => {
  it('is true, false, or the condition', () => {
    expect(isRequired(text('a', { required: true }), {})).toBe(true);
    expect(isRequired(text('a'), {})).toBe(false);
    expect(isRequired(text('a', { required: false }), {})).toBe(false);
    const conditional = text('a', { required: { answered: 'b' } });
    expect(isRequired(conditional, {})).toBe(false);
    expect(isRequired(conditional, { b: 'x' })).toBe(true);
  });

  it('an info field is never required', () => {
    const info: Field = { id: 'i', type: 'info', label: t('i'), body: t('b'), required: true };
    expect(isRequired(info, {})).toBe(false);
  });
});

describe('pruneAnswers', () => {
  it('drops hidden pages, hidden fields, info fields and unknown keys, through chains', () => {
    const answers = {
      fatherKnown: false,
      fatherName: 'An',
      fatherNick: 'Tư',
      proof: 'x',
      last: 'y',
      note: 'n',
      stray: 1,
    };
    expect(pruneAnswers(chain, answers, { today })).toEqual({ fatherKnown: false, last: 'y' });
    expect(pruneAnswers(chain, { ...answers, fatherKnown: true }, { today })).toEqual({
      fatherKnown: true,
      fatherName: 'An',
      fatherNick: 'Tư',
      proof: 'x',
      last: 'y',
    });
  });

  it('prunes each group item on its own answers and the procedure answers', () => {
    const answers = {
      hasSchool: true,
      members: [
        { adult: true, cccd: '001099012345', school: 'THPT', extra: 'x' },
        { adult: false, cccd: '001099012345', school: 'THCS' },
      ],
    };
    expect(pruneAnswers(household, answers, { today })).toEqual({
      hasSchool: true,
      members: [
        { adult: true, cccd: '001099012345' },
        { adult: false, school: 'THCS' },
      ],
    });
    expect(pruneAnswers(household, { ...answers, hasSchool: false }, { today }).members).toEqual([
      { adult: true, cccd: '001099012345' },
      { adult: false },
    ]);
  });

  it('keeps a malformed group value for the strict check to report', () => {
    expect(pruneAnswers(household, { members: 'nope' } as unknown as Answers)).toEqual({
      members: 'nope',
    });
  });

  it('treats non-object answers as empty', () => {
    expect(pruneAnswers(chain, null as unknown as Answers)).toEqual({});
  });

  it('is idempotent on arbitrary answers for every example (property)', () => {
    const ids = [
      ...new Set(
        exampleProcedures.flatMap((p) => p.pages.flatMap((page) => page.fields.map((f) => f.id))),
      ),
    ];
    const value = fc.oneof(
      fc.boolean(),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('male', 'da-dang-ky', 'so-1', 'uu-dai', 'co-so-y-te'),
      fc.integer(),
    );
    const answers = fc.dictionary(fc.constantFrom(...ids, 'stray'), value) as fc.Arbitrary<Answers>;
    fc.assert(
      fc.property(fc.constantFrom(...exampleProcedures), answers, (procedure, raw) => {
        const once = pruneAnswers(procedure, raw, { today });
        expect(pruneAnswers(procedure, once, { today })).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('visibleItemFields', () => {
  it('evaluates item conditions in the item scope', () => {
    expect(visibleItemFields(members, { adult: true }, {}).map((f) => f.id)).toEqual([
      'adult',
      'cccd',
    ]);
    expect(
      visibleItemFields(members, { adult: false }, { hasSchool: true }).map((f) => f.id),
    ).toEqual(['adult', 'school']);
  });
});

describe('pageOfField and fieldById', () => {
  it('find a field by id or by an issue path', () => {
    expect(pageOfField(chain, 'fatherNick')?.id).toBe('cha');
    expect(pageOfField(household, 'members.1.cccd')?.id).toBe('ho');
    expect(pageOfField(chain, 'nobody')).toBeUndefined();
    expect(fieldById(chain, 'proof')?.type).toBe('text');
    expect(fieldById(chain, 'nobody')).toBeUndefined();
  });
});

describe('computeFee', () => {
  it('follows the fee kind', () => {
    expect(computeFee(chain, {})).toBe(0);
    expect(
      computeFee(procedureWith(chain.pages, { fee: { kind: 'fixed', amount: 50_000 } }), {}),
    ).toBe(50_000);
    expect(
      computeFee(procedureWith(chain.pages, { fee: { kind: 'assessed', note: t('Sau') } }), {}),
    ).toBeUndefined();
    expect(computeFee(judicialRecord, { feeGroup: 'thong-thuong' })).toBe(200_000);
    expect(computeFee(judicialRecord, { feeGroup: 'uu-dai' })).toBe(100_000);
    expect(computeFee(judicialRecord, { feeGroup: 'mien' })).toBe(0);
    expect(computeFee(judicialRecord, {})).toBeUndefined();
    expect(computeFee(judicialRecord, { feeGroup: 'toString' })).toBeUndefined();
  });
});
