// A dossier's answers as an officer reads them: page by page under the procedure's own
// questions, each value typed (option values become their labels, files become links behind
// the staff session). Answers the definition does not know (a field removed in a later
// version) are still shown, under their field id, so nothing a citizen gave is hidden.
import type {
  Answers,
  AnswerValue,
  Field,
  FileAnswer,
  GroupItemField,
  ProcedureDefinition,
} from '@govmini/dossier/core';
import { getProvince } from '@govmini/vn/admin';
import type { AnswerRow, AnswerSection, AnswerValueView, FileLink } from './wire.ts';

export const fileHref = (id: string) => `/staff/api/files/${encodeURIComponent(id)}`;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isFile = (v: unknown): v is FileAnswer =>
  isObject(v) && typeof v.id === 'string' && typeof v.name === 'string';

export const fileLink = (file: FileAnswer): FileLink => ({
  id: file.id,
  name: file.name,
  type: file.type,
  size: file.size,
  href: fileHref(file.id),
});

/** A value the definition does not describe: shown as text, as faithfully as it can be. */
function fallback(value: AnswerValue): AnswerValueView {
  if (Array.isArray(value) && value.every(isFile)) {
    return { kind: 'files', files: (value as FileAnswer[]).map(fileLink) };
  }
  if (typeof value === 'boolean') return { kind: 'yesNo', value };
  if (typeof value === 'number') return { kind: 'number', value };
  return { kind: 'text', text: typeof value === 'string' ? value : JSON.stringify(value) };
}

function view(field: Field | GroupItemField, value: AnswerValue): AnswerValueView {
  switch (field.type) {
    case 'select':
    case 'radio':
    case 'checkbox': {
      const values = Array.isArray(value) ? (value as string[]) : [String(value)];
      return {
        kind: 'choice',
        labels: values.map(
          (v) => field.options.find((o) => o.value === v)?.label ?? { vi: String(v) },
        ),
      };
    }
    case 'yesNo':
      return typeof value === 'boolean' ? { kind: 'yesNo', value } : fallback(value);
    case 'date':
      return typeof value === 'string' ? { kind: 'date', value } : fallback(value);
    case 'number':
      return typeof value === 'number'
        ? { kind: 'number', value, ...(field.unit ? { unit: field.unit } : {}) }
        : fallback(value);
    case 'money':
      return typeof value === 'number' ? { kind: 'money', value } : fallback(value);
    case 'address': {
      if (!isObject(value) || typeof value.communeCode !== 'string') return fallback(value);
      const province =
        typeof value.provinceCode === 'string'
          ? getProvince(value.provinceCode)?.fullName
          : undefined;
      return {
        kind: 'address',
        communeCode: value.communeCode,
        ...(province ? { province } : {}),
        ...(typeof value.street === 'string' && value.street ? { street: value.street } : {}),
      };
    }
    case 'file':
    case 'photo':
      return Array.isArray(value)
        ? { kind: 'files', files: (value as unknown[]).filter(isFile).map(fileLink) }
        : fallback(value);
    case 'appointment':
      return isObject(value) && typeof value.start === 'string' && typeof value.end === 'string'
        ? { kind: 'appointment', start: value.start, end: value.end }
        : fallback(value);
    case 'group':
      return Array.isArray(value)
        ? {
            kind: 'group',
            itemLabel: field.itemLabel,
            items: (value as Answers[]).map((item) =>
              rows(field.fields, isObject(item) ? item : {}),
            ),
          }
        : fallback(value);
    default:
      return typeof value === 'string' ? { kind: 'text', text: value } : fallback(value);
  }
}

function rows(fields: readonly (Field | GroupItemField)[], answers: Answers): AnswerRow[] {
  const out: AnswerRow[] = [];
  for (const field of fields) {
    const value = answers[field.id];
    if (field.type === 'info' || value === undefined) continue;
    out.push({ fieldId: field.id, label: field.label, value: view(field, value) });
  }
  return out;
}

export function presentAnswers(procedure: ProcedureDefinition, answers: Answers): AnswerSection[] {
  const sections: AnswerSection[] = [];
  const known = new Set<string>();
  for (const page of procedure.pages) {
    for (const field of page.fields) known.add(field.id);
    const pageRows = rows(page.fields, answers);
    if (pageRows.length === 0) continue;
    // A page with one question has no title: the question is its heading.
    sections.push({ ...(page.title ? { title: page.title } : {}), rows: pageRows });
  }
  const unknown = Object.entries(answers).filter(([id]) => !known.has(id));
  if (unknown.length > 0) {
    sections.push({
      title: { vi: 'Thông tin khác', en: 'Other answers' },
      rows: unknown.map(([id, value]) => ({
        fieldId: id,
        label: { vi: id },
        value: fallback(value),
      })),
    });
  }
  return sections;
}
