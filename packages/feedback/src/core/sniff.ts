// A photo's type and size in pixels from its bytes, not from its name or the type the phone
// claims: a script named `anh.jpg` is nothing we accept. The type check is @govmini/dossier's
// sniff.ts narrowed to photos (copied: same layer, no import); the pixel size is new.

/** The photo types a report accepts (the phone compresses to JPEG; PNG and WebP pass too). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** The backend's limit for one photo (the phone compresses to well under 1 MB). */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** `image/jpeg` | `image/png` | `image/webp`, or undefined for anything else. */
export function sniffPhotoType(head: Uint8Array): PhotoType | undefined {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  return undefined;
}

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, i: number) => u16le(b, i) | ((b[i + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, i: number) => u16be(b, i) * 65_536 + u16be(b, i + 2);

export interface PixelSize {
  readonly width: number;
  readonly height: number;
}

function jpegSize(b: Uint8Array): PixelSize | undefined {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    // Start of frame (baseline, progressive…), not DHT (C4), JPG (C8) or DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    }
    if ((marker >= 0xd0 && marker <= 0xd9) || marker === 0x01) i += 2;
    else i += 2 + u16be(b, i + 2);
  }
  return undefined;
}

function webpSize(b: Uint8Array): PixelSize | undefined {
  if (startsWith(b, ascii('VP8X'), 12)) {
    return { width: 1 + u24le(b, 24), height: 1 + u24le(b, 27) };
  }
  if (startsWith(b, ascii('VP8L'), 12) && b[20] === 0x2f) {
    const bits = u16le(b, 21) + u16le(b, 23) * 65_536;
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) };
  }
  if (startsWith(b, ascii('VP8 '), 12)) {
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  return undefined;
}

/** Width and height in pixels, read from the header; undefined when the header is not there. */
export function photoPixelSize(bytes: Uint8Array): PixelSize | undefined {
  const type = sniffPhotoType(bytes);
  const size =
    type === 'image/png'
      ? bytes.length >= 24
        ? { width: u32be(bytes, 16), height: u32be(bytes, 20) }
        : undefined
      : type === 'image/jpeg'
        ? jpegSize(bytes)
        : type === 'image/webp'
          ? webpSize(bytes)
          : undefined;
  return size && size.width > 0 && size.height > 0 ? size : undefined;
}
