// Pixelation on raw RGBA pixels: each block of the region becomes its average colour. Blocks
// are large (at least 1/12 of the region's shorter side, never under 8 px) so a face or a
// number plate cannot be read back, and pure arithmetic, so it is tested without a canvas.
import type { BlurRegion } from './regions';

export interface Pixels {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

export interface PixelRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The region in whole pixels of an image, clipped to it (may be empty). */
export function toPixelRect(region: BlurRegion, width: number, height: number): PixelRect {
  const x0 = Math.max(0, Math.floor(region.x * width));
  const y0 = Math.max(0, Math.floor(region.y * height));
  const x1 = Math.min(width, Math.ceil((region.x + region.width) * width));
  const y1 = Math.min(height, Math.ceil((region.y + region.height) * height));
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}

/** Block size for a region: coarse enough that no detail survives. */
export const blockSizeFor = (rect: PixelRect): number =>
  Math.max(8, Math.ceil(Math.min(rect.width, rect.height) / 12));

/** Replaces every block of `rect` in `pixels` with its average colour (in place). */
export function pixelate(pixels: Pixels, rect: PixelRect, block = blockSizeFor(rect)): void {
  const { data, width } = pixels;
  const right = rect.x + rect.width;
  const bottom = rect.y + rect.height;
  for (let by = rect.y; by < bottom; by += block) {
    for (let bx = rect.x; bx < right; bx += block) {
      const ex = Math.min(bx + block, right);
      const ey = Math.min(by + block, bottom);
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      let n = 0;
      for (let y = by; y < ey; y++) {
        for (let x = bx; x < ex; x++) {
          const i = (y * width + x) * 4;
          r += data[i] as number;
          g += data[i + 1] as number;
          b += data[i + 2] as number;
          a += data[i + 3] as number;
          n++;
        }
      }
      if (n === 0) continue;
      r = Math.round(r / n);
      g = Math.round(g / n);
      b = Math.round(b / n);
      a = Math.round(a / n);
      for (let y = by; y < ey; y++) {
        for (let x = bx; x < ex; x++) {
          const i = (y * width + x) * 4;
          data[i] = r;
          data[i + 1] = g;
          data[i + 2] = b;
          data[i + 3] = a;
        }
      }
    }
  }
}
