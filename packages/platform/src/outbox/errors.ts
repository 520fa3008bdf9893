// What the outbox itself can fail with, typed like PlatformError: a code to switch on, the
// entry id and storage key concerned, a Vietnamese `message` for the citizen, `messageIn('en')`.
// Failures of `send` are not wrapped: they reach `whenSent` as they were thrown.
import { isPlatformError, type PlatformLocale } from '../core/errors';
import { outboxEn } from '../messages/outbox-en';
import { type OutboxErrorCode, outboxVi } from '../messages/outbox-vi';

export type { OutboxErrorCode };

export interface OutboxErrorOptions {
  /** The entry concerned, when known. */
  id?: string | undefined;
  /** The storage key concerned, when known. */
  key?: string | undefined;
  /** For `send_failed`: the code `errorCode` gave the last failure. */
  lastError?: string | undefined;
  /** What went wrong, for developers (never the request itself: it may hold personal data). */
  detail?: string | undefined;
  cause?: unknown;
}

export class OutboxError extends Error {
  override readonly name = 'OutboxError';
  /**
   * `storage_full` (not stored, so not sent), `storage_evicted` / `corrupt` (an entry was lost
   * or unreadable at start; skipped), `unknown` (another storage failure), `not_found` (no
   * entry with that id, or removed while waited for), `send_failed` (`whenSent` of an entry
   * that failed before a restart, when the error object is gone), `disposed`.
   */
  readonly code: OutboxErrorCode;
  readonly id: string | undefined;
  readonly key: string | undefined;
  readonly lastError: string | undefined;
  readonly detail: string | undefined;

  constructor(code: OutboxErrorCode, options: OutboxErrorOptions = {}) {
    super(outboxVi[code], options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.id = options.id;
    this.key = options.key;
    this.lastError = options.lastError;
    this.detail = options.detail;
    Object.setPrototypeOf(this, new.target.prototype);
  }

  /** The citizen-facing message in `locale` (the `message` property is Vietnamese). */
  messageIn(locale: PlatformLocale): string {
    return (locale === 'en' ? outboxEn : outboxVi)[this.code];
  }
}

export function isOutboxError(value: unknown, code?: OutboxErrorCode): value is OutboxError {
  return value instanceof OutboxError && (code === undefined || value.code === code);
}

/** Citizen-facing messages for every outbox error code, for apps that render them themselves. */
export const outboxErrorMessages: Readonly<
  Record<PlatformLocale, Readonly<Record<OutboxErrorCode, string>>>
> = { vi: outboxVi, en: outboxEn };

/** A storage failure as an OutboxError naming the entry and key. */
export function storageFailure(
  error: unknown,
  where: { id?: string | undefined; key?: string | undefined },
): OutboxError {
  if (error instanceof OutboxError) return error;
  const code: OutboxErrorCode = isPlatformError(error, 'storage_full')
    ? 'storage_full'
    : isPlatformError(error, 'storage_evicted')
      ? 'storage_evicted'
      : 'unknown';
  return new OutboxError(code, { ...where, cause: error });
}
