// A picked photo made ready to keep and send: checked on its bytes (a renamed file is what it
// is), compressed on the phone (@govmini/platform/media's compressImage), then re-encoded on a
// canvas so no camera metadata (GPS position, phone model) is kept. The file the citizen
// picked is never stored nor sent — only what this returns, and later its blurred version.
import { compressImage, isMediaError, sniffBlob } from '@govmini/platform/media';
import { type EncodedPhoto, measurePhoto, renderPhoto } from './canvas';
import { PhotoError } from './errors';
import type { BlurRegion } from './regions';

/** Larger than any phone camera's photo: something else (a video, an archive…). */
export const PHOTO_MAX_INPUT_BYTES = 20 * 1024 * 1024;
/**
 * Kept and sent per photo. Five of them, as base64 in the phone's storage (counted in UTF-16),
 * take about 2.7 MB of Zalo's 5 MB — room left for the draft and the outbox.
 */
export const PHOTO_MAX_BYTES = 200 * 1024;
/** Longest side: enough to see a pothole or read a sign, small enough to send on 3G. */
export const PHOTO_MAX_DIMENSION = 1600;

export interface PreparePhotoOptions {
  readonly maxInputBytes?: number;
  readonly maxBytes?: number;
  readonly maxDimension?: number;
}

/** The compressor's reason as ours: a photo too big to shrink, HEIC, not an image, unreadable. */
function fromMediaError(error: unknown): PhotoError {
  const code = !isMediaError(error)
    ? 'unreadable'
    : error.code === 'too_large'
      ? 'too_large'
      : error.code === 'heic_unsupported'
        ? 'heic'
        : error.code === 'not_image'
          ? 'unsupported_type'
          : 'unreadable';
  return new PhotoError(code, 'The photo cannot be prepared on this phone', { cause: error });
}

/** Within `maxBytes`, as JPEG: the canvas's output, compressed again if it came out larger. */
async function withinBytes(photo: EncodedPhoto, maxBytes: number, maxDimension: number) {
  if (photo.blob.size <= maxBytes) return photo;
  try {
    const blob = await compressImage(photo.blob, { maxBytes, maxDimension, type: 'image/jpeg' });
    // Compressing may shrink the photo: measure what it became.
    return blob === photo.blob ? photo : await measurePhoto(blob);
  } catch (error) {
    throw fromMediaError(error);
  }
}

/** The photo as it will be kept and sent (JPEG, ≤ maxBytes, no metadata). Throws PhotoError. */
export async function preparePhoto(
  file: Blob,
  options: PreparePhotoOptions = {},
): Promise<EncodedPhoto> {
  const maxBytes = options.maxBytes ?? PHOTO_MAX_BYTES;
  const maxDimension = options.maxDimension ?? PHOTO_MAX_DIMENSION;
  if (file.size > (options.maxInputBytes ?? PHOTO_MAX_INPUT_BYTES)) {
    throw new PhotoError('too_large', `The file is ${file.size} bytes`);
  }
  const type = await sniffBlob(file);
  if (!type || type === 'application/pdf') {
    throw new PhotoError(
      'unsupported_type',
      `Not a JPEG, PNG or WebP photo (${type ?? 'unknown'})`,
    );
  }
  let compressed: Blob;
  try {
    compressed = await compressImage(file, { maxBytes, maxDimension, type: 'image/jpeg' });
  } catch (error) {
    if (type === 'image/heic')
      throw new PhotoError('heic', 'HEIC cannot be opened here', { cause: error });
    throw fromMediaError(error);
  }
  // compressImage returns a small enough JPEG untouched: re-encode it anyway (metadata).
  const clean = await renderPhoto(compressed, [], { maxDimension });
  return withinBytes(clean, maxBytes, maxDimension);
}

/** The photo with `regions` pixelated, as it will replace the unblurred one. */
export async function redactPhoto(
  photo: Blob,
  regions: readonly BlurRegion[],
  options: Pick<PreparePhotoOptions, 'maxBytes' | 'maxDimension'> = {},
): Promise<EncodedPhoto> {
  const maxDimension = options.maxDimension ?? PHOTO_MAX_DIMENSION;
  const redacted = await renderPhoto(photo, regions, { maxDimension });
  return withinBytes(redacted, options.maxBytes ?? PHOTO_MAX_BYTES, maxDimension);
}
