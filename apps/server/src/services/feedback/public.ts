// What anyone may see: published reports that were not refused — one by id, the answered ones
// page by page ("Phản ánh đã trả lời"), and open ones like a new report ("Đã có người phản ánh").
// The database narrows the candidates (category, commune, days, place); the package's own
// queryPublicReports and rankDuplicates decide, so the filtering, order, cursors and ranking
// are exactly the memory backend's.
import {
  type DuplicateQuery,
  feedbackError,
  type Page,
  type PublicQuery,
  type PublicReport,
} from '@govmini/feedback/core';
import {
  checkPublicQuery,
  decodeCursor,
  encodeCursor,
  queryPublicReports,
  rankDuplicates,
} from '@govmini/feedback/server';
import { sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import { loadReport, loadReports, type PhotoUrl, publicView } from './records.ts';

/** Text search reads this many newest candidates at most (a reference backend, not a search engine). */
const TEXT_SEARCH_WINDOW = 2000;
const DEFAULT_RADIUS = 300;
const MAX_RADIUS = 5000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function createPublicReports(input: { db: Database; photoUrl: PhotoUrl }) {
  const { db, photoUrl } = input;

  const listed = (query: ReturnType<typeof checkPublicQuery>) => {
    let q = db
      .selectFrom('reports')
      .where('publish', '=', 1)
      .where('status', 'in', ['answered', 'closed'])
      .where('answer', 'is not', null);
    if (query.categoryId) q = q.where('category_id', '=', query.categoryId);
    if (query.communeCode) q = q.where('commune_code', '=', query.communeCode);
    if (query.from) q = q.where('created_day', '>=', query.from);
    if (query.to) q = q.where('created_day', '<=', query.to);
    return q;
  };

  return {
    async getPublic(id: string): Promise<PublicReport> {
      const report = await loadReport(db, id);
      if (!report?.row.publish || report.row.status === 'rejected')
        throw feedbackError('not_found');
      return publicView(report, photoUrl);
    },

    async listPublic(raw: PublicQuery): Promise<Page<PublicReport>> {
      const query = checkPublicQuery(isObject(raw) ? raw : {});
      if (query.text) {
        // Diacritics-optional word matching is the package's; read the newest candidates.
        const rows = await listed(query)
          .selectAll()
          .orderBy('created_ms', 'desc')
          .orderBy('id', 'desc')
          .limit(TEXT_SEARCH_WINDOW)
          .execute();
        const reports = (await loadReports(db, rows)).map((r) => publicView(r, photoUrl));
        return queryPublicReports(reports, query);
      }
      // Without text the database pages by itself, on the same (time, id) cursor.
      const after = query.cursor ? decodeCursor(query.cursor) : undefined;
      let page = listed(query).selectAll();
      if (after) {
        page = page.where((eb) =>
          eb.or([
            eb('created_ms', '<', after.at),
            eb.and([eb('created_ms', '=', after.at), eb('id', '<', after.id)]),
          ]),
        );
      }
      const [rows, count] = await Promise.all([
        page
          .orderBy('created_ms', 'desc')
          .orderBy('id', 'desc')
          .limit(query.limit + 1)
          .execute(),
        listed(query)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      const items = (await loadReports(db, rows.slice(0, query.limit))).map((r) =>
        publicView(r, photoUrl),
      );
      const last = rows[query.limit - 1];
      return {
        items,
        total: Number(count.n),
        ...(rows.length > query.limit && last
          ? { nextCursor: encodeCursor({ at: last.created_ms, id: last.id }) }
          : {}),
      };
    },

    async findDuplicates(query: DuplicateQuery): Promise<PublicReport[]> {
      const radius = Math.min(Math.max(query.radius ?? DEFAULT_RADIUS, 0), MAX_RADIUS);
      const location = query.location;
      const near = db
        .selectFrom('reports')
        .selectAll()
        .where('publish', '=', 1)
        .where('status', 'not in', ['closed', 'rejected'])
        .where('category_id', '=', query.categoryId)
        .where((eb) => {
          const either = [];
          if (location.kind === 'device') {
            // A box around the point; rankDuplicates measures the real distance.
            const dLat = radius / 111_000 + 1e-6;
            const dLon =
              radius / (111_000 * Math.max(Math.cos((location.latitude * Math.PI) / 180), 0.01)) +
              1e-6;
            either.push(
              eb.and([
                eb('latitude', '>=', location.latitude - dLat),
                eb('latitude', '<=', location.latitude + dLat),
                eb('longitude', '>=', location.longitude - dLon),
                eb('longitude', '<=', location.longitude + dLon),
              ]),
            );
          }
          if (location.communeCode) either.push(eb('commune_code', '=', location.communeCode));
          return either.length ? eb.or(either) : sql<boolean>`1 = 0`;
        })
        .orderBy('created_ms', 'desc')
        .limit(500);
      const reports = (await loadReports(db, await near.execute())).map((r) =>
        publicView(r, photoUrl),
      );
      return rankDuplicates(query, reports).map((match) => match.report);
    },
  };
}
