import { describe, expect, it } from 'vitest';
import { blockSizeFor, pixelate, toPixelRect } from './pixelate';
import {
  centredRegion,
  clampRegion,
  MIN_REGION,
  moveRegion,
  regionFromPoints,
  resizeRegion,
} from './regions';

/** A w × h image whose every pixel differs (r = x, g = y). */
function gradient(width: number, height: number) {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data.set([x * 4, y * 4, 128, 255], (y * width + x) * 4);
  }
  return { data, width, height };
}
const at = (img: ReturnType<typeof gradient>, x: number, y: number) => [
  ...img.data.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 4),
];

describe('pixelate', () => {
  it('makes each block its average colour, and leaves every pixel outside the rect alone', () => {
    const img = gradient(40, 40);
    const before = gradient(40, 40);
    pixelate(img, { x: 8, y: 8, width: 16, height: 16 }, 8);
    // Block (8..15, 8..15): r averages x = 8..15 → 11.5 × 4 = 46; g likewise.
    expect(at(img, 8, 8)).toEqual([46, 46, 128, 255]);
    expect(at(img, 15, 15)).toEqual([46, 46, 128, 255]);
    expect(at(img, 16, 8)).toEqual([78, 46, 128, 255]);
    for (let y = 0; y < 40; y++) {
      for (let x = 0; x < 40; x++) {
        const inside = x >= 8 && x < 24 && y >= 8 && y < 24;
        if (!inside) expect(at(img, x, y)).toEqual(at(before, x, y));
      }
    }
  });

  it('handles a rect that does not divide into whole blocks', () => {
    const img = gradient(20, 20);
    pixelate(img, { x: 0, y: 0, width: 10, height: 10 }, 8);
    expect(at(img, 9, 9)).toEqual([34, 34, 128, 255]); // the 2 × 2 corner block: (32 + 36) / 2
  });

  it('uses blocks of at least 8 px, a twelfth of the shorter side for big regions', () => {
    expect(blockSizeFor({ x: 0, y: 0, width: 40, height: 30 })).toBe(8);
    expect(blockSizeFor({ x: 0, y: 0, width: 600, height: 240 })).toBe(20);
  });

  it('turns fractions into whole pixels clipped to the image', () => {
    expect(toPixelRect({ id: 'a', x: 0.25, y: 0.5, width: 0.5, height: 0.25 }, 400, 300)).toEqual({
      x: 100,
      y: 150,
      width: 200,
      height: 75,
    });
    expect(toPixelRect({ id: 'a', x: 0.9, y: 0.9, width: 0.5, height: 0.5 }, 100, 100)).toEqual({
      x: 90,
      y: 90,
      width: 10,
      height: 10,
    });
  });
});

describe('regions', () => {
  it('keeps a region inside the photo and not smaller than the minimum', () => {
    expect(clampRegion({ id: 'a', x: 0.9, y: -0.2, width: 0.3, height: 0.01 })).toEqual({
      id: 'a',
      x: 0.7,
      y: 0,
      width: 0.3,
      height: MIN_REGION,
    });
  });

  it('makes the same rectangle whichever way the finger dragged', () => {
    const a = regionFromPoints('a', { x: 0.6, y: 0.7 }, { x: 0.2, y: 0.3 });
    const b = regionFromPoints('a', { x: 0.2, y: 0.3 }, { x: 0.6, y: 0.7 });
    expect(a).toEqual(b);
    expect(a.x).toBeCloseTo(0.2);
    expect(a.width).toBeCloseTo(0.4);
  });

  it('moves by steps and stops at the edges', () => {
    const r = centredRegion('a', 0.2);
    expect(moveRegion(r, 'left').x).toBeCloseTo(0.38);
    let far = r;
    for (let i = 0; i < 100; i++) far = moveRegion(far, 'right');
    expect(far.x + far.width).toBeCloseTo(1);
  });

  it('grows and shrinks around its centre, never below the minimum', () => {
    const r = centredRegion('a', 0.2);
    const wider = resizeRegion(r, 'wider');
    expect(wider.width).toBeCloseTo(0.22);
    expect(wider.x + wider.width / 2).toBeCloseTo(0.5);
    let small = r;
    for (let i = 0; i < 50; i++) small = resizeRegion(small, 'shorter');
    expect(small.height).toBe(MIN_REGION);
  });
});
