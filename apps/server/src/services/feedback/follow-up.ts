// What a citizen does after filing, read from @govmini/feedback's memory service line by line:
// join a report with "Tôi cũng gặp", read their own, rate the answer once, answer "Đã được giải
// quyết chưa?" (which may reopen it). Someone else's report is `not_found`, like one that does
// not exist; a published one can still be read in public (public.ts).
import {
  canConfirmResolved,
  canRate,
  feedbackError,
  isOpenStatus,
  type MyReport,
  normalizeDescription,
  type ReportRating,
  validateRating,
  validateResolvedAnswer,
} from '@govmini/feedback/core';
import type { Database } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/database.ts';
import { toVietnamIso } from '../time.ts';
import {
  changeReport,
  type LoadedReport,
  loadReport,
  loadReports,
  mineView,
  type PhotoUrl,
} from './records.ts';

export function createReportFollowUp(input: {
  db: Database;
  now: () => number;
  photoUrl: PhotoUrl;
}) {
  const { db, now, photoUrl } = input;
  const view = (report: LoadedReport, user: string) => mineView(report, user, photoUrl);

  const isParticipant = async (report: LoadedReport, user: string) =>
    report.row.reporter === user ||
    !!(await db
      .selectFrom('report_supporters')
      .select('citizen')
      .where('report_id', '=', report.row.id)
      .where('citizen', '=', user)
      .executeTakeFirst());

  const participant = async (user: string, id: string) => {
    const report = await loadReport(db, id);
    if (!report || !(await isParticipant(report, user))) throw feedbackError('not_found');
    return report;
  };
  const reporterOnly = async (user: string, id: string) => {
    const report = await participant(user, id);
    if (report.row.reporter !== user) throw feedbackError('not_allowed');
    return report;
  };

  return {
    async support(user: string, id: string): Promise<MyReport> {
      const report = await loadReport(db, id);
      // Private and refused reports are as unknown to others as they are in public.
      const hidden = !report?.row.publish || report.row.status === 'rejected';
      if (!report || (hidden && !(await isParticipant(report, user))))
        throw feedbackError('not_found');
      if (report.row.reporter === user) throw feedbackError('not_allowed');
      if (await isParticipant(report, user)) return view(report, user);
      if (!isOpenStatus(report.row.status as 'sent')) throw feedbackError('not_allowed');
      await db
        .insertInto('report_supporters')
        .values({ report_id: report.row.id, citizen: user, at_ms: now() })
        .onConflict((oc) => oc.columns(['report_id', 'citizen']).doNothing())
        .execute();
      const again = await loadReport(db, id);
      if (!again) throw feedbackError('server');
      return view(again, user);
    },

    async listMine(user: string): Promise<MyReport[]> {
      const supported = db
        .selectFrom('report_supporters')
        .select('report_id')
        .where('citizen', '=', user);
      const rows = await db
        .selectFrom('reports')
        .selectAll()
        .where((eb) => eb.or([eb('reporter', '=', user), eb('id', 'in', supported)]))
        .orderBy('created_ms', 'desc')
        .orderBy('id', 'desc')
        .limit(500)
        .execute();
      return (await loadReports(db, rows)).map((r) => view(r, user));
    },

    getMine: async (user: string, id: string) => view(await participant(user, id), user),

    async rate(user: string, id: string, rating: Omit<ReportRating, 'ratedAt'>): Promise<MyReport> {
      const report = await reporterOnly(user, id);
      if (!canRate(view(report, user))) throw feedbackError('not_allowed');
      const issues = validateRating(rating);
      if (issues.length > 0) throw feedbackError('invalid_report', { issues });
      const comment =
        typeof rating.comment === 'string' ? normalizeDescription(rating.comment) : '';
      const at = now();
      try {
        await db
          .insertInto('ratings')
          .values({
            subject_kind: 'report',
            subject_id: report.row.id,
            citizen: user,
            level: rating.level,
            comment: comment || null,
            rated_at: toVietnamIso(at),
            rated_ms: at,
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw feedbackError('not_allowed');
        throw error;
      }
      return view(await participant(user, id), user);
    },

    async confirmResolved(
      user: string,
      id: string,
      answer: { resolved: boolean; comment?: string },
    ): Promise<MyReport> {
      const report = await reporterOnly(user, id);
      if (!canConfirmResolved(view(report, user))) throw feedbackError('not_allowed');
      const issues = validateResolvedAnswer(answer);
      if (issues.length > 0) throw feedbackError('invalid_report', { issues });
      const at = now();
      const comment =
        typeof answer.comment === 'string' ? normalizeDescription(answer.comment) : '';
      const resolved = JSON.stringify({
        resolved: answer.resolved,
        at: toVietnamIso(at),
        ...(comment ? { comment } : {}),
      });
      const moved = await db.transaction().execute(async (tx) => {
        if (!answer.resolved) {
          // "Chưa": back to work; asked again after the next answer.
          return changeReport(tx, report.row, {
            status: 'in_progress',
            at,
            reopened: true,
            patch: { resolved },
          });
        }
        if (report.row.status === 'answered') {
          return changeReport(tx, report.row, {
            status: 'closed',
            at,
            note: 'Người phản ánh xác nhận vấn đề đã được giải quyết.',
            patch: { resolved },
          });
        }
        const updated = await tx
          .updateTable('reports')
          .set({ resolved, updated_ms: at })
          .where('id', '=', report.row.id)
          .where('updated_ms', '=', report.row.updated_ms)
          .executeTakeFirst();
        return Number(updated.numUpdatedRows) > 0;
      });
      if (!moved) throw feedbackError('not_allowed');
      return view(await participant(user, id), user);
    },
  };
}
