// Office hours of a one-stop desk (bộ phận một cửa): when a time limit is set in working hours
// (Decree 45/2020 gives 8 working hours to acknowledge an online dossier), only time inside
// these hours on working days counts.
import { vietnamHolidays } from './holidays';
import { vietnamDay, vietnamTime } from './vietnam-time';
import type { WorkingDayCalendar } from './working-days';

/** Open intervals of a working day, `[open, close)` in minutes after midnight, Vietnam time. */
export type OfficeHours = readonly (readonly [open: number, close: number])[];

/** The usual hours of a state office: mornings 7:30–11:30, afternoons 13:00–17:00. */
export const OFFICE_HOURS: OfficeHours = [
  [7 * 60 + 30, 11 * 60 + 30],
  [13 * 60, 17 * 60],
];

/**
 * The instant (epoch ms) `hours` office hours after `from`; a fraction is fine. Time outside
 * office hours does not count: 2 working hours after Friday 16:00 is Monday 8:30, and a day
 * off in `calendar` (weekends, Tết, public holidays) has no office hours at all.
 * @throws RangeError for a negative or NaN `hours`, or when ten years hold no office hours.
 */
export function addWorkingHours(
  from: number,
  hours: number,
  calendar: WorkingDayCalendar = vietnamHolidays,
  officeHours: OfficeHours = OFFICE_HOURS,
): number {
  if (!(hours >= 0)) throw new RangeError(`addWorkingHours: hours must be ≥ 0, got ${hours}`);
  if (hours === 0) return from;
  let remaining = hours * 3_600_000;
  let t = from;
  for (let days = 0; days < 3660; days++) {
    const day = vietnamDay(t);
    if (calendar.isWorkingDay(day)) {
      for (const [open, close] of officeHours) {
        const start = Math.max(t, vietnamTime(day, open));
        const end = vietnamTime(day, close);
        if (start >= end) continue;
        if (remaining <= end - start) return start + remaining;
        remaining -= end - start;
        t = end;
      }
    }
    t = vietnamTime(day, 24 * 60); // the next midnight: Vietnam has no daylight saving
  }
  throw new RangeError('addWorkingHours: no office hours in ten years; check the calendar');
}
