// Reads the three boxes of a DateInput with parseDate from @govmini/vn, and says which box is
// wrong, so the form can show the message and mark that box.
import {
  type CalendarDate,
  type DateErrorCode,
  type DateOptions,
  type MessageOverrides,
  parseDate,
  toAsciiDigits,
} from '@govmini/vn';
import { translate } from '../../core/locale';
import { dateInputMessages } from './messages';

/** What the citizen typed, box by box, exactly as typed. */
export interface DateInputValue {
  day: string;
  month: string;
  year: string;
}

export type DateInputField = keyof DateInputValue;

export const dateInputFields: readonly DateInputField[] = ['day', 'month', 'year'];

export type DateInputErrorCode = DateErrorCode | 'incomplete' | 'not_digits' | 'year_length';

export interface DateInputError {
  readonly code: DateInputErrorCode;
  /** Plain words for the citizen: what is wrong and what to do. */
  readonly message: string;
  /** The boxes to mark (pass to DateInput's `errorFields`). */
  readonly fields: readonly DateInputField[];
}

export type DateInputResult =
  | { readonly ok: true; readonly value: CalendarDate }
  | { readonly ok: false; readonly error: DateInputError };

export interface DateInputParseOptions extends Omit<DateOptions, 'messages'> {
  /** Overrides by key, for `dateInput.*` and parseDate's `date.*` (as given to GovMiniProvider). */
  messages?: Record<string, string> | undefined;
}

/**
 * Checks a DateInput value: all three boxes filled with digits, a 4-digit year, a real day,
 * and `min`/`max` if given. Never throws. Messages in `options.locale` (default `vi`).
 */
export function parseDateInputValue(
  value: DateInputValue,
  options: DateInputParseOptions = {},
): DateInputResult {
  const { messages, ...rest } = options;
  const t = (key: keyof typeof dateInputMessages.vi, params?: Record<string, string | number>) =>
    translate(dateInputMessages, options.locale ?? 'vi', key, params, messages);
  const fail = (code: DateInputErrorCode, message: string, fields: readonly DateInputField[]) =>
    ({ ok: false, error: { code, message, fields } }) as const;

  const parts = {
    day: toAsciiDigits(value.day ?? '').trim(),
    month: toAsciiDigits(value.month ?? '').trim(),
    year: toAsciiDigits(value.year ?? '').trim(),
  };
  const missing = dateInputFields.filter((f) => parts[f] === '');
  if (missing.length > 0) {
    // "Vui lòng nhập tháng và năm." — the names of the empty boxes, in lower case.
    const names = missing.map((f) => t(`dateInput.${f}`).toLocaleLowerCase(options.locale ?? 'vi'));
    const last = names.pop();
    const list = names.length ? `${names.join(', ')} ${t('dateInput.and')} ${last}` : `${last}`;
    const code = missing.length === 3 ? 'empty' : 'incomplete';
    return fail(code, t('dateInput.missing', { fields: list }), missing);
  }
  const notDigits = dateInputFields.filter((f) => !/^\d+$/.test(parts[f]));
  if (notDigits.length > 0) return fail('not_digits', t('dateInput.not_digits'), notDigits);
  if (parts.year.length !== 4) return fail('year_length', t('dateInput.year_length'), ['year']);

  // "05" and "5" are the same day; more than two digits is a slip parseDate reports as format.
  const day = String(Number(parts.day));
  const month = Number(parts.month);
  const result = parseDate(`${day}/${month}/${parts.year}`, {
    ...rest,
    ...(messages && { messages: messages as MessageOverrides }),
  });
  if (result.ok) return result;
  const code = result.error.code;
  const badMonth = month < 1 || month > 12;
  const fields: readonly DateInputField[] =
    code === 'invalid_date' || code === 'format' ? [badMonth ? 'month' : 'day'] : dateInputFields;
  return fail(code, result.error.message, fields);
}
