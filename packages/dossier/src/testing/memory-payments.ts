// Fees in the memory service, by the rules of core/payment (applyPaymentEvent): a fixed or
// by-choice fee over 0 is due from filing; the officer's request at status 6 opens (or
// replaces) one; the citizen reports a transfer; the officer confirms it — which at status 6
// resumes processing — or sends it back with the reason the citizen reads.
import { toIsoDateTime } from '@govmini/vn/calendar';
import { applyPaymentEvent, type PaymentEvent } from '../core/payment/payment';
import { dossierError } from '../core/service/errors';
import { DOSSIER_STATUS, type Dossier } from '../core/service/types';
import type { Agency, DossierRecord } from './memory-agency';

/** Not accepted, withdrawn, stopped: nothing more is paid. */
const CLOSED = new Set<number>([
  DOSSIER_STATUS.rejected,
  DOSSIER_STATUS.withdrawn,
  DOSSIER_STATUS.stopped,
]);

export function createPayments(options: { agency: Agency; now: () => number }) {
  const { agency, now } = options;

  /** Applies `event` to the record's payment; `not_allowed` without one or on a closed dossier. */
  const apply = (record: DossierRecord, event: PaymentEvent) => {
    const { payment, status } = record.dossier;
    if (!payment || CLOSED.has(status)) throw dossierError('not_allowed');
    const next = applyPaymentEvent(payment, event);
    if (!next.ok) throw dossierError(next.code);
    record.dossier = { ...record.dossier, payment: next.payment };
    return next.changed;
  };

  return {
    /** "Tôi đã chuyển khoản": the citizen's side (ownership checked by the caller). */
    reportTransfer(record: DossierRecord): Dossier {
      apply(record, { type: 'report', at: toIsoDateTime(now()) });
      return record.dossier;
    },
    /** The office has the money: paid; a dossier waiting at status 6 goes back to processing. */
    confirm(code: string): void {
      const record = agency.find(code);
      // Status 6 always has a payment: requestPayment takes no fee under 1 đồng.
      apply(record, { type: 'confirm', at: toIsoDateTime(now()) });
      if (record.dossier.status === DOSSIER_STATUS.paymentRequested) agency.paid(record);
    },
    /** The money was not found: a reported transfer goes back to unpaid with the reason. */
    decline(code: string, reason: string): void {
      apply(agency.find(code), { type: 'decline', reason: String(reason ?? '') });
    },
  };
}
