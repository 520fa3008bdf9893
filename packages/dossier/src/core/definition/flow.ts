// Which pages and fields the citizen sees, which are required, and what is submitted.
// Conditions are evaluated on the *effective* answers: a hidden field's old answer (kept in the
// draft, since nothing typed is lost) must not keep other fields or pages visible. The
// effective answers are a fixed point: prune, re-evaluate on the pruned answers, until stable.
import { type EvaluateOptions, holds, isAnswered, jsonEqual } from './expression';
import type {
  Answers,
  AnswerValue,
  Field,
  GroupField,
  GroupItemField,
  Page,
  ProcedureDefinition,
} from './types';

export interface FlowOptions {
  /** Today as ISO `YYYY-MM-DD`; default today in Asia/Ho_Chi_Minh. */
  readonly today?: string | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asAnswers = (value: unknown): Answers => (isRecord(value) ? (value as Answers) : {});

/** Whether `field` is required for these answers (an expression is false until it holds). */
export function isRequired(
  field: Pick<Field, 'required' | 'type'>,
  answers: Answers,
  options?: EvaluateOptions,
): boolean {
  if (field.type === 'info' || field.required === undefined || field.required === false) {
    return false;
  }
  return field.required === true || holds(field.required, answers, options, false);
}

/** Evaluation options for the fields of one group item. */
export function itemScope(group: GroupField, item: Answers, today?: string): EvaluateOptions {
  return { today, scope: item, scopeFieldIds: group.fields.map((f) => f.id) };
}

/** One item's answers without its hidden fields and unknown keys (fixed point, like the top). */
export function pruneItem(
  group: GroupField,
  item: Answers,
  outer: Answers,
  options: FlowOptions = {},
): Answers {
  let effective = item;
  for (let round = 0; round <= group.fields.length; round++) {
    const scope = itemScope(group, effective, options.today);
    const next: Record<string, AnswerValue> = {};
    for (const field of group.fields) {
      const value = item[field.id];
      if (field.type === 'info' || value === undefined || !Object.hasOwn(item, field.id)) continue;
      if (holds(field.visibleWhen, outer, scope)) next[field.id] = value;
    }
    if (jsonEqual(next, effective)) return next;
    effective = next;
  }
  return effective;
}

function pruneGroupValue(
  group: GroupField,
  value: AnswerValue,
  outer: Answers,
  options: FlowOptions,
) {
  // A malformed value is kept as is: the strict server check reports it, pruning must not hide it.
  if (!Array.isArray(value)) return value;
  return (value as readonly unknown[]).map((item) =>
    isRecord(item) ? pruneItem(group, item as Answers, outer, options) : item,
  ) as AnswerValue;
}

function pruneOnce(
  procedure: ProcedureDefinition,
  raw: Answers,
  effective: Answers,
  options: FlowOptions,
) {
  const out: Record<string, AnswerValue> = {};
  const evaluation = { today: options.today };
  for (const page of procedure.pages) {
    if (!holds(page.visibleWhen, effective, evaluation)) continue;
    for (const field of page.fields) {
      const value = raw[field.id];
      if (field.type === 'info' || value === undefined || !Object.hasOwn(raw, field.id)) continue;
      if (!holds(field.visibleWhen, effective, evaluation)) continue;
      out[field.id] =
        field.type === 'group' ? pruneGroupValue(field, value, effective, options) : value;
    }
  }
  return out;
}

/**
 * The answers that count: without hidden pages' and fields' answers, info fields and unknown
 * keys, recursively in group items. What is submitted. Idempotent.
 */
export function pruneAnswers(
  procedure: ProcedureDefinition,
  answers: Answers,
  options: FlowOptions = {},
): Answers {
  const raw = asAnswers(answers);
  let effective = raw;
  const rounds = procedure.pages.reduce((n, page) => n + page.fields.length, 0) + 1;
  for (let round = 0; round <= rounds; round++) {
    const next = pruneOnce(procedure, raw, effective, options);
    if (jsonEqual(next, effective)) return next;
    effective = next;
  }
  // Only a cyclic definition (rejected by parseProcedure) gets here.
  return effective;
}

/** Pages whose condition holds for these answers, in order. */
export function visiblePages(
  procedure: ProcedureDefinition,
  answers: Answers,
  options: FlowOptions = {},
): readonly Page[] {
  const effective = pruneAnswers(procedure, answers, options);
  return procedure.pages.filter((page) => holds(page.visibleWhen, effective, options));
}

/**
 * Fields of the page whose condition holds. Pass `procedure` so that a hidden field's stale
 * answer cannot keep another field visible (or pass answers already pruned).
 */
export function visibleFields(
  page: Page,
  answers: Answers,
  options: FlowOptions & { readonly procedure?: ProcedureDefinition } = {},
): readonly Field[] {
  const effective = options.procedure
    ? pruneAnswers(options.procedure, answers, options)
    : asAnswers(answers);
  return page.fields.filter((field) => holds(field.visibleWhen, effective, options));
}

/** Fields of one group item whose condition holds (`answers`: the effective procedure answers). */
export function visibleItemFields(
  group: GroupField,
  item: Answers,
  answers: Answers,
  options: FlowOptions = {},
): readonly GroupItemField[] {
  const effectiveItem = pruneItem(group, asAnswers(item), asAnswers(answers), options);
  const scope = itemScope(group, effectiveItem, options.today);
  return group.fields.filter((field) => holds(field.visibleWhen, asAnswers(answers), scope));
}

/** The page holding a field, by id or by an issue path such as `members.2.name`. */
export function pageOfField(
  procedure: ProcedureDefinition,
  fieldIdOrPath: string,
): Page | undefined {
  const id = fieldIdOrPath.split('.')[0];
  return procedure.pages.find((page) => page.fields.some((field) => field.id === id));
}

/** The top-level field with this id. */
export function fieldById(procedure: ProcedureDefinition, id: string): Field | undefined {
  for (const page of procedure.pages) {
    const field = page.fields.find((f) => f.id === id);
    if (field) return field;
  }
  return undefined;
}

/**
 * The fee due in whole đồng for these answers: 0 for `none`, the amount for `fixed` and
 * `byChoice`; undefined while the choice is unanswered and for `assessed` (set by the officer).
 */
export function computeFee(procedure: ProcedureDefinition, answers: Answers): number | undefined {
  const fee = procedure.fee;
  switch (fee.kind) {
    case 'none':
      return 0;
    case 'fixed':
      return fee.amount;
    case 'byChoice': {
      const choice = asAnswers(answers)[fee.fieldId];
      if (!isAnswered(choice) || typeof choice === 'object') return undefined;
      const key = String(choice);
      return Object.hasOwn(fee.amounts, key) ? fee.amounts[key] : undefined;
    }
    default:
      return undefined;
  }
}
