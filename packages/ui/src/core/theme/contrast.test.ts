// The core promise of createTheme: whatever brand colours come in, every pair in contrastPairs
// meets its minimum in every mode (AA; AAA for text in high contrast), and the focus ring shows on
// every surface.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, type Rgb, toHex, toOklch } from './color';
import {
  contrastPairs,
  createTheme,
  type Palette,
  type PaletteRole,
  type Theme,
  type ThemeMode,
} from './create-theme';
import { themes } from './presets';

const MODES: ThemeMode[] = ['light', 'dark', 'highContrastLight', 'highContrastDark'];

/** Every pair that fails, as readable lines: an empty list is a pass. */
function failures(palette: Palette, mode: ThemeMode): string[] {
  const high = mode.startsWith('high');
  return contrastPairs.flatMap((pair) => {
    const min = high ? pair.minHigh : pair.min;
    const ratio = contrastRatio(palette[pair.fg], palette[pair.bg]);
    return ratio >= min ? [] : [`${pair.fg} on ${pair.bg}: ${ratio.toFixed(2)} < ${min}`];
  });
}

// Where a focused control can sit. One of the two ring colours must stand out on each.
const SURFACES: PaletteRole[] = [
  'background',
  'surface',
  'surfaceRaised',
  'surfaceMuted',
  'primarySurface',
  'errorSurface',
  'successSurface',
  'warningSurface',
  'infoSurface',
  'inverseSurface',
  'primary',
  'secondary',
];

function focusFailures(palette: Palette): string[] {
  return SURFACES.filter(
    (s) =>
      Math.max(
        contrastRatio(palette.focus, palette[s]),
        contrastRatio(palette.focusOutline, palette[s]),
      ) < 3,
  );
}

function allFailures(theme: Theme): string[] {
  return MODES.flatMap((mode) =>
    [...failures(theme.palettes[mode], mode), ...focusFailures(theme.palettes[mode])].map(
      (f) => `${mode}: ${f}`,
    ),
  );
}

describe('contrastPairs', () => {
  it('lists each pair once, with AAA text minimums for high contrast', () => {
    const keys = contrastPairs.map((p) => `${p.fg}/${p.bg}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of contrastPairs) {
      if (p.kind === 'text') expect([p.min, p.minHigh]).toEqual([4.5, 7]);
      if (p.kind === 'ui') expect(p.min).toBeGreaterThanOrEqual(3);
    }
  });

  it('covers every text colour on the surfaces it is meant for', () => {
    const on = (fg: PaletteRole) => contrastPairs.filter((p) => p.fg === fg).map((p) => p.bg);
    expect(on('text')).toEqual(expect.arrayContaining(['background', 'surface', 'surfaceRaised']));
    expect(on('textSecondary')).toContain('surface');
    expect(on('border')).toContain('surface');
    expect(on('onPrimary')).toEqual(['primary', 'primaryHover']);
    expect(on('error')).toContain('errorSurface');
  });
});

describe.each(Object.entries(themes))('preset %s', (_, theme) => {
  it.each(MODES)('%s: every pair meets its minimum', (mode) => {
    expect(failures(theme.palettes[mode], mode)).toEqual([]);
  });

  it.each(MODES)('%s: the focus ring shows on every surface', (mode) => {
    expect(focusFailures(theme.palettes[mode])).toEqual([]);
  });
});

const hexArb = fc
  .record({
    r: fc.integer({ min: 0, max: 255 }),
    g: fc.integer({ min: 0, max: 255 }),
    b: fc.integer({ min: 0, max: 255 }),
  })
  .map(toHex);

describe('any brand colours', () => {
  it('yield palettes where every pair passes, in every mode', () => {
    fc.assert(
      fc.property(
        hexArb,
        fc.option(hexArb, { nil: undefined }),
        fc.option(hexArb, { nil: undefined }),
        (primary, secondary, accent) => {
          const theme = createTheme({
            name: 'Tỉnh Thử',
            primary,
            ...(secondary && { secondary }),
            ...(accent && { accent }),
          });
          expect(allFailures(theme)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  it('keep a passing primary as is, and keep the hue of one that moves', () => {
    fc.assert(
      fc.property(hexArb, (primary) => {
        const theme = createTheme({ name: 'Tỉnh Thử', primary });
        const light = theme.palettes.light.primary;
        // Would the brand colour itself have met every pair it is in? Then it must be untouched.
        const passed = contrastPairs.every((p) => {
          const other = p.fg === 'primary' ? p.bg : p.bg === 'primary' ? p.fg : undefined;
          return !other || contrastRatio(primary, theme.palettes.light[other]) >= p.min;
        });
        if (passed) expect(light).toBe(primary);
        const before = toOklch(parseColor(primary) as Rgb);
        const after = toOklch(parseColor(light) as Rgb);
        // Hue is meaningless for greys and lost in 8-bit rounding near black.
        if (before.c > 0.06 && after.c > 0.06) {
          expect(Math.abs(((after.h - before.h + 540) % 360) - 180)).toBeLessThan(6);
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('report ratios that justify each change', () => {
    fc.assert(
      fc.property(hexArb, hexArb, (primary, accent) => {
        const theme = createTheme({ name: 'Tỉnh Thử', primary, accent });
        for (const r of theme.report) {
          expect(r.ratioBefore).toBeLessThan(r.required);
          expect(r.ratioAfter).toBeGreaterThanOrEqual(r.required);
          expect(r.from).toBe(r.field === 'primary' ? primary : accent);
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
