import { describe, expect, it } from 'vitest';
import { cleanFileName, sniffBlobType, sniffFileType } from './sniff';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );

describe('sniffFileType', () => {
  it('knows JPEG, PNG, WebP and PDF by their first bytes', () => {
    expect(sniffFileType(bytes([0xff, 0xd8, 0xff, 0xdb]))).toBe('image/jpeg');
    expect(sniffFileType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffFileType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8L'))).toBe('image/webp');
    expect(sniffFileType(bytes('%PDF-1.4\n'))).toBe('application/pdf');
  });

  it('refuses everything else, including near misses and empty files', () => {
    expect(sniffFileType(bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '))).toBeUndefined();
    expect(sniffFileType(bytes([0x89], 'PNG'))).toBeUndefined();
    expect(sniffFileType(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeUndefined();
    expect(sniffFileType(bytes('GIF89a'))).toBeUndefined();
    expect(sniffFileType(new Uint8Array())).toBeUndefined();
  });

  it('takes no HEIC (the platform recognises it, a dossier does not accept it)', () => {
    const heic = bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic');
    expect(sniffFileType(heic)).toBeUndefined();
  });

  it('reads a Blob’s head, whatever type it claims', async () => {
    expect(await sniffBlobType(new Blob([bytes('%PDF-1.7')], { type: 'image/jpeg' }))).toBe(
      'application/pdf',
    );
  });
});

describe('cleanFileName', () => {
  it('keeps a Vietnamese name, NFC, without folders or control and bidi characters', () => {
    expect(cleanFileName('C:\\Users\\Hoa\\Ảnh CCCD.jpg')).toBe('Ảnh CCCD.jpg');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\u202egpj.exe')).toBe('abgpj.exe');
    expect(cleanFileName('Ảnh'.normalize('NFD'))).toBe('Ảnh'.normalize('NFC'));
    expect(cleanFileName('...')).toBe('tep');
  });

  it('shortens a long name to 120 characters, keeping the extension', () => {
    const name = cleanFileName(`${'giấy tờ '.repeat(30)}.pdf`);
    expect(name).toHaveLength(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
