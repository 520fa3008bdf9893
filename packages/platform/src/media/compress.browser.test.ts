// Real canvas encoding in Chromium: what a citizen's phone does to a camera photo.
// (compress.test.ts covers the paths without a canvas.)
import { describe, expect, it } from 'vitest';
import { compressImage } from './compress';
import { isMediaError } from './errors';
import { sniffBlob } from './sniff';

/** A photo-like image: gradients plus noise, so JPEG cannot shrink it to nothing. */
async function photo(width: number, height: number, type = 'image/jpeg', quality = 0.95) {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  const image = context.createImageData(width, height);
  let seed = 42;
  const noise = () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed % 64;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      image.data[i] = ((x * 255) / width + noise()) & 255;
      image.data[i + 1] = ((y * 255) / height + noise()) & 255;
      image.data[i + 2] = (((x + y) * 128) / (width + height) + noise()) & 255;
      image.data[i + 3] = 255;
    }
  }
  context.putImageData(image, 0, 0);
  return canvas.convertToBlob({ type, quality });
}

describe('compressImage (Chromium canvas)', () => {
  it('brings a large camera JPEG under maxBytes and maxDimension, still decodable', async () => {
    const original = await photo(4000, 3000);
    expect(original.size).toBeGreaterThan(3_000_000);
    const maxBytes = 400_000;
    const out = await compressImage(original, { maxBytes });
    expect(out.size).toBeLessThanOrEqual(maxBytes);
    expect(out.type).toBe('image/jpeg');
    expect(await sniffBlob(out)).toBe('image/jpeg');
    const decoded = await createImageBitmap(out);
    expect(Math.max(decoded.width, decoded.height)).toBeLessThanOrEqual(2048);
    expect(decoded.width / decoded.height).toBeCloseTo(4 / 3, 2);
  });

  it('honours a smaller maxDimension and WebP output', async () => {
    const out = await compressImage(await photo(1600, 1200), {
      maxBytes: 200_000,
      maxDimension: 800,
      type: 'image/webp',
    });
    expect(await sniffBlob(out)).toBe('image/webp');
    const decoded = await createImageBitmap(out);
    expect(decoded.width).toBeLessThanOrEqual(800);
  });

  it('returns the original when it already fits and is accepted', async () => {
    const small = await photo(200, 150);
    expect(await compressImage(small, { maxBytes: 1_000_000 })).toBe(small);
  });

  it('re-encodes an accepted-size PNG when PNG is not accepted, on a white ground', async () => {
    const canvas = new OffscreenCanvas(64, 64);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.fillStyle = 'rgba(0, 0, 0, 0)';
    context.fillRect(0, 0, 64, 64); // fully transparent
    const png = await canvas.convertToBlob({ type: 'image/png' });
    const out = await compressImage(png, { maxBytes: 1_000_000, accept: ['image/jpeg'] });
    expect(await sniffBlob(out)).toBe('image/jpeg');
    const check = new OffscreenCanvas(1, 1).getContext('2d') as OffscreenCanvasRenderingContext2D;
    check.drawImage(await createImageBitmap(out), 0, 0);
    const [r, g, b] = check.getImageData(0, 0, 1, 1).data;
    expect(Math.min(r ?? 0, g ?? 0, b ?? 0)).toBeGreaterThan(240);
  });

  it('says too_large when even a small, low-quality image cannot fit', async () => {
    const error = await compressImage(await photo(1200, 900), { maxBytes: 2_000 }).catch(
      (e: unknown) => e,
    );
    expect(isMediaError(error, 'too_large')).toBe(true);
    expect(error).toMatchObject({ maxBytes: 2_000 });
  });

  it('refuses what is not an image, and explains HEIC it cannot decode', async () => {
    const pdf = new Blob(['%PDF-1.4\n…']);
    await expect(compressImage(pdf, { maxBytes: 10 })).rejects.toMatchObject({ code: 'not_image' });
    const heicHead = new Uint8Array([
      0,
      0,
      0,
      0x18,
      ...new TextEncoder().encode('ftypheic\0\0\0\0mif1heic'),
    ]);
    const heic = new Blob([heicHead, new Uint8Array(5_000)]);
    await expect(compressImage(heic, { maxBytes: 1_000 })).rejects.toMatchObject({
      code: 'heic_unsupported',
    });
  });
});
