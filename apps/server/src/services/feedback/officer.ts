// The back office for reports: FeedbackOfficerActions (what the conformance suite drives and the
// staff console calls) and the inbox queries. The rules are @govmini/feedback's memory agency:
// receipt sets the expected answer date in working days, skipping ahead passes through the
// steps not taken, a refusal needs the reason the citizen reads.
import {
  type FeedbackCategory,
  feedbackError,
  type MyReport,
  type OfficialAnswer,
  type ReportPhoto,
  type ReportStatus,
} from '@govmini/feedback/core';
import type { FeedbackOfficerActions } from '@govmini/feedback/testing';
import { addWorkingDays, vietnamHolidays } from '@govmini/vn/calendar';
import type { Database } from '../../db/database.ts';
import type { OfficerIdentity } from '../dossier/officer.ts';
import { isoDate, toVietnamIso, vietnamDay } from '../time.ts';
import {
  changeReport,
  type LoadedReport,
  loadReport,
  loadReports,
  mineView,
  type PhotoUrl,
  type ReportChange,
} from './records.ts';

export interface DeskReport extends Omit<MyReport, 'role' | 'subscribed' | 'showName'> {
  readonly showName: boolean;
  readonly reporter: { readonly zaloId: string; readonly name: string; readonly phone?: string };
  readonly rating?: NonNullable<MyReport['rating']>;
}

export interface FeedbackDeskQuery {
  readonly status?: readonly ReportStatus[];
  readonly categoryId?: string;
  readonly cursor?: string;
  /** Default 25, at most 100. */
  readonly limit?: number;
}

export interface FeedbackDesk extends FeedbackOfficerActions {
  list(
    query?: FeedbackDeskQuery,
  ): Promise<{ items: DeskReport[]; nextCursor?: string; total: number }>;
  get(id: string): Promise<DeskReport>;
  as(officer: OfficerIdentity): FeedbackDesk;
}

const reasonOf = (value: unknown, path: 'note' | 'text') => {
  const text = typeof value === 'string' ? value.normalize('NFC').trim() : '';
  if (!text)
    throw feedbackError('invalid_report', {
      issues: [{ path: 'description', code: 'required', params: { field: path } }],
    });
  if (text.length > 4000)
    throw feedbackError('invalid_report', {
      issues: [{ path: 'description', code: 'too_long', params: { max: 4000 } }],
    });
  return text;
};

export function createFeedbackDesk(input: {
  db: Database;
  now: () => number;
  categories: () => Promise<readonly FeedbackCategory[]>;
  photoUrl: PhotoUrl;
  officer?: OfficerIdentity;
}): FeedbackDesk {
  const { db, now, photoUrl } = input;
  const actor = input.officer?.id;

  const find = async (id: string) => {
    const report = await loadReport(db, id);
    if (!report) throw feedbackError('not_found');
    return report;
  };
  const categoryOf = async (report: LoadedReport) => {
    const category = (await input.categories()).find((c) => c.id === report.row.category_id);
    if (!category) throw feedbackError('server');
    return category;
  };

  const move = async (
    id: string,
    allowed: readonly ReportStatus[],
    plan: (report: LoadedReport, category: FeedbackCategory, at: number) => ReportChange[],
  ) => {
    const report = await find(id);
    if (!allowed.includes(report.row.status as ReportStatus)) throw feedbackError('not_allowed');
    const category = await categoryOf(report);
    const at = now();
    const changes = plan(report, category, at);
    await db.transaction().execute(async (tx) => {
      let row = report.row;
      for (const change of changes) {
        if (!(await changeReport(tx, row, { ...change, actor })))
          throw feedbackError('not_allowed');
        row = { ...row, status: change.status, updated_ms: change.at };
      }
    });
  };

  const receipt = (category: FeedbackCategory, at: number): ReportChange => ({
    status: 'received',
    at,
    patch: {
      due_date: isoDate(addWorkingDays(vietnamDay(at), category.answerDays, vietnamHolidays)),
    },
  });
  // An officer skipping ahead still goes through the desk: the history shows every step.
  const catchUp = (report: LoadedReport, category: FeedbackCategory, at: number) => {
    const steps: ReportChange[] = [];
    if (report.row.status === 'sent') steps.push(receipt(category, at));
    if (report.row.status !== 'in_progress') steps.push({ status: 'in_progress', at });
    return steps;
  };

  const toDesk = async (report: LoadedReport): Promise<DeskReport> => {
    const citizen = await db
      .selectFrom('citizens')
      .select(['name', 'phone'])
      .where('zalo_id', '=', report.row.reporter)
      .executeTakeFirst();
    const {
      role: _role,
      subscribed: _subscribed,
      ...mine
    } = mineView(report, report.row.reporter, photoUrl);
    return {
      ...mine,
      reporter: {
        zaloId: report.row.reporter,
        name: citizen?.name ?? report.row.reporter_name ?? '',
        ...(citizen?.phone ? { phone: citizen.phone } : {}),
      },
    };
  };

  return {
    receive: (id) => move(id, ['sent'], (_, category, at) => [receipt(category, at)]),
    start: (id) =>
      move(id, ['sent', 'received'], (report, category, at) => catchUp(report, category, at)),
    async answer(id, given = {}) {
      const text = reasonOf(given.text, 'text');
      await move(id, ['sent', 'received', 'in_progress'], (report, category, at) => {
        const official: OfficialAnswer = {
          agency: { ...category.agency.name },
          answeredAt: toVietnamIso(at),
          text,
          attachments: (given.attachments ?? []).map((p: ReportPhoto) => ({ ...p })),
        };
        return [
          ...catchUp(report, category, at),
          { status: 'answered', at, patch: { answer: JSON.stringify(official) } },
        ];
      });
    },
    async reject(id, reason) {
      const note = reasonOf(reason, 'note');
      await move(id, ['sent', 'received', 'in_progress'], (_, __, at) => [
        { status: 'rejected', at, note },
      ]);
    },
    close: (id) => move(id, ['answered'], (_, __, at) => [{ status: 'closed', at }]),

    async list(query = {}) {
      const limit = Math.min(Math.max(Math.trunc(query.limit ?? 25), 1), 100);
      const offset = query.cursor ? Number.parseInt(query.cursor, 36) : 0;
      if (!Number.isSafeInteger(offset) || offset < 0)
        throw feedbackError('unknown', { status: 400 });
      let base = db.selectFrom('reports');
      if (query.status?.length) base = base.where('status', 'in', [...query.status]);
      if (query.categoryId) base = base.where('category_id', '=', query.categoryId);
      const [rows, count] = await Promise.all([
        base
          .selectAll()
          .orderBy('created_ms', 'desc')
          .orderBy('id', 'desc')
          .limit(limit + 1)
          .offset(offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const items: DeskReport[] = [];
      for (const report of await loadReports(db, rows.slice(0, limit)))
        items.push(await toDesk(report));
      return {
        items,
        ...(rows.length > limit ? { nextCursor: (offset + limit).toString(36) } : {}),
        total: Number(count.n),
      };
    },

    get: async (id) => toDesk(await find(id)),

    as: (officer) => createFeedbackDesk({ ...input, officer }),
  };
}
