// The dossier's adapter over @govmini/platform/media's compressImage (whose encoding is tested
// in Chromium in the platform package): real canvas, dossier terms — AttachmentError codes the
// queue and the screens know, and the field's `accept` honoured.
import { describe, expect, it } from 'vitest';
import { compressImage, sniffBlob } from './compress';
import { AttachmentError, isAttachmentError } from './errors';

async function noisy(width: number, height: number, type = 'image/jpeg') {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  const image = context.createImageData(width, height);
  let seed = 7;
  for (let i = 0; i < image.data.length; i++) {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    image.data[i] = i % 4 === 3 ? 255 : seed & 255;
  }
  context.putImageData(image, 0, 0);
  return canvas.convertToBlob({ type, quality: 0.95 });
}

describe('compressImage (dossier adapter, Chromium canvas)', () => {
  it('makes a photo fit the field, as JPEG unless the field takes only WebP', async () => {
    const original = await noisy(1200, 900);
    const out = await compressImage(original, { maxBytes: 150_000 });
    expect(out.size).toBeLessThanOrEqual(150_000);
    expect(await sniffBlob(out)).toBe('image/jpeg');
    const png = await noisy(64, 64, 'image/png');
    const webp = await compressImage(png, {
      maxBytes: 1_000_000,
      type: 'image/webp',
      accept: ['image/webp'],
    });
    expect(await sniffBlob(webp)).toBe('image/webp');
  });

  it('speaks AttachmentError: too_large with the limit, file_type, heic_unsupported', async () => {
    const tooLarge = await compressImage(await noisy(1200, 900), { maxBytes: 2_000 }).catch(
      (e: unknown) => e,
    );
    expect(isAttachmentError(tooLarge, 'too_large')).toBe(true);
    expect((tooLarge as AttachmentError).maxBytes).toBe(2_000);
    expect((tooLarge as AttachmentError).message).toMatch(/Vui lòng/);

    const pdf = new Blob(['%PDF-1.4\n…']);
    const notImage = await compressImage(pdf, { maxBytes: 10 }).catch((e: unknown) => e);
    expect(isAttachmentError(notImage, 'file_type')).toBe(true);

    const heicHead = new TextEncoder().encode('\0\0\0\x18ftypheic\0\0\0\0mif1heic');
    const heic = new Blob([heicHead, new Uint8Array(5_000)]);
    await expect(compressImage(heic, { maxBytes: 1_000 })).rejects.toBeInstanceOf(AttachmentError);
    await expect(compressImage(heic, { maxBytes: 1_000 })).rejects.toMatchObject({
      code: 'heic_unsupported',
    });
  });
});
