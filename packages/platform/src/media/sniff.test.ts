import { describe, expect, it } from 'vitest';
import { cleanFileName, SNIFF_BYTES, sniffBlob, sniffType } from './sniff';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );

describe('sniffType', () => {
  it('knows JPEG, PNG, WebP and PDF by their first bytes', () => {
    expect(sniffType(bytes([0xff, 0xd8, 0xff, 0xdb]))).toBe('image/jpeg');
    expect(sniffType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8L'))).toBe('image/webp');
    expect(sniffType(bytes('%PDF-1.4\n'))).toBe('application/pdf');
  });

  it('recognises HEIC from iPhones and Android phones, not AVIF', () => {
    expect(sniffType(bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'))).toBe(
      'image/heic',
    );
    expect(sniffType(bytes([0, 0, 0, 0x18], 'ftypmif1', [0, 0, 0, 0], 'mif1heic'))).toBe(
      'image/heic',
    );
    // A brand listed beyond the ftyp box does not count.
    expect(sniffType(bytes([0, 0, 0, 0x10], 'ftypisom', [0, 0, 0, 0], 'heic'))).toBeUndefined();
    expect(sniffType(bytes([0, 0, 0, 0x18], 'ftypavif', [0, 0, 0, 0], 'mif1avif'))).toBeUndefined();
    expect(sniffType(bytes([0, 0, 0, 0x14], 'ftypmif1', [0, 0, 0, 0], 'avif'))).toBeUndefined();
  });

  it('refuses everything else, including near misses and short or empty files', () => {
    expect(sniffType(bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '))).toBeUndefined();
    expect(sniffType(bytes([0x89], 'PNG'))).toBeUndefined();
    expect(sniffType(bytes([0xff, 0xd8]))).toBeUndefined();
    expect(sniffType(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeUndefined();
    expect(sniffType(bytes('<html><script>'))).toBeUndefined();
    expect(sniffType(bytes('GIF89a'))).toBeUndefined();
    expect(sniffType(bytes([0, 0, 0, 0x18], 'ftyp'))).toBeUndefined();
    expect(sniffType(new Uint8Array())).toBeUndefined();
  });

  it('reads a view into a larger buffer at its own offset', () => {
    const buffer = bytes('xxxx', [0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic');
    expect(sniffType(buffer.subarray(4))).toBe('image/heic');
  });
});

describe('sniffBlob', () => {
  it('reads only the head of a Blob, whatever type it claims', async () => {
    const blob = new Blob([bytes('%PDF-1.7'), new Uint8Array(100_000)], { type: 'image/jpeg' });
    const sliced: number[] = [];
    const slice = blob.slice.bind(blob);
    blob.slice = (start, end) => {
      sliced.push((end ?? blob.size) - (start ?? 0));
      return slice(start, end);
    };
    expect(await sniffBlob(blob)).toBe('application/pdf');
    expect(sliced).toEqual([SNIFF_BYTES]);
  });
});

describe('cleanFileName', () => {
  it('keeps a Vietnamese name, NFC, without folders or control and bidi characters', () => {
    expect(cleanFileName('C:\\Users\\Hoa\\Ảnh CCCD.jpg')).toBe('Ảnh CCCD.jpg');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\u202egpj.exe')).toBe('abgpj.exe');
    expect(cleanFileName('Ảnh'.normalize('NFD'))).toBe('Ảnh'.normalize('NFC'));
    expect(cleanFileName('...')).toBe('tep');
    expect(cleanFileName('', 'anh')).toBe('anh');
  });

  it('shortens a long name to 120 characters, keeping the extension', () => {
    const name = cleanFileName(`${'giấy tờ '.repeat(30)}.pdf`);
    expect(name).toHaveLength(120);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(cleanFileName('x'.repeat(200))).toBe('x'.repeat(120));
  });
});
