// @govmini/platform/media — what a photo needs on the phone before it is kept or sent: its real
// type from its bytes, a safe file name, and re-encoding to fit a size (canvas, browser only).
// No React, no zmp-sdk; safe to import in Node (only `compressImage` needs a browser).

export type { CompressOptions } from './compress';
export { compressImage } from './compress';
export type { MediaErrorCode, MediaErrorOptions } from './errors';
export { isMediaError, MediaError, mediaErrorMessages } from './errors';
export type { SniffedType } from './sniff';
export { cleanFileName, SNIFF_BYTES, sniffBlob, sniffType } from './sniff';
