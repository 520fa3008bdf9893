// validateAnswers: the one check of a citizen's answers, run on the phone (page by page and on
// "check your answers") and again on the server (strict). Hidden fields are ignored; rules run
// on the effective answers; one field gets at most the issues of its own value before a rule
// adds to it. Never throws on any answers.
import type { AnswerIssue } from './api';
import { DEFAULT_MAX_ITEMS } from './defaults';
import { type EvaluateOptions, holds, isAnswered, resolveToday } from './expression';
import { isRequired, itemScope, pruneAnswers, pruneItem } from './flow';
import type {
  Answers,
  CrossFieldRule,
  Field,
  GroupField,
  LocalizedText,
  ProcedureDefinition,
} from './types';
import { checkFieldValue } from './validate-field';

export { pruneAnswers } from './flow';

export interface ValidateOptions {
  /** Only this page's fields (whatever its visibility), plus rules whose fields are all on it. */
  readonly pageId?: string | undefined;
  /** Today as ISO `YYYY-MM-DD`; default today in Asia/Ho_Chi_Minh. */
  readonly today?: string | undefined;
  /** Server: answers for fields the procedure does not have are `unknown_field` issues. */
  readonly strict?: boolean | undefined;
  /** Checks an address's commune against the integrator's admin data; shape only without. */
  readonly communeExists?: ((provinceCode: string, communeCode: string) => boolean) | undefined;
}

interface Context {
  readonly today: string;
  readonly answers: Answers;
  readonly strict: boolean;
  readonly communeExists: ValidateOptions['communeExists'];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The field's label as message params: `label` (Vietnamese) and `labelEn` when it has one. */
export function labelParams(label: LocalizedText): Record<string, string> {
  return { label: label.vi, ...(label.en !== undefined && { labelEn: label.en }) };
}

/** `itemLabel` "Thành viên 2" (and `itemLabelEn`) for the issues of a group item's field. */
function itemParams(label: LocalizedText, number: number): Record<string, string | number> {
  const n = (text: string) => text.replaceAll('{n}', String(number));
  return {
    item: number,
    itemLabel: n(label.vi),
    ...(label.en !== undefined && { itemLabelEn: n(label.en) }),
  };
}

function checkField(
  field: Field,
  value: unknown,
  path: string,
  ctx: Context,
  required: boolean,
  item?: { readonly answers: Answers; readonly number: number; readonly label: LocalizedText },
): AnswerIssue[] {
  if (field.type === 'info') return [];
  const params = { ...labelParams(field.label), ...(item && itemParams(item.label, item.number)) };
  if (!isAnswered(value)) {
    return required
      ? [{ path, code: 'required', params: { ...params, fieldType: field.type } }]
      : [];
  }
  if (field.type === 'group') return checkGroup(field, value, path, ctx, params);
  return checkFieldValue(field, value as never, {
    path,
    today: ctx.today,
    answers: ctx.answers,
    item: item?.answers,
    communeExists: ctx.communeExists,
    params,
  });
}

const hasIssue = (issues: readonly AnswerIssue[], path: string) =>
  issues.some((issue) => issue.path === path || issue.path.startsWith(`${path}.`));

/** Cross-field rules; skipped when one of their fields is hidden or already has a problem. */
function checkRules(
  rules: readonly CrossFieldRule[],
  answers: Answers,
  evaluation: EvaluateOptions,
  visible: ReadonlySet<string>,
  pathOf: (fieldId: string) => string,
  labelOf: (fieldId: string) => LocalizedText | undefined,
  found: readonly AnswerIssue[],
): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  for (const rule of rules) {
    if (!rule.fields.every((id) => visible.has(id))) continue;
    if (rule.fields.some((id) => hasIssue(found, pathOf(id)))) continue;
    if (!holds(rule.when, answers, evaluation)) continue;
    if (holds(rule.assert, answers, evaluation, true)) continue;
    // Every field the rule names shows the message; the first one is the summary's link.
    for (const id of rule.fields) {
      const label = labelOf(id);
      issues.push({
        path: pathOf(id),
        code: 'rule',
        params: { rule: rule.id, ...(label && labelParams(label)) },
        message: rule.message,
      });
    }
  }
  return issues;
}

function checkGroup(
  group: GroupField,
  value: unknown,
  path: string,
  ctx: Context,
  params: Record<string, string | number>,
): AnswerIssue[] {
  if (!Array.isArray(value)) return [{ path, code: 'invalid_value', params }];
  const issues: AnswerIssue[] = [];
  const maxItems = group.maxItems ?? DEFAULT_MAX_ITEMS;
  if (value.length > maxItems)
    issues.push({
      path,
      code: 'too_many_items',
      params: { ...params, max: maxItems, count: value.length },
    });
  if (group.minItems !== undefined && value.length < group.minItems) {
    issues.push({
      path,
      code: 'too_few_items',
      params: { ...params, min: group.minItems, count: value.length },
    });
  }
  const ids = new Set(group.fields.map((f) => f.id));
  value.forEach((raw: unknown, i) => {
    const itemPath = `${path}.${i}`;
    if (!isRecord(raw)) {
      issues.push({
        path: itemPath,
        code: 'invalid_value',
        params: { ...params, ...itemParams(group.itemLabel, i + 1) },
      });
      return;
    }
    const item = raw as Answers;
    const effective = pruneItem(group, item, ctx.answers, { today: ctx.today });
    const scope = itemScope(group, effective, ctx.today);
    const found: AnswerIssue[] = [];
    const visible = new Set<string>();
    for (const field of group.fields) {
      if (!holds(field.visibleWhen, ctx.answers, scope)) continue;
      visible.add(field.id);
      const required = isRequired(field, ctx.answers, scope);
      found.push(
        ...checkField(field, item[field.id], `${itemPath}.${field.id}`, ctx, required, {
          answers: effective,
          number: i + 1,
          label: group.itemLabel,
        }),
      );
    }
    const labelOf = (id: string) => group.fields.find((f) => f.id === id)?.label;
    found.push(
      ...checkRules(
        group.rules ?? [],
        ctx.answers,
        scope,
        visible,
        (id) => `${itemPath}.${id}`,
        labelOf,
        found,
      ),
    );
    if (ctx.strict) {
      for (const key of Object.keys(item)) {
        if (!ids.has(key)) found.push({ path: `${itemPath}.${key}`, code: 'unknown_field' });
      }
    }
    issues.push(...found);
  });
  return issues;
}

/**
 * Checks answers against a procedure. Returns [] when they can be submitted (or, with `pageId`,
 * when the citizen may leave that page). The same function runs on the phone and on the server.
 * @throws RangeError for an unknown `pageId` or an invalid `today` (caller bugs, not answers).
 */
export function validateAnswers(
  procedure: ProcedureDefinition,
  answers: Answers,
  options: ValidateOptions = {},
): AnswerIssue[] {
  const today = resolveToday(options.today);
  const raw: Answers = isRecord(answers) ? answers : {};
  const effective = pruneAnswers(procedure, raw, { today });
  const evaluation = { today };
  const ctx: Context = {
    today,
    answers: effective,
    strict: options.strict === true,
    communeExists: options.communeExists,
  };

  let pages = procedure.pages.filter((page) => holds(page.visibleWhen, effective, evaluation));
  if (options.pageId !== undefined) {
    const page = procedure.pages.find((p) => p.id === options.pageId);
    if (!page) throw new RangeError(`No page "${options.pageId}" in procedure "${procedure.id}"`);
    pages = [page];
  }

  const issues: AnswerIssue[] = [];
  const visible = new Set<string>();
  const labels = new Map<string, LocalizedText>();
  for (const page of pages) {
    for (const field of page.fields) {
      labels.set(field.id, field.label);
      if (!holds(field.visibleWhen, effective, evaluation)) continue;
      visible.add(field.id);
      const required = isRequired(field, effective, evaluation);
      issues.push(...checkField(field, raw[field.id], field.id, ctx, required));
    }
  }
  const rules = (procedure.rules ?? []).filter((rule) => rule.fields.every((id) => labels.has(id)));
  issues.push(
    ...checkRules(
      rules,
      effective,
      evaluation,
      visible,
      (id) => id,
      (id) => labels.get(id),
      issues,
    ),
  );

  if (ctx.strict && options.pageId === undefined) {
    const known = new Set(
      procedure.pages.flatMap((page) =>
        page.fields.filter((f) => f.type !== 'info').map((f) => f.id),
      ),
    );
    for (const key of Object.keys(raw)) {
      if (!known.has(key)) issues.push({ path: key, code: 'unknown_field' });
    }
  }
  return issues;
}
