// The JSON the staff API sends and the console reads: one set of types for both sides (the
// console imports them as types only). Dossiers and reports travel in the contracts' own
// shapes; what only officers see is added beside them.
import type { Dossier, DossierStatusCode, PaymentStatus, RatingLevel } from '@govmini/dossier/core';
import type { PublicReport, ReportRating, ReportStatus } from '@govmini/feedback/core';
import type { StatusCode, Transition } from './transitions.ts';

export interface Localized {
  readonly vi: string;
  readonly en?: string;
}

export interface StaffIdentity {
  readonly username: string;
  readonly displayName: string;
}

/** GET /session and POST /login. The CSRF token goes back in `x-csrf-token` on every write. */
export interface SessionInfo {
  readonly staff: StaffIdentity;
  readonly csrfToken: string;
}

export interface PageOf<T> {
  readonly items: readonly T[];
  readonly total: number;
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
}

export interface ProcedureOption {
  readonly id: string;
  readonly title: Localized;
}

export interface CategoryOption {
  readonly id: string;
  readonly title: Localized;
}

export interface DossierRow {
  readonly code: string;
  readonly procedureId: string;
  readonly procedureTitle: Localized;
  readonly status: DossierStatusCode;
  readonly submittedAt: string;
  readonly dueDate?: string;
  /** How paying its fee is going, when it has one (the inbox badge). */
  readonly paymentStatus?: PaymentStatus;
}

/**
 * POST /dossiers/:code/payment: the officer found the money (`confirm`), or did not find a
 * reported transfer (`decline`, with the reason the citizen reads).
 */
export type PaymentDecision =
  | { readonly action: 'confirm' }
  | { readonly action: 'decline'; readonly reason: string };

/** One answer, ready to show: labels from the procedure definition, values typed. */
export type AnswerValueView =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'choice'; readonly labels: readonly Localized[] }
  | { readonly kind: 'yesNo'; readonly value: boolean }
  | { readonly kind: 'date'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number; readonly unit?: Localized }
  | { readonly kind: 'money'; readonly value: number }
  | {
      readonly kind: 'address';
      readonly province?: string;
      readonly communeCode: string;
      readonly street?: string;
    }
  | { readonly kind: 'files'; readonly files: readonly FileLink[] }
  | { readonly kind: 'appointment'; readonly start: string; readonly end: string }
  | {
      readonly kind: 'group';
      readonly itemLabel: Localized;
      readonly items: readonly (readonly AnswerRow[])[];
    };

export interface FileLink {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  /** Same-origin URL under /staff/api, behind the staff session. */
  readonly href: string;
}

export interface AnswerRow {
  readonly fieldId: string;
  readonly label: Localized;
  readonly value: AnswerValueView;
}

export interface AnswerSection {
  readonly title?: Localized;
  readonly rows: readonly AnswerRow[];
}

export interface DossierDetail {
  readonly dossier: Dossier;
  /** Who filed it (from their Zalo profile), for the officer to contact. */
  readonly citizen: { readonly name: string; readonly phone?: string };
  readonly procedure: {
    readonly id: string;
    readonly title: Localized;
    readonly processingDays: number;
    readonly agency: Localized;
  };
  readonly sections: readonly AnswerSection[];
  /** The moves an officer may make now (the console offers only these). */
  readonly transitions: readonly Transition[];
  /** Today in Vietnam, `YYYY-MM-DD` (due dates are checked against it). */
  readonly today: string;
}

export type ReportAction = 'receive' | 'start' | 'answer' | 'reject' | 'close';

export interface ReportRow {
  readonly id: string;
  readonly code: string;
  readonly categoryId: string;
  readonly categoryTitle: Localized;
  readonly status: ReportStatus;
  readonly createdAt: string;
  readonly dueDate?: string;
  /** The first words of the description. */
  readonly excerpt: string;
  readonly supporters: number;
}

export interface ReportDetail {
  readonly report: PublicReport & {
    readonly publish: boolean;
    readonly showName: boolean;
    readonly rating?: ReportRating;
    readonly resolved?: {
      readonly resolved: boolean;
      readonly at: string;
      readonly comment?: string;
    };
  };
  readonly category: { readonly id: string; readonly title: Localized; readonly agency: Localized };
  readonly actions: readonly ReportAction[];
}

export interface RatingComment {
  readonly level: RatingLevel;
  readonly comment: string;
  readonly ratedAt: string;
  /** Dossier code or report code. */
  readonly code: string;
  /** The procedure's or the category's title. */
  readonly subject: Localized;
  /** Dossier code or report id, to open it. */
  readonly ref: string;
}

export interface RatingSummary {
  readonly counts: Readonly<Record<RatingLevel, number>>;
  readonly total: number;
  /** Newest first, those with a comment. */
  readonly comments: readonly RatingComment[];
}

export interface RatingsOverview {
  readonly dossiers: RatingSummary;
  readonly reports: RatingSummary;
}

export type { StatusCode, Transition };
