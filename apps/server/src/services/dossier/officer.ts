// The back office for dossiers: DossierOfficerActions (what the conformance suite drives and the
// staff console calls), the two moves the console adds (start processing, fees paid), and the
// inbox queries. Each move is the memory agency's rule, in one transaction with a conditional
// update, so two officers cannot move one dossier twice; who acted is recorded with `as()`.
import {
  type Dossier,
  type DossierPayment,
  type DossierResult,
  type DossierStatusCode,
  type DossierSummary,
  dossierError,
  dueDateFor,
  openPayment,
  type PaymentAccount,
  type PaymentStatus,
  type RatingLevel,
} from '@govmini/dossier/core';
import type { DossierOfficerActions } from '@govmini/dossier/testing';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Tables } from '../../db/schema.ts';
import { isoDate, toVietnamIso, vietnamDay } from '../time.ts';
import { type Payments, paymentColumns } from './payments.ts';
import type { ProcedureCatalogue } from './procedures.ts';
import { changeStatus, loadDossier, type StatusChange, type StoredDossier } from './records.ts';
import type { DossierUploads } from './uploads.ts';

export interface OfficerIdentity {
  /** The staff account id, kept with each history event (never shown to citizens). */
  readonly id: string;
}

export interface DeskDossierSummary extends DossierSummary {
  readonly citizenName: string;
  readonly updatedAt: string;
  readonly rating?: RatingLevel;
}

export interface DeskDossier extends Dossier {
  readonly citizen: { readonly zaloId: string; readonly name: string; readonly phone?: string };
}

export interface DossierDeskQuery {
  readonly status?: readonly DossierStatusCode[];
  readonly procedureId?: string;
  /** The start of a dossier code (e.g. the day part), case-insensitive. */
  readonly code?: string;
  /** Only dossiers whose payment is in this state (`pending_confirmation`: money to check). */
  readonly payment?: PaymentStatus;
  readonly cursor?: string;
  /** Default 25, at most 100. */
  readonly limit?: number;
}

export interface DossierDesk extends DossierOfficerActions {
  /** Status 2 → 4. */
  startProcessing(code: string): Promise<void>;
  /**
   * The office has the fee's money: the payment is `paid` (reported or not); a dossier at
   * status 6 goes back to processing (4), also one stored there with no payment (a fee of 0,
   * asked before that was refused). `not_allowed` with no payment (outside status 6) or on a
   * dossier not accepted, withdrawn or stopped.
   */
  confirmPayment(code: string): Promise<void>;
  /** A reported transfer was not found: back to `unpaid` with the reason the citizen reads. */
  declineTransfer(code: string, reason: string): Promise<void>;
  list(query?: DossierDeskQuery): Promise<{
    items: DeskDossierSummary[];
    nextCursor?: string;
    total: number;
  }>;
  /** Any dossier by code, with its citizen; `not_found` otherwise. */
  get(code: string): Promise<DeskDossier>;
  /** An attachment's bytes, for an officer. */
  attachment(id: string): Promise<{ bytes: Uint8Array; type: string; name: string } | undefined>;
  /** The same actions, recording `officer` as the one who acted. */
  as(officer: OfficerIdentity): DossierDesk;
}

const OPENING_HOURS = 'Sáng 7:30–11:30, chiều 13:00–17:00, thứ Hai đến thứ Sáu (trừ ngày lễ)';

function defaultResult(stored: StoredDossier): DossierResult {
  const { procedure, dossier } = stored;
  switch (dossier.resultDelivery) {
    case 'in_person':
      return {
        delivery: 'in_person',
        pickup: { place: `Bộ phận Một cửa – ${procedure.agency.name.vi}`, hours: OPENING_HOURS },
      };
    case 'online':
      return {
        delivery: 'online',
        note: 'Kết quả điện tử có giá trị pháp lý như bản giấy (Nghị định 45/2020/NĐ-CP).',
        attachments: [],
      };
    default:
      return {
        delivery: 'post',
        note: 'Kết quả được gửi qua bưu chính công ích đến địa chỉ đã đăng ký.',
      };
  }
}

const required = (value: unknown, path: string): string => {
  const text = typeof value === 'string' ? value.normalize('NFC').trim() : '';
  if (!text) throw dossierError('invalid_answers', { issues: [{ path, code: 'required' }] });
  if (text.length > 2000) {
    throw dossierError('invalid_answers', {
      issues: [{ path, code: 'too_long', params: { max: 2000 } }],
    });
  }
  return text;
};

export function createDossierDesk(input: {
  db: Database;
  catalogue: ProcedureCatalogue;
  uploads: DossierUploads;
  payments: Payments;
  /** Where fees go when a procedure names no account. */
  paymentAccount: () => Promise<PaymentAccount | undefined>;
  now: () => number;
  officer?: OfficerIdentity;
}): DossierDesk {
  const { db, catalogue, payments, now } = input;
  const actor = input.officer?.id;

  const find = async (code: string) => {
    const stored = typeof code === 'string' ? await loadDossier(db, catalogue, code) : undefined;
    if (!stored) throw dossierError('not_found');
    return stored;
  };

  /** Runs `steps` from the statuses allowed; each step sees the dossier as the last left it. */
  const move = async (
    code: string,
    allowed: readonly number[],
    plan: (stored: StoredDossier, at: number) => StatusChange[],
  ) => {
    const stored = await find(code);
    if (!allowed.includes(stored.row.status)) throw dossierError('not_allowed');
    const at = now();
    const changes = plan(stored, at);
    await db.transaction().execute(async (tx: Transaction<Tables>) => {
      let current = stored;
      for (const change of changes) {
        if (!(await changeStatus(tx, current, { ...change, actor }))) {
          throw dossierError('not_allowed');
        }
        current = {
          ...current,
          row: { ...current.row, status: change.status, updated_ms: change.at },
        };
      }
    });
  };

  const acceptance = (stored: StoredDossier, at: number): StatusChange => ({
    status: 2,
    at,
    patch: { due_date: dueDateFor(isoDate(vietnamDay(at)), stored.procedure.processingDays) },
  });

  const desk: DossierDesk = {
    accept: (code) => move(code, [1], (stored, at) => [acceptance(stored, at)]),

    startProcessing: (code) => move(code, [2], (_, at) => [{ status: 4, at }]),

    async requestSupplement(code, request) {
      const reason = required(request?.reason, 'reason');
      const documents = Array.isArray(request?.documents)
        ? request.documents.map((d) => String(d).trim()).filter(Boolean)
        : [];
      if (request?.dueDate !== undefined && !/^\d{4}-\d\d-\d\d$/.test(request.dueDate)) {
        throw dossierError('invalid_answers', {
          issues: [{ path: 'dueDate', code: 'invalid_date' }],
        });
      }
      await move(code, [1, 2, 4], (_, at) => [
        {
          status: 5,
          at,
          note: reason,
          patch: {
            supplement_request: JSON.stringify({
              requestedAt: toVietnamIso(at),
              reason,
              documents,
              ...(request.dueDate ? { dueDate: request.dueDate } : {}),
            }),
          },
        },
      ]);
    },

    async requestPayment(code, amount) {
      // Status 6 tells the citizen to pay: a free dossier is never asked (the contract's rule).
      if (!Number.isSafeInteger(amount) || amount < 1) {
        throw new RangeError(`requestPayment: amount must be whole đồng ≥ 1, got ${amount}`);
      }
      const fallback = await input.paymentAccount();
      // The fee asked now replaces any earlier payment (paid or not): one payment at a time.
      await move(code, [2, 4], (stored, at) => {
        const payment: DossierPayment | undefined = openPayment(
          stored.procedure,
          stored.row.code,
          amount,
          fallback,
        );
        return [{ status: 6, at, patch: { fee_amount: amount, ...paymentColumns(payment, null) } }];
      });
    },

    confirmPayment: (code) => payments.confirm(() => find(code), actor),

    async declineTransfer(code, reason) {
      const note = required(reason, 'reason');
      await payments.decline(() => find(code), note, actor);
    },

    async reject(code, reason) {
      const note = required(reason, 'reason');
      const stored = await find(code);
      const to = stored.row.status === 1 ? 3 : 8;
      await move(code, to === 3 ? [1] : [2, 4, 5, 6], (_, at) => [{ status: to, at, note }]);
    },

    async complete(code, result) {
      await move(code, [1, 2, 4], (stored, at) => {
        // An officer finishing at once still goes through the desk: every step is in the history.
        const steps: StatusChange[] = [];
        if (stored.row.status === 1) steps.push(acceptance(stored, at));
        if (stored.row.status <= 2) steps.push({ status: 4, at });
        steps.push({
          status: 9,
          at,
          patch: {
            result: JSON.stringify({ ...defaultResult(stored), ...result }),
            completed_at: toVietnamIso(at),
          },
        });
        return steps;
      });
    },

    returnResult: (code) => move(code, [9], (_, at) => [{ status: 10, at }]),

    async list(query = {}) {
      const limit = Math.min(Math.max(Math.trunc(query.limit ?? 25), 1), 100);
      const offset = query.cursor ? Number.parseInt(query.cursor, 36) : 0;
      if (!Number.isSafeInteger(offset) || offset < 0)
        throw dossierError('unknown', { status: 400 });
      let base = db
        .selectFrom('dossiers')
        .innerJoin('citizens', 'citizens.zalo_id', 'dossiers.owner');
      if (query.status?.length) base = base.where('dossiers.status', 'in', [...query.status]);
      if (query.procedureId) base = base.where('dossiers.procedure_id', '=', query.procedureId);
      if (query.payment) base = base.where('dossiers.payment_status', '=', query.payment);
      if (query.code)
        base = base.where(
          'dossiers.code',
          'like',
          `${query.code.toUpperCase().replace(/[%_]/g, '')}%`,
        );
      const [rows, count] = await Promise.all([
        base
          .leftJoin('ratings', (join) =>
            join
              .onRef('ratings.subject_id', '=', 'dossiers.code')
              .on('ratings.subject_kind', '=', 'dossier'),
          )
          .select([
            'dossiers.code',
            'dossiers.procedure_id',
            'dossiers.procedure_version',
            'dossiers.status',
            'dossiers.submitted_at',
            'dossiers.due_date',
            'dossiers.updated_ms',
            'dossiers.payment_status',
            'citizens.name',
            'ratings.level',
          ])
          .orderBy('dossiers.submitted_ms', 'desc')
          .orderBy('dossiers.code', 'desc')
          .limit(limit + 1)
          .offset(offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const items: DeskDossierSummary[] = [];
      for (const row of rows.slice(0, limit)) {
        const procedure = await catalogue.version(row.procedure_id, row.procedure_version);
        items.push({
          code: row.code,
          procedureId: row.procedure_id,
          procedureTitle: procedure.title,
          status: row.status as DossierStatusCode,
          submittedAt: row.submitted_at,
          ...(row.due_date === null ? {} : { dueDate: row.due_date }),
          citizenName: row.name,
          updatedAt: toVietnamIso(row.updated_ms),
          ...(row.level === null ? {} : { rating: row.level as RatingLevel }),
          ...(row.payment_status === null
            ? {}
            : { paymentStatus: row.payment_status as PaymentStatus }),
        });
      }
      return {
        items,
        ...(rows.length > limit ? { nextCursor: (offset + limit).toString(36) } : {}),
        total: Number(count.n),
      };
    },

    async get(code) {
      const stored = await find(code);
      const citizen = await db
        .selectFrom('citizens')
        .select(['zalo_id', 'name', 'phone'])
        .where('zalo_id', '=', stored.row.owner)
        .executeTakeFirst();
      return {
        ...stored.dossier,
        citizen: {
          zaloId: stored.row.owner,
          name: citizen?.name ?? '',
          ...(citizen?.phone ? { phone: citizen.phone } : {}),
        },
      };
    },

    attachment: (id) => input.uploads.read({ anyOwner: true }, id),

    as: (officer) => createDossierDesk({ ...input, officer }),
  };
  return desk;
}
