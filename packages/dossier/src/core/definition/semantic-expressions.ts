// Semantic checks of the expressions in a well-shaped definition: references resolve, pages
// read only earlier pages, operators get operands of a sensible kind, option values exist, and
// page conditions that can never hold (constant folding) are caught before a citizen is stuck.
import type { ProcedureIssue } from './api';
import {
  type ExpressionValue,
  evaluate,
  isTruthy,
  operatorOf,
  readIsoDate,
  walkExpression,
} from './expression';
import { childPath, didYouMean } from './paths';
import type { Expression, Field, Literal } from './types';

/** A field as the checks see it: where it is, and in which group when it is an item field. */
export interface FieldEntry {
  readonly field: Field;
  readonly path: string;
  readonly pageIndex: number;
  /** The group's id for an item field. */
  readonly groupId?: string;
}

/** What a `var` may name: the current item's fields first, then the procedure's. */
export interface Scope {
  readonly top: ReadonlyMap<string, FieldEntry>;
  readonly item?: ReadonlyMap<string, FieldEntry>;
}

export type Site =
  | { readonly kind: 'page'; readonly pageIndex: number; readonly pageId: string }
  | { readonly kind: 'condition' }; // field conditions, rules, documents

export const entryKey = (entry: FieldEntry) =>
  entry.groupId ? `${entry.groupId}.${entry.field.id}` : entry.field.id;

export const resolve = (scope: Scope, id: string) => scope.item?.get(id) ?? scope.top.get(id);

/** The values a select, radio or yes/no answer can take; undefined for other fields. */
export function choiceValues(field: Field): readonly Literal[] | undefined {
  if (field.type === 'select' || field.type === 'radio') return field.options.map((o) => o.value);
  if (field.type === 'yesNo') return [true, false];
  return undefined;
}

type Kind = 'string' | 'number' | 'boolean' | 'date' | 'list' | 'object' | 'null' | 'any';

function fieldKind(field: Field): Kind {
  switch (field.type) {
    case 'date':
      return 'date';
    case 'number':
    case 'money':
      return 'number';
    case 'yesNo':
      return 'boolean';
    case 'checkbox':
    case 'file':
    case 'photo':
    case 'group':
      return 'list';
    case 'address':
    case 'appointment':
      return 'object';
    case 'info':
      return 'null';
    default:
      return 'string';
  }
}

function kindOf(node: unknown, scope: Scope): Kind {
  if (node === null) return 'null';
  if (typeof node === 'string') return readIsoDate(node) ? 'date' : 'string';
  if (typeof node === 'number') return 'number';
  if (typeof node === 'boolean') return 'boolean';
  const op = operatorOf(node);
  if (op === 'var') {
    const entry = resolve(scope, (node as { var: string }).var);
    return entry ? fieldKind(entry.field) : 'any';
  }
  if (op === 'today') return 'date';
  if (op === 'yearsSince' || op === 'count') return 'number';
  return 'boolean';
}

/** The choice field a `{ var }` node names, if any. */
function choiceVar(
  node: unknown,
  scope: Scope,
): { id: string; values: readonly Literal[] } | undefined {
  if (operatorOf(node) !== 'var') return undefined;
  const id = (node as { var: string }).var;
  const entry = resolve(scope, id);
  const values = entry && choiceValues(entry.field);
  return values ? { id, values } : undefined;
}

const isLiteral = (node: unknown): node is Literal => node === null || typeof node !== 'object';
const notAnOption = (literal: unknown, values: readonly Literal[]) =>
  isLiteral(literal) && literal !== null && !values.includes(literal);

const ORDERED = ['gt', 'gte', 'lt', 'lte'];

/** Checks one expression; `edges` collects the field references (for cycle detection). */
export function checkExpression(
  expression: Expression,
  path: string,
  scope: Scope,
  site: Site,
  issues: ProcedureIssue[],
  edges?: { to: FieldEntry; path: string }[],
): void {
  const fail = (code: ProcedureIssue['code'], at: string, message: string) => {
    issues.push({ code, path: at, message });
  };
  if (isLiteral(expression) && typeof expression !== 'boolean') {
    fail(
      'invalid_expression',
      path,
      `A condition is true, false or an expression, not ${JSON.stringify(expression)}.`,
    );
  }
  walkExpression(expression, (node, relative) => {
    const at = path + relative;
    const op = operatorOf(node);
    if (op === undefined) return;
    const operand = (node as Record<string, unknown>)[op];
    const operands = Array.isArray(operand) ? operand : [];
    if (op === 'var' || op === 'answered') {
      const id = operand as string;
      const refPath = childPath(at, op);
      const entry = resolve(scope, id);
      if (!entry) {
        const names = [...scope.top.keys(), ...(scope.item?.keys() ?? [])];
        fail(
          'unknown_field_reference',
          refPath,
          `No field \`${id}\` here.${didYouMean(id, names)}`,
        );
        return;
      }
      if (entry.field.type === 'info') {
        fail('wrong_field_type', refPath, `\`${id}\` is an info field: it has no answer to read.`);
      }
      if (site.kind === 'page' && entry.pageIndex >= site.pageIndex) {
        const where = entry.pageIndex === site.pageIndex ? 'on the same page' : 'on a later page';
        fail(
          'forward_reference',
          refPath,
          `Page \`${site.pageId}\` depends on \`${id}\`, which is ${where}. A page condition may read only answers from earlier pages.`,
        );
      }
      edges?.push({ to: entry, path: refPath });
      return;
    }
    if (op === 'count' || op === 'includes') {
      const target = op === 'count' ? operand : operands[0];
      const kind = kindOf(target, scope);
      if (kind !== 'list' && kind !== 'any') {
        fail(
          'wrong_field_type',
          childPath(at, op),
          `\`${op}\` needs a list answer (checkbox, file, photo or group), got a ${kind}.`,
        );
      }
      if (op === 'includes' && operatorOf(target) === 'var') {
        const entry = resolve(scope, (target as { var: string }).var);
        if (
          entry?.field.type === 'checkbox' &&
          notAnOption(
            operands[1],
            entry.field.options.map((o) => o.value),
          )
        ) {
          fail(
            'unknown_option',
            `${at}.includes[1]`,
            `\`${entry.field.id}\` has no option ${JSON.stringify(operands[1])}.`,
          );
        }
      }
      return;
    }
    if (op === 'yearsSince') {
      const kind = kindOf(operand, scope);
      if (typeof operand === 'string' && kind !== 'date') {
        fail(
          'invalid_expression',
          `${at}.yearsSince`,
          `${JSON.stringify(operand)} is not an ISO date YYYY-MM-DD.`,
        );
      } else if (kind !== 'date' && kind !== 'any') {
        fail('wrong_field_type', `${at}.yearsSince`, `\`yearsSince\` needs a date, got a ${kind}.`);
      }
      return;
    }
    if (ORDERED.includes(op)) {
      const [a, b] = [kindOf(operands[0], scope), kindOf(operands[1], scope)];
      const orderable = (k: Kind) =>
        k === 'number' || k === 'date' || k === 'string' || k === 'any';
      const clash =
        (a === 'number' && (b === 'date' || b === 'string')) ||
        (b === 'number' && (a === 'date' || a === 'string'));
      if (!orderable(a) || !orderable(b) || clash) {
        fail(
          'invalid_expression',
          childPath(at, op),
          `\`${op}\` compares two numbers or two dates; here a ${a} and a ${b}.`,
        );
      }
      return;
    }
    if (op === 'eq' || op === 'ne') {
      for (const [i, j] of [
        [0, 1],
        [1, 0],
      ] as const) {
        const choice = choiceVar(operands[i], scope);
        if (choice && notAnOption(operands[j], choice.values)) {
          fail(
            'unknown_option',
            `${at}.${op}[${j}]`,
            `\`${choice.id}\` has no option ${JSON.stringify(operands[j])}; its values: ${choice.values.map((v) => JSON.stringify(v)).join(', ')}.`,
          );
        }
      }
      return;
    }
    if (op === 'in') {
      const choice = choiceVar(operands[0], scope);
      const list = Array.isArray(operands[1]) ? operands[1] : [];
      list.forEach((literal, k) => {
        if (choice && notAnOption(literal, choice.values)) {
          fail(
            'unknown_option',
            `${at}.in[1][${k}]`,
            `\`${choice.id}\` has no option ${JSON.stringify(literal)}; its values: ${choice.values.map((v) => JSON.stringify(v)).join(', ')}.`,
          );
        }
      });
    }
  });
}

type Known = { readonly value: ExpressionValue } | undefined;

/**
 * Partial evaluation: the value of an expression whatever the answers, or undefined when it
 * depends on them. A comparison of a choice field with a value it cannot take is known.
 */
export function fold(node: unknown, scope: Scope): Known {
  if (isLiteral(node)) return { value: node };
  const op = operatorOf(node);
  if (op === undefined) return undefined;
  const operand = (node as Record<string, unknown>)[op];
  const operands: unknown[] = Array.isArray(operand) ? operand : [];
  const known = operands.map((item) => fold(item, scope));
  const allKnown = known.length > 0 && known.every(Boolean);
  switch (op) {
    case 'not': {
      const inner = fold(operand, scope);
      return inner && { value: !isTruthy(inner.value) };
    }
    case 'and':
      if (known.some((k) => k && !isTruthy(k.value))) return { value: false };
      return allKnown ? { value: true } : undefined;
    case 'or':
      if (known.some((k) => k && isTruthy(k.value))) return { value: true };
      return allKnown ? { value: false } : undefined;
    case 'eq':
    case 'ne': {
      const impossible = [0, 1].some((i) => {
        const choice = choiceVar(operands[i], scope);
        return !!choice && notAnOption(operands[1 - i], choice.values);
      });
      if (impossible) return { value: op === 'ne' };
      break;
    }
    case 'in': {
      const choice = choiceVar(operands[0], scope);
      const list = Array.isArray(operands[1]) ? operands[1] : [];
      if (choice && list.every((literal) => notAnOption(literal, choice.values)))
        return { value: false };
      const subject = known[0];
      return subject
        ? { value: evaluate({ in: [subject.value as Literal, list as Literal[]] }, {}) }
        : undefined;
    }
    case 'includes': {
      // A checkbox answer never contains a value the field does not offer.
      const target = operands[0];
      const entry =
        operatorOf(target) === 'var' ? resolve(scope, (target as { var: string }).var) : undefined;
      const field = entry?.field;
      if (
        field?.type === 'checkbox' &&
        notAnOption(
          operands[1],
          field.options.map((o) => o.value),
        )
      ) {
        return { value: false };
      }
      return undefined;
    }
  }
  if (['eq', 'ne', ...ORDERED].includes(op) && allKnown) {
    const values = known.map((k) => k?.value ?? null) as [Literal, Literal];
    return { value: evaluate({ [op]: values } as unknown as Expression, {}) };
  }
  return undefined;
}
