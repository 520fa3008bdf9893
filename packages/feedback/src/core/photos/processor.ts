// How the report's photos are prepared and blurred: on the phone's canvas by default. A seam
// for tests in environments without a canvas (jsdom) and for apps with a native encoder.
import type { EncodedPhoto } from './canvas';
import { preparePhoto, redactPhoto } from './prepare';
import type { BlurRegion } from './regions';

export interface PhotoProcessor {
  /** A picked file made ready to keep and send (checked, compressed, re-encoded). Throws PhotoError. */
  prepare(file: Blob): Promise<EncodedPhoto>;
  /** The photo with the regions pixelated. Throws PhotoError. */
  redact(photo: Blob, regions: readonly BlurRegion[]): Promise<EncodedPhoto>;
}

export const canvasPhotoProcessor: PhotoProcessor = {
  prepare: (file) => preparePhoto(file),
  redact: (photo, regions) => redactPhoto(photo, regions),
};
