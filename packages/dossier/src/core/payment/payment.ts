// Paying a dossier's fee by bank transfer: the rules every backend follows (the memory service
// here, apps/server, a province's own) and the transfer content that ties money to a dossier.
// The VietQR payload is in payment-qr.ts.
//
//   unpaid ──citizen: "Tôi đã chuyển khoản"──▶ pending_confirmation ──officer: confirm──▶ paid
//     ▲  └──────────────officer: confirm (money seen before the citizen said so)──────────▲
//     └──officer: decline ("chưa nhận được tiền", with the reason)── pending_confirmation
//
// Reporting again, or after the office confirmed, changes nothing (a retried tap or a lost
// answer); confirming twice likewise. Declining is only for a reported transfer, and a paid
// fee is never taken back here (a refund is another procedure).
import type { PaymentAccount, ProcedureDefinition } from '../definition/types';
import type { Dossier, DossierPayment, DossierStatusCode, PaymentStatus } from '../service/types';

export const PAYMENT_STATUSES: readonly PaymentStatus[] = [
  'unpaid',
  'pending_confirmation',
  'paid',
];

/** Not accepted (3), withdrawn (7), stopped (8): nothing is paid for a closed dossier. */
const CLOSED: ReadonlySet<DossierStatusCode> = new Set([3, 7, 8]);

/** What happens to a payment: the citizen's report, the office's confirmation or refusal. */
export type PaymentEvent =
  | { readonly type: 'report'; readonly at: string }
  | { readonly type: 'confirm'; readonly at: string }
  | { readonly type: 'decline'; readonly reason: string };

export type PaymentTransition =
  | { readonly ok: true; readonly payment: DossierPayment; readonly changed: boolean }
  | { readonly ok: false; readonly code: 'not_allowed' };

const without = (payment: DossierPayment, ...keys: (keyof DossierPayment)[]): DossierPayment => {
  const copy: Record<string, unknown> = { ...payment };
  for (const key of keys) delete copy[key];
  return copy as unknown as DossierPayment;
};

/** The payment after `event`, by the rules above; `not_allowed` when the rules forbid it. */
export function applyPaymentEvent(payment: DossierPayment, event: PaymentEvent): PaymentTransition {
  const same = { ok: true, payment, changed: false } as const;
  switch (event.type) {
    case 'report':
      if (payment.status !== 'unpaid') return same;
      return {
        ok: true,
        changed: true,
        payment: {
          ...without(payment, 'note'),
          status: 'pending_confirmation',
          reportedAt: event.at,
        },
      };
    case 'confirm':
      if (payment.status === 'paid') return same;
      return {
        ok: true,
        changed: true,
        payment: { ...without(payment, 'note'), status: 'paid', confirmedAt: event.at },
      };
    case 'decline': {
      const reason = event.reason.trim();
      if (payment.status !== 'pending_confirmation' || !reason) {
        return { ok: false, code: 'not_allowed' };
      }
      return {
        ok: true,
        changed: true,
        payment: { ...without(payment, 'reportedAt'), status: 'unpaid', note: reason },
      };
    }
  }
}

/** The citizen may say "Tôi đã chuyển khoản": an unpaid fee on a dossier that is not closed. */
export function canReportTransfer(dossier: Pick<Dossier, 'status' | 'payment'>): boolean {
  return dossier.payment?.status === 'unpaid' && !CLOSED.has(dossier.status);
}

/**
 * A payment the citizen still has to see to: unpaid or waiting, on a dossier not closed. Takes
 * a dossier, or a list's summary as `{ status, payment: { status: paymentStatus } }`.
 */
export function paymentOutstanding(dossier: {
  readonly status: DossierStatusCode;
  readonly payment?: Pick<DossierPayment, 'status'> | undefined;
}): boolean {
  return (
    dossier.payment !== undefined &&
    dossier.payment.status !== 'paid' &&
    !CLOSED.has(dossier.status)
  );
}

/**
 * The transfer content (nội dung chuyển khoản) for a dossier: "HS" and its code without
 * separators, `000.00.06.H56-261201-0001` → `HS 0000006H562612010001` (23 characters). Banking
 * apps carry only letters, digits and spaces, at most 25 of them; a code with more than 22
 * letters and digits keeps its last 22 (the day and the running number tell dossiers apart).
 */
export function transferContentFor(code: string): string {
  const compact = code.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
  return `HS ${compact.slice(-22)}`;
}

/** A transfer content every banking app carries: 1–25 letters, digits and spaces. */
export const isTransferContent = (text: string): boolean => /^[0-9A-Za-z ]{1,25}$/.test(text);

/**
 * A new, unpaid payment of `amount` for a dossier, or undefined when there is nothing to pay.
 * The account is the procedure's own, else the backend's (`fallback`), else none (the desk).
 */
export function openPayment(
  procedure: ProcedureDefinition,
  code: string,
  amount: number | undefined,
  fallback: PaymentAccount | undefined,
): DossierPayment | undefined {
  if (amount === undefined || amount <= 0) return undefined;
  const account = (procedure.fee.kind === 'none' ? undefined : procedure.fee.account) ?? fallback;
  return {
    status: 'unpaid',
    amount,
    transferContent: transferContentFor(code),
    ...(account ? { account: { ...account } } : {}),
  };
}
