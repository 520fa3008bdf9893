// The public list ("Phản ánh đã trả lời"): which reports, in which order, page by page. Shared
// by the memory service and apps/server. Newest first; the cursor names the last report shown
// (its time and id), so a report answered while someone reads does not shift the pages and
// "Xem thêm" never repeats or skips one.
import { fromIsoDate, toIsoDate, vietnamDay } from '@govmini/vn/calendar';
import { badRequest } from './errors';
import { matchesText } from './similarity';
import { isPubliclyListed } from './status';
import type { Page, PublicQuery, PublicReport } from './types';

export const PUBLIC_PAGE_SIZE = 10;
export const PUBLIC_PAGE_MAX = 50;

interface Position {
  readonly at: number;
  readonly id: string;
}

const toBase64Url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

function fromBase64Url(text: string): string | undefined {
  if (!/^[\w-]{1,400}$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(binary, (c) => c.charCodeAt(0)),
    );
  } catch {
    return undefined;
  }
}

export const encodeCursor = (position: Position): string =>
  toBase64Url(`p1|${position.at}|${position.id}`);

/** The position a cursor names, or undefined when it is not one of ours. */
export function decodeCursor(cursor: string): Position | undefined {
  const parts = fromBase64Url(cursor)?.split('|');
  if (!parts || parts.length < 3 || parts[0] !== 'p1') return undefined;
  const at = Number(parts[1]);
  const id = parts.slice(2).join('|');
  return Number.isSafeInteger(at) && id !== '' ? { at, id } : undefined;
}

/** Newest first; the same time falls back to the id, so the order is total. */
const before = (a: Position, b: Position) => a.at > b.at || (a.at === b.at && a.id > b.id);

/**
 * A checked query: a malformed one (a date that is not `YYYY-MM-DD`, a limit that is not a
 * whole number from 1, a cursor that is not ours) is a developer's error, 400 `unknown`. A
 * limit over 50 is 50.
 */
export function checkPublicQuery(query: PublicQuery): PublicQuery & { limit: number } {
  const { categoryId, communeCode, from, to, text, cursor, limit } = query;
  const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
  if (
    !optionalString(categoryId) ||
    !optionalString(communeCode) ||
    !optionalString(text) ||
    !optionalString(cursor) ||
    (from !== undefined && !fromIsoDate(from)) ||
    (to !== undefined && !fromIsoDate(to)) ||
    (cursor !== undefined && !decodeCursor(cursor)) ||
    (limit !== undefined && !(Number.isSafeInteger(limit) && limit >= 1))
  ) {
    throw badRequest();
  }
  return { ...query, limit: Math.min(limit ?? PUBLIC_PAGE_SIZE, PUBLIC_PAGE_MAX) };
}

/**
 * One page of the public list. `reports` are those whose reporters allowed publishing; of
 * them only answered (or since closed) ones are listed, filtered by category, commune, the
 * day sent (Vietnam time, `from`–`to` inclusive) and text (diacritics optional).
 */
export function queryPublicReports<R extends PublicReport>(
  reports: Iterable<R>,
  query: PublicQuery,
): Page<R> {
  const checked = checkPublicQuery(query);
  const after = checked.cursor === undefined ? undefined : decodeCursor(checked.cursor);
  const matching: { report: R; position: Position }[] = [];
  for (const report of reports) {
    if (!isPubliclyListed(report)) continue;
    if (checked.categoryId && report.categoryId !== checked.categoryId) continue;
    if (checked.communeCode && report.location.communeCode !== checked.communeCode) continue;
    const at = Date.parse(report.createdAt);
    const day = toIsoDate(vietnamDay(at));
    if (checked.from && day < checked.from) continue;
    if (checked.to && day > checked.to) continue;
    if (checked.text && !matchesText(report, checked.text)) continue;
    matching.push({ report, position: { at, id: report.id } });
  }
  matching.sort((a, b) => (before(a.position, b.position) ? -1 : 1));
  const start = after ? matching.findIndex((m) => before(after, m.position)) : 0;
  const rest = start < 0 ? [] : matching.slice(start);
  const page = rest.slice(0, checked.limit);
  const last = page.at(-1);
  return {
    items: page.map((m) => m.report),
    total: matching.length,
    ...(rest.length > page.length && last ? { nextCursor: encodeCursor(last.position) } : {}),
  };
}
