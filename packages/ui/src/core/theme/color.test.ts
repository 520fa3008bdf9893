import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  fromOklch,
  luminance,
  nearestPassingShade,
  parseColor,
  type Rgb,
  toHex,
  toOklch,
} from './color';

const rgbArb = fc.record({
  r: fc.integer({ min: 0, max: 255 }),
  g: fc.integer({ min: 0, max: 255 }),
  b: fc.integer({ min: 0, max: 255 }),
});

describe('parseColor', () => {
  it.each([
    ['#abc', '#aabbcc'],
    ['#1D5EA8', '#1d5ea8'],
    ['  #1d5ea8 ', '#1d5ea8'],
    ['1d5ea8', '#1d5ea8'],
    ['rgb(29, 94, 168)', '#1d5ea8'],
    ['rgb(29 94 168)', '#1d5ea8'],
    ['rgb(100%, 0%, 0%)', '#ff0000'],
    ['RGB(0,0,0)', '#000000'],
    ['hsl(0 100% 50%)', '#ff0000'],
    ['hsl(120, 100%, 25%)', '#008000'],
    ['hsl(240deg 100% 50%)', '#0000ff'],
    ['hsl(-120, 100%, 50%)', '#0000ff'],
    ['hsl(0, 0%, 100%)', '#ffffff'],
    ['white', '#ffffff'],
    ['Navy', '#000080'],
    ['grey', '#808080'],
  ])('reads %s', (input, hex) => {
    const rgb = parseColor(input);
    expect(rgb && toHex(rgb)).toBe(hex);
  });

  it.each([
    '',
    'banana',
    '#abcd',
    '#12345',
    '#ggg',
    'rgb(1, 2)',
    'rgba(0, 0, 0, 0.5)',
    'rgb(10deg 2 3)',
    'hsl(10%, 50%, 50%)',
    'hsl(10, 50, 50)',
    'transparent',
  ])('rejects %j', (input) => {
    expect(parseColor(input)).toBeUndefined();
  });

  it('round-trips every hex colour', () => {
    fc.assert(
      fc.property(rgbArb, (c) => {
        expect(parseColor(toHex(c))).toEqual(c);
      }),
    );
  });
});

describe('WCAG contrast', () => {
  it('matches known figures', () => {
    expect(luminance({ r: 255, g: 255, b: 255 })).toBe(1);
    expect(luminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(contrastRatio('#fff', '#000')).toBe(21);
    expect(contrastRatio('#777', '#fff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#767676', '#fff')).toBeCloseTo(4.54, 2);
    // The zmp-ui figures from research/zalo-platform.md §2.3.
    expect(contrastRatio('#b9bdc1', '#ffffff')).toBeCloseTo(1.89, 2);
    expect(contrastRatio('#006af5', '#ffffff')).toBeCloseTo(4.79, 2);
  });

  it('throws a TypeError for a string that is not a colour', () => {
    expect(() => contrastRatio('nope', '#fff')).toThrow(TypeError);
  });

  it('is symmetric and within [1, 21]', () => {
    fc.assert(
      fc.property(rgbArb, rgbArb, (a, b) => {
        const r = contrastRatio(a, b);
        expect(r).toBe(contrastRatio(b, a));
        expect(r).toBeGreaterThanOrEqual(1);
        expect(r).toBeLessThanOrEqual(21);
      }),
    );
  });
});

describe('OKLCH', () => {
  it('matches reference values', () => {
    const red = toOklch({ r: 255, g: 0, b: 0 });
    expect(red.l).toBeCloseTo(0.628, 3);
    expect(red.c).toBeCloseTo(0.2577, 3);
    expect(red.h).toBeCloseTo(29.23, 1);
    expect(toOklch({ r: 255, g: 255, b: 255 }).l).toBeCloseTo(1, 5);
  });

  it('round-trips sRGB within one step per channel', () => {
    fc.assert(
      fc.property(rgbArb, (c) => {
        const back = fromOklch(toOklch(c));
        for (const k of ['r', 'g', 'b'] as const)
          expect(Math.abs(back[k] - c[k])).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('brings out-of-gamut colours in by lowering chroma, keeping lightness', () => {
    const rgb = fromOklch({ l: 0.9, c: 0.4, h: 264 });
    const back = toOklch(rgb);
    expect(back.l).toBeCloseTo(0.9, 2);
    expect(Math.abs(back.h - 264)).toBeLessThan(3);
  });
});

describe('nearestPassingShade', () => {
  it('returns the colour itself when it already passes', () => {
    expect(nearestPassingShade('#1D5EA8', '#fff', 4.5)).toBe('#1d5ea8');
  });

  it('darkens a bright blue just enough for text on white, keeping its hue', () => {
    const out = nearestPassingShade('#0095da', '#ffffff', 4.5) as string;
    expect(contrastRatio(out, '#fff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(out, '#fff')).toBeLessThan(4.7);
    const before = toOklch(parseColor('#0095da') as Rgb);
    const after = toOklch(parseColor(out) as Rgb);
    expect(after.l).toBeLessThan(before.l);
    expect(Math.abs(after.h - before.h)).toBeLessThan(3);
  });

  it('meets every background at once', () => {
    const out = nearestPassingShade('#f2a900', ['#ffffff', '#e9ebed'], 4.5) as string;
    expect(contrastRatio(out, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(out, '#e9ebed')).toBeGreaterThanOrEqual(4.5);
  });

  it('reports impossible targets as undefined', () => {
    expect(nearestPassingShade('#777', '#777', 22)).toBeUndefined();
    // Mid grey: no shade reaches 7:1 against both black and white.
    expect(nearestPassingShade('#808080', ['#000', '#fff'], 7)).toBeUndefined();
  });

  it('always meets the target, or says it cannot', () => {
    fc.assert(
      fc.property(rgbArb, rgbArb, fc.double({ min: 1, max: 21, noNaN: true }), (fg, bg, t) => {
        const out = nearestPassingShade(fg, bg, t);
        if (out !== undefined) expect(contrastRatio(out, bg)).toBeGreaterThanOrEqual(t);
        // Black or white always reaches √21 ≈ 4.58 against anything: up to 4.5 never fails.
        if (t <= 4.5) expect(out).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it('moves lightness minimally: no closer shade on a finer grid passes', () => {
    fc.assert(
      fc.property(rgbArb, rgbArb, fc.constantFrom(3, 4.5, 7), (fg, bg, t) => {
        const out = nearestPassingShade(fg, bg, t);
        if (out === undefined || out === toHex(fg)) return;
        const { l: l0, c, h } = toOklch(fg);
        const moved = Math.abs(toOklch(parseColor(out) as Rgb).l - l0);
        // Any shade of the same hue and chroma that is clearly closer must fail, unless 8-bit
        // rounding makes it the very same colour (near black, many lightnesses round alike).
        for (let d = 0.005; d < moved - 0.012; d += 0.005) {
          for (const l of [l0 - d, l0 + d]) {
            if (l < 0 || l > 1) continue;
            const shade = fromOklch({ l, c, h });
            if (toHex(shade) !== out) expect(contrastRatio(shade, bg)).toBeLessThan(t);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
