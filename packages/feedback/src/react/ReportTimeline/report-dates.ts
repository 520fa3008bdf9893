// Dates as the follow-up screens show them: always in Vietnam's time (UTC+7, whatever the
// phone's zone), `dd/mm/yyyy` and `dd/mm/yyyy HH:mm`, and the days left counted in working
// days (answer times are set in working days; weekends and public holidays do not count).
// The same rules as @govmini/dossier's tracking screens (same layer: not imported from there).
import { fromDayNumber, toDayNumber, todayInVietnam } from '@govmini/vn';
import {
  fromIsoDate,
  toIsoDate,
  VIETNAM_OFFSET_MS,
  vietnamHolidays,
  type WorkingDayCalendar,
} from '@govmini/vn/calendar';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in Vietnam as `YYYY-MM-DD`. */
export const todayIso = (now: Date = new Date()): string => toIsoDate(todayInVietnam(now));

/** `2026-11-29` → `29/11/2026`; a date-time gives its day in Vietnam. '' when unreadable. */
export function formatDay(value: string | undefined): string {
  if (!value) return '';
  const date = fromIsoDate(value);
  if (date) return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return '';
  const vn = new Date(time + VIETNAM_OFFSET_MS);
  return `${pad(vn.getUTCDate())}/${pad(vn.getUTCMonth() + 1)}/${vn.getUTCFullYear()}`;
}

/** ISO 8601 date-time → `29/11/2026 14:05` in Vietnam's time. '' when unreadable. */
export function formatDateTime(value: string | undefined): string {
  const time = value ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) return '';
  const vn = new Date(time + VIETNAM_OFFSET_MS);
  return `${formatDay(value)} ${pad(vn.getUTCHours())}:${pad(vn.getUTCMinutes())}`;
}

/**
 * Working days from `today` to `due`: positive = days left (working days after today up to and
 * including the due day), 0 = due today, negative = working days late. Undefined when either
 * date is unreadable. Different days never read as "due today".
 */
export function workingDaysLeft(
  today: string,
  due: string,
  calendar: WorkingDayCalendar = vietnamHolidays,
): number | undefined {
  const a = fromIsoDate(today);
  const b = fromIsoDate(due);
  if (!a || !b) return undefined;
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  if (from === to) return 0;
  const [start, end, sign] = from < to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = start + 1; day <= end; day++)
    if (calendar.isWorkingDay(fromDayNumber(day))) count++;
  return sign * Math.max(count, 1);
}
