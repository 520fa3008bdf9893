// Moving a draft to a newer version of its procedure. We do not have the old definition (only
// the draft), so "the same type" means: the stored value still has the shape the new field
// expects, and every option value it names still exists. Anything else is dropped and listed,
// so the journey can tell the citizen exactly what to enter again, instead of submitting
// answers the agency would read differently.
import type { Answers, AnswerValue, Field, ProcedureDefinition } from '../definition/types';
import type { Draft, DraftMigration } from './types';

type Dropped = DraftMigration['dropped'][number];

const RESERVED_PAGES = ['start', 'check', 'declaration'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isFileAnswer = (value: unknown) =>
  isObject(value) &&
  typeof value.id === 'string' &&
  typeof value.name === 'string' &&
  typeof value.type === 'string' &&
  typeof value.size === 'number';

const optionValues = (field: Field): readonly string[] =>
  'options' in field ? field.options.map((option) => option.value) : [];

/** Whether `value` is still a valid answer shape for `field` (not a full validation). */
function fits(field: Field, value: AnswerValue): boolean {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
    case 'cccd':
    case 'taxCode':
    case 'plate':
      return typeof value === 'string';
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value);
    case 'number':
    case 'money':
      return typeof value === 'number' && Number.isFinite(value);
    case 'yesNo':
      return typeof value === 'boolean';
    case 'select':
    case 'radio':
      return typeof value === 'string' && optionValues(field).includes(value);
    case 'checkbox':
      return (
        Array.isArray(value) &&
        value.every((item) => typeof item === 'string' && optionValues(field).includes(item))
      );
    case 'address':
      return (
        isObject(value) &&
        typeof value.provinceCode === 'string' &&
        typeof value.communeCode === 'string'
      );
    case 'file':
    case 'photo':
      return Array.isArray(value) && value.every(isFileAnswer);
    case 'appointment':
      return (
        isObject(value) &&
        typeof value.slotId === 'string' &&
        typeof value.start === 'string' &&
        typeof value.end === 'string'
      );
    case 'group':
      return Array.isArray(value) && value.every(isObject);
    case 'info':
      return false; // never answered
  }
}

/** Keeps what fits among `answers`, given the fields by id; records what was dropped. */
function migrateAnswers(
  answers: Answers,
  fields: ReadonlyMap<string, Field>,
  prefix: string,
  kept: string[],
  dropped: Dropped[],
): Answers {
  const result: Record<string, AnswerValue> = {};
  const drop = (fieldId: string, reason: Dropped['reason']) => {
    const path = prefix + fieldId;
    if (!dropped.some((entry) => entry.fieldId === path)) dropped.push({ fieldId: path, reason });
  };
  for (const [fieldId, value] of Object.entries(answers)) {
    const field = fields.get(fieldId);
    if (!field) drop(fieldId, 'removed');
    else if (!fits(field, value)) drop(fieldId, 'changed');
    else if (field.type === 'group') {
      // Each item is migrated like a small draft; dropped item fields are named `group.field`.
      const inner = new Map(field.fields.map((child) => [child.id, child]));
      const ignored: string[] = [];
      result[fieldId] = (value as readonly Answers[]).map((item) =>
        migrateAnswers(item, inner, `${fieldId}.`, ignored, dropped),
      );
      if (!prefix) kept.push(fieldId);
    } else {
      result[fieldId] = value;
      if (!prefix) kept.push(fieldId);
    }
  }
  return result;
}

/**
 * The draft moved to `procedure` (a newer version of its procedure). The page is kept if it
 * still exists, else the first page holding an answer to re-enter, else `check`.
 */
export function migrateDraft(
  draft: Draft,
  procedure: ProcedureDefinition,
  now: number,
): DraftMigration {
  if (procedure.id !== draft.procedureId) {
    throw new TypeError(
      `migrate: draft ${draft.id} is for procedure "${draft.procedureId}", not "${procedure.id}"`,
    );
  }
  const fields = new Map<string, Field>();
  for (const page of procedure.pages) for (const field of page.fields) fields.set(field.id, field);
  const kept: string[] = [];
  const dropped: Dropped[] = [];
  const answers = migrateAnswers(draft.answers, fields, '', kept, dropped);

  const pageExists =
    RESERVED_PAGES.includes(draft.pageId) || procedure.pages.some((p) => p.id === draft.pageId);
  const droppedTop = new Set(dropped.map((entry) => entry.fieldId.split('.')[0]));
  const reEnterPage = procedure.pages.find((page) =>
    page.fields.some((field) => droppedTop.has(field.id)),
  );
  const pageId = pageExists ? draft.pageId : (reEnterPage?.id ?? 'check');

  const { returnToCheck: _returnToCheck, ...rest } = draft;
  const moved: Draft = {
    ...rest,
    procedureVersion: procedure.version,
    answers,
    pageId,
    // Coming back to the check page only makes sense when nothing has to be re-entered.
    ...(draft.returnToCheck && dropped.length === 0 ? { returnToCheck: true } : {}),
    updatedAt: Math.max(now, draft.updatedAt),
  };
  return { draft: moved, kept, dropped };
}
