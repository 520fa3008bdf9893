// A file's type from its first bytes, not from its name or the type the phone claims: a renamed
// PDF is a PDF, and a script named `anh.jpg` is nothing anyone should accept. HEIC is
// recognised too, so an app can say why an iPhone photo is refused instead of "wrong type".

export type SniffedType =
  | 'image/jpeg'
  | 'image/png'
  | 'image/webp'
  | 'application/pdf'
  | 'image/heic';

/** How many leading bytes `sniffType` looks at (an ISO-BMFF `ftyp` box with its brands fits). */
export const SNIFF_BYTES = 64;

const startsWith = (bytes: Uint8Array, signature: string | readonly number[], at = 0) => {
  const expected =
    typeof signature === 'string' ? [...signature].map((c) => c.charCodeAt(0)) : signature;
  return (
    bytes.length >= at + expected.length && expected.every((byte, i) => bytes[at + i] === byte)
  );
};

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

// ISO-BMFF brands of HEIF images from iPhones and Android phones (not AVIF).
const HEIC_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs'];

function sniffHeic(bytes: Uint8Array): 'image/heic' | undefined {
  if (bytes.length < 12 || ascii(bytes, 4, 4) !== 'ftyp') return undefined;
  const boxSize = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  const brands = [ascii(bytes, 8, 4)];
  for (let at = 16; at + 4 <= Math.min(boxSize, bytes.length); at += 4) {
    brands.push(ascii(bytes, at, 4));
  }
  if (brands.some((brand) => HEIC_BRANDS.includes(brand))) return 'image/heic';
  // A generic HEIF still image, unless it says it is AVIF.
  return brands[0] === 'mif1' && !brands.includes('avif') ? 'image/heic' : undefined;
}

/** The type the leading bytes say, or undefined for anything else (GIF, SVG, HTML, empty…). */
export function sniffType(bytes: Uint8Array): SniffedType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return 'image/webp';
  if (startsWith(bytes, '%PDF-')) return 'application/pdf';
  return sniffHeic(bytes);
}

/** The type of a Blob from its first bytes (reads only those), whatever type it claims. */
export async function sniffBlob(blob: Blob): Promise<SniffedType | undefined> {
  return sniffType(new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer()));
}

/**
 * A file name safe to store, send and show: no folders, no control or bidi characters (a
 * `\u202e` can make `gpj.exe` read as `exe.jpg`), NFC, at most 120 characters, keeping the
 * extension; `fallback` when nothing is left.
 */
export function cleanFileName(name: string, fallback = 'tep'): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  const safe = cleaned.replace(/^\.+/, '') || fallback;
  if (safe.length <= 120) return safe;
  const dot = safe.lastIndexOf('.');
  const ext = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : '';
  return safe.slice(0, 120 - ext.length) + ext;
}
