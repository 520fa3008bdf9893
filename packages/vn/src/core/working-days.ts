// Working-day arithmetic for the appointment date (ngày hẹn trả kết quả) of a dossier whose
// processing time is set in working days.
//
// Convention (one-stop shop practice, Civil Code 2015 Art. 147(1): the day a period is
// counted from is not itself counted):
// - A dossier received on a day off (e.g. submitted online on Saturday) is deemed received on
//   the next working day.
// - The day of receipt does not count: a time limit of n working days ends on the n-th working
//   day after it. Received Thursday 12/02/2026 with 5 working days: Friday 13/02 is day 1,
//   Tết closes 14–22/02, then 23, 24, 25 and Thursday 26/02/2026 is day 5, the appointment date.
// - `workingDaysBetween(a, b)` counts the same way, so that for every date d and n ≥ 0
//   `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
import { type CalendarDate, type DateInput, fromDayNumber, toDayNumber } from './calendar-date';
import { vietnamHolidays } from './holidays';

/** Anything that tells working days from days off; every `HolidayCalendar` is one. */
export interface WorkingDayCalendar {
  isWorkingDay(date: CalendarDate): boolean;
}

/** More days off in a row than this means the calendar has no working day at all. */
const MAX_GAP = 366;

/**
 * The appointment date for a dossier received on `date` with a time limit of `n` working days:
 * the n-th working day after the (deemed) day of receipt. `n = 0` gives the day of receipt
 * itself: `date` if it is a working day, else the next working day. A `Date` is read in UTC+7.
 * @throws RangeError for an invalid date, an `n` that is not a non-negative integer, a result
 *   after 9999, or a calendar without working days.
 */
export function addWorkingDays(
  date: DateInput,
  n: number,
  calendar: WorkingDayCalendar = vietnamHolidays,
): CalendarDate {
  if (!(Number.isSafeInteger(n) && n >= 0)) {
    throw new RangeError(
      `addWorkingDays: n must be a non-negative integer number of working days, got ${n}`,
    );
  }
  let left = n;
  let gap = 0;
  for (let day = toDayNumber(date); ; day++) {
    const current = fromDayNumber(day);
    if (calendar.isWorkingDay(current)) {
      if (left-- === 0) return current;
      gap = 0;
    } else if (++gap > MAX_GAP) {
      throw new RangeError(
        `addWorkingDays: no working day in ${MAX_GAP} consecutive days; check the calendar`,
      );
    }
  }
}

/**
 * Working days elapsed from receipt on `a` to the end of `b`: the working days after the
 * (deemed) day of receipt, up to and including `b`. When `a` is a working day that is the
 * number of working days in (a, b]. Negative when `b` is before `a`
 * (`workingDaysBetween(a, b) === -workingDaysBetween(b, a)`), e.g. the working days left
 * until an appointment date.
 * @throws RangeError for an invalid date.
 */
export function workingDaysBetween(
  a: DateInput,
  b: DateInput,
  calendar: WorkingDayCalendar = vietnamHolidays,
): number {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  // `0 -` rather than unary minus, so that no result is -0.
  if (to < from) return 0 - workingDaysBetween(b, a, calendar);
  let count = 0;
  for (let day = from; day <= to; day++) if (calendar.isWorkingDay(fromDayNumber(day))) count++;
  // The first working day in [a, b] is the day of receipt, which does not count.
  return Math.max(count - 1, 0);
}
