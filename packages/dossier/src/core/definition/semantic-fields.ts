// Checks of one field's own properties: bounds, patterns, options, prefill and validator fit,
// cross-check targets and documents. Conditions are checked in semantic-expressions.ts.
import type { ProcedureIssue } from './api';
import { DEFAULT_MAX_FILES, DEFAULT_MAX_ITEMS } from './defaults';
import { readIsoDate } from './expression';
import { didYouMean } from './paths';
import type { FieldEntry, Scope } from './semantic-expressions';
import { resolve } from './semantic-expressions';
import type { DateBound, Option, PrefillSource } from './types';

type Issues = ProcedureIssue[];

/** Calls `report` for each item whose key an earlier item already had. */
export function duplicates<T>(
  items: readonly T[],
  key: (item: T) => string,
  report: (i: number, value: string, first: number) => void,
) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const value = key(item);
    const first = seen.get(value);
    if (first === undefined) seen.set(value, i);
    else report(i, value, first);
  });
}

const TEXT_TYPES = new Set(['text', 'textarea']);
const PREFILL_TYPES: Record<PrefillSource, readonly string[]> = {
  'profile.name': ['text'],
  'profile.phone': ['phone'],
  'chip.fullName': ['text'],
  'chip.cccd': ['cccd'],
  'chip.dateOfBirth': ['date'],
  'chip.sex': ['radio', 'select'],
  'chip.placeOfOrigin': ['text', 'textarea'],
  'chip.placeOfResidence': ['text', 'textarea'],
};

/** Relative offset of a date bound from today, or the fixed date; undefined if not comparable. */
function boundValue(bound: DateBound): { relative: number } | { fixed: string } | undefined {
  if (bound === 'today') return { relative: 0 };
  if (typeof bound === 'string') return readIsoDate(bound) ? { fixed: bound } : undefined;
  return { relative: bound.todayOffsetDays };
}

function hasMaleFemale(options: readonly Option[]) {
  const values = options.map((o) => o.value);
  return values.includes('male') && values.includes('female');
}

export function checkOptions(options: readonly Option[], path: string, issues: Issues) {
  duplicates(
    options,
    (o) => o.value,
    (i, value, first) => {
      issues.push({
        code: 'duplicate_id',
        path: `${path}[${i}].value`,
        message: `Option value \`${value}\` is already used by ${path}[${first}].`,
      });
    },
  );
}

/** Checks of one field's own properties (not its conditions). */
export function checkFieldProperties(
  entry: FieldEntry,
  scope: Scope,
  documents: ReadonlySet<string>,
  issues: Issues,
) {
  const { field, path } = entry;
  const fail = (code: ProcedureIssue['code'], at: string, message: string) => {
    issues.push({ code, path: `${path}.${at}`, message });
  };
  if (field.type === 'info' && field.required !== undefined) {
    fail('wrong_field_type', 'required', 'An info field has no answer, so it cannot be required.');
  }
  if (field.validators && !TEXT_TYPES.has(field.type)) {
    fail(
      'wrong_field_type',
      'validators',
      `\`validators\` apply to text and textarea fields; a ${field.type} field has its own checks.`,
    );
  }
  if (field.prefill && !PREFILL_TYPES[field.prefill].includes(field.type)) {
    fail(
      'wrong_field_type',
      'prefill',
      `\`${field.prefill}\` fills ${PREFILL_TYPES[field.prefill].join(' or ')} fields, not a ${field.type} field.`,
    );
  }
  if (
    field.prefill === 'chip.sex' &&
    (field.type === 'radio' || field.type === 'select') &&
    !hasMaleFemale(field.options)
  ) {
    fail(
      'unknown_option',
      'prefill',
      'A field prefilled with `chip.sex` needs the option values `male` and `female`.',
    );
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
      if (field.maxLength !== undefined && field.maxLength < 1)
        fail('invalid_bounds', 'maxLength', '`maxLength` must be at least 1.');
      if ((field.minLength ?? 0) > (field.maxLength ?? Number.POSITIVE_INFINITY)) {
        fail(
          'invalid_bounds',
          'minLength',
          `\`minLength\` ${field.minLength} is greater than \`maxLength\` ${field.maxLength}.`,
        );
      }
      if (field.type === 'text' && field.pattern) {
        try {
          new RegExp(field.pattern.regex, 'u');
        } catch (error) {
          fail(
            'invalid_pattern',
            'pattern.regex',
            `Not a valid regular expression (u flag): ${(error as Error).message}`,
          );
        }
      }
      break;
    case 'number':
    case 'money':
      if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
        fail('invalid_bounds', 'min', `\`min\` ${field.min} is greater than \`max\` ${field.max}.`);
      }
      break;
    case 'date': {
      const min = field.min === undefined ? undefined : boundValue(field.min);
      const max = field.max === undefined ? undefined : boundValue(field.max);
      if (field.min !== undefined && !min)
        fail('invalid_bounds', 'min', `${JSON.stringify(field.min)} is not a real date.`);
      if (field.max !== undefined && !max)
        fail('invalid_bounds', 'max', `${JSON.stringify(field.max)} is not a real date.`);
      const inverted =
        min &&
        max &&
        (('relative' in min && 'relative' in max && min.relative > max.relative) ||
          ('fixed' in min && 'fixed' in max && min.fixed > max.fixed));
      if (inverted)
        fail(
          'invalid_bounds',
          'min',
          `\`min\` ${JSON.stringify(field.min)} is after \`max\` ${JSON.stringify(field.max)}.`,
        );
      break;
    }
    case 'select':
    case 'radio':
      checkOptions(field.options, `${path}.options`, issues);
      break;
    case 'checkbox': {
      checkOptions(field.options, `${path}.options`, issues);
      const { minSelected = 0, maxSelected } = field;
      if (maxSelected !== undefined && minSelected > maxSelected) {
        fail(
          'invalid_bounds',
          'minSelected',
          `\`minSelected\` ${minSelected} is greater than \`maxSelected\` ${maxSelected}.`,
        );
      } else if (minSelected > field.options.length) {
        fail(
          'invalid_bounds',
          'minSelected',
          `\`minSelected\` ${minSelected} is more than the ${field.options.length} options offered.`,
        );
      }
      break;
    }
    case 'cccd': {
      const check = field.crossCheck;
      for (const [key, types] of [
        ['dateOfBirth', ['date']],
        ['sex', ['radio', 'select']],
      ] as const) {
        const id = check?.[key];
        if (id === undefined) continue;
        const target = resolve(scope, id);
        if (!target) {
          fail(
            'unknown_field_reference',
            `crossCheck.${key}`,
            `No field \`${id}\` to cross-check.`,
          );
        } else if (!(types as readonly string[]).includes(target.field.type)) {
          fail(
            'wrong_field_type',
            `crossCheck.${key}`,
            `\`${id}\` is a ${target.field.type} field; \`crossCheck.${key}\` needs a ${types.join(' or ')} field.`,
          );
        } else if (
          key === 'sex' &&
          (target.field.type === 'radio' || target.field.type === 'select') &&
          !hasMaleFemale(target.field.options)
        ) {
          fail(
            'unknown_option',
            `crossCheck.${key}`,
            `\`${id}\` needs the option values \`male\` and \`female\` to be compared with the CCCD.`,
          );
        }
      }
      break;
    }
    case 'file':
    case 'photo':
      if ((field.minFiles ?? 0) > (field.maxFiles ?? DEFAULT_MAX_FILES)) {
        fail(
          'invalid_bounds',
          'minFiles',
          `\`minFiles\` ${field.minFiles} is greater than \`maxFiles\` ${field.maxFiles ?? `(default ${DEFAULT_MAX_FILES})`}.`,
        );
      }
      if (field.documentId !== undefined && !documents.has(field.documentId)) {
        issues.push({
          code: 'unknown_document',
          path: `${path}.documentId`,
          message: `No document \`${field.documentId}\` in \`documents\`.${didYouMean(field.documentId, documents)}`,
        });
      }
      break;
    case 'group':
      if ((field.minItems ?? 0) > (field.maxItems ?? DEFAULT_MAX_ITEMS)) {
        fail(
          'invalid_bounds',
          'minItems',
          `\`minItems\` ${field.minItems} is greater than \`maxItems\` ${field.maxItems ?? `(default ${DEFAULT_MAX_ITEMS})`}.`,
        );
      }
      break;
  }
}
