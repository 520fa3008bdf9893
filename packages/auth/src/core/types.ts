// The contract every part of @govmini/auth shares: consent purposes and records, the app
// session, the sign-in states, and the AuthService a province backend implements (HTTP
// contract: openapi/auth.yaml).

/** Where personal data goes and why, written for the citizen. Data, not code. */
export interface ConsentPurpose {
  /** Stable id, e.g. `ho-so-dich-vu-cong`. */
  readonly id: string;
  /** Bump when the text changes: the citizen is asked again. */
  readonly version: number;
  readonly required: boolean;
  /** Vietnamese first; `en` optional. Plain words, large text. */
  readonly title: LocalizedText;
  /** What data, e.g. "Họ tên, số CCCD, số điện thoại". */
  readonly data: LocalizedText;
  /** Why it is needed. */
  readonly why: LocalizedText;
  /** Who processes it, e.g. "UBND Tỉnh Mẫu (Trung tâm Phục vụ hành chính công)". */
  readonly processor: LocalizedText;
  /** How long it is kept, e.g. "5 năm kể từ khi hồ sơ có kết quả". */
  readonly retention: LocalizedText;
  /** What withdrawing changes, for optional purposes, e.g. "Sẽ không nhận tin nhắn Zalo…". */
  readonly withdrawEffect?: LocalizedText;
}

export interface LocalizedText {
  readonly vi: string;
  readonly en?: string;
}

export type ConsentDecision = 'granted' | 'refused' | 'withdrawn';

/** What is stored on the phone and sent to the backend (Law 91/2025: provable consent). */
export interface ConsentRecord {
  readonly purposeId: string;
  readonly version: number;
  readonly decision: ConsentDecision;
  /** ISO 8601 with offset, e.g. `2026-11-29T19:30:00+07:00`. */
  readonly decidedAt: string;
  /** SHA-256 (hex) of the exact Vietnamese text shown (see `consentTextHash`). */
  readonly textHash: string;
}

export interface CitizenProfile {
  /** Zalo user id. */
  readonly zaloId: string;
  readonly name: string;
  readonly avatarUrl?: string;
  /** Verified through the backend's token exchange; E.164. */
  readonly phone?: string;
}

/** The province backend's own session (never Zalo's token). */
export interface AppSession {
  readonly token: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
  readonly profile: CitizenProfile;
}

export type AuthState =
  | { readonly status: 'signed_out' }
  | { readonly status: 'consenting'; readonly pending: readonly ConsentPurpose[] }
  | { readonly status: 'signing_in' }
  | { readonly status: 'signed_in'; readonly session: AppSession }
  | { readonly status: 'expired'; readonly profile?: CitizenProfile }
  | { readonly status: 'error'; readonly error: AuthError };

export type AuthStatus = AuthState['status'];

/** Every failure an app or a citizen sees from @govmini/auth. */
export type AuthErrorCode =
  | 'zalo_refused' // the citizen refused Zalo's prompt
  | 'consent_required' // a required purpose was refused
  | 'invalid_token' // Zalo's token was rejected by the backend
  | 'token_reused' // a one-time phone/location token was already used
  | 'token_expired' // a one-time token is older than ~2 minutes
  | 'session_expired'
  | 'offline'
  | 'server' // the backend failed
  | 'unknown';

export class AuthError extends Error {
  override readonly name = 'AuthError';
  readonly code: AuthErrorCode;
  /** HTTP status when the backend answered. */
  readonly status: number | undefined;
  constructor(
    code: AuthErrorCode,
    message: string,
    options: { status?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
  }
}

/**
 * The province backend. `@govmini/auth` ships an HTTP client for openapi/auth.yaml, a memory
 * implementation, and a conformance suite any implementation must pass.
 */
export interface AuthService {
  /** Verifies Zalo's access token server side and opens an app session. */
  signIn(request: {
    zaloAccessToken: string;
    consents: readonly ConsentRecord[];
  }): Promise<AppSession>;
  /** A fresh session before the current one expires; `session_expired` after. */
  refresh(sessionToken: string): Promise<AppSession>;
  signOut(sessionToken: string): Promise<void>;
  /** Exchanges Zalo's one-time phone token (with the app secret, server side). */
  exchangePhoneToken(sessionToken: string, phoneToken: string): Promise<{ phone: string }>;
  /** Exchanges Zalo's one-time location token. */
  exchangeLocationToken(
    sessionToken: string,
    locationToken: string,
  ): Promise<{ latitude: number; longitude: number }>;
  /** Stores consent decisions (append-only on the server). */
  recordConsents(sessionToken: string, records: readonly ConsentRecord[]): Promise<void>;
  /** The latest decision per purpose. */
  getConsents(sessionToken: string): Promise<ConsentRecord[]>;
}
