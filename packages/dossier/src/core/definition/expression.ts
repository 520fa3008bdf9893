// The expression language of conditions and rules, evaluated by a plain tree walk: no `eval`,
// no `new Function` (CSP-safe, and a definition from a server can never run code). Total on any
// JSON: a malformed node evaluates to null instead of throwing, so a bad draft or definition
// cannot crash the citizen's app.
import { addDays, isValidCalendarDate, todayInVietnam } from '@govmini/vn';
import type { Answers, AnswerValue, Expression, Literal } from './types';

export type ExpressionValue = Literal | AnswerValue;

export interface EvaluateOptions {
  /** Today as ISO `YYYY-MM-DD` (tests, a server's clock). Default: today in Asia/Ho_Chi_Minh. */
  readonly today?: string | undefined;
  /** The answers of the group item being evaluated: `var` and `answered` read them first. */
  readonly scope?: Answers | undefined;
  /**
   * Ids of the item's fields. They always resolve in `scope`, answered or not, so an empty item
   * field never falls through to a procedure field of the same name. Default: `scope`'s keys.
   */
  readonly scopeFieldIds?: readonly string[] | undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Deeper than any sensible condition; guards the stack against hostile JSON. */
const MAX_DEPTH = 100;

/** `{ year, month, day }` of a real ISO date `YYYY-MM-DD`, else undefined. */
export function readIsoDate(
  value: unknown,
): { year: number; month: number; day: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidCalendarDate(date) ? date : undefined;
}

export function toIsoDate(date: { year: number; month: number; day: number }): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * `options.today` checked, or today in Vietnam.
 * @throws RangeError when `today` is given but is not a real ISO date (a caller's bug).
 */
export function resolveToday(today?: string): string {
  if (today === undefined) return toIsoDate(todayInVietnam());
  if (!readIsoDate(today)) throw new RangeError(`Expected today as YYYY-MM-DD, got ${today}`);
  return today;
}

/** ISO date `days` after `today` (before, if negative); undefined past the years 1–9999. */
export function shiftIsoDate(today: string, days: number): string | undefined {
  const date = readIsoDate(today);
  if (!date || !Number.isInteger(days)) return undefined;
  try {
    return toIsoDate(addDays(date, days));
  } catch {
    return undefined;
  }
}

/** Has the citizen answered? Blank text, empty lists and empty objects count as unanswered. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return false;
}

/** Condition truth: false, null, 0, '' and [] are false; everything else is true. */
export function isTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') {
    return false;
  }
  if (typeof value === 'number' && Number.isNaN(value)) return false;
  return !(Array.isArray(value) && value.length === 0);
}

/** Structural equality of JSON values (answers are JSON). */
export function jsonEqual(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (depth > MAX_DEPTH || typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) &&
      jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth + 1),
  );
}

/** `<`, `<=`… only between two numbers or two strings (ISO dates sort as strings); else false. */
function compare(a: unknown, b: unknown, test: (order: number) => boolean): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return !Number.isNaN(a) && !Number.isNaN(b) && test(a < b ? -1 : a > b ? 1 : 0);
  }
  if (typeof a === 'string' && typeof b === 'string') return test(a < b ? -1 : a > b ? 1 : 0);
  return false;
}

function yearsBetween(from: string, today: string): number | null {
  const a = readIsoDate(from);
  const b = readIsoDate(today);
  if (!a || !b) return null;
  const beforeBirthday = b.month < a.month || (b.month === a.month && b.day < a.day);
  return b.year - a.year - (beforeBirthday ? 1 : 0);
}

interface Context {
  readonly answers: Answers;
  readonly scope: Answers | undefined;
  readonly scopeIds: ReadonlySet<string> | undefined;
  today: string | undefined;
  readonly todayOption: string | undefined;
}

function lookup(id: unknown, ctx: Context): ExpressionValue {
  if (typeof id !== 'string') return null;
  const inScope = ctx.scopeIds ? ctx.scopeIds.has(id) : !!ctx.scope && Object.hasOwn(ctx.scope, id);
  const source = inScope ? ctx.scope : ctx.answers;
  const value = source && Object.hasOwn(source, id) ? source[id] : undefined;
  return value === undefined ? null : value;
}

function today(ctx: Context): string {
  ctx.today ??= resolveToday(ctx.todayOption);
  return ctx.today;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The single operator key of an expression object, or undefined for anything else. */
export function operatorOf(node: unknown): string | undefined {
  if (!isRecord(node)) return undefined;
  const keys = Object.keys(node);
  return keys.length === 1 ? keys[0] : undefined;
}

function pairOf(operand: unknown): readonly [unknown, unknown] | undefined {
  return Array.isArray(operand) && operand.length === 2 ? [operand[0], operand[1]] : undefined;
}

function run(node: unknown, ctx: Context, depth: number): ExpressionValue {
  if (node === null || typeof node === 'string' || typeof node === 'boolean') return node;
  if (typeof node === 'number') return Number.isFinite(node) ? node : null;
  const op = operatorOf(node);
  if (op === undefined || depth > MAX_DEPTH) return null;
  const operand = (node as Record<string, unknown>)[op];
  const sub = (value: unknown) => run(value, ctx, depth + 1);
  const binary = (test: (a: ExpressionValue, b: ExpressionValue) => boolean) => {
    const pair = pairOf(operand);
    return pair ? test(sub(pair[0]), sub(pair[1])) : null;
  };
  switch (op) {
    case 'var':
      return lookup(operand, ctx);
    case 'answered':
      return isAnswered(lookup(operand, ctx));
    case 'eq':
      return binary((a, b) => jsonEqual(a, b));
    case 'ne':
      return binary((a, b) => !jsonEqual(a, b));
    case 'gt':
      return binary((a, b) => compare(a, b, (o) => o > 0));
    case 'gte':
      return binary((a, b) => compare(a, b, (o) => o >= 0));
    case 'lt':
      return binary((a, b) => compare(a, b, (o) => o < 0));
    case 'lte':
      return binary((a, b) => compare(a, b, (o) => o <= 0));
    case 'in': {
      const pair = pairOf(operand);
      if (!pair || !Array.isArray(pair[1])) return null;
      const value = sub(pair[0]);
      return pair[1].some((literal) => jsonEqual(value, literal));
    }
    case 'includes': {
      const pair = pairOf(operand);
      if (!pair) return null;
      const list = sub(pair[0]);
      return Array.isArray(list) && list.some((item) => jsonEqual(item, pair[1]));
    }
    case 'and':
      return Array.isArray(operand) ? operand.every((item) => isTruthy(sub(item))) : null;
    case 'or':
      return Array.isArray(operand) ? operand.some((item) => isTruthy(sub(item))) : null;
    case 'not':
      return !isTruthy(sub(operand));
    case 'yearsSince': {
      const date = sub(operand);
      return typeof date === 'string' ? yearsBetween(date, today(ctx)) : null;
    }
    case 'count': {
      const list = sub(operand);
      return Array.isArray(list) ? list.length : 0;
    }
    case 'today': {
      if (!isRecord(operand)) return null;
      const offset = operand.offsetDays ?? 0;
      return typeof offset === 'number' ? (shiftIsoDate(today(ctx), offset) ?? null) : null;
    }
    default:
      return null;
  }
}

/**
 * Evaluates an expression against answers. Never throws on any JSON expression or answers:
 * malformed nodes give null. Comparisons with a missing answer are false (null-safe).
 * @throws RangeError only when `options.today` is not a real ISO date.
 */
export function evaluate(
  expression: Expression,
  answers: Answers,
  options: EvaluateOptions = {},
): ExpressionValue {
  if (options.today !== undefined) resolveToday(options.today);
  const ctx: Context = {
    answers: isRecord(answers) ? answers : {},
    scope: isRecord(options.scope) ? options.scope : undefined,
    scopeIds: options.scopeFieldIds ? new Set(options.scopeFieldIds) : undefined,
    today: undefined,
    todayOption: options.today,
  };
  return run(expression, ctx, 0);
}

/** Whether a condition holds; an absent condition gives `otherwise` (default true). */
export function holds(
  expression: Expression | boolean | undefined,
  answers: Answers,
  options?: EvaluateOptions,
  otherwise = true,
): boolean {
  if (expression === undefined) return otherwise;
  return isTruthy(evaluate(expression, answers, options));
}

/** A field named by an expression, with the path of the name inside it, e.g. `.eq[0].var`. */
export interface ExpressionReference {
  readonly fieldId: string;
  readonly path: string;
  readonly kind: 'var' | 'answered';
}

/** Calls `visit` for every node of an expression with its relative JSON path (`''` = root). */
export function walkExpression(
  expression: unknown,
  visit: (node: unknown, path: string) => void,
  path = '',
  depth = 0,
): void {
  visit(expression, path);
  const op = operatorOf(expression);
  if (op === undefined || depth > MAX_DEPTH) return;
  const operand = (expression as Record<string, unknown>)[op];
  const here = `${path}.${op}`;
  switch (op) {
    case 'var':
    case 'answered':
    case 'today':
      return;
    case 'not':
    case 'yearsSince':
    case 'count':
      walkExpression(operand, visit, here, depth + 1);
      return;
    case 'in':
    case 'includes':
      // The second operand is a literal (list): nothing to walk.
      if (Array.isArray(operand)) walkExpression(operand[0], visit, `${here}[0]`, depth + 1);
      return;
    default:
      if (Array.isArray(operand)) {
        operand.forEach((item, i) => {
          walkExpression(item, visit, `${here}[${i}]`, depth + 1);
        });
      }
  }
}

/** Every field an expression reads (`var` and `answered`), in order of appearance. */
export function collectReferences(expression: Expression | undefined): ExpressionReference[] {
  const out: ExpressionReference[] = [];
  walkExpression(expression, (node, path) => {
    const op = operatorOf(node);
    if (op !== 'var' && op !== 'answered') return;
    const fieldId = (node as Record<string, unknown>)[op];
    if (typeof fieldId === 'string') out.push({ fieldId, path: `${path}.${op}`, kind: op });
  });
  return out;
}
