// Read-only queries of the staff console that the services do not offer: the dossier inbox
// with the console's filters (status, procedure, filing dates), page by page with a total,
// the filter choices, and the ratings overview. Plain Kysely over src/db/schema.ts, the same
// on SQLite and PostgreSQL. Every change still goes through context.dossierOfficer /
// context.feedbackOfficer, which own the status rules.
//
// NOTE FOR THE SERVER ENGINEER: DossierDesk.list has no date filter, so the console pages
// dossiers with `dossiers()` here (reports use FeedbackDesk.list). If you would rather own it,
// give DossierDeskQuery `submittedFrom`/`submittedTo` (YYYY-MM-DD, Vietnam days, inclusive);
// this file then shrinks to the filter choices and the ratings overview.
import type { DossierStatusCode, PaymentStatus, RatingLevel } from '@govmini/dossier/core';
import type { FeedbackCategory } from '@govmini/feedback/core';
import type { Database } from '../db/database.ts';
import type { ProcedureCatalogue } from '../services/dossier/procedures.ts';
import type {
  CategoryOption,
  DossierRow,
  Localized,
  PageOf,
  ProcedureOption,
  RatingComment,
  RatingSummary,
  RatingsOverview,
} from './wire.ts';

export interface DossierListQuery {
  readonly statuses?: readonly DossierStatusCode[];
  readonly procedureId?: string;
  /** Only dossiers whose fee payment is in this state (`pending_confirmation`: money to check). */
  readonly payment?: PaymentStatus;
  /** `YYYY-MM-DD`, Vietnam days, inclusive. */
  readonly from?: string;
  readonly to?: string;
  readonly page: number;
  readonly pageSize: number;
}

export interface StaffQueries {
  procedures(): Promise<ProcedureOption[]>;
  categories(): Promise<CategoryOption[]>;
  dossiers(query: DossierListQuery): Promise<PageOf<DossierRow>>;
  ratings(): Promise<RatingsOverview>;
}

const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
/** Epoch ms at 00:00 in Vietnam of an ISO day. */
export const vietnamMidnight = (day: string) => Date.parse(`${day}T00:00:00Z`) - VN_OFFSET_MS;

const LEVELS: readonly RatingLevel[] = ['very_satisfied', 'satisfied', 'unsatisfied'];
/** Comments shown per kind; the counts cover every rating. */
const COMMENT_LIMIT = 50;

export interface StaffQuerySources {
  readonly db: Database;
  /** Published procedures, cached briefly (context.procedures). */
  readonly procedures: Pick<ProcedureCatalogue, 'list' | 'version'>;
  /** The report categories (context.feedback). */
  readonly categories: () => Promise<readonly FeedbackCategory[]>;
}

export function createStaffQueries({
  db,
  procedures,
  categories,
}: StaffQuerySources): StaffQueries {
  /** A filed dossier's procedure title (the version it was filed with). */
  const procedureTitle = async (id: string, version: number): Promise<Localized> =>
    (await procedures.version(id, version).catch(() => undefined))?.title ?? { vi: id };

  const categoryOptions = async (): Promise<CategoryOption[]> =>
    (await categories()).map((c) => ({ id: c.id, title: c.title }));

  const summary = async (
    kind: 'dossier' | 'report',
    describe: (ids: string[]) => Promise<Map<string, { code: string; subject: Localized }>>,
  ): Promise<RatingSummary> => {
    const counts = await db
      .selectFrom('ratings')
      .select(['level', (eb) => eb.fn.countAll<number>().as('n')])
      .where('subject_kind', '=', kind)
      .groupBy('level')
      .execute();
    const byLevel = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<RatingLevel, number>;
    for (const row of counts) {
      if ((LEVELS as readonly string[]).includes(row.level)) {
        byLevel[row.level as RatingLevel] = Number(row.n);
      }
    }
    const rows = await db
      .selectFrom('ratings')
      .select(['subject_id', 'level', 'comment', 'rated_at'])
      .where('subject_kind', '=', kind)
      .where('comment', 'is not', null)
      .where('comment', '!=', '')
      .orderBy('rated_ms', 'desc')
      .limit(COMMENT_LIMIT)
      .execute();
    const about = await describe(rows.map((r) => r.subject_id));
    const comments: RatingComment[] = rows.map((row) => ({
      level: row.level as RatingLevel,
      comment: row.comment ?? '',
      ratedAt: row.rated_at,
      ref: row.subject_id,
      code: about.get(row.subject_id)?.code ?? row.subject_id,
      subject: about.get(row.subject_id)?.subject ?? { vi: '' },
    }));
    return {
      counts: byLevel,
      total: LEVELS.reduce((sum, level) => sum + byLevel[level], 0),
      comments,
    };
  };

  return {
    procedures: async () => (await procedures.list()).map((p) => ({ id: p.id, title: p.title })),
    categories: categoryOptions,

    async dossiers(query) {
      let base = db.selectFrom('dossiers');
      if (query.statuses?.length) base = base.where('status', 'in', [...query.statuses]);
      if (query.procedureId) base = base.where('procedure_id', '=', query.procedureId);
      if (query.payment) base = base.where('payment_status', '=', query.payment);
      if (query.from) base = base.where('submitted_ms', '>=', vietnamMidnight(query.from));
      if (query.to) base = base.where('submitted_ms', '<', vietnamMidnight(query.to) + DAY_MS);
      const [rows, count] = await Promise.all([
        base
          .select([
            'code',
            'procedure_id',
            'procedure_version',
            'status',
            'submitted_at',
            'due_date',
            'payment_status',
          ])
          .orderBy('submitted_ms', 'desc')
          .orderBy('code', 'desc')
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const items: DossierRow[] = [];
      for (const row of rows) {
        items.push({
          code: row.code,
          procedureId: row.procedure_id,
          procedureTitle: await procedureTitle(row.procedure_id, row.procedure_version),
          status: row.status as DossierStatusCode,
          submittedAt: row.submitted_at,
          ...(row.due_date === null ? {} : { dueDate: row.due_date }),
          ...(row.payment_status === null
            ? {}
            : { paymentStatus: row.payment_status as PaymentStatus }),
        });
      }
      return {
        items,
        total: Number(count.n),
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async ratings() {
      const [dossiers, reports] = await Promise.all([
        summary('dossier', async (codes) => {
          if (codes.length === 0) return new Map();
          const rows = await db
            .selectFrom('dossiers')
            .select(['code', 'procedure_id', 'procedure_version'])
            .where('code', 'in', codes)
            .execute();
          const about = new Map<string, { code: string; subject: Localized }>();
          for (const r of rows) {
            about.set(r.code, {
              code: r.code,
              subject: await procedureTitle(r.procedure_id, r.procedure_version),
            });
          }
          return about;
        }),
        summary('report', async (ids) => {
          if (ids.length === 0) return new Map();
          const [rows, options] = await Promise.all([
            db
              .selectFrom('reports')
              .select(['id', 'code', 'category_id'])
              .where('id', 'in', ids)
              .execute(),
            categoryOptions(),
          ]);
          const titles = new Map(options.map((c) => [c.id, c.title]));
          return new Map(
            rows.map((r) => [
              r.id,
              { code: r.code, subject: titles.get(r.category_id) ?? { vi: r.category_id } },
            ]),
          );
        }),
      ]);
      return { dossiers, reports };
    },
  };
}
