// Photos are made small on the phone before they are queued, and types are checked on the
// bytes. Both are @govmini/platform/media's; this adapter keeps the dossier's names and turns
// its MediaError into the AttachmentError the attachment queue and the screens speak.
import {
  compressImage as compressOnDevice,
  isMediaError,
  type MediaErrorCode,
} from '@govmini/platform/media';
import type { CompressOptions } from '../drafts/api';
import { AttachmentError, type AttachmentErrorCode } from './errors';

export type { SniffedType } from '@govmini/platform/media';
export { sniffBlob, sniffType } from '@govmini/platform/media';

const CODES: Readonly<Record<MediaErrorCode, AttachmentErrorCode>> = {
  not_image: 'file_type',
  heic_unsupported: 'heic_unsupported',
  cannot_compress: 'cannot_compress',
  too_large: 'too_large',
};

/**
 * The image as `options.type` (default JPEG), longest side ≤ `maxDimension`, ≤ `maxBytes`.
 * Returns `blob` itself when it already fits and is of an accepted type. Throws AttachmentError:
 * `file_type` (not an image), `heic_unsupported`, `cannot_compress`, `too_large`.
 */
export async function compressImage(blob: Blob, options: CompressOptions): Promise<Blob> {
  try {
    return await compressOnDevice(blob, options);
  } catch (error) {
    if (!isMediaError(error)) throw error;
    throw new AttachmentError(CODES[error.code], {
      ...(error.maxBytes !== undefined && { maxBytes: error.maxBytes }),
      cause: error,
    });
  }
}
