// "Lưu mã QR vào máy": the VietQR code as a PNG a banking app can read from the photo gallery
// (every Vietnamese banking app has "chọn ảnh" in its QR scanner), with the amount, the account
// and the transfer content written under it so the picture explains itself later.
//
// Saving goes through the platform: inside Zalo only the host can put a picture in the gallery
// (zmp-sdk saveImageToGallery, behind @govmini/platform's `media.saveImage`). An app's own
// `saveImage` wins; a platform without the method (an older @govmini/platform, or a custom one)
// gets a download in a plain browser, and inside Zalo the advice to take a screenshot.
import type { Platform } from '@govmini/platform';
import { qrPath } from '../Confirmation/QrCode';

/** Puts an image on the phone (the gallery inside Zalo, a download in a browser). */
export type SaveImage = (image: Blob, options: { fileName: string }) => Promise<void>;

/** The platform's own saving, when its media API has it (older platforms may not). */
export function platformSaveImage(platform: Platform): SaveImage | undefined {
  const media = platform.media as Platform['media'] & { saveImage?: SaveImage };
  return typeof media.saveImage === 'function' ? media.saveImage.bind(media) : undefined;
}

/** A download of the image, for a plain browser (not inside Zalo, where links cannot save). */
export const downloadImage: SaveImage = async (image, { fileName }) => {
  const url = URL.createObjectURL(image);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after the click returns: free it a while later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/** How FeePayment saves: the app's function, the platform's, a browser download, or not at all. */
export function chooseSaveImage(
  given: SaveImage | undefined,
  platform: Platform,
): SaveImage | undefined {
  return (
    given ??
    platformSaveImage(platform) ??
    (platform.kind === 'simulated' && typeof URL.createObjectURL === 'function'
      ? downloadImage
      : undefined)
  );
}

export interface QrImageOptions {
  /** Pixels per module (default 10: a 57-module code is 570 px, sharp on any phone). */
  readonly scale?: number;
  /** Lines written under the code, in the reader's language. */
  readonly caption?: readonly string[];
}

/**
 * Draws `value` as a QR code (error correction M, 4-module quiet zone) on a white PNG, black
 * modules on whole pixels, with the caption under it. Rejects where there is no canvas.
 */
export async function qrImage(value: string, options: QrImageOptions = {}): Promise<Blob> {
  const drawing = await qrPath(value);
  const scale = Math.max(1, Math.round(options.scale ?? 10));
  const side = drawing.size * scale;
  const caption = options.caption ?? [];
  const lineHeight = Math.round(scale * 3.2);
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side + (caption.length ? caption.length * lineHeight + scale * 2 : 0);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('qrImage: no 2D canvas here');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000';
  context.save();
  context.scale(scale, scale);
  context.fill(new Path2D(drawing.path));
  context.restore();
  context.font = `${Math.round(scale * 2.2)}px sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'top';
  caption.forEach((line, i) => {
    context.fillText(line, side / 2, side + i * lineHeight, side - 2 * scale);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('qrImage: the canvas made no PNG'))),
      'image/png',
    ),
  );
}
