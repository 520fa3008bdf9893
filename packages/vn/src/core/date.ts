// Dates as Vietnamese citizens write them (day first) and as the state prints them.
// A date of birth or a deadline is a calendar day, not an instant, so the value is a plain
// { year, month, day } (CalendarDate, shared with working days and holidays); conversion to
// and from Date uses Vietnam's fixed UTC+7 (no DST), never the machine's time zone.
import { dateMessages } from '../messages/date';
import {
  type CalendarDate,
  compareDates,
  type DateInput,
  isValidCalendarDate,
  toCalendarDate,
  toDayNumber,
} from './calendar-date';
import type { Locale } from './messages';
import { fail, type MessageOptions, ok, type ParseError, type ParseResult } from './result';
import { searchKey, toAsciiDigits } from './text';

export type DateErrorCode =
  | 'empty'
  | 'format'
  | 'short_year'
  | 'invalid_date'
  | 'before_min'
  | 'after_max';

export interface DateOptions extends MessageOptions {
  /** Earliest accepted day (inclusive). A Date is read as its day in Vietnam. */
  min?: DateInput;
  /** Latest accepted day (inclusive), e.g. `todayInVietnam()` for a date of birth. */
  max?: DateInput;
}

/**
 * `short` 05/01/2025 · `official` ngày 05 tháng 01 năm 2025 (Decree 30/2020) ·
 * `long` 5 tháng 1, 2025 · `full` Chủ Nhật, 5 tháng 1, 2025.
 */
export type DateStyle = 'short' | 'official' | 'long' | 'full';

const MS_PER_DAY = 86_400_000;
const OFFSET = 7 * 3_600_000; // Asia/Ho_Chi_Minh: UTC+7 all year since 1975

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The instant the day starts in Vietnam: 00:00 at UTC+7.
 * @throws RangeError if `date` is not a valid CalendarDate.
 */
export function toDate(date: CalendarDate): Date {
  return new Date(toDayNumber(date) * MS_PER_DAY - OFFSET);
}

/**
 * The calendar day in Vietnam (UTC+7) at this instant, whatever the machine's time zone.
 * @throws RangeError for an Invalid Date or one outside the years 1–9999.
 */
export function fromDate(date: Date): CalendarDate {
  return toCalendarDate(date);
}

/** Today's date in Vietnam. */
export function todayInVietnam(now: Date = new Date()): CalendarDate {
  return toCalendarDate(now);
}

/** A date, or undefined for anything invalid (a bound is then ignored, a format gives ''). */
function calendar(input: DateInput | undefined): CalendarDate | undefined {
  try {
    return input === undefined ? undefined : toCalendarDate(input);
  } catch {
    return undefined;
  }
}

// After searchKey (lower case, no diacritics): "ngay 5 thang 7 nam 2025", "5 thang 1, 2025".
const WEEKDAY = /^(?:thu (?:hai|bay|ba|tu|nam|sau)|chu nhat),? ?/;
const WORDS = /^(\d{1,2}) ?thang ?(\d{1,2})(?:,? ?nam ?|, ?| )(\d+)$/;
const DAY_FIRST = /^(\d{1,2})([/.\- ])(\d{1,2})\2(\d+)$/;
const ISO = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;

/** [year, month, day] as typed, or undefined when no pattern fits. */
function split(text: string): (string | undefined)[] | undefined {
  let m = WORDS.exec(text);
  if (m) return [m[3], m[2], m[1]];
  m = DAY_FIRST.exec(text);
  if (m) return [m[4], m[3], m[1]];
  m = ISO.exec(text);
  if (m) return [m[1], m[3], m[4]];
  m = /^(\d\d)(\d\d)(\d{4})$/.exec(text);
  return m ? [m[3], m[2], m[1]] : undefined;
}

/**
 * Reads a date written day first: `5/7/2025`, `05-07-2025`, `05.07.2025`, `05072025`,
 * `ngày 5 tháng 7 năm 2025` (with or without diacritics), `5 tháng 7, 2025`, and ISO
 * `2025-07-05` (year first, so unambiguous). Full-width digits and spaces are fine.
 * Two-digit years (`5/7/65`) fail with `short_year` rather than guess the century: on a
 * government form a wrong guess for an elderly person's birth year is worse than asking.
 * Eight digits are always ddmmyyyy, never yyyymmdd. Never throws.
 */
export function parseDate(
  input: unknown,
  options?: DateOptions,
): ParseResult<CalendarDate, ParseError<DateErrorCode>> {
  if (input instanceof Date) {
    const date = calendar(input);
    if (date) return check(date, options);
    return fail(dateMessages, Number.isNaN(input.getTime()) ? 'empty' : 'format', options);
  }
  const text = searchKey(toAsciiDigits(typeof input === 'string' ? input : ''))
    .replace(WEEKDAY, '')
    .replace(/^ngay ?/, '')
    .replace(/ ?([/.-]) ?/g, '$1');
  if (text === '') return fail(dateMessages, 'empty', options);

  if (/^\d{6}$/.test(text)) return fail(dateMessages, 'short_year', options); // ddmmyy
  const parts = split(text);
  if (!parts) return fail(dateMessages, 'format', options);

  const [y = '', mo = '', d = ''] = parts;
  if (y.length === 2) return fail(dateMessages, 'short_year', options);
  if (y.length !== 4) return fail(dateMessages, 'format', options);
  const date = { year: Number(y), month: Number(mo), day: Number(d) };
  if (!isValidCalendarDate(date)) return fail(dateMessages, 'invalid_date', options, date);
  return check(date, options);
}

function check(date: CalendarDate, options: DateOptions | undefined) {
  const min = calendar(options?.min);
  const max = calendar(options?.max);
  if (min && compareDates(date, min) < 0) {
    return fail(dateMessages, 'before_min', options, { min: formatDate(min) });
  }
  if (max && compareDates(date, max) > 0) {
    return fail(dateMessages, 'after_max', options, { max: formatDate(max) });
  }
  return ok(date);
}

const intl = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a calendar day, or the day in Vietnam of a Date, whatever the machine's time zone.
 * `locale: 'en'` gives British day-first forms (`5 January 2025`), which read the same way
 * as the Vietnamese ones; `official` is then the same as `long`. An invalid date gives ''.
 */
export function formatDate(
  date: DateInput,
  style: DateStyle = 'short',
  options: { locale?: Locale } = {},
): string {
  const d = calendar(date);
  if (!d) return '';
  const en = options.locale === 'en';
  if (style === 'short') return `${pad(d.day)}/${pad(d.month)}/${pad(d.year, 4)}`;
  // Decree 30/2020, Appendix I: a 0 before days under 10 and before months 1 and 2.
  if (style === 'official' && !en) {
    return `ngày ${pad(d.day)} tháng ${d.month < 3 ? pad(d.month) : d.month} năm ${d.year}`;
  }
  const key = `${en}${style}`;
  let format = intl.get(key);
  if (!format) {
    // The day is already Vietnam's, so render its UTC midnight in UTC: no zone can shift it.
    const dateStyle = style === 'full' ? 'full' : 'long';
    format = new Intl.DateTimeFormat(en ? 'en-GB' : 'vi-VN', { dateStyle, timeZone: 'UTC' });
    intl.set(key, format);
  }
  return format.format(new Date(toDayNumber(d) * MS_PER_DAY));
}
