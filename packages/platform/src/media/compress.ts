// Photos are made small on the phone before they are stored or sent: a 12-megapixel camera shot
// is 3–6 MB, a form field or a report allows a few MB at most, and every byte costs the citizen
// time and data on a weak connection (and room in Zalo's 5 MB of storage while it waits).
//
// Browser only (canvas). Where there is none (Node, an old WebView without createImageBitmap
// or <canvas>) it fails with MediaError `cannot_compress`, which callers treat like any phone
// that cannot re-encode the image.
import { MediaError } from './errors';
import { type SniffedType, sniffBlob } from './sniff';

export interface CompressOptions {
  /** The result is at most this many bytes, or `compressImage` fails with `too_large`. */
  readonly maxBytes: number;
  /** Longest side of the result in pixels (default 2048). */
  readonly maxDimension?: number | undefined;
  /** Output type when re-encoding (default image/jpeg; WebP falls back to JPEG if unsupported). */
  readonly type?: 'image/jpeg' | 'image/webp' | undefined;
  /** Types returned as they are when already small enough (default jpeg, png, webp). */
  readonly accept?: readonly string[] | undefined;
}

const DEFAULT_ACCEPT: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];
/** Quality steps per size; then the size shrinks. Few steps: each encode is slow on old phones. */
const QUALITIES = [0.82, 0.66];
/** Below this the text on a document photo is no longer legible: better to say "too large". */
const MIN_DIMENSION = 480;

interface Decoded {
  readonly source: CanvasImageSource;
  readonly width: number;
  readonly height: number;
  close(): void;
}

async function decode(blob: Blob, sniffed: SniffedType): Promise<Decoded> {
  const fail = (cause: unknown, detail: string) =>
    new MediaError(sniffed === 'image/heic' ? 'heic_unsupported' : 'cannot_compress', {
      cause,
      detail,
    });
  if (typeof createImageBitmap === 'function') {
    try {
      // EXIF orientation applied, so a portrait photo of a CCCD is not sent sideways.
      const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
      return {
        source: bitmap,
        width: bitmap.width,
        height: bitmap.height,
        close: () => bitmap.close(),
      };
    } catch (error) {
      throw fail(error, `createImageBitmap could not decode ${sniffed}`);
    }
  }
  if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') {
    throw fail(undefined, 'no createImageBitmap and no DOM canvas in this environment');
  }
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return { source: image, width: image.naturalWidth, height: image.naturalHeight, close() {} };
  } catch (error) {
    throw fail(error, `<img> could not decode ${sniffed}`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function encode(
  image: Decoded,
  width: number,
  height: number,
  type: string,
  quality: number,
): Promise<Blob> {
  const offscreen = typeof OffscreenCanvas === 'function';
  const canvas = offscreen ? new OffscreenCanvas(width, height) : document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d') as
    | CanvasRenderingContext2D
    | OffscreenCanvasRenderingContext2D
    | null;
  if (!context) throw new MediaError('cannot_compress', { detail: 'no 2d canvas context' });
  // JPEG has no transparency: a transparent PNG would turn black without a white ground.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(image.source, 0, 0, width, height);
  const blob = offscreen
    ? await (canvas as OffscreenCanvas).convertToBlob({ type, quality })
    : await new Promise<Blob | null>((resolve) =>
        (canvas as HTMLCanvasElement).toBlob(resolve, type, quality),
      );
  if (!blob) throw new MediaError('cannot_compress', { detail: `the canvas made no ${type}` });
  return blob;
}

/**
 * The image as `options.type` (default JPEG), longest side ≤ `maxDimension`, ≤ `maxBytes`.
 * Returns `blob` itself when it already fits and is of an accepted type. Rejects with a
 * MediaError: `not_image` (judged on the bytes), `heic_unsupported` (this phone cannot decode
 * it), `cannot_compress`, `too_large` (not even at the smallest legible size; `maxBytes` set).
 */
export async function compressImage(blob: Blob, options: CompressOptions): Promise<Blob> {
  const { maxBytes, maxDimension = 2048, accept = DEFAULT_ACCEPT } = options;
  const sniffed = await sniffBlob(blob);
  if (!sniffed || sniffed === 'application/pdf') {
    throw new MediaError('not_image', { detail: `the bytes are ${sniffed ?? 'of no known type'}` });
  }
  if (sniffed !== 'image/heic' && blob.size <= maxBytes && accept.includes(sniffed)) return blob;

  const image = await decode(blob, sniffed);
  try {
    let type: string = options.type ?? 'image/jpeg';
    let scale = Math.min(1, maxDimension / Math.max(image.width, image.height));
    for (;;) {
      const width = Math.max(1, Math.round(image.width * scale));
      const height = Math.max(1, Math.round(image.height * scale));
      let smallest: Blob | undefined;
      for (const quality of QUALITIES) {
        const out = await encode(image, width, height, type, quality);
        // A browser that cannot write WebP hands back PNG: use JPEG instead.
        if (out.type !== type) {
          if (type === 'image/jpeg') {
            throw new MediaError('cannot_compress', { detail: `the canvas wrote ${out.type}` });
          }
          type = 'image/jpeg';
          smallest = undefined;
          break;
        }
        if (out.size <= maxBytes) return out;
        smallest = out;
      }
      if (!smallest) continue;
      // Bytes grow with pixels: aim at the limit with a margin, at least 15 % smaller a step.
      const next = Math.min(0.85, Math.sqrt(maxBytes / smallest.size) * 0.95);
      if (Math.max(width, height) * next < MIN_DIMENSION) break;
      scale *= next;
    }
  } finally {
    image.close();
  }
  throw new MediaError('too_large', {
    maxBytes,
    detail: `over ${maxBytes} bytes even close to ${MIN_DIMENSION} px, the smallest legible size`,
  });
}
