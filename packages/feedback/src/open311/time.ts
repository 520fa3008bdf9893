// Open311 date-times carry any offset (`Z`, `-08:00`, sometimes `+0700`); ours are shown with
// +07:00 (@govmini/vn/calendar) and days are Vietnamese days (UTC+7 all year, no daylight saving).
import {
  fromIsoDate,
  toIsoDate,
  toIsoDateTime,
  vietnamDay as vietnamDate,
  vietnamTime,
} from '@govmini/vn/calendar';

export { toIsoDateTime as toVietnamIso };

export const DAY_MS = 86_400_000;

/** The Vietnamese day (`YYYY-MM-DD`) an instant falls on. */
export const vietnamDay = (ms: number): string => toIsoDate(vietnamDate(ms));

/** Epoch ms of 00:00 in Vietnam on a `YYYY-MM-DD` day; NaN for anything else. */
export function vietnamMidnight(day: string): number {
  const date = fromIsoDate(day);
  return date ? vietnamTime(date, 0) : Number.NaN;
}

/**
 * A W3C date-time as Open311 requires it (with `Z` or `±hh:mm`), as epoch ms; NaN otherwise.
 * A time without a zone is refused rather than guessed: the spec says the zone must be there.
 */
export function parseW3cDateTime(text: unknown): number {
  if (typeof text !== 'string') return Number.NaN;
  const trimmed = text.trim();
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/.test(trimmed)) {
    return Number.NaN;
  }
  return Date.parse(trimmed.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}
