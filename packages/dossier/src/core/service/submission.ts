// The checks a backend makes on a submission beyond validateAnswers, shared by the memory
// service and any real backend so that they agree: file answers must name the citizen's own
// uploads (their name, type and size are the stored ones, not what the phone claims),
// appointment slots must exist and have room, the request's own parts (result delivery,
// filing on behalf, declaration) must fit the procedure. Answers are then validated strictly
// (unknown fields are issues) with the same validateAnswers the phone runs, and pruned.
import { fromIsoDateTime } from '@govmini/vn/calendar';
import type { AnswerIssue } from '../definition/api';
import type {
  Answers,
  AnswerValue,
  AppointmentAnswer,
  Field,
  FileAnswer,
  ProcedureDefinition,
} from '../definition/types';
import { pruneAnswers, validateAnswers } from '../definition/validate';
import type { SubmitRequest } from './types';

export interface SubmissionContext {
  /** Today in Vietnam, `YYYY-MM-DD` (for date bounds and ages). */
  readonly today: string;
  /** The citizen's own upload with this id (stored name, sniffed type, size), else undefined. */
  readonly attachment: (id: string) => FileAnswer | undefined;
  /** Is this appointment answer a real, still free slot? Only asked about new choices. */
  readonly slotAvailable?: (fieldId: string, answer: AppointmentAnswer) => boolean;
  readonly communeExists?: (provinceCode: string, communeCode: string) => boolean;
}

export type CheckResult =
  | { readonly ok: true; readonly answers: Answers }
  | { readonly ok: false; readonly issues: readonly AnswerIssue[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every field of the procedure by id (group item fields under their group). */
export function fieldsById(procedure: ProcedureDefinition): Map<string, Field> {
  const map = new Map<string, Field>();
  for (const page of procedure.pages) for (const field of page.fields) map.set(field.id, field);
  return map;
}

/** A field by id, also inside groups (the first match). */
export function findField(procedure: ProcedureDefinition, id: string): Field | undefined {
  for (const page of procedure.pages) {
    for (const field of page.fields) {
      if (field.id === id) return field;
      if (field.type === 'group') {
        const inner = field.fields.find((f) => f.id === id);
        if (inner) return inner;
      }
    }
  }
  return undefined;
}

/** Applies `map` to every answer of a known field, groups included; `undefined` drops it. */
function mapAnswers(
  fields: ReadonlyMap<string, Field>,
  answers: Answers,
  map: (field: Field, value: AnswerValue, path: string) => AnswerValue | undefined,
  prefix = '',
): Answers {
  const out: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(answers)) {
    const field = fields.get(id);
    let next: AnswerValue | undefined = value;
    if (field?.type === 'group' && Array.isArray(value)) {
      const inner = new Map(field.fields.map((f) => [f.id, f]));
      next = (value as readonly unknown[]).map((item, index) =>
        isObject(item) ? mapAnswers(inner, item as Answers, map, `${prefix}${id}.${index}.`) : item,
      ) as Answers[];
    } else if (field) {
      next = map(field, value, `${prefix}${id}`);
    }
    if (next !== undefined) out[id] = next;
  }
  return out;
}

const sameSlot = (a: unknown, b: unknown) =>
  isObject(a) && isObject(b) && a.slotId === b.slotId && a.start === b.start && a.end === b.end;

/**
 * Checks answers as the server must (submit, or a supplement's merged answers). `previous`:
 * the answers already accepted, whose appointment choices need no new check.
 */
export function checkAnswers(
  procedure: ProcedureDefinition,
  answers: Answers,
  context: SubmissionContext,
  previous?: Answers,
): CheckResult {
  if (!isObject(answers)) return { ok: false, issues: [{ path: 'answers', code: 'required' }] };
  const fields = fieldsById(procedure);
  const own: AnswerIssue[] = [];
  const missingFiles = new Set<string>();
  // File answers: the stored metadata replaces what the phone sent; unknown ids are dropped
  // (and reported below unless validateAnswers already says something about that field).
  const resolved = mapAnswers(fields, answers, (field, value, path) => {
    if ((field.type !== 'file' && field.type !== 'photo') || !Array.isArray(value)) return value;
    const files: FileAnswer[] = [];
    for (const item of value as readonly unknown[]) {
      const stored =
        isObject(item) && typeof item.id === 'string' ? context.attachment(item.id) : undefined;
      if (stored) files.push(stored);
      else missingFiles.add(path);
    }
    return files;
  });
  const issues = [
    ...validateAnswers(procedure, resolved, {
      today: context.today,
      strict: true,
      ...(context.communeExists ? { communeExists: context.communeExists } : {}),
    }),
  ];
  for (const path of missingFiles) {
    if (!issues.some((issue) => issue.path === path)) {
      own.push({ path, code: 'required', params: { reason: 'upload_missing' } });
    }
  }
  const pruned = pruneAnswers(procedure, resolved, { today: context.today });
  if (context.slotAvailable) {
    for (const [id, value] of Object.entries(pruned)) {
      const field = fields.get(id);
      if (field?.type !== 'appointment' || sameSlot(value, previous?.[id])) continue;
      if (!isObject(value) || !context.slotAvailable(id, value as unknown as AppointmentAnswer)) {
        if (!issues.some((issue) => issue.path === id))
          own.push({ path: id, code: 'invalid_slot' });
      }
    }
  }
  const all = [...issues, ...own];
  return all.length ? { ok: false, issues: all } : { ok: true, answers: pruned };
}

/** Checks a whole submission: its answers, then its own parts against the procedure. */
export function checkSubmission(
  procedure: ProcedureDefinition,
  request: Omit<SubmitRequest, 'idempotencyKey'>,
  context: SubmissionContext,
): CheckResult {
  const answers = checkAnswers(procedure, request.answers, context);
  const issues: AnswerIssue[] = answers.ok ? [] : [...answers.issues];
  if (!procedure.resultDelivery.includes(request.resultDelivery)) {
    issues.push({ path: 'resultDelivery', code: 'invalid_option' });
  }
  if (request.onBehalf !== undefined) {
    const { onBehalf } = request;
    if (!procedure.onBehalf?.allowed) issues.push({ path: 'onBehalf', code: 'unknown_field' });
    else if (!isObject(onBehalf) || !isObject(onBehalf.filer)) {
      issues.push({ path: 'onBehalf', code: 'required' });
    } else {
      if (!procedure.onBehalf.relationships.some((o) => o.value === onBehalf.relationship)) {
        issues.push({ path: 'onBehalf.relationship', code: 'invalid_option' });
      }
      if (typeof onBehalf.filer.name !== 'string' || !onBehalf.filer.name.trim()) {
        issues.push({ path: 'onBehalf.filer.name', code: 'required' });
      }
    }
  }
  if (Number.isNaN(fromIsoDateTime(request.declaredAt))) {
    issues.push({ path: 'declaredAt', code: 'required' });
  }
  if (issues.length || !answers.ok) return { ok: false, issues };
  return answers;
}

/** Key-order-independent JSON, to tell "the same request again" from a different one. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
