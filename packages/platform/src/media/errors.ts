// Why an image could not be prepared on the phone, as a typed error like PlatformError: a code
// to switch on, a Vietnamese `message` for the citizen, `messageIn('en')`, developer details in
// `detail` (never the image itself).
import type { PlatformLocale } from '../core/errors';
import { mediaEn } from '../messages/media-en';
import { type MediaErrorCode, mediaVi } from '../messages/media-vi';

export type { MediaErrorCode };

export interface MediaErrorOptions {
  /** For `too_large`: the limit in bytes that could not be met. */
  maxBytes?: number;
  /** What went wrong, for developers. */
  detail?: string;
  cause?: unknown;
}

export class MediaError extends Error {
  override readonly name = 'MediaError';
  readonly code: MediaErrorCode;
  readonly maxBytes: number | undefined;
  readonly detail: string | undefined;

  constructor(code: MediaErrorCode, options: MediaErrorOptions = {}) {
    super(mediaVi[code], options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.maxBytes = options.maxBytes;
    this.detail = options.detail;
    // Keeps `instanceof` working when compiled to older targets.
    Object.setPrototypeOf(this, new.target.prototype);
  }

  /** The citizen-facing message in `locale` (the `message` property is Vietnamese). */
  messageIn(locale: PlatformLocale): string {
    return (locale === 'en' ? mediaEn : mediaVi)[this.code];
  }
}

export function isMediaError(value: unknown, code?: MediaErrorCode): value is MediaError {
  return value instanceof MediaError && (code === undefined || value.code === code);
}

/** Citizen-facing messages for every media error code, for apps that render them themselves. */
export const mediaErrorMessages: Readonly<
  Record<PlatformLocale, Readonly<Record<MediaErrorCode, string>>>
> = { vi: mediaVi, en: mediaEn };
