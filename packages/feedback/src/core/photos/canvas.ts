// Re-encoding a photo on the phone's canvas: decoded with its EXIF orientation applied, drawn
// at most `maxDimension` on its longest side, the blur regions pixelated, and encoded as a new
// JPEG. Re-encoding is also what drops the camera's metadata (GPS position, phone model): what
// leaves the phone is only the pixels. Browser only; elsewhere it fails with `unreadable`.
import { PhotoError } from './errors';
import { pixelate, toPixelRect } from './pixelate';
import type { BlurRegion } from './regions';

export interface EncodedPhoto {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
}

export interface RenderOptions {
  /** Longest side in pixels (default 1600). */
  readonly maxDimension?: number;
  /** JPEG quality 0–1 (default 0.82). */
  readonly quality?: number;
}

type AnyCanvas = HTMLCanvasElement | OffscreenCanvas;
type AnyContext = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const unreadable = (cause?: unknown) =>
  new PhotoError('unreadable', 'The photo cannot be decoded or re-encoded here', { cause });

async function decode(
  blob: Blob,
): Promise<{ source: CanvasImageSource; w: number; h: number; close(): void }> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
      return { source: bitmap, w: bitmap.width, h: bitmap.height, close: () => bitmap.close() };
    } catch (error) {
      throw unreadable(error);
    }
  }
  if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') {
    throw unreadable();
  }
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return { source: image, w: image.naturalWidth, h: image.naturalHeight, close() {} };
  } catch (error) {
    throw unreadable(error);
  } finally {
    URL.revokeObjectURL(url);
  }
}

function makeCanvas(width: number, height: number): { canvas: AnyCanvas; context: AnyContext } {
  const canvas: AnyCanvas =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(width, height)
      : Object.assign(document.createElement('canvas'), { width, height });
  const context = canvas.getContext('2d', { willReadFrequently: true }) as AnyContext | null;
  if (!context) throw unreadable();
  return { canvas, context };
}

async function toJpeg(canvas: AnyCanvas, quality: number): Promise<Blob> {
  const blob =
    'convertToBlob' in canvas
      ? await canvas.convertToBlob({ type: 'image/jpeg', quality })
      : await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
  if (!blob) throw unreadable();
  return blob;
}

/** A photo's size in pixels, without re-encoding it. */
export async function measurePhoto(blob: Blob): Promise<EncodedPhoto> {
  const image = await decode(blob);
  image.close();
  return { blob, width: image.w, height: image.h };
}

/** The photo re-encoded as JPEG with `regions` pixelated (none: only re-encoded). */
export async function renderPhoto(
  blob: Blob,
  regions: readonly BlurRegion[],
  options: RenderOptions = {},
): Promise<EncodedPhoto> {
  const image = await decode(blob);
  try {
    const scale = Math.min(1, (options.maxDimension ?? 1600) / Math.max(image.w, image.h));
    const width = Math.max(1, Math.round(image.w * scale));
    const height = Math.max(1, Math.round(image.h * scale));
    const { canvas, context } = makeCanvas(width, height);
    // JPEG has no transparency: a transparent PNG would turn black without a white ground.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(image.source, 0, 0, width, height);
    for (const region of regions) {
      const rect = toPixelRect(region, width, height);
      if (rect.width === 0 || rect.height === 0) continue;
      const pixels = context.getImageData(rect.x, rect.y, rect.width, rect.height);
      pixelate(pixels, { x: 0, y: 0, width: rect.width, height: rect.height });
      context.putImageData(pixels, rect.x, rect.y);
    }
    return { blob: await toJpeg(canvas, options.quality ?? 0.82), width, height };
  } finally {
    image.close();
  }
}
