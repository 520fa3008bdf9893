// The public side: answered reports (closed with status_notes), one report, and open reports
// nearby for the duplicate check. Open311 filters by service_code, status and date only;
// text (diacritics optional), commune, distance and "answered" are checked on our side.
import { PUBLIC_PAGE_MAX, PUBLIC_PAGE_SIZE } from '../core/public-query';
import { matchesText, rankDuplicates } from '../core/similarity';
import { isPubliclyListed } from '../core/status';
import {
  type DuplicateQuery,
  FeedbackError,
  type Page,
  type PublicQuery,
  type PublicReport,
} from '../core/types';
import { type Open311Client, open311Path } from './client';
import { type RequestContext, toPublicReport } from './mapping';
import { open311Error } from './problem';
import {
  dayRange,
  decodePosition,
  encodePosition,
  type Open311Pagination,
  type ScanOptions,
  scanRequests,
  timeWindows,
  windowQuery,
} from './scan';
import { type Open311Request, readRequests } from './wire';

export function mustRequests(body: unknown): Open311Request[] {
  const list = readRequests(body);
  if (!list) {
    throw open311Error('server', 'Open311 GET /requests answered an off-contract body');
  }
  return list;
}

/** GET /requests/{id}; undefined when the server does not know it (404 or an empty list). */
export async function fetchRequest(
  client: Open311Client,
  id: string,
): Promise<Open311Request | undefined> {
  try {
    return mustRequests(await client.get(open311Path('/requests', id)))[0];
  } catch (error) {
    if (error instanceof FeedbackError && error.code === 'not_found') return undefined;
    throw error;
  }
}

/** One server page of GET /requests for a scan (paging parameters only when asked). */
export function requestPages(
  client: Open311Client,
  query: { readonly service_code?: string | undefined; readonly status?: 'open' | 'closed' },
  pageSize: number,
): ScanOptions['fetch'] {
  return async (window, page) =>
    mustRequests(
      await client.get('/requests', {
        ...query,
        ...windowQuery(window),
        ...(page === undefined ? {} : { page: String(page), page_size: String(pageSize) }),
      }),
    );
}

export interface PublicReadsOptions {
  readonly client: Open311Client;
  readonly context: RequestContext;
  readonly pagination: Open311Pagination;
  readonly pageSize: number;
  readonly lookbackDays: number;
}

export function createPublicReads(options: PublicReadsOptions) {
  const { client, context } = options;

  const scan = (
    query: {
      categoryId?: string | undefined;
      status: 'open' | 'closed';
      from?: string | undefined;
      to?: string | undefined;
    },
    matches: (request: Open311Request) => boolean,
    limit: number,
    cursor?: string,
  ) => {
    const range = dayRange(query.from, query.to, context.now(), options.lookbackDays);
    const from = cursor === undefined ? undefined : decodePosition(cursor);
    if (range === 'invalid' || (cursor !== undefined && from === undefined)) {
      throw open311Error(
        'unknown',
        'Open311: from/to must be YYYY-MM-DD days and cursor a nextCursor of this adapter',
      );
    }
    return scanRequests({
      windows: timeWindows(range.from, range.to),
      fetch: requestPages(
        client,
        { service_code: query.categoryId, status: query.status },
        options.pageSize,
      ),
      pagination: options.pagination,
      pageSize: options.pageSize,
      // Servers that ignore a filter must not leak other services or statuses into ours.
      matches: (r) =>
        r.status === query.status &&
        (query.categoryId === undefined || r.serviceCode === query.categoryId) &&
        matches(r),
      limit,
      ...(from ? { from } : {}),
    });
  };

  const toReport = (request: Open311Request) => toPublicReport(request, context);

  return {
    async listPublic(query: PublicQuery): Promise<Page<PublicReport>> {
      // As every backend (core/public-query.ts): a whole number from 1, at most 50.
      if (query.limit !== undefined && !(Number.isSafeInteger(query.limit) && query.limit >= 1)) {
        throw open311Error('unknown', 'Open311: limit must be a whole number from 1');
      }
      const limit = Math.min(query.limit ?? PUBLIC_PAGE_SIZE, PUBLIC_PAGE_MAX);
      const { items, next } = await scan(
        { categoryId: query.categoryId, status: 'closed', from: query.from, to: query.to },
        (request) => {
          // The same rules as every other backend (core/status, core/similarity).
          const report = toReport(request);
          return (
            isPubliclyListed(report) &&
            (query.communeCode === undefined ||
              report.location.communeCode === query.communeCode) &&
            (query.text === undefined || matchesText(report, query.text))
          );
        },
        limit,
        query.cursor,
      );
      return {
        items: items.map(toReport),
        ...(next ? { nextCursor: encodePosition(next) } : {}),
      };
    },

    async getPublic(reportId: string): Promise<PublicReport> {
      const request = await fetchRequest(client, reportId);
      const report = request && toReport(request);
      // A refused report is as unknown to others as it is in the public list.
      if (!report || report.status === 'rejected') {
        throw open311Error('not_found', 'Open311: no public request with this id');
      }
      return report;
    },

    /** Open requests of the category (the last 90 days), ranked as every backend ranks them. */
    async findDuplicates(query: DuplicateQuery): Promise<PublicReport[]> {
      const { items } = await scan(
        { categoryId: query.categoryId, status: 'open' },
        () => true,
        MAX_DUPLICATE_CANDIDATES,
      );
      return rankDuplicates(query, items.map(toReport)).map((match) => match.report);
    },
  };
}

/** Open requests read for a duplicate check: a bound on what one check may cost. */
const MAX_DUPLICATE_CANDIDATES = 300;
