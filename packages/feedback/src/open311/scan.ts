// Reading many requests from GET /requests within the spec's limits: a query may span at most
// 90 days (so longer ranges are cut into windows, newest first), and a server returns "90 days
// or the first 1,000 requests"; the common `page`/`page_size` extension (Chicago, Boston,
// Toronto…) is used when the server honours it. Filters Open311 lacks (text, commune,
// answered-only) run on our side, so a page of ours may take several server pages.
import { DAY_MS, toVietnamIso, vietnamMidnight } from './time';
import type { Open311Request } from './wire';

/** `auto`: ask for pages and notice when the server ignores them. */
export type Open311Pagination = 'auto' | 'page' | 'none';

export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

const SPAN_MS = 90 * DAY_MS;
const CLOCK_SLACK_MS = 3_600_000;

/** `[from, to]` (epoch ms, inclusive) as ≤ 90-day windows to the second, newest first. */
export function timeWindows(from: number, to: number): TimeWindow[] {
  const out: TimeWindow[] = [];
  let end = Math.ceil(to / 1000) * 1000;
  const first = Math.ceil(from / 1000) * 1000;
  while (end >= first) {
    const start = Math.max(first, end - SPAN_MS + 1000);
    out.push({ start, end });
    end = start - 1000;
  }
  return out;
}

/** A query's `from`/`to` days (Vietnam) as a range; `lookbackDays` before `to` when no `from`. */
export function dayRange(
  from: string | undefined,
  to: string | undefined,
  now: number,
  lookbackDays: number,
): { from: number; to: number } | 'invalid' {
  // Up to now plus an hour: a server's clock ahead of the phone's must not hide what was just
  // filed (the spec's windows are inclusive, to the second).
  const end = to === undefined ? now + CLOCK_SLACK_MS : vietnamMidnight(to) + DAY_MS - 1000;
  const start = from === undefined ? end - lookbackDays * DAY_MS + 1000 : vietnamMidnight(from);
  if (Number.isNaN(start) || Number.isNaN(end)) return 'invalid';
  return { from: start, to: Math.min(end, Math.max(now + CLOCK_SLACK_MS, start)) };
}

export const windowQuery = (window: TimeWindow) => ({
  start_date: toVietnamIso(window.start),
  end_date: toVietnamIso(window.end),
});

export interface ScanPosition {
  /** Window index. */
  readonly w: number;
  /** Server page (1-based) within the window; 0 when the window is read whole. */
  readonly p: number;
  /** Requests of that page already looked at. */
  readonly s: number;
  /** Id of the window's first request, to notice a server that ignores `page`. */
  readonly f?: string;
}

export interface ScanOptions {
  readonly windows: readonly TimeWindow[];
  /** One server call: `page` undefined means "no paging parameters". */
  fetch(window: TimeWindow, page: number | undefined): Promise<Open311Request[]>;
  readonly pagination: Open311Pagination;
  readonly pageSize: number;
  matches(request: Open311Request): boolean;
  readonly limit: number;
  readonly from?: ScanPosition;
}

const newest = (a: Open311Request, b: Open311Request) =>
  (b.requestedAt ?? 0) - (a.requestedAt ?? 0) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Up to `limit` matching requests from `from` on, and where to go on from. */
export async function scanRequests(options: ScanOptions) {
  const items: Open311Request[] = [];
  let { w, p, s, f } = options.from ?? { w: 0, p: options.pagination === 'none' ? 0 : 1, s: 0 };
  const seen = new Set<string>();
  while (w < options.windows.length) {
    const window = options.windows[w] as TimeWindow;
    let page = await options.fetch(window, p === 0 ? undefined : p);
    let whole = p === 0;
    if (!whole && options.pagination === 'auto' && page.length > options.pageSize) {
      // More than we asked for: this server ignores `page_size`, so this is the whole window.
      whole = true;
    }
    if (!whole && p > 1 && f !== undefined && page[0]?.id === f) page = []; // `page` ignored
    if (whole) page = [...page].sort(newest);
    if (p <= 1 && page[0]) f = page[0].id;
    for (let i = s; i < page.length; i++) {
      const request = page[i] as Open311Request;
      if (seen.has(request.id) || !options.matches(request)) continue;
      seen.add(request.id);
      items.push(request);
      if (items.length === options.limit) {
        const more = i + 1 < page.length || (!whole && page.length >= options.pageSize);
        const next: ScanPosition = whole
          ? { w, p: 0, s: i + 1 }
          : { w, p, s: i + 1, ...(f === undefined ? {} : { f }) };
        return { items, next: more || w + 1 < options.windows.length ? next : undefined };
      }
    }
    if (!whole && page.length >= options.pageSize) {
      p += 1;
    } else {
      w += 1;
      p = options.pagination === 'none' ? 0 : 1;
      f = undefined;
    }
    s = 0;
  }
  return { items, next: undefined };
}

export function encodePosition(position: ScanPosition): string {
  return encodeURIComponent(JSON.stringify(position));
}

export function decodePosition(cursor: string): ScanPosition | undefined {
  try {
    const value: unknown = JSON.parse(decodeURIComponent(cursor));
    if (typeof value !== 'object' || value === null) return undefined;
    const { w, p, s, f } = value as Record<string, unknown>;
    const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
    if (!whole(w) || !whole(p) || !whole(s)) return undefined;
    return {
      w: w as number,
      p: p as number,
      s: s as number,
      ...(typeof f === 'string' ? { f } : {}),
    };
  } catch {
    return undefined;
  }
}
