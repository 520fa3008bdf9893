// Checks what an officer typed for a status change. The console runs it before sending (the
// errors show at once, without a round trip) and the staff API runs it again (the console is
// not trusted). No imports beyond the table, so the console bundles it as is.
import {
  STAFF_LIMITS,
  type StatusCode,
  type Transition,
  type TransitionField,
  transitionsFrom,
} from './transitions.ts';

/** A status change as the console sends it. */
export interface StatusChangeInput {
  readonly to: number;
  readonly reason?: string;
  /** One document title per entry. */
  readonly documents?: readonly string[];
  /** `YYYY-MM-DD`. */
  readonly dueDate?: string;
  /** Whole đồng. */
  readonly amount?: number;
  readonly resultNote?: string;
  readonly pickupPlace?: string;
  readonly pickupHours?: string;
}

export type StaffIssueCode =
  | 'required'
  | 'too_long'
  | 'too_many'
  | 'too_small'
  | 'too_large'
  | 'invalid'
  | 'past'
  | 'not_allowed';

export interface StaffIssue {
  /** A TransitionField, `to`, or a report form's field (`text`, `photoIds`). */
  readonly path: string;
  readonly code: StaffIssueCode;
  readonly params?: Readonly<Record<string, number>>;
}

/** The checked change: trimmed, NFC, only the fields its move takes. */
export interface CheckedStatusChange {
  readonly transition: Transition;
  readonly reason?: string;
  readonly documents?: readonly string[];
  readonly dueDate?: string;
  readonly amount?: number;
  readonly resultNote?: string;
  readonly pickupPlace?: string;
  readonly pickupHours?: string;
}

export type CheckResult =
  | { readonly ok: true; readonly value: CheckedStatusChange }
  | { readonly ok: false; readonly issues: readonly StaffIssue[] };

const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)$/;
// Control characters except tab and newlines: they never belong in a letter to a citizen.
// biome-ignore lint/suspicious/noControlCharactersInRegex: that is exactly what it matches
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const cleanText = (value: unknown): string =>
  typeof value === 'string' ? value.normalize('NFC').trim() : '';

export const countChars = (text: string): number => Array.from(text).length;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** A text the officer must (or may) give: its issue, or none. */
export function textIssue(
  path: string,
  text: string,
  max: number,
  required: boolean,
): StaffIssue | undefined {
  if (!text) return required ? { path, code: 'required' } : undefined;
  if (countChars(text) > max) return { path, code: 'too_long', params: { max } };
  if (CONTROL.test(text)) return { path, code: 'invalid' };
  return undefined;
}

/** Splits the console's "one document per line" box; empty lines are dropped. */
export const documentLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => cleanText(line))
    .filter(Boolean);

/**
 * Checks a status change from `from` against the table and the move's fields. `today` is the
 * date in Vietnam (`YYYY-MM-DD`): a due date before it cannot be met.
 */
export function checkStatusChange(
  from: StatusCode,
  input: StatusChangeInput,
  today: string,
): CheckResult {
  const transition = transitionsFrom(from).find((t) => t.to === input.to);
  if (!transition) return { ok: false, issues: [{ path: 'to', code: 'not_allowed' }] };
  const takes = (field: TransitionField) =>
    transition.required.includes(field) || transition.optional.includes(field);
  const needs = (field: TransitionField) => transition.required.includes(field);
  const issues: StaffIssue[] = [];
  const value: Record<string, unknown> = { transition };

  for (const field of ['reason', 'resultNote', 'pickupPlace', 'pickupHours'] as const) {
    if (!takes(field)) continue;
    const text = cleanText(input[field]);
    const issue = textIssue(
      field,
      text,
      STAFF_LIMITS[field === 'reason' ? 'reason' : field],
      needs(field),
    );
    if (issue) issues.push(issue);
    else if (text) value[field] = text;
  }

  // A place without hours (or the reverse) tells the citizen half of what they need.
  if (takes('pickupPlace') && !issues.some((i) => i.path.startsWith('pickup'))) {
    if (value.pickupPlace && !value.pickupHours)
      issues.push({ path: 'pickupHours', code: 'required' });
    if (value.pickupHours && !value.pickupPlace)
      issues.push({ path: 'pickupPlace', code: 'required' });
  }

  if (takes('documents')) {
    const documents = (Array.isArray(input.documents) ? input.documents : [])
      .map(cleanText)
      .filter(Boolean);
    if (documents.length === 0) {
      if (needs('documents')) issues.push({ path: 'documents', code: 'required' });
    } else if (documents.length > STAFF_LIMITS.documents) {
      issues.push({ path: 'documents', code: 'too_many', params: { max: STAFF_LIMITS.documents } });
    } else {
      const bad = documents.map((d) => textIssue('documents', d, STAFF_LIMITS.document, true));
      const first = bad.find(Boolean);
      if (first) issues.push(first);
      else value.documents = documents;
    }
  }

  if (takes('dueDate')) {
    const date = cleanText(input.dueDate);
    if (!date) {
      if (needs('dueDate')) issues.push({ path: 'dueDate', code: 'required' });
    } else if (!isIsoDate(date)) issues.push({ path: 'dueDate', code: 'invalid' });
    else if (date < today) issues.push({ path: 'dueDate', code: 'past' });
    else value.dueDate = date;
  }

  if (takes('amount')) {
    const amount: unknown = input.amount;
    if (amount === undefined || amount === null || amount === '') {
      if (needs('amount')) issues.push({ path: 'amount', code: 'required' });
    } else if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
      issues.push({ path: 'amount', code: 'invalid' });
    } else if (amount < 1) {
      // Status 6 tells the citizen to pay: asking for 0 đồng would say so of a free dossier.
      issues.push({ path: 'amount', code: 'too_small', params: { min: 1 } });
    } else if (amount > STAFF_LIMITS.amount) {
      issues.push({ path: 'amount', code: 'too_large', params: { max: STAFF_LIMITS.amount } });
    } else value.amount = amount;
  }

  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: value as unknown as CheckedStatusChange };
}
