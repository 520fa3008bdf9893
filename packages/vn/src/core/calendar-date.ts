// Calendar dates without clocks. A `CalendarDate` is a day in the proleptic Gregorian
// calendar, as printed on a Vietnamese document; it has no time and no time zone.
// Arithmetic goes through a day number (days since 1970-01-01) with integer maths only,
// so no result depends on the machine's time zone or on daylight saving.

/** A day such as 29/01/2025: `{ year: 2025, month: 1, day: 29 }`. `month` is 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * What the date functions accept: a `CalendarDate`, or a JS `Date`, which names an instant
 * and is read as the day it falls on in Vietnam (Asia/Ho_Chi_Minh, UTC+7 all year, no DST).
 */
export type DateInput = Date | CalendarDate;

const MS_PER_DAY = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;
/** Day numbers of 0001-01-01 and 9999-12-31, the range a `CalendarDate` may take. */
const MIN_DAY = -719_162;
const MAX_DAY = 2_932_896;

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real day of the years 1–9999: integer fields, month 1–12, day within the month. */
export function isValidCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'object' || value === null) return false;
  const { year, month, day } = value as Record<string, unknown>;
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    (year as number) >= 1 &&
    (year as number) <= 9999 &&
    (month as number) >= 1 &&
    (month as number) <= 12 &&
    (day as number) >= 1 &&
    (day as number) <= daysInMonth(year as number, month as number)
  );
}

/**
 * Day number of a Gregorian date without any check (also used for out-of-range years by
 * the lunar calendar). Howard Hinnant's `days_from_civil`.
 */
export function civilToDays(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/**
 * Reads a `DateInput` as a `CalendarDate`. A `Date` gives the day it falls on in Vietnam
 * (UTC+7): `new Date('2025-01-28T18:00:00Z')` is 29/01/2025.
 * @throws RangeError for an invalid Date or anything that is not a valid `CalendarDate`.
 */
export function toCalendarDate(input: DateInput): CalendarDate {
  if (input instanceof Date) {
    const time = input.getTime();
    if (Number.isNaN(time)) throw new RangeError('Expected a valid Date, got Invalid Date');
    return fromDayNumber(Math.floor((time + VN_OFFSET_MS) / MS_PER_DAY));
  }
  if (!isValidCalendarDate(input)) {
    throw new RangeError(
      `Expected a CalendarDate { year: 1–9999, month: 1–12, day: 1–31 } or a Date, got ${JSON.stringify(input)}`,
    );
  }
  return input;
}

/**
 * Days since 1970-01-01 (negative before): `toDayNumber({ year: 1970, month: 1, day: 2 }) === 1`.
 * @throws RangeError if `date` is not a valid date (see `toCalendarDate`).
 */
export function toDayNumber(date: DateInput): number {
  const { year, month, day } = toCalendarDate(date);
  return civilToDays(year, month, day);
}

/**
 * The date `dayNumber` days after 1970-01-01. Howard Hinnant's `civil_from_days`.
 * @throws RangeError unless `dayNumber` is an integer within the years 1–9999.
 */
export function fromDayNumber(dayNumber: number): CalendarDate {
  if (!Number.isInteger(dayNumber) || dayNumber < MIN_DAY || dayNumber > MAX_DAY) {
    throw new RangeError(
      `Expected an integer day number for a date in the years 1–9999, got ${dayNumber}`,
    );
  }
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: doy - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

/** Day of the week, 0 = Sunday … 6 = Saturday (as `Date#getDay`). */
export function weekday(date: DateInput): number {
  // 1970-01-01 was a Thursday.
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * The date `days` calendar days after `date` (before, if negative).
 * @throws RangeError for an invalid date, a non-integer `days` or a result outside 1–9999.
 */
export function addDays(date: DateInput, days: number): CalendarDate {
  if (!Number.isInteger(days))
    throw new RangeError(`Expected an integer number of days, got ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Negative if `a` is before `b`, 0 on the same day, positive after (a comparator for `sort`). */
export function compareDates(a: DateInput, b: DateInput): number {
  return toDayNumber(a) - toDayNumber(b);
}
