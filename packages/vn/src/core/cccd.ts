// CCCD / căn cước: the 12-digit personal identification number (research §3.1).
// Layout PPP G YY RRRRRR: province where the birth was registered, century + sex, the last
// two digits of the birth year, six random digits. There is no check digit, so validation
// is structural: a known province, and a birth year that is not in the future.
import { cccdMessages } from '../messages/cccd';
import { getLegacyProvince } from './legacy-provinces';
import { formatMessage } from './messages';
import { fail, type MessageOptions, ok, type ParseError, type ParseResult } from './result';
import { stripSeparators } from './text';

export type CccdErrorCode =
  | 'empty'
  | 'not_digits'
  | 'length'
  | 'old_cmnd'
  | 'unknown_province'
  | 'future_birth_year';

export type CccdSex = 'male' | 'female';

export interface Cccd {
  /** The 12 digits, without separators. */
  readonly number: string;
  /** Pre-2025 province of birth registration (codes stay on the card for life). */
  readonly birthProvince: {
    /** 3-digit code as in the number, e.g. `001`. */
    readonly code: string;
    readonly name: string;
    /** 2-digit code of the 2025 province it merged into. */
    readonly becameCode: string;
  };
  readonly sex: CccdSex;
  readonly birthYear: number;
}

export interface CccdOptions extends MessageOptions {
  /** "Now" for the future-birth-year check (tests, server clocks). Defaults to today. */
  today?: Date;
}

/**
 * Parses a CCCD / căn cước number as people type it (spaces, dots, full-width digits).
 * Never throws: anything that is not a string or number counts as empty.
 */
export function parseCccd(
  input: unknown,
  options: CccdOptions = {},
): ParseResult<Cccd, ParseError<CccdErrorCode>> {
  const digits = stripSeparators(
    // NFKC folds full-width dashes and dots too.
    typeof input === 'string' || typeof input === 'number' ? String(input).normalize('NFKC') : '',
  );
  if (!digits) return fail(cccdMessages, 'empty', options);
  if (/\D/.test(digits)) return fail(cccdMessages, 'not_digits', options);
  // Nine digits is an old CMND: it expired at the end of 2024 and the căn cước has a new number.
  if (digits.length === 9) return fail(cccdMessages, 'old_cmnd', options);
  if (digits.length !== 12) return fail(cccdMessages, 'length', options, { count: digits.length });
  const code = digits.slice(0, 3);
  // Births registered abroad carry a country code here; that table is unpublished, so they fail.
  const province = getLegacyProvince(code);
  if (!province) return fail(cccdMessages, 'unknown_province', options, { code });
  // G: 0/1 → 1900s, 2/3 → 2000s, … up to 8/9 → 2300s; even = male, odd = female.
  const g = Number(digits[3]);
  const birthYear = 1900 + Math.floor(g / 2) * 100 + Number(digits.slice(4, 6));
  if (birthYear > (options.today ?? new Date()).getFullYear()) {
    return fail(cccdMessages, 'future_birth_year', options, { year: birthYear });
  }
  return ok({
    number: digits,
    birthProvince: { code, name: province.name, becameCode: province.becameCode },
    sex: g % 2 ? 'female' : 'male',
    birthYear,
  });
}

/** What else the form says about the person, to compare with the number. */
export interface CccdFormFields {
  dateOfBirth?: Date | { year: number };
  sex?: CccdSex;
}

/** One disagreement between the number and the form; `expected` is what the number says. */
export type CccdMismatch =
  | {
      readonly field: 'birthYear';
      readonly code: 'birth_year_mismatch';
      readonly expected: number;
      readonly actual: number;
      readonly message: string;
    }
  | {
      readonly field: 'sex';
      readonly code: 'sex_mismatch';
      readonly expected: CccdSex;
      readonly actual: CccdSex;
      readonly message: string;
    };

/**
 * Compares a parsed number with the birth date and sex entered elsewhere in the form.
 * Fields the form left blank (or an invalid Date) are skipped. Returns [] when all agree.
 * Years are read in local time, as a date picker on the phone produces them.
 */
export function crossCheckCccd(
  value: Cccd,
  form: CccdFormFields,
  options?: MessageOptions,
): CccdMismatch[] {
  const out: CccdMismatch[] = [];
  const dob = form.dateOfBirth;
  const year = dob instanceof Date ? dob.getFullYear() : dob?.year;
  if (typeof year === 'number' && Number.isFinite(year) && year !== value.birthYear) {
    const params = { expected: value.birthYear, actual: year };
    out.push({
      field: 'birthYear',
      code: 'birth_year_mismatch',
      ...params,
      message: formatMessage(cccdMessages, 'cccd.birth_year_mismatch', params, options),
    });
  }
  if (form.sex && form.sex !== value.sex) {
    out.push({
      field: 'sex',
      code: 'sex_mismatch',
      expected: value.sex,
      actual: form.sex,
      message: formatMessage(cccdMessages, 'cccd.sex_mismatch', {}, options),
    });
  }
  return out;
}

/**
 * Hides the middle of a number for logs and screens: `001••••••901` (first 3 and last 3
 * digits visible). Never throws; anything of 6 characters or fewer is hidden entirely.
 */
export function maskCccd(number: unknown): string {
  const s = stripSeparators(
    typeof number === 'string' || typeof number === 'number' ? String(number) : '',
  );
  return s.length > 6
    ? s.slice(0, 3) + '•'.repeat(s.length - 6) + s.slice(-3)
    : '•'.repeat(s.length);
}
