// What an officer does in the back office. The memory service's `controls` has these; a real
// backend's conformance setup drives its own back office (or database) the same way.
import type { DossierResult } from '../core/service/types';

export interface DossierOfficerActions {
  /** Status 1 → 2 (tiếp nhận); the appointment date is set from today. */
  accept(code: string): Promise<void>;
  /** Status 1, 2 or 4 → 5: what is missing, and by when. */
  requestSupplement(
    code: string,
    request: { reason: string; documents: readonly string[]; dueDate?: string },
  ): Promise<void>;
  /**
   * Status 2 or 4 → 6 with the fee to pay, whole đồng, at least 1: status 6 tells the citizen
   * to pay, so a free dossier is never asked (it goes on without this step). Any other amount
   * is refused and the dossier stays as it was. With payments, it opens an `unpaid` payment of
   * that amount (replacing any earlier one).
   */
  requestPayment(code: string, amount: number): Promise<void>;
  /** Status 1 → 3 (not accepted); 2, 4, 5 or 6 → 8 (stopped). */
  reject(code: string, reason: string): Promise<void>;
  /** Status 1, 2 or 4 → 9, passing through the steps not taken yet. */
  complete(code: string, result?: Partial<DossierResult>): Promise<void>;
  /** Status 9 → 10. */
  returnResult(code: string): Promise<void>;
  /**
   * The office has the fee's money: the payment is `paid`; a dossier at status 6 goes back to
   * processing (4). Optional: a backend without payments has no such action (the conformance
   * suite then needs `capabilities: { payments: false }`).
   */
  confirmPayment?(code: string): Promise<void>;
  /** A reported transfer was not found: the payment goes back to `unpaid` with the reason. */
  declineTransfer?(code: string, reason: string): Promise<void>;
}
