// Vietnam time for the wire: ISO 8601 with +07:00 and `YYYY-MM-DD` days, the same arithmetic
// as the packages' memory services (UTC+7 all year, no daylight saving), so the database
// backend answers exactly what the reference does.
import type { CalendarDate } from '@govmini/vn/calendar';

const VN_OFFSET_MS = 7 * 3_600_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function toVietnamIso(ms: number): string {
  const d = new Date(ms + VN_OFFSET_MS);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+07:00`
  );
}

export function vietnamDay(ms: number): CalendarDate {
  const d = new Date(ms + VN_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export const isoDate = ({ year, month, day }: CalendarDate): string =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** `YYMMDD`: the day part of dossier and report codes. */
export const codeDay = (ms: number): string => isoDate(vietnamDay(ms)).slice(2).replaceAll('-', '');

export function parseIsoDate(text: unknown): CalendarDate | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(text);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return check.getUTCFullYear() === date.year &&
    check.getUTCMonth() === date.month - 1 &&
    check.getUTCDate() === date.day
    ? date
    : undefined;
}

/** Epoch ms of a wall-clock time (minutes after midnight) on a day in Vietnam. */
export function vietnamTime(date: CalendarDate, minutes: number): number {
  return Date.UTC(date.year, date.month - 1, date.day) + minutes * 60_000 - VN_OFFSET_MS;
}

/** An ISO 8601 date-time with an explicit offset, as epoch ms; else NaN. */
export function parseIsoDateTime(text: unknown): number {
  if (typeof text !== 'string') return Number.NaN;
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(text)) return Number.NaN;
  return Date.parse(text);
}
