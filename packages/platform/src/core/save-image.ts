// `media.saveImage`: what both platforms check before saving a picture on the phone, and the
// data URL Zalo takes it as. Zalo saves only what it is handed as `imageBase64Data` (a data
// URL, at most 7,000,000 characters by zmp-sdk 2.51.6's own schema, i.e. about 5 MB of
// image), so anything larger, empty, or not really a JPEG, PNG or WebP is the app's mistake,
// told at once (TypeError, RangeError) instead of a vague failure from Zalo later. Kept small
// on purpose (it is in every app's platform bundle): the three signatures are read here
// rather than through @govmini/platform/media's fuller sniffing.

/** zmp-sdk's limit on `imageBase64Data` (apis/apis/saveImageToGallery.js: `max(7e6)`). */
export const SAVE_IMAGE_MAX_DATA_URL = 7_000_000;

export type SavableImageType = 'image/jpeg' | 'image/png' | 'image/webp';

/** The type the first bytes say: JPEG (FF D8 FF), PNG (89 'PNG'), WebP ('RIFF'…'WEBP'). */
function savableType(bytes: Uint8Array): SavableImageType | undefined {
  const text = String.fromCharCode(...bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes[0] === 0x89 && text.slice(1, 4) === 'PNG') return 'image/png';
  if (text.startsWith('RIFF') && text.slice(8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

const fail = (Kind: typeof TypeError, problem: string) => {
  throw new Kind(`media.saveImage: ${problem}`);
};

/**
 * Checks an image before saving; resolves its type from its bytes. Rejects with a TypeError
 * (not a Blob, no file name, empty, not JPEG/PNG/WebP) or a RangeError (too large for Zalo).
 */
export async function checkSavableImage(
  image: unknown,
  options: unknown,
): Promise<SavableImageType> {
  if (!(image instanceof Blob) || image.size === 0) fail(TypeError, 'no image (a Blob)');
  const fileName = (options as { fileName?: unknown } | null | undefined)?.fileName;
  if (typeof fileName !== 'string' || !fileName.trim()) fail(TypeError, 'no fileName');
  const blob = image as Blob;
  const type = savableType(new Uint8Array(await blob.slice(0, 12).arrayBuffer()));
  if (!type) return fail(TypeError, 'the image must be a JPEG, PNG or WebP');
  // The data URL's length, without building it.
  if (`data:${type};base64,`.length + 4 * Math.ceil(blob.size / 3) > SAVE_IMAGE_MAX_DATA_URL) {
    fail(RangeError, 'over Zalo’s 5 MB (compressImage makes it fit)');
  }
  return type;
}

/** `data:<type>;base64,…` of the image's bytes (chunked: no call-stack limit on big images). */
export async function imageDataUrl(image: Blob, type: SavableImageType): Promise<string> {
  const bytes = new Uint8Array(await image.arrayBuffer());
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return `data:${type};base64,${btoa(binary)}`;
}

/**
 * A browser download of the image as `fileName` (the simulator's way of "saving to the
 * gallery" in a plain browser); nothing where no browser can (Node).
 */
export function downloadInBrowser(image: Blob, fileName: string): void {
  if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(image);
  const link = document.createElement('a');
  link.href = url;
  // The app's own name; the browser itself drops folders and characters a file name cannot have.
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: free it a while later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
