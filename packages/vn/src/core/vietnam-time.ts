// Instants and days as APIs exchange them: times are ISO 8601 with the +07:00 offset, days
// `YYYY-MM-DD`. Vietnam has one time zone, UTC+7 all year with no daylight saving, so the
// arithmetic is integer maths on epoch milliseconds and never reads the machine's time zone.
import {
  type CalendarDate,
  civilToDays,
  isValidCalendarDate,
  toCalendarDate,
} from './calendar-date';

/** Vietnam's offset from UTC (Asia/Ho_Chi_Minh, +07:00 all year), in milliseconds. */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `2026-11-30T08:15:00+07:00` for an epoch-ms instant: Vietnam's wall clock with its offset,
 * whatever the machine's zone. Milliseconds are dropped.
 * @throws RangeError for NaN or an instant outside the years 0–9999.
 */
export const toIsoDateTime = (ms: number): string =>
  // Vietnam's wall clock is UTC shifted by the offset; toISOString writes UTC.
  `${new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;

/**
 * An ISO 8601 date-time with an explicit offset (`Z` or `±hh:mm`), as epoch ms; NaN for
 * anything else, including a time without a zone (it would be read in the machine's zone).
 */
export function fromIsoDateTime(text: unknown): number {
  if (typeof text !== 'string') return Number.NaN;
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(text)) return Number.NaN;
  return Date.parse(text);
}

/** `{ year: 2026, month: 1, day: 5 }` → `2026-01-05`. */
export const toIsoDate = ({ year, month, day }: CalendarDate): string =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** A real day written `YYYY-MM-DD` (years 1–9999), or undefined: `2026-02-30` is not one. */
export function fromIsoDate(text: unknown): CalendarDate | undefined {
  const m = typeof text === 'string' ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(text) : null;
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidCalendarDate(date) ? date : undefined;
}

/**
 * The day an epoch-ms instant falls on in Vietnam.
 * @throws RangeError for NaN or an instant outside the years 1–9999.
 */
export const vietnamDay = (ms: number): CalendarDate => toCalendarDate(new Date(ms));

/** Epoch ms of a wall-clock time in Vietnam: `minutes` after midnight on `date`. */
export function vietnamTime(date: CalendarDate, minutes: number): number {
  return (
    civilToDays(date.year, date.month, date.day) * 86_400_000 + minutes * 60_000 - VIETNAM_OFFSET_MS
  );
}
