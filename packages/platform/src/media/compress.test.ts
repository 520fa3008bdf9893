// compressImage without a canvas (jsdom, like Node or a WebView without one): every path that
// needs no re-encoding, and the typed refusal when one would be needed. The encoding itself is
// tested in real Chromium (compress.browser.test.ts).
import { describe, expect, it } from 'vitest';
import { compressImage } from './compress';
import { isMediaError, MediaError, mediaErrorMessages } from './errors';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const HEIC = new Uint8Array([
  0,
  0,
  0,
  0x18,
  ...new TextEncoder().encode('ftypheic\0\0\0\0mif1heic'),
]);

describe('compressImage without a canvas', () => {
  it('returns the very same Blob when it fits and its type is accepted', async () => {
    const small = new Blob([JPEG]);
    expect(await compressImage(small, { maxBytes: 1_000 })).toBe(small);
    const png = new Blob([PNG]);
    expect(await compressImage(png, { maxBytes: 1_000, accept: ['image/png'] })).toBe(png);
  });

  it('refuses what is not an image by its bytes, whatever it claims', async () => {
    for (const content of ['%PDF-1.4\n', '<svg/>', '']) {
      const error = await compressImage(new Blob([content], { type: 'image/jpeg' }), {
        maxBytes: 10,
      }).catch((e: unknown) => e);
      expect(isMediaError(error, 'not_image')).toBe(true);
    }
  });

  it('says cannot_compress when re-encoding is needed and impossible here', async () => {
    const big = new Blob([JPEG, new Uint8Array(5_000)]);
    const error = await compressImage(big, { maxBytes: 1_000 }).catch((e: unknown) => e);
    expect(isMediaError(error, 'cannot_compress')).toBe(true);
    expect((error as MediaError).detail).toMatch(/decode|canvas/);
    // A PNG that fits but is not accepted needs re-encoding too.
    const png = await compressImage(new Blob([PNG]), { maxBytes: 1_000, accept: ['image/jpeg'] })
      .then(() => 'kept')
      .catch((e: unknown) => (e as MediaError).code);
    expect(png).toBe('cannot_compress');
  });

  it('says heic_unsupported for a HEIC photo it cannot decode, even a small one', async () => {
    const error = await compressImage(new Blob([HEIC]), { maxBytes: 1_000_000 }).catch(
      (e: unknown) => e,
    );
    expect(isMediaError(error, 'heic_unsupported')).toBe(true);
  });
});

describe('MediaError', () => {
  it('is typed, Vietnamese first, English on request', () => {
    const error = new MediaError('too_large', { maxBytes: 2_000_000, detail: 'd' });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'MediaError', code: 'too_large', maxBytes: 2_000_000 });
    expect(error.message).toBe(mediaErrorMessages.vi.too_large);
    expect(error.messageIn('en')).toBe(mediaErrorMessages.en.too_large);
    expect(isMediaError(error, 'not_image')).toBe(false);
    expect(isMediaError({ code: 'too_large' })).toBe(false);
  });

  it('has a Vietnamese and an English message for every code, NFC, asking politely', () => {
    const codes = Object.keys(mediaErrorMessages.vi);
    expect(Object.keys(mediaErrorMessages.en).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const vi = mediaErrorMessages.vi[code as keyof typeof mediaErrorMessages.vi];
      expect(vi.normalize('NFC')).toBe(vi);
      expect(vi).toMatch(/vui lòng/i);
      expect(vi).not.toMatch(/\b(bạn|bác)\b/i);
    }
  });
});
