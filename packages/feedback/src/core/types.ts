// The contract every part of @govmini/feedback shares: categories (province configuration),
// reports as the citizen sends them and as the public sees them, and the FeedbackService a
// province backend implements (HTTP: openapi/feedback.yaml; Open311 GeoReport v2 adapter).
import type { LocalizedText } from '@govmini/auth';

export type { LocalizedText };

/** Icons the package draws (inline SVG); a province picks one per category. */
export type CategoryIcon =
  | 'road'
  | 'flood'
  | 'rubbish'
  | 'light'
  | 'tree'
  | 'water'
  | 'noise'
  | 'traffic'
  | 'building'
  | 'office'
  | 'safety'
  | 'other';

/** A kind of problem, from the province's configuration (Open311: a service). */
export interface FeedbackCategory {
  /** Stable id, e.g. `ha-tang-giao-thong` (Open311 `service_code`). */
  readonly id: string;
  readonly title: LocalizedText;
  /** One plain line: what belongs here, e.g. "Ổ gà, sụt lún, hư hỏng mặt đường". */
  readonly description: LocalizedText;
  readonly icon: CategoryIcon;
  /** The agency that handles it. */
  readonly agency: { readonly id: string; readonly name: LocalizedText };
  /** Expected answer time, in working days. */
  readonly answerDays: number;
  /** Shown before sending, e.g. "Trường hợp khẩn cấp, vui lòng gọi 113". */
  readonly notice?: LocalizedText;
}

/** Đã gửi, Đã tiếp nhận, Đang xử lý, Đã trả lời, Đã đóng, Không tiếp nhận. */
export type ReportStatus = 'sent' | 'received' | 'in_progress' | 'answered' | 'closed' | 'rejected';

export type ReportLocation =
  /** From the platform's location token, exchanged by the backend. */
  | {
      readonly kind: 'device';
      readonly latitude: number;
      readonly longitude: number;
      /** Resolved by the backend when it can. */
      readonly provinceCode?: string;
      readonly communeCode?: string;
      readonly address?: string;
      /** Free text added by the citizen: "trước cổng chợ", "ngõ 12". */
      readonly place?: string;
    }
  /** Chosen by hand: a 2025 commune plus a free-text place. */
  | {
      readonly kind: 'commune';
      readonly provinceCode: string;
      readonly communeCode: string;
      readonly place: string;
    };

/** A photo as stored by the backend (blurred on the device before upload; originals never sent). */
export interface ReportPhoto {
  readonly id: string;
  /**
   * Where the backend serves it, loadable as `<img src>` (no session header). A published
   * report's photo has a plain URL anyone may load; any other photo a URL made for the viewer's
   * session that works for minutes only (see `expiresAt`).
   */
  readonly url: string;
  readonly type: string;
  readonly width?: number;
  readonly height?: number;
  /**
   * When `url` stops working (ISO 8601), for a URL made for one session; absent for a URL that
   * does not expire. After it, get the report again for a fresh URL (ReportDetail does so
   * when a photo fails to load).
   */
  readonly expiresAt?: string;
}

export type RatingLevel = 'very_satisfied' | 'satisfied' | 'unsatisfied';

export interface ReportRating {
  readonly level: RatingLevel;
  /** Required for `unsatisfied`. */
  readonly comment?: string;
  readonly ratedAt: string;
}

export interface OfficialAnswer {
  readonly agency: LocalizedText;
  readonly answeredAt: string;
  /** Plain text (rendered as text, never HTML). */
  readonly text: string;
  readonly attachments: readonly ReportPhoto[];
}

export interface ReportEvent {
  readonly status: ReportStatus;
  readonly at: string;
  /** The reason for `rejected`, a note for others. Never the reporter's identity. */
  readonly note?: string;
  /** Set when the reporter's "Đã được giải quyết chưa?" answer reopened it. */
  readonly reopened?: boolean;
}

/** What anyone may see. Never the reporter's identity (no id, phone, account). */
export interface PublicReport {
  readonly id: string;
  /** Short tracking code, e.g. `PA-261129-0001`. */
  readonly code: string;
  readonly categoryId: string;
  readonly description: string;
  readonly photos: readonly ReportPhoto[];
  readonly location: ReportLocation;
  readonly status: ReportStatus;
  readonly history: readonly ReportEvent[];
  readonly answer?: OfficialAnswer;
  /** "Tôi cũng gặp" count (not counting the reporter). */
  readonly supporters: number;
  /** Only when the reporter chose to show it. */
  readonly reporterName?: string;
  readonly createdAt: string;
  /** When the agency is expected to answer (working days from receipt), `YYYY-MM-DD`. */
  readonly dueDate?: string;
}

/** The reporter's own view. */
export interface MyReport extends PublicReport {
  readonly showName: boolean;
  readonly publish: boolean;
  readonly rating?: ReportRating;
  /** The reporter's answer to "Đã được giải quyết chưa?" after the answer. */
  readonly resolved?: {
    readonly resolved: boolean;
    readonly at: string;
    readonly comment?: string;
  };
  readonly subscribed: boolean;
  /** `reporter`, or `supporter` for reports joined with "Tôi cũng gặp". */
  readonly role: 'reporter' | 'supporter';
}

export interface NewReport {
  readonly categoryId: string;
  /** ≤ 4,000 characters (as Open311), NFC, no control characters. */
  readonly description: string;
  /** Uploaded photo ids (1–5). */
  readonly photoIds: readonly string[];
  readonly location: ReportLocation;
  readonly showName: boolean;
  /** Allow publishing the report (and its answer); false = private to the agency. */
  readonly publish: boolean;
  /** Subscribe to the answer (notification permission asked at this moment, not before). */
  readonly notify: boolean;
  /** Made with the report on the phone: the same key never yields a second report. */
  readonly idempotencyKey: string;
}

export interface DuplicateQuery {
  readonly categoryId: string;
  readonly location: ReportLocation;
  readonly description: string;
  /** Metres, for device locations (default 300). */
  readonly radius?: number;
}

export interface PublicQuery {
  readonly categoryId?: string;
  readonly communeCode?: string;
  /** `YYYY-MM-DD` inclusive. */
  readonly from?: string;
  readonly to?: string;
  /** Diacritics optional ("duong" finds "đường"). */
  readonly text?: string;
  /** Opaque cursor from the previous page ("Xem thêm"). */
  readonly cursor?: string;
  /** Default 10, max 50. */
  readonly limit?: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string;
  readonly total?: number;
}

export type FeedbackErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'invalid_report' // see `issues`
  | 'not_allowed' // rating before an answer, rating twice, supporting one's own report
  | 'too_large'
  | 'unsupported_type'
  | 'conflict' // the same idempotency key with a different report
  | 'not_supported' // the backend cannot do this (e.g. supporters over Open311)
  | 'offline'
  | 'timeout'
  | 'server'
  | 'unknown';

/** One problem with a new report, for the citizen (message from the catalogue by `code`). */
export interface ReportIssue {
  /** `comment`: the optional comment of a "Đã được giải quyết chưa?" answer. */
  readonly path: 'categoryId' | 'description' | 'photoIds' | 'location' | 'rating' | 'comment';
  readonly code:
    | 'required'
    | 'too_long'
    | 'control_characters'
    | 'too_few_photos'
    | 'too_many_photos'
    /** A photo id the backend does not hold for this citizen (never uploaded, or expired). */
    | 'unknown_photo'
    | 'unknown_category'
    | 'invalid_location'
    | 'comment_required';
  readonly params?: Readonly<Record<string, string | number>>;
}

export class FeedbackError extends Error {
  override readonly name = 'FeedbackError';
  readonly code: FeedbackErrorCode;
  readonly status: number | undefined;
  readonly issues: readonly ReportIssue[];
  constructor(
    code: FeedbackErrorCode,
    message: string,
    options: { status?: number; issues?: readonly ReportIssue[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.issues = options.issues ?? [];
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export interface UploadOptions {
  readonly name: string;
  readonly type: string;
  readonly onProgress?: (sent: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/**
 * The province backend for reports. `sessionToken` is the app session from @govmini/auth.
 * Implementations: createHttpFeedbackService (openapi/feedback.yaml), createOpen311FeedbackService
 * (GeoReport v2), createMemoryFeedbackService (@govmini/feedback/testing), apps/server.
 */
export interface FeedbackService {
  listCategories(): Promise<FeedbackCategory[]>;
  /** Exchanges the platform's one-time location token for coordinates and an address. */
  resolveLocation(
    sessionToken: string,
    locationToken: string,
  ): Promise<Extract<ReportLocation, { kind: 'device' }>>;
  /** Open reports of the same category nearby with similar text, most similar first. */
  findDuplicates(query: DuplicateQuery): Promise<PublicReport[]>;
  uploadPhoto(sessionToken: string, file: Blob, options: UploadOptions): Promise<ReportPhoto>;
  /** Exactly once per idempotencyKey. */
  submit(sessionToken: string, report: NewReport): Promise<MyReport>;
  /** "Tôi cũng gặp": adds the citizen as a supporter and subscriber. Idempotent. */
  support(sessionToken: string, reportId: string): Promise<MyReport>;
  listMine(sessionToken: string): Promise<MyReport[]>;
  getMine(sessionToken: string, reportId: string): Promise<MyReport>;
  /** Once, after the answer. */
  rate(
    sessionToken: string,
    reportId: string,
    rating: Omit<ReportRating, 'ratedAt'>,
  ): Promise<MyReport>;
  /** "Đã được giải quyết chưa?": `false` reopens the report (back to in_progress). */
  confirmResolved(
    sessionToken: string,
    reportId: string,
    answer: { resolved: boolean; comment?: string },
  ): Promise<MyReport>;
  /** Published, answered reports. */
  listPublic(query: PublicQuery): Promise<Page<PublicReport>>;
  getPublic(reportId: string): Promise<PublicReport>;
}
