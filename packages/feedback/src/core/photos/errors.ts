// Why a photo could not be added: each code has a message for the citizen (what happened, what
// to do) in the PhotoRedactor/ReportForm catalogues. Nothing typed is lost when one occurs.
export type PhotoErrorCode =
  /** Larger than a phone photo can be (e.g. 40 MB): probably not a photo. */
  | 'too_large'
  /** Not a JPEG, PNG or WebP photo (a GIF, a PDF, a text file…). */
  | 'unsupported_type'
  /** An iPhone HEIC photo this phone cannot open. */
  | 'heic'
  /** The bytes say image but cannot be decoded (damaged, or the phone cannot re-encode it). */
  | 'unreadable'
  /** The app's storage on the phone is full. */
  | 'storage_full';

export class PhotoError extends Error {
  override readonly name = 'PhotoError';
  constructor(
    readonly code: PhotoErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isPhotoError = (value: unknown, code?: PhotoErrorCode): value is PhotoError =>
  value instanceof PhotoError && (code === undefined || value.code === code);
