// Drafts and the submission outbox: what lives on the phone so nothing a citizen typed is lost
// and nothing is filed twice. Stored through @govmini/platform storage (per user when signed in).
import type { Answers, OnBehalf, ResultDelivery } from '../definition/types';
import type { Dossier, SubmitRequest } from '../service/types';

export interface Draft {
  /** Random id made when the citizen starts; also the base of the idempotency key. */
  readonly id: string;
  readonly procedureId: string;
  readonly procedureVersion: number;
  readonly answers: Answers;
  /** The page to resume at: a page id, or `start` | `check` | `declaration`. */
  readonly pageId: string;
  /** Set while the citizen is changing one answer from the check page. */
  readonly returnToCheck?: boolean;
  /**
   * With `returnToCheck`: the steps the check page showed. A change that opens a step not among
   * them asks it before going back (kept in the draft, so it survives the flow remounting).
   */
  readonly stepsAtCheck?: readonly string[];
  readonly onBehalf?: OnBehalf;
  readonly resultDelivery?: ResultDelivery;
  readonly createdAt: number;
  /** Epoch ms of the last change. */
  readonly updatedAt: number;
  /** When it was last saved to the backend (epoch ms); absent = never. */
  readonly syncedAt?: number;
}

/** What a draft migration to a newer definition version did. */
export interface DraftMigration {
  readonly draft: Draft;
  /** Answers kept as they were. */
  readonly kept: readonly string[];
  /** Answers dropped (field gone, type changed, option gone) — the citizen is told to re-enter. */
  readonly dropped: readonly { readonly fieldId: string; readonly reason: 'removed' | 'changed' }[];
}

export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';

export interface OutboxItem {
  readonly draftId: string;
  readonly request: SubmitRequest;
  readonly state: OutboxState;
  readonly attempts: number;
  /** Epoch ms; the next retry is not before this. */
  readonly nextAttemptAt: number;
  /** Set once sent. */
  readonly dossier?: Dossier;
  /** Last error code (DossierErrorCode) when failed or retrying. */
  readonly lastError?: string;
  readonly createdAt: number;
}
