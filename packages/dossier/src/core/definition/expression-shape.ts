// Explains a malformed expression precisely. Zod reports a failed union as one vague error at
// its root; a province developer needs "`eq` takes exactly 2 operands, got 3" at
// `$.pages[1].visibleWhen.and[0].eq`. parse.ts calls this for every expression zod rejected.
import type { ProcedureIssue } from './api';
import { childPath, didYouMean } from './paths';

const FIELD_ID = /^[a-z][a-zA-Z0-9_]*$/;
const BINARY = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'];
const UNARY = ['not', 'yearsSince', 'count'];
const OPERATORS = ['var', ...BINARY, 'in', 'includes', 'and', 'or', ...UNARY, 'answered', 'today'];

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
};

const isLiteral = (value: unknown) =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value));

/** Every problem of `value` as an expression; [] when it is a well-formed one. */
export function diagnoseExpression(value: unknown, path: string, depth = 0): ProcedureIssue[] {
  const issues: ProcedureIssue[] = [];
  const fail = (at: string, message: string) => {
    issues.push({ code: 'invalid_expression', path: at, message });
  };
  if (isLiteral(value)) return issues;
  if (depth > 100) {
    fail(path, 'The expression nests more than 100 levels deep.');
    return issues;
  }
  if (Array.isArray(value)) {
    fail(
      path,
      'An expression cannot be an array. Combine conditions with { "and": [...] } or { "or": [...] }.',
    );
    return issues;
  }
  if (typeof value !== 'object' || value === null) {
    fail(path, `Expected an expression, got ${describe(value)}.`);
    return issues;
  }
  const keys = Object.keys(value);
  if (keys.length !== 1) {
    fail(
      path,
      keys.length === 0
        ? 'An empty object is not an expression. Use one operator, e.g. { "var": "fieldId" }.'
        : `An expression object has exactly one operator; found ${keys.map((k) => `\`${k}\``).join(', ')}. Combine them with { "and": [...] }.`,
    );
    return issues;
  }
  const op = keys[0] as string;
  const operand = (value as Record<string, unknown>)[op];
  const here = childPath(path, op);
  const sub = (item: unknown, at: string) => {
    issues.push(...diagnoseExpression(item, at, depth + 1));
  };
  const operands = (count: number): readonly unknown[] | undefined => {
    if (Array.isArray(operand) && operand.length === count) return operand;
    fail(here, `\`${op}\` takes exactly ${count} operands in an array, got ${describe(operand)}.`);
    return undefined;
  };

  if (!OPERATORS.includes(op)) {
    fail(
      here,
      `Unknown operator \`${op}\`.${didYouMean(op, OPERATORS)} Operators: ${OPERATORS.join(', ')}.`,
    );
  } else if (op === 'var' || op === 'answered') {
    if (typeof operand !== 'string' || !FIELD_ID.test(operand)) {
      fail(here, `\`${op}\` takes a field id such as "fullName", got ${describe(operand)}.`);
    }
  } else if (BINARY.includes(op)) {
    const pair = operands(2);
    pair?.forEach((item, i) => {
      sub(item, `${here}[${i}]`);
    });
  } else if (op === 'in') {
    const pair = operands(2);
    if (pair) {
      sub(pair[0], `${here}[0]`);
      const list = pair[1];
      if (!Array.isArray(list) || list.length === 0) {
        fail(
          `${here}[1]`,
          `The second operand of \`in\` is a non-empty array of literals, got ${describe(list)}.`,
        );
      } else {
        list.forEach((item, i) => {
          if (!isLiteral(item))
            fail(
              `${here}[1][${i}]`,
              `Expected a literal (string, number, boolean or null), got ${describe(item)}.`,
            );
        });
      }
    }
  } else if (op === 'includes') {
    const pair = operands(2);
    if (pair) {
      sub(pair[0], `${here}[0]`);
      if (!isLiteral(pair[1])) {
        fail(
          `${here}[1]`,
          `The second operand of \`includes\` is a literal, got ${describe(pair[1])}.`,
        );
      }
    }
  } else if (op === 'and' || op === 'or') {
    if (!Array.isArray(operand) || operand.length === 0) {
      fail(here, `\`${op}\` takes a non-empty array of expressions, got ${describe(operand)}.`);
    } else {
      operand.forEach((item, i) => {
        sub(item, `${here}[${i}]`);
      });
    }
  } else if (UNARY.includes(op)) {
    sub(operand, here);
  } else if (op === 'today') {
    const record = operand as Record<string, unknown>;
    const extra =
      typeof operand === 'object' && operand !== null && !Array.isArray(operand)
        ? Object.keys(record).filter((k) => k !== 'offsetDays')
        : undefined;
    if (!extra || extra.length > 0) {
      fail(here, '`today` takes an object: {} or { "offsetDays": <whole days> }.');
    } else if (record.offsetDays !== undefined && !Number.isInteger(record.offsetDays)) {
      fail(
        childPath(here, 'offsetDays'),
        `\`offsetDays\` is a whole number of days, got ${describe(record.offsetDays)}.`,
      );
    }
  }
  return issues;
}
