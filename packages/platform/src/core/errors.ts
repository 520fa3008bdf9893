// One error class for everything the platform can fail with. Zalo rejects with plain
// `{ code, message, api }` objects (its own `instanceof AppError` never works), so the
// adapter turns each into a PlatformError with a code an app can switch on.
import { en } from '../messages/en';
import { type PlatformErrorCode, vi } from '../messages/vi';

export type { PlatformErrorCode };

export type PlatformLocale = 'vi' | 'en';

export interface PlatformErrorOptions {
  /** The platform API that failed, e.g. `getPhoneNumber`. */
  api?: string;
  /** Zalo's numeric code, kept for support tickets (e.g. -1403). */
  zaloCode?: number;
  /** What went wrong, for developers (never personal data). */
  detail?: string;
  cause?: unknown;
}

export class PlatformError extends Error {
  override readonly name = 'PlatformError';
  readonly code: PlatformErrorCode;
  readonly api: string | undefined;
  readonly zaloCode: number | undefined;
  readonly detail: string | undefined;

  constructor(code: PlatformErrorCode, options: PlatformErrorOptions = {}) {
    super(
      vi[code] ?? vi.unknown,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = vi[code] ? code : 'unknown';
    this.api = options.api;
    this.zaloCode = options.zaloCode;
    this.detail = options.detail;
    // Keeps `instanceof` working when compiled to older targets.
    Object.setPrototypeOf(this, new.target.prototype);
  }

  /** The citizen-facing message in `locale` (the `message` property is Vietnamese). */
  messageIn(locale: PlatformLocale): string {
    return (locale === 'en' ? en : vi)[this.code];
  }
}

export function isPlatformError(value: unknown, code?: PlatformErrorCode): value is PlatformError {
  return value instanceof PlatformError && (code === undefined || value.code === code);
}

/** Citizen-facing messages for every error code, for apps that render them themselves. */
export const platformErrorMessages: Readonly<
  Record<PlatformLocale, Readonly<Record<PlatformErrorCode, string>>>
> = {
  vi,
  en,
};
