// A report as rows (reports, report_events, report_supporters, ratings) and the two views the
// contract gives out: the public one (never the reporter's identity; the name only when they
// chose to show it) and the one a reporter or supporter sees — built exactly as
// @govmini/feedback's memory records are. Status changes are conditional updates plus an
// event, in one transaction, like dossiers.
import type {
  FeedbackCategory,
  MyReport,
  OfficialAnswer,
  PublicReport,
  ReportEvent,
  ReportLocation,
  ReportPhoto,
  ReportStatus,
} from '@govmini/feedback/core';
import type { Selectable, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { ReportsTable, Tables } from '../../db/schema.ts';
import { toVietnamIso } from '../time.ts';

export type ReportRow = Selectable<ReportsTable>;

export interface LoadedReport {
  readonly row: ReportRow;
  readonly history: ReportEvent[];
  readonly supporters: number;
  readonly rating?: { level: string; comment: string | null; rated_at: string };
}

/**
 * A photo's plain address; the id is stored, the URL made when answering. The citizen-facing
 * service signs the photos of reports that are not public (service.ts, http/file-links.ts).
 */
export type PhotoUrl = (id: string) => string;

/** Anyone may see it (and its photos): published, and not refused. */
export const isPublicReport = (row: { publish: number | null; status: string | null }) =>
  row.publish === 1 && row.status !== null && row.status !== 'rejected';

/** Loads these reports' history, supporter counts and ratings in three queries. */
export async function loadReports(
  db: Database | Transaction<Tables>,
  rows: readonly ReportRow[],
): Promise<LoadedReport[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [events, supporters, ratings] = await Promise.all([
    db
      .selectFrom('report_events')
      .select(['report_id', 'status', 'at', 'note', 'reopened'])
      .where('report_id', 'in', ids)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('report_supporters')
      .select((eb) => ['report_id', eb.fn.countAll<number>().as('n')])
      .where('report_id', 'in', ids)
      .groupBy('report_id')
      .execute(),
    db
      .selectFrom('ratings')
      .select(['subject_id', 'level', 'comment', 'rated_at'])
      .where('subject_kind', '=', 'report')
      .where('subject_id', 'in', ids)
      .execute(),
  ]);
  const history = new Map<string, ReportEvent[]>();
  for (const e of events) {
    const list = history.get(e.report_id) ?? [];
    list.push({
      status: e.status as ReportStatus,
      at: e.at,
      ...(e.note === null ? {} : { note: e.note }),
      ...(e.reopened ? { reopened: true } : {}),
    });
    history.set(e.report_id, list);
  }
  const counts = new Map(supporters.map((s) => [s.report_id, Number(s.n)]));
  const rated = new Map(ratings.map((r) => [r.subject_id, r]));
  return rows.map((row) => {
    const rating = rated.get(row.id);
    return {
      row,
      history: history.get(row.id) ?? [],
      supporters: counts.get(row.id) ?? 0,
      ...(rating ? { rating } : {}),
    };
  });
}

export async function loadReport(
  db: Database | Transaction<Tables>,
  id: unknown,
): Promise<LoadedReport | undefined> {
  if (typeof id !== 'string' || id.length > 200) return undefined;
  const row = await db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return (await loadReports(db, [row]))[0];
}

export function publicView(report: LoadedReport, photoUrl: PhotoUrl): PublicReport {
  const { row } = report;
  const photos = JSON.parse(row.photos) as Omit<ReportPhoto, 'url'>[];
  const stored = row.answer === null ? undefined : (JSON.parse(row.answer) as OfficialAnswer);
  // The answer's photos are linked from their ids too: a URL stored with the answer would
  // outlive PUBLIC_URL changes, and could not be signed for whoever reads it.
  const answer = stored && {
    ...stored,
    attachments: stored.attachments.map((p) => ({ ...p, url: photoUrl(p.id) })),
  };
  return {
    id: row.id,
    code: row.code,
    categoryId: row.category_id,
    description: row.description,
    photos: photos.map((p) => ({ ...p, url: photoUrl(p.id) })),
    location: JSON.parse(row.location) as ReportLocation,
    status: row.status as ReportStatus,
    history: report.history.map((e) => ({ ...e })),
    ...(answer ? { answer } : {}),
    supporters: report.supporters,
    ...(row.show_name && row.reporter_name ? { reporterName: row.reporter_name } : {}),
    createdAt: row.created_at,
    ...(row.due_date === null ? {} : { dueDate: row.due_date }),
  };
}

/** The view of `user`, the reporter or a supporter (the caller checked which). */
export function mineView(report: LoadedReport, user: string, photoUrl: PhotoUrl): MyReport {
  const { row } = report;
  const reporter = row.reporter === user;
  const resolved =
    row.resolved === null ? undefined : (JSON.parse(row.resolved) as MyReport['resolved']);
  return {
    ...publicView(report, photoUrl),
    showName: reporter ? row.show_name !== 0 : false,
    publish: row.publish !== 0,
    ...(reporter && report.rating
      ? {
          rating: {
            level: report.rating.level as 'satisfied',
            ...(report.rating.comment === null ? {} : { comment: report.rating.comment }),
            ratedAt: report.rating.rated_at,
          },
        }
      : {}),
    ...(reporter && resolved ? { resolved } : {}),
    subscribed: reporter ? row.notify !== 0 : true,
    role: reporter ? 'reporter' : 'supporter',
  };
}

export interface ReportChange {
  readonly status: ReportStatus;
  readonly at: number;
  readonly note?: string | undefined;
  readonly reopened?: boolean;
  readonly actor?: string | undefined;
  readonly patch?: Partial<Pick<ReportRow, 'due_date' | 'answer' | 'resolved'>>;
}

/** Moves a report from the status it was read with; false when someone moved it first. */
export async function changeReport(
  tx: Transaction<Tables>,
  row: Pick<ReportRow, 'id' | 'status' | 'updated_ms'>,
  change: ReportChange,
): Promise<boolean> {
  const updated = await tx
    .updateTable('reports')
    .set({ ...change.patch, status: change.status, updated_ms: change.at })
    .where('id', '=', row.id)
    .where('status', '=', row.status)
    .where('updated_ms', '=', row.updated_ms)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return false;
  await tx
    .insertInto('report_events')
    .values({
      report_id: row.id,
      status: change.status,
      at: toVietnamIso(change.at),
      at_ms: change.at,
      note: change.note ?? null,
      reopened: change.reopened ? 1 : 0,
      actor: change.actor ?? null,
    })
    .execute();
  return true;
}

export const categoryOf = (categories: readonly FeedbackCategory[], id: string) =>
  categories.find((c) => c.id === id);
