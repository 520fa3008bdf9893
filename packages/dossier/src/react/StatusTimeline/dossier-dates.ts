// Dates as the tracking screens show them: always in Vietnam's time (UTC+7, whatever the phone's
// zone), `dd/mm/yyyy` and `dd/mm/yyyy HH:mm`, and the days left counted in working days (the
// law counts processing time in working days; weekends and public holidays do not count).
import { type CalendarDate, todayInVietnam } from '@govmini/vn';

export { workingDaysLeft } from '../../core/service/status';

const VN_OFFSET_MS = 7 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` → CalendarDate, or undefined when it is not one. */
export function parseIsoDate(text: string | undefined): CalendarDate | undefined {
  const m = text ? ISO_DATE.exec(text) : null;
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Today in Vietnam as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const { year, month, day } = todayInVietnam(now);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `2026-11-29` → `29/11/2026`; a date-time gives its day in Vietnam. '' when unreadable. */
export function formatDay(value: string | undefined): string {
  if (!value) return '';
  const date = parseIsoDate(value);
  if (date) return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return '';
  const vn = new Date(time + VN_OFFSET_MS);
  return `${pad(vn.getUTCDate())}/${pad(vn.getUTCMonth() + 1)}/${vn.getUTCFullYear()}`;
}

/** ISO 8601 date-time → `29/11/2026 14:05` in Vietnam's time. '' when unreadable. */
export function formatDateTime(value: string | undefined): string {
  const time = value ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) return '';
  const vn = new Date(time + VN_OFFSET_MS);
  return `${formatDay(value)} ${pad(vn.getUTCHours())}:${pad(vn.getUTCMinutes())}`;
}
