// The agency side of the memory service: what happens to a dossier after it is filed. Left
// alone, a dossier moves like at a real one-stop desk: accepted within the 8 working hours of
// Decree 45/2020 (default after 2), processed, completed in the last hours of its
// processing time, and its result returned. Officers can also act explicitly (supplement,
// fees, refusal, completion, handing over). Time is read lazily: every call first catches up
// with the clock, so an external clock works as well as `controls.advance`.
import { addWorkingHours, toIsoDateTime, vietnamDay } from '@govmini/vn/calendar';
import type { PaymentAccount, ProcedureDefinition } from '../core/definition/types';
import { openPayment } from '../core/payment/payment';
import { dossierError } from '../core/service/errors';
import { dueDateFor } from '../core/service/status';
import {
  DOSSIER_STATUS,
  type Dossier,
  type DossierResult,
  type DossierStatusCode,
  type SupplementRequest,
} from '../core/service/types';
import type { DossierOfficerActions } from './officer';

type Step = 'accept' | 'process' | 'complete' | 'return';

export interface DossierRecord {
  readonly owner: string;
  readonly idempotencyKey: string;
  readonly fingerprint: string;
  readonly procedure: ProcedureDefinition;
  dossier: Dossier;
  next: { at: number; step: Step } | undefined;
  /** When processing is due to finish (kept while paused for fees). */
  completeAt: number | undefined;
  /** Supplement idempotency keys → request fingerprint. */
  readonly supplementKeys: Map<string, string>;
  /** Booked appointment slots (`procedureId|fieldId|slotId`), freed on withdrawal. */
  bookings: string[];
}

export interface AgencyOptions {
  /** Working hours until an untouched dossier is accepted (default 2; Decree 45 allows 8). */
  acceptAfterWorkingHours?: number;
  /** `false`: nothing moves by itself, only through officer actions (default true). */
  auto?: boolean;
  /** Where fees are transferred when the procedure names no account (default: the desk). */
  paymentAccount?: PaymentAccount | undefined;
}

const CANCELLABLE: ReadonlySet<DossierStatusCode> = new Set([1, 2, 4, 5, 6]);
export const cancellableIn = (procedure: ProcedureDefinition, status: DossierStatusCode) =>
  procedure.cancellable !== false && CANCELLABLE.has(status);

const OPENING_HOURS = 'Sáng 7:30–11:30, chiều 13:00–17:00, thứ Hai đến thứ Sáu (trừ ngày lễ)';

export function defaultResult(record: DossierRecord): DossierResult {
  const { procedure, dossier } = record;
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

export function createAgency(options: AgencyOptions & { now: () => number }) {
  const auto = options.auto ?? true;
  const acceptAfter = options.acceptAfterWorkingHours ?? 2;
  const records = new Map<string, DossierRecord>();
  const processingHours = (record: DossierRecord) =>
    Math.max(1, record.procedure.processingDays * 8 - 3);

  const setStatus = (
    record: DossierRecord,
    status: DossierStatusCode,
    at: number,
    event: { note?: string; citizen?: boolean } = {},
    patch: Partial<Dossier> = {},
  ) => {
    const by = event.citizen ? 'citizen' : record.procedure.agency.name.vi;
    record.dossier = {
      ...record.dossier,
      ...patch,
      status,
      cancellable: cancellableIn(record.procedure, status),
      history: [
        ...record.dossier.history,
        { status, at: toIsoDateTime(at), by, ...(event.note ? { note: event.note } : {}) },
      ],
    };
  };

  const plan = (record: DossierRecord, step: Step, at: number) => {
    record.next = auto ? { step, at } : undefined;
  };

  const accept = (record: DossierRecord, at: number) => {
    setStatus(
      record,
      DOSSIER_STATUS.accepted,
      at,
      {},
      {
        dueDate: dueDateFor(vietnamDay(at), record.procedure.processingDays),
      },
    );
    plan(record, 'process', addWorkingHours(at, 1));
  };
  const process = (record: DossierRecord, at: number) => {
    setStatus(record, DOSSIER_STATUS.processing, at);
    record.completeAt = addWorkingHours(at, processingHours(record));
    plan(record, 'complete', record.completeAt);
  };
  const complete = (record: DossierRecord, at: number, result?: Partial<DossierResult>) => {
    setStatus(
      record,
      DOSSIER_STATUS.completed,
      at,
      {},
      {
        result: { ...defaultResult(record), ...result },
        completedAt: toIsoDateTime(at),
      },
    );
    const online = record.dossier.resultDelivery === 'online';
    plan(record, 'return', addWorkingHours(at, online ? 1 : 8));
  };
  const returnResult = (record: DossierRecord, at: number) => {
    setStatus(record, DOSSIER_STATUS.returned, at);
    record.next = undefined;
  };

  const run = (record: DossierRecord, step: Step, at: number) => {
    if (step === 'accept') accept(record, at);
    else if (step === 'process') process(record, at);
    else if (step === 'complete') complete(record, at);
    else returnResult(record, at);
  };

  /** Catches every dossier up with the clock, step by step at the times they were due. */
  const tick = () => {
    const now = options.now();
    for (const record of records.values()) {
      while (record.next && record.next.at <= now) run(record, record.next.step, record.next.at);
    }
  };

  const find = (code: string): DossierRecord => {
    tick();
    const record = records.get(code);
    if (!record) throw dossierError('not_found');
    return record;
  };
  const expect = (record: DossierRecord, allowed: readonly DossierStatusCode[]) => {
    if (!allowed.includes(record.dossier.status)) throw dossierError('not_allowed');
  };

  const officer: DossierOfficerActions = {
    async accept(code) {
      const record = find(code);
      expect(record, [DOSSIER_STATUS.submitted]);
      accept(record, options.now());
    },
    async requestSupplement(code, request) {
      const record = find(code);
      expect(record, [
        DOSSIER_STATUS.submitted,
        DOSSIER_STATUS.accepted,
        DOSSIER_STATUS.processing,
      ]);
      const supplementRequest: SupplementRequest = {
        requestedAt: toIsoDateTime(options.now()),
        reason: request.reason,
        documents: [...request.documents],
        ...(request.dueDate ? { dueDate: request.dueDate } : {}),
      };
      setStatus(
        record,
        DOSSIER_STATUS.supplementRequested,
        options.now(),
        { note: request.reason },
        {
          supplementRequest,
        },
      );
      record.next = undefined;
    },
    async requestPayment(code, amount) {
      const record = find(code);
      // Status 6 tells the citizen to pay: a free dossier is never asked (DossierOfficerActions).
      if (!Number.isSafeInteger(amount) || amount < 1) {
        throw new RangeError(`requestPayment: amount must be whole đồng ≥ 1, got ${amount}`);
      }
      expect(record, [DOSSIER_STATUS.accepted, DOSSIER_STATUS.processing]);
      // The fee asked now replaces any earlier one (paid or not): one payment at a time.
      const payment = openPayment(
        record.procedure,
        record.dossier.code,
        amount,
        options.paymentAccount,
      );
      const { payment: _earlier, ...dossier } = record.dossier;
      record.dossier = dossier;
      setStatus(
        record,
        DOSSIER_STATUS.paymentRequested,
        options.now(),
        {},
        { feeAmount: amount, ...(payment ? { payment } : {}) },
      );
      record.next = undefined;
    },
    async reject(code, reason) {
      const record = find(code);
      const { status } = record.dossier;
      if (status === DOSSIER_STATUS.submitted) {
        setStatus(record, DOSSIER_STATUS.rejected, options.now(), { note: reason });
      } else {
        expect(record, [2, 4, 5, 6]);
        setStatus(record, DOSSIER_STATUS.stopped, options.now(), { note: reason });
      }
      record.next = undefined;
    },
    async complete(code, result) {
      const record = find(code);
      expect(record, [
        DOSSIER_STATUS.submitted,
        DOSSIER_STATUS.accepted,
        DOSSIER_STATUS.processing,
      ]);
      const now = options.now();
      // An officer finishing at once still goes through the desk: the history shows every step.
      if (record.dossier.status === DOSSIER_STATUS.submitted) accept(record, now);
      if (record.dossier.status === DOSSIER_STATUS.accepted) process(record, now);
      complete(record, now, result);
    },
    async returnResult(code) {
      const record = find(code);
      expect(record, [DOSSIER_STATUS.completed]);
      returnResult(record, options.now());
    },
  };

  return {
    records,
    officer,
    tick,
    find,
    setStatus,
    /** A new dossier: waits for the desk. */
    filed(record: DossierRecord) {
      records.set(record.dossier.code, record);
      plan(record, 'accept', addWorkingHours(options.now(), acceptAfter));
    },
    /** The citizen answered a supplement request: processing resumes, the time limit restarts. */
    resumed(record: DossierRecord, at: number) {
      record.dossier = {
        ...record.dossier,
        dueDate: dueDateFor(vietnamDay(at), record.procedure.processingDays),
      };
      record.completeAt = addWorkingHours(at, processingHours(record));
      plan(record, 'complete', record.completeAt);
    },
    /** Fees paid (status 6 → 4): processing finishes as planned, or an hour from now. */
    paid(record: DossierRecord) {
      const now = options.now();
      setStatus(record, DOSSIER_STATUS.processing, now, { note: 'Đã nhận phí, lệ phí.' });
      record.completeAt = Math.max(record.completeAt ?? 0, addWorkingHours(now, 1));
      plan(record, 'complete', record.completeAt);
    },
  };
}

export type Agency = ReturnType<typeof createAgency>;
