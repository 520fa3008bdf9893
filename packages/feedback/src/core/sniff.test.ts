// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { photoPixelSize, sniffPhotoType } from './sniff';

const bytes = (...parts: (number[] | string | Uint8Array)[]) =>
  Uint8Array.from(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : [...p])),
  );

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('sniffPhotoType', () => {
  it('knows JPEG, PNG and WebP by their first bytes, and nothing else', () => {
    expect(sniffPhotoType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffPhotoType(bytes(PNG))).toBe('image/png');
    expect(sniffPhotoType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
    for (const other of [
      bytes('%PDF-1.7'),
      bytes('GIF89a'),
      bytes('<svg'),
      bytes([0xff, 0xd8]),
      bytes('RIFF....WAVE'),
    ]) {
      expect(sniffPhotoType(other)).toBeUndefined();
    }
  });
});

describe('photoPixelSize', () => {
  it('reads a PNG header', () => {
    const png = bytes(PNG, [0, 0, 0, 13], 'IHDR', [0, 0, 0x0f, 0x00, 0, 0, 0x0b, 0x40]);
    expect(photoPixelSize(png)).toEqual({ width: 3840, height: 2880 });
  });

  it('finds a JPEG frame header past the other segments', () => {
    const jpeg = bytes(
      [0xff, 0xd8],
      [0xff, 0xe0, 0, 16],
      'JFIF',
      [0, 1, 1, 0, 0, 1, 0, 1, 0, 0],
      [0xff, 0xdb, 0, 4, 0, 0],
      [0xff, 0xc2, 0, 17, 8, 0x04, 0x38, 0x07, 0x80, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1],
    );
    expect(photoPixelSize(jpeg)).toEqual({ width: 1920, height: 1080 });
  });

  it('reads the three WebP forms', () => {
    const head = (chunk: string) => bytes('RIFF', [0, 0, 0, 0], 'WEBP', chunk, [0, 0, 0, 0]);
    const vp8x = bytes(head('VP8X'), [0, 0, 0, 0], [0x7f, 0x07, 0x00], [0x37, 0x04, 0x00]);
    expect(photoPixelSize(vp8x)).toEqual({ width: 1920, height: 1080 });
    const vp8 = bytes(head('VP8 '), [0, 0, 0, 0x9d, 0x01, 0x2a], [0x80, 0x02, 0xe0, 0x01]);
    expect(photoPixelSize(vp8)).toEqual({ width: 640, height: 480 });
    // VP8L: 14 bits width-1, 14 bits height-1 after the 0x2f signature.
    const bits = (640 - 1) | ((480 - 1) << 14);
    const vp8l = bytes(head('VP8L'), [
      0x2f,
      bits & 0xff,
      (bits >> 8) & 0xff,
      (bits >> 16) & 0xff,
      (bits >>> 24) & 0xff,
    ]);
    expect(photoPixelSize(vp8l)).toEqual({ width: 640, height: 480 });
  });

  it('answers undefined for a truncated header or another type', () => {
    expect(photoPixelSize(bytes(PNG))).toBeUndefined();
    expect(photoPixelSize(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toBeUndefined();
    expect(photoPixelSize(bytes('%PDF-1.7 and more bytes here'))).toBeUndefined();
  });
});
