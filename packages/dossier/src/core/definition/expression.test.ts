// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collectReferences,
  evaluate,
  holds,
  isAnswered,
  isTruthy,
  resolveToday,
  shiftIsoDate,
} from './expression';
import type { Answers, Expression } from './types';

const today = '2025-07-15';
const run = (expression: unknown, answers: Answers = {}, options = {}) =>
  evaluate(expression as Expression, answers, { today, ...options });

describe('evaluate', () => {
  it('returns literals as they are', () => {
    expect(run('a')).toBe('a');
    expect(run(3)).toBe(3);
    expect(run(false)).toBe(false);
    expect(run(null)).toBe(null);
  });

  it('reads answers by field id; a missing answer reads null', () => {
    expect(run({ var: 'name' }, { name: 'Lan' })).toBe('Lan');
    expect(run({ var: 'name' }, {})).toBe(null);
  });

  it('compares with eq/ne by value, including lists', () => {
    expect(run({ eq: [{ var: 'a' }, 'x'] }, { a: 'x' })).toBe(true);
    expect(run({ ne: [{ var: 'a' }, 'x'] }, { a: 'x' })).toBe(false);
    expect(
      run({ eq: [{ var: 'list' }, { var: 'same' }] }, { list: ['a', 'b'], same: ['a', 'b'] }),
    ).toBe(true);
    expect(run({ eq: [{ var: 'missing' }, null] })).toBe(true);
  });

  it('orders numbers and ISO dates, and is false (not an error) with a missing or mixed side', () => {
    expect(run({ gt: [{ var: 'n' }, 2] }, { n: 3 })).toBe(true);
    expect(run({ lte: [{ var: 'n' }, 3] }, { n: 3 })).toBe(true);
    expect(run({ lt: ['2024-12-31', '2025-01-01'] })).toBe(true);
    expect(run({ gte: [{ var: 'missing' }, 0] })).toBe(false);
    expect(run({ lt: [{ var: 'missing' }, 0] })).toBe(false);
    expect(run({ gt: ['10', 9] })).toBe(false);
  });

  it('checks membership with in and includes', () => {
    expect(run({ in: [{ var: 'a' }, ['x', 'y']] }, { a: 'y' })).toBe(true);
    expect(run({ in: [{ var: 'a' }, ['x', 'y']] }, {})).toBe(false);
    expect(run({ includes: [{ var: 'c' }, 'x'] }, { c: ['x', 'z'] })).toBe(true);
    expect(run({ includes: [{ var: 'c' }, 'q'] }, { c: ['x'] })).toBe(false);
    expect(run({ includes: [{ var: 'c' }, 'x'] }, { c: 'x' })).toBe(false);
  });

  it('combines with and/or/not by truthiness', () => {
    expect(run({ and: [true, { var: 'a' }] }, { a: 'x' })).toBe(true);
    expect(run({ and: [true, { var: 'a' }] }, { a: '' })).toBe(false);
    expect(run({ or: [false, { var: 'n' }] }, { n: 0 })).toBe(false);
    expect(run({ or: [false, { var: 'n' }] }, { n: 1 })).toBe(true);
    expect(run({ not: { var: 'list' } }, { list: [] })).toBe(true);
  });

  it('answered: blank text, empty lists and objects are unanswered', () => {
    expect(run({ answered: 'a' }, { a: '  ' })).toBe(false);
    expect(run({ answered: 'a' }, { a: [] })).toBe(false);
    expect(run({ answered: 'a' }, { a: false })).toBe(true);
    expect(run({ answered: 'a' }, { a: 0 })).toBe(true);
    expect(run({ answered: 'a' }, { a: { provinceCode: '01', communeCode: '4' } })).toBe(true);
  });

  it('yearsSince counts whole years to today in Vietnam, birthday included', () => {
    expect(run({ yearsSince: '2005-07-15' })).toBe(20);
    expect(run({ yearsSince: '2005-07-16' })).toBe(19);
    expect(run({ yearsSince: { var: 'dob' } }, { dob: '1960-01-01' })).toBe(65);
    expect(run({ yearsSince: { var: 'dob' } }, {})).toBe(null);
    expect(run({ yearsSince: '2025-02-30' })).toBe(null);
    // Born on 29 February: a year older on 1 March in common years.
    expect(evaluate({ yearsSince: '2004-02-29' }, {}, { today: '2025-02-28' })).toBe(20);
    expect(evaluate({ yearsSince: '2004-02-29' }, {}, { today: '2025-03-01' })).toBe(21);
  });

  it('count gives the length of a list answer, 0 when unanswered', () => {
    expect(
      run(
        { count: { var: 'files' } },
        { files: [{ id: 'a', name: 'a', type: 'image/png', size: 1 }] },
      ),
    ).toBe(1);
    expect(run({ count: { var: 'files' } }, {})).toBe(0);
  });

  it('today is the given day, shifted by whole days across months and years', () => {
    expect(run({ today: {} })).toBe('2025-07-15');
    expect(run({ today: { offsetDays: -60 } })).toBe('2025-05-16');
    expect(evaluate({ today: { offsetDays: 1 } }, {}, { today: '2024-12-31' })).toBe('2025-01-01');
    expect(evaluate({ today: { offsetDays: 1 } }, {}, { today: '2024-02-28' })).toBe('2024-02-29');
  });

  it('defaults today to the date in Asia/Ho_Chi_Minh', () => {
    expect(evaluate({ today: {} }, {})).toBe(resolveToday());
    expect(resolveToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('rejects an invalid today option (a caller bug) with a RangeError', () => {
    expect(() => evaluate(true, {}, { today: '15/07/2025' })).toThrow(RangeError);
    expect(() => evaluate(true, {}, { today: '2025-02-30' })).toThrow(RangeError);
  });

  describe('group item scope', () => {
    it('reads the item first, then the procedure', () => {
      const answers = { name: 'Chủ hộ', district: 'Hòa An' };
      const scope = { name: 'Thành viên' };
      expect(run({ var: 'name' }, answers, { scope })).toBe('Thành viên');
      expect(run({ var: 'district' }, answers, { scope })).toBe('Hòa An');
    });

    it('an unanswered item field does not fall through to a procedure field of the same name', () => {
      const answers = { name: 'Chủ hộ' };
      expect(run({ var: 'name' }, answers, { scope: {}, scopeFieldIds: ['name'] })).toBe(null);
      expect(run({ answered: 'name' }, answers, { scope: {}, scopeFieldIds: ['name'] })).toBe(
        false,
      );
    });
  });

  it('gives null for malformed nodes instead of throwing', () => {
    expect(run({ eq: [1] })).toBe(null);
    expect(run({ eq: [1, 1], ne: [1, 2] })).toBe(null);
    expect(run({ unknownOp: 1 })).toBe(null);
    expect(run([1, 2])).toBe(null);
    expect(run({ var: 5 })).toBe(null);
    expect(run({ today: { offsetDays: 'x' } })).toBe(null);
    expect(run({ in: [1, 'not a list'] })).toBe(null);
    expect(run({ __proto__: { var: 'x' } })).toBe(null);
  });

  it('does not read inherited properties of answers', () => {
    expect(run({ var: 'toString' }, {})).toBe(null);
    expect(run({ answered: 'constructor' }, {})).toBe(false);
  });

  it('never throws on any JSON expression and answers (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (expression, answers) => {
        evaluate(expression as Expression, answers as Answers, { today });
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on deep, operator-shaped JSON (property)', () => {
    const ops = [
      'var',
      'eq',
      'ne',
      'gt',
      'gte',
      'lt',
      'lte',
      'in',
      'includes',
      'and',
      'or',
      'not',
      'answered',
      'yearsSince',
      'count',
      'today',
    ];
    const { node } = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.jsonValue({ maxDepth: 1 }),
        fc
          .tuple(
            fc.constantFrom(...ops),
            fc.oneof(tie('node'), fc.array(tie('node'), { maxLength: 3 })),
          )
          .map(([op, operand]) => ({ [op]: operand })),
      ),
    }));
    fc.assert(
      fc.property(
        node,
        fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.jsonValue()),
        (expression, answers) => {
          const value = evaluate(expression as Expression, answers as Answers, { today });
          expect(value === undefined).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('survives a hostile nesting depth', () => {
    let deep: unknown = true;
    for (let i = 0; i < 10_000; i++) deep = { not: deep };
    expect(() => run(deep)).not.toThrow();
  });
});

describe('holds', () => {
  it('is true for an absent condition unless told otherwise', () => {
    expect(holds(undefined, {})).toBe(true);
    expect(holds(undefined, {}, {}, false)).toBe(false);
    expect(holds({ var: 'a' }, { a: 'x' }, { today })).toBe(true);
  });
});

describe('isAnswered and isTruthy', () => {
  it('treat empty values as unanswered and false', () => {
    for (const value of [undefined, null, '', '  ', [], {}]) expect(isAnswered(value)).toBe(false);
    for (const value of ['a', 0, false, ['x'], { a: 1 }]) expect(isAnswered(value)).toBe(true);
    for (const value of [null, false, 0, '', [], Number.NaN]) expect(isTruthy(value)).toBe(false);
    for (const value of [true, 1, 'a', ['x'], {}]) expect(isTruthy(value)).toBe(true);
  });
});

describe('shiftIsoDate', () => {
  it('shifts within the calendar and refuses nonsense', () => {
    expect(shiftIsoDate('2025-03-01', -1)).toBe('2025-02-28');
    expect(shiftIsoDate('2025-03-01', 0.5)).toBeUndefined();
    expect(shiftIsoDate('9999-12-31', 1)).toBeUndefined();
  });
});

describe('collectReferences', () => {
  it('lists every var and answered with its relative path', () => {
    const expression: Expression = {
      and: [
        { eq: [{ var: 'sex' }, 'female'] },
        { or: [{ answered: 'phone' }, { gt: [{ yearsSince: { var: 'dob' } }, 18] }] },
        { in: [{ var: 'kind' }, ['a', 'b']] },
        { includes: [{ var: 'options' }, 'x'] },
        { not: { count: { var: 'files' } } },
      ],
    };
    expect(collectReferences(expression)).toEqual([
      { fieldId: 'sex', path: '.and[0].eq[0].var', kind: 'var' },
      { fieldId: 'phone', path: '.and[1].or[0].answered', kind: 'answered' },
      { fieldId: 'dob', path: '.and[1].or[1].gt[0].yearsSince.var', kind: 'var' },
      { fieldId: 'kind', path: '.and[2].in[0].var', kind: 'var' },
      { fieldId: 'options', path: '.and[3].includes[0].var', kind: 'var' },
      { fieldId: 'files', path: '.and[4].not.count.var', kind: 'var' },
    ]);
  });

  it('finds nothing in literals and today', () => {
    expect(collectReferences(true)).toEqual([]);
    expect(collectReferences({ today: { offsetDays: 3 } })).toEqual([]);
    expect(collectReferences(undefined)).toEqual([]);
  });
});
