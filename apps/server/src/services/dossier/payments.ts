// Fees paid by bank transfer, on the database, by @govmini/dossier's own rules
// (applyPaymentEvent): the citizen says "Tôi đã chuyển khoản" (unpaid → pending_confirmation),
// an officer confirms the money (→ paid; a dossier waiting at status 6 goes back to
// processing) or sends a reported transfer back with the reason (→ unpaid). Reporting again
// or confirming twice changes nothing; a dossier not accepted, withdrawn or stopped takes no
// payment change. Every write is conditional on the payment it was worked out from, so a
// citizen and an officer acting at once cannot overwrite each other: the one that loses reads
// the dossier again and applies its rule to what it finds.
import {
  applyPaymentEvent,
  type DossierPayment,
  dossierError,
  type PaymentAccount,
  type PaymentEvent,
} from '@govmini/dossier/core';
import { findVietQrBank } from '@govmini/vn/vietqr';
import { paymentAccountProblem } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { toVietnamIso } from '../time.ts';
import { changeStatus, type StoredDossier, samePayment } from './records.ts';

/** Not accepted, withdrawn, stopped: nothing more is paid (or confirmed) on them. */
const CLOSED: ReadonlySet<number> = new Set([3, 7, 8]);
/** Status 6, "Yêu cầu thực hiện nghĩa vụ tài chính": processing waits for the fee. */
const WAITING_FOR_FEE = 6;
/** How often a payment change is retried after losing a race, before `not_allowed`. */
const ATTEMPTS = 4;
/** The history note when a confirmed fee resumes processing (the memory service's words). */
export const FEE_RECEIVED_NOTE = 'Đã nhận phí, lệ phí.';
export const PAYMENT_ACCOUNT_SETTING = 'payment_account';

/** The dossier columns holding `payment` (all null when there is nothing to pay). */
export function paymentColumns(payment: DossierPayment | undefined, actor?: string | null) {
  return {
    payment: payment ? JSON.stringify(payment) : null,
    payment_status: payment?.status ?? null,
    ...(actor === undefined ? {} : { payment_actor: actor }),
  };
}

/**
 * Where fees go when a procedure names no account: PAYMENT_* from the environment, else the
 * account the seed (or the province) stored in `settings`, else none (paid at the desk). A
 * stored account that would not make a VietQR code is ignored rather than shown to citizens.
 */
export function createPaymentAccountSource(
  db: Database,
  configured: PaymentAccount | undefined,
): () => Promise<PaymentAccount | undefined> {
  return async () => {
    if (configured) return configured;
    const row = await db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', PAYMENT_ACCOUNT_SETTING)
      .executeTakeFirst();
    if (!row) return undefined;
    try {
      const value = JSON.parse(row.value) as PaymentAccount;
      const account = {
        bankBin: String(value.bankBin),
        accountNumber: String(value.accountNumber),
        accountName: String(value.accountName),
      };
      return paymentAccountProblem(account) ? undefined : account;
    } catch {
      return undefined;
    }
  };
}

/** Reads the dossier (again, after a lost race): `not_found` when it is gone or not theirs. */
type Load = () => Promise<StoredDossier>;

/** One line for the start banner: the account fees go to when a procedure names none. */
export function describePaymentAccount(account: PaymentAccount | undefined): string {
  if (!account) return 'none: fees without a procedure account are paid at the desk';
  const bank = findVietQrBank(account.bankBin)?.shortName ?? account.bankBin;
  return `${bank} ${account.accountNumber} (${account.accountName})`;
}

export function createPayments(input: { db: Database; now: () => number }) {
  const { db, now } = input;

  /** The payment after `event`, or `not_allowed` (none, a closed dossier, or the rules). */
  const next = (stored: StoredDossier, event: PaymentEvent) => {
    const { payment } = stored.dossier;
    if (!payment || CLOSED.has(stored.row.status)) throw dossierError('not_allowed');
    const moved = applyPaymentEvent(payment, event);
    if (!moved.ok) throw dossierError(moved.code);
    return moved;
  };

  /** Writes a payment change that moves no status; false when someone changed it first. */
  const write = async (
    stored: StoredDossier,
    payment: DossierPayment,
    at: number,
    actor?: string | null,
  ) => {
    const { row } = stored;
    const updated = await samePayment(
      db
        .updateTable('dossiers')
        .set({ ...paymentColumns(payment, actor), updated_ms: at })
        .where('code', '=', row.code)
        .where('status', '=', row.status),
      row.payment,
    ).executeTakeFirst();
    return Number(updated.numUpdatedRows) > 0;
  };

  /** Runs `step` on a fresh read until it writes (or has nothing to write). */
  const settle = async (load: Load, step: (stored: StoredDossier) => Promise<boolean>) => {
    for (let attempt = 1; ; attempt++) {
      if (await step(await load())) return;
      if (attempt === ATTEMPTS) throw dossierError('not_allowed');
    }
  };

  return {
    /** "Tôi đã chuyển khoản" on the citizen's own dossier (ownership checked by `load`). */
    async report(load: Load): Promise<void> {
      await settle(load, async (current) => {
        const at = now();
        const moved = next(current, { type: 'report', at: toVietnamIso(at) });
        return !moved.changed || (await write(current, moved.payment, at));
      });
    },

    /**
     * The office has the money: `paid`, reported or not. At status 6 processing resumes (4),
     * also for a dossier stored there with no payment at all: a fee of 0 asked before
     * requestPayment refused it, which nothing else could move on.
     */
    async confirm(load: Load, actor: string | undefined): Promise<void> {
      await settle(load, async (current) => {
        const at = now();
        const waiting = current.row.status === WAITING_FOR_FEE;
        const moved =
          current.dossier.payment || !waiting
            ? next(current, { type: 'confirm', at: toVietnamIso(at) })
            : undefined;
        if (waiting) {
          return db.transaction().execute((tx) =>
            changeStatus(tx, current, {
              status: 4,
              at,
              note: FEE_RECEIVED_NOTE,
              actor,
              ...(moved?.changed ? { patch: paymentColumns(moved.payment, actor ?? null) } : {}),
            }),
          );
        }
        return !moved?.changed || (await write(current, moved.payment, at, actor ?? null));
      });
    },

    /** The money was not found: a reported transfer goes back to `unpaid` with the reason. */
    async decline(load: Load, reason: string, actor: string | undefined): Promise<void> {
      await settle(load, async (current) => {
        const moved = next(current, { type: 'decline', reason });
        return write(current, moved.payment, now(), actor ?? null);
      });
    },
  };
}

export type Payments = ReturnType<typeof createPayments>;
