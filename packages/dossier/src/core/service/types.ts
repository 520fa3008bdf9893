// The contract between the citizen's app and the province backend (HTTP: openapi/dossier.yaml).
// Every implementation (HTTP client, memory service, apps/server) passes the conformance suite
// in @govmini/dossier/testing.
import type { AnswerIssue } from '../definition/api';
import type {
  AddressAnswer,
  Answers,
  FileAnswer,
  LocalizedText,
  OnBehalf,
  PaymentAccount,
  ProcedureDefinition,
  ResultDelivery,
} from '../definition/types';

export type { PaymentAccount };

/** The 10 standard statuses (TrangThaiHoSoId), same numbering as @govmini/ui's StatusTag. */
export type DossierStatusCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export const DOSSIER_STATUS = {
  submitted: 1, // Mới đăng ký
  accepted: 2, // Được tiếp nhận
  rejected: 3, // Không được tiếp nhận
  processing: 4, // Đang xử lý
  supplementRequested: 5, // Yêu cầu bổ sung giấy tờ
  paymentRequested: 6, // Yêu cầu thực hiện nghĩa vụ tài chính
  withdrawn: 7, // Công dân yêu cầu rút hồ sơ
  stopped: 8, // Dừng xử lý
  completed: 9, // Đã xử lý xong
  returned: 10, // Đã trả kết quả
} as const satisfies Record<string, DossierStatusCode>;

export interface StatusEvent {
  readonly status: DossierStatusCode;
  /** ISO 8601 with offset. */
  readonly at: string;
  /** The officer's note or reason, in the citizen's words where possible. */
  readonly note?: string;
  /** Who acted: an agency name, or `citizen`. */
  readonly by?: string;
}

/** "Yêu cầu bổ sung" (status 5): what is missing and by when. */
export interface SupplementRequest {
  readonly requestedAt: string;
  readonly reason: string;
  /** The documents (titles, as the officer wrote them) to add. */
  readonly documents: readonly string[];
  /** ISO date `YYYY-MM-DD`. */
  readonly dueDate?: string;
  /** Set once the citizen answered. */
  readonly answeredAt?: string;
}

export type RatingLevel = 'very_satisfied' | 'satisfied' | 'unsatisfied';

/** 3-level satisfaction rating; a comment is required for `unsatisfied`. Only at status 9 or 10. */
export interface Rating {
  readonly level: RatingLevel;
  readonly comment?: string;
  readonly ratedAt: string;
}

export interface DossierResult {
  readonly delivery: ResultDelivery;
  /** In person: where and when to collect. */
  readonly pickup?: { readonly place: string; readonly hours: string };
  /** By post: the address it was sent to. */
  readonly postAddress?: AddressAnswer & { readonly recipient: string };
  readonly note?: string;
  /** E-result files (online delivery). */
  readonly attachments?: readonly FileAnswer[];
}

/**
 * Where a fee is paid: chưa thanh toán (`unpaid`), đang chờ xác nhận (`pending_confirmation`,
 * the citizen said "Tôi đã chuyển khoản" and the office has not found the money yet), đã thanh
 * toán (`paid`, the office confirmed it).
 */
export type PaymentStatus = 'unpaid' | 'pending_confirmation' | 'paid';

/**
 * The fee of a dossier and how it is going: from filing for a fixed or by-choice fee, from
 * status 6 for a fee the officer sets. One at a time; a new request at status 6 replaces it.
 */
export interface DossierPayment {
  readonly status: PaymentStatus;
  /** Whole đồng to pay, more than 0. */
  readonly amount: number;
  /**
   * Nội dung chuyển khoản: what the citizen writes with the transfer so the office can match
   * it to the dossier. Up to 25 letters, digits and spaces (what every banking app carries),
   * holding the dossier code without separators, e.g. `HS 0000006H562612010001`.
   */
  readonly transferContent: string;
  /** Where to transfer; absent when the fee is paid at the office's desk only. */
  readonly account?: PaymentAccount;
  /** When the citizen said they had transferred (ISO 8601). */
  readonly reportedAt?: string;
  /** When the office confirmed receiving the money (ISO 8601). */
  readonly confirmedAt?: string;
  /** Why the office sent a reported transfer back to `unpaid` (the money was not found). */
  readonly note?: string;
}

export interface DossierSummary {
  /** Circular 01/2018 code, e.g. `000.00.06.H56-261129-0001`. */
  readonly code: string;
  readonly procedureId: string;
  readonly procedureTitle: LocalizedText;
  readonly status: DossierStatusCode;
  readonly submittedAt: string;
  /** Ngày hẹn trả, `YYYY-MM-DD` (working days from acceptance). */
  readonly dueDate?: string;
  /**
   * How paying its fee is going, when it has one (`payment.status` of the full dossier): lists
   * flag a fee still to pay without loading every dossier.
   */
  readonly paymentStatus?: PaymentStatus;
}

// The full dossier carries `payment` itself rather than the summary's copy of its status.
export interface Dossier extends Omit<DossierSummary, 'paymentStatus'> {
  readonly procedureVersion: number;
  /** Pruned answers as submitted (plus supplements). */
  readonly answers: Answers;
  readonly onBehalf?: OnBehalf;
  readonly resultDelivery: ResultDelivery;
  readonly history: readonly StatusEvent[];
  readonly supplementRequest?: SupplementRequest;
  readonly result?: DossierResult;
  readonly rating?: Rating;
  /** The fee due, whole đồng (fixed, by choice, or set by the officer at status 6). */
  readonly feeAmount?: number;
  /** Paying that fee: absent when there is nothing to pay (or the backend takes no payments). */
  readonly payment?: DossierPayment;
  /** True while the citizen may still withdraw it. */
  readonly cancellable: boolean;
  readonly completedAt?: string;
}

/** What lookup by code shows without signing in: status only, no personal data. */
export interface PublicDossierStatus {
  readonly code: string;
  readonly procedureTitle: LocalizedText;
  readonly status: DossierStatusCode;
  readonly submittedAt: string;
  readonly dueDate?: string;
  readonly completedAt?: string;
}

export interface SubmitRequest {
  readonly procedureId: string;
  readonly procedureVersion: number;
  readonly answers: Answers;
  readonly onBehalf?: OnBehalf;
  readonly resultDelivery: ResultDelivery;
  /** From the draft: the same key always yields the same dossier (exactly once). */
  readonly idempotencyKey: string;
  /** The citizen ticked the declaration, at this time (ISO 8601). */
  readonly declaredAt: string;
}

/** A draft as the backend keeps it, to continue on another device. */
export interface RemoteDraft {
  readonly id: string;
  readonly procedureId: string;
  readonly procedureVersion: number;
  readonly answers: Answers;
  readonly pageId: string;
  readonly onBehalf?: OnBehalf;
  /** Epoch ms of the last change on the device that made it. Newer wins. */
  readonly updatedAt: number;
}

export interface AppointmentSlot {
  readonly id: string;
  readonly start: string;
  readonly end: string;
  /** Places left; 0 = full (shown, not selectable). */
  readonly remaining: number;
}

export interface UploadOptions {
  readonly fieldId: string;
  /**
   * The procedure the field belongs to, so the backend applies the field's own `maxBytes` and
   * `accept` at upload time (without it only the general limits apply until submit).
   */
  readonly procedureId?: string;
  readonly name: string;
  readonly type: string;
  /** Bytes sent so far, total. */
  readonly onProgress?: (sent: number, total: number) => void;
  readonly signal?: AbortSignal;
}

export type DossierErrorCode =
  | 'unauthenticated' // no or expired session
  | 'forbidden' // someone else's dossier, draft or file
  | 'not_found'
  | 'invalid_answers' // see `issues`
  | 'procedure_changed' // submitted against an old definition version
  | 'not_allowed' // e.g. cancel after a result, rating before one
  | 'too_large'
  | 'unsupported_type'
  | 'conflict' // the same idempotency key with different answers
  | 'not_supported' // the backend does not offer this (e.g. payments)
  | 'offline'
  | 'timeout'
  | 'server'
  | 'unknown';

export class DossierError extends Error {
  override readonly name = 'DossierError';
  readonly code: DossierErrorCode;
  /** HTTP status when the backend answered. */
  readonly status: number | undefined;
  /** For `invalid_answers`: every problem, as validateAnswers reports them. */
  readonly issues: readonly AnswerIssue[];
  constructor(
    code: DossierErrorCode,
    message: string,
    options: { status?: number; issues?: readonly AnswerIssue[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.issues = options.issues ?? [];
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** Retrying may help: the request may not have reached the backend or it failed transiently. */
export function isRetryable(error: unknown): boolean {
  return (
    error instanceof DossierError &&
    (error.code === 'offline' || error.code === 'timeout' || error.code === 'server')
  );
}

/**
 * The province backend for dossiers. `sessionToken` is the app session from @govmini/auth.
 * Implementations: createHttpDossierService (openapi/dossier.yaml), createMemoryDossierService
 * (@govmini/dossier/testing), apps/server.
 */
export interface DossierService {
  /** Published procedures (no session needed). */
  listProcedures(): Promise<ProcedureDefinition[]>;
  getProcedure(id: string): Promise<ProcedureDefinition>;
  getAppointmentSlots(
    procedureId: string,
    fieldId: string,
    range: { from: string; days: number },
  ): Promise<AppointmentSlot[]>;

  /**
   * Files a dossier. Validates with validateAnswers against the stored definition. The same
   * idempotencyKey returns the first dossier again (200, not a second one); with different
   * answers it is a `conflict`.
   */
  submit(sessionToken: string, request: SubmitRequest): Promise<Dossier>;
  listMine(sessionToken: string): Promise<DossierSummary[]>;
  get(sessionToken: string, code: string): Promise<Dossier>;
  /** Status only, no session; `not_found` for unknown codes (no hint whether it exists elsewhere). */
  lookup(code: string): Promise<PublicDossierStatus>;
  /** Answers a "Yêu cầu bổ sung" (status 5): the dossier goes back to 4 (processing). */
  supplement(
    sessionToken: string,
    code: string,
    reply: { note?: string; answers?: Answers; idempotencyKey: string },
  ): Promise<Dossier>;
  /** Withdraw (status 7) while `cancellable`. */
  cancel(sessionToken: string, code: string, reason: string): Promise<Dossier>;
  /** Once, at status 9 or 10. */
  rate(sessionToken: string, code: string, rating: Omit<Rating, 'ratedAt'>): Promise<Dossier>;
  /**
   * "Tôi đã chuyển khoản": the citizen says the fee was transferred; an `unpaid` payment becomes
   * `pending_confirmation` until the office confirms it. Again, or once paid: the dossier
   * unchanged. No payment, or a closed dossier (3, 7, 8): `not_allowed`. Optional: a backend
   * that takes no payments leaves it out (over HTTP it answers `not_supported`).
   */
  reportTransfer?(sessionToken: string, code: string): Promise<Dossier>;

  /** Uploads one file; returns its server id. Type is sniffed server side, size limited. */
  uploadAttachment(sessionToken: string, file: Blob, options: UploadOptions): Promise<FileAnswer>;

  saveDraft(sessionToken: string, draft: RemoteDraft): Promise<RemoteDraft>;
  listDrafts(sessionToken: string): Promise<RemoteDraft[]>;
  deleteDraft(sessionToken: string, draftId: string): Promise<void>;
}
