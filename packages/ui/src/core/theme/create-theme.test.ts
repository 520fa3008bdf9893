import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, type Rgb, toOklch } from './color';
import {
  applyThemeMode,
  contrastPairs,
  createTheme,
  type PaletteRole,
  ThemeError,
  type ThemeInput,
  type ThemeMode,
} from './create-theme';

const MODES: ThemeMode[] = ['light', 'dark', 'highContrastLight', 'highContrastDark'];
const oklch = (hex: string) => toOklch(parseColor(hex) as Rgb);
const hueGap = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

function thrown(input: unknown): ThemeError {
  try {
    createTheme(input as ThemeInput);
  } catch (error) {
    return error as ThemeError;
  }
  throw new Error('createTheme did not throw');
}

describe('createTheme input errors', () => {
  it.each([
    ['missing primary', 'primary', { name: 'Tỉnh A' }],
    ['empty primary', 'primary', { name: 'Tỉnh A', primary: '' }],
    ['unreadable primary', 'primary', { name: 'Tỉnh A', primary: 'xanh' }],
    ['primary not a string', 'primary', { name: 'Tỉnh A', primary: 0x1d5ea8 }],
    ['unreadable secondary', 'secondary', { name: 'Tỉnh A', primary: '#000', secondary: '#12' }],
    ['unreadable accent', 'accent', { name: 'Tỉnh A', primary: '#000', accent: 'gold' }],
    ['missing name', 'name', { primary: '#1d5ea8' }],
    ['blank name', 'name', { name: '   ', primary: '#1d5ea8' }],
    ['empty appName', 'appName', { name: 'Tỉnh A', appName: '', primary: '#1d5ea8' }],
    ['not an object', 'input', null],
  ])('%s → ThemeError naming %s', (_, field, input) => {
    const error = thrown(input);
    expect(error).toBeInstanceOf(ThemeError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ThemeError');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(/^createTheme: /);
    if (field !== 'input') expect(error.message).toContain(`"${field}"`);
  });

  it('quotes the bad value so the developer can find it', () => {
    expect(thrown({ name: 'A', primary: 'xanh' }).message).toContain('"xanh"');
  });
});

describe('createTheme result', () => {
  const theme = createTheme({ name: ' Tỉnh A ', primary: '#1d5ea8' });

  it('defaults appName to the name and omits an absent logo', () => {
    expect(theme.name).toBe('Tỉnh A');
    expect(theme.appName).toBe('Tỉnh A');
    expect('logoUrl' in theme).toBe(false);
    const withLogo = createTheme({
      name: 'A',
      appName: 'Dịch vụ công A',
      primary: '#000',
      logoUrl: '/logo.svg',
    });
    expect(withLogo.appName).toBe('Dịch vụ công A');
    expect(withLogo.logoUrl).toBe('/logo.svg');
  });

  it('keeps a frozen copy of its input', () => {
    const input = { name: 'A', primary: '#1d5ea8' };
    const t = createTheme(input);
    input.primary = '#000';
    expect(t.input.primary).toBe('#1d5ea8');
    expect(Object.isFrozen(t.input)).toBe(true);
    expect(Object.isFrozen(t.palettes.light)).toBe(true);
  });

  it('fills every role with a hex colour in every mode', () => {
    const roles = new Set(contrastPairs.flatMap((p) => [p.fg, p.bg]));
    for (const mode of MODES) {
      const palette = theme.palettes[mode];
      for (const role of roles) expect(palette[role]).toMatch(/^#[0-9a-f]{6}$/);
      for (const value of Object.values(palette)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
      expect(palette.divider).toBeDefined();
    }
  });

  it('keeps a brand colour that already passes, exactly', () => {
    expect(theme.palettes.light.primary).toBe('#1d5ea8');
    expect(theme.report.filter((r) => r.mode === 'light')).toEqual([]);
  });

  it('accepts every colour syntax for the brand', () => {
    const fromRgb = createTheme({ name: 'A', primary: 'rgb(29 94 168)' });
    const fromHsl = createTheme({ name: 'A', primary: 'hsl(212, 70%, 38.6%)' });
    expect(fromRgb.palettes).toEqual(theme.palettes);
    expect(contrastRatio(fromHsl.palettes.light.primary, '#1d5ea8')).toBeLessThan(1.02);
  });
});

describe('adjustment report', () => {
  const yellow = createTheme({ name: 'A', primary: '#ffdd00' });

  it('moves a failing brand colour to the nearest passing shade of its hue, and says so', () => {
    const entry = yellow.report.find((r) => r.mode === 'light' && r.field === 'primary');
    expect(entry).toBeDefined();
    if (!entry) return;
    expect(entry.from).toBe('#ffdd00');
    expect(entry.to).toBe(yellow.palettes.light.primary);
    expect(entry.ratioBefore).toBeLessThan(entry.required);
    expect(entry.ratioAfter).toBeGreaterThanOrEqual(entry.required);
    expect(entry.required).toBe(4.5);
    expect(entry.role).toMatch(/^(primary on \w+|onPrimary on primary)$/);
    expect(oklch(entry.to).l).toBeLessThan(oklch(entry.from).l);
    expect(hueGap(oklch(entry.to).h, oklch(entry.from).h)).toBeLessThan(8);
  });

  it('reports only the colours the province gave', () => {
    expect(yellow.report.map((r) => r.field)).not.toContain('secondary');
    expect(yellow.report.map((r) => r.field)).not.toContain('accent');
    const withAccent = createTheme({ name: 'A', primary: '#1d5ea8', accent: '#ffdd00' });
    expect(withAccent.report.some((r) => r.field === 'accent' && r.mode === 'light')).toBe(true);
  });

  it('asks AAA (7:1) in high contrast', () => {
    const hc = yellow.report.filter((r) => r.mode === 'highContrastLight' && r.field === 'primary');
    expect(hc.length).toBeGreaterThan(0);
    for (const r of hc) expect(r.required).toBe(7);
  });
});

describe('dark palette', () => {
  const theme = createTheme({ name: 'A', primary: '#5b2a86' });
  const { light, dark } = theme.palettes;

  it('is derived from the brand hue, not an inversion', () => {
    const brand = oklch('#5b2a86');
    expect(hueGap(oklch(dark.background).h, brand.h)).toBeLessThan(15);
    expect(hueGap(oklch(dark.primary).h, brand.h)).toBeLessThan(8);
    expect(oklch(dark.primary).l).toBeGreaterThan(brand.l);
    expect(oklch(dark.background).l).toBeLessThan(0.25);
    expect(dark.background).not.toBe(light.text);
  });

  it('lifts surfaces in steps so raised things look raised', () => {
    const l = (role: PaletteRole) => oklch(dark[role]).l;
    expect(l('background')).toBeLessThan(l('surface'));
    expect(l('surface')).toBeLessThan(l('surfaceRaised'));
  });
});

describe('variables()', () => {
  const theme = createTheme({ name: 'A', primary: '#1d5ea8' });

  it('names every palette colour --gm-color-<kebab-case>', () => {
    const vars = theme.variables();
    expect(vars['--gm-color-primary']).toBe('#1d5ea8');
    expect(vars['--gm-color-on-primary']).toBe(theme.palettes.light.onPrimary);
    expect(vars['--gm-color-surface-raised']).toBe(theme.palettes.light.surfaceRaised);
    expect(vars['--gm-color-error-surface']).toBe(theme.palettes.light.errorSurface);
  });

  it('picks the palette of the mode', () => {
    for (const [mode, options] of [
      ['light', { dark: false, highContrast: false }],
      ['dark', { dark: true, highContrast: false }],
      ['highContrastLight', { dark: false, highContrast: true }],
      ['highContrastDark', { dark: true, highContrast: true }],
    ] as const) {
      const vars = theme.variables(options);
      expect(vars['--gm-color-background']).toBe(theme.palettes[mode].background);
      expect(vars['--zaui-light-color-primary']).toBe(theme.palettes[mode].primary);
      expect(vars['--zaui-dark-color-primary']).toBe(theme.palettes[mode].primary);
      expect(vars['--zaui-dark-text-color']).toBe(theme.palettes[mode].text);
    }
  });

  it('replaces the zmp-ui colours that fail contrast', () => {
    const vars = theme.variables();
    // zmp-ui's defaults: border/placeholder #b9bdc1 (1.89:1), helper text #767a7f (4.32:1).
    const surface = theme.palettes.light.surface;
    expect(
      contrastRatio(vars['--zaui-light-input-border-color'] as string, surface),
    ).toBeGreaterThanOrEqual(3);
    expect(
      contrastRatio(vars['--zaui-light-input-placeholder-color'] as string, surface),
    ).toBeGreaterThanOrEqual(4.5);
    expect(
      contrastRatio(vars['--zaui-light-input-helper-text-color'] as string, surface),
    ).toBeGreaterThanOrEqual(4.5);
  });

  it('only sets variables that zmp-ui really reads', () => {
    const zauiCss = readFileSync(createRequire(import.meta.url).resolve('zmp-ui/zaui.css'), 'utf8');
    const known = new Set(zauiCss.match(/--zaui-(light|dark)-[a-z0-9-]+/g));
    const ours = Object.keys(theme.variables()).filter((k) => k.startsWith('--zaui-'));
    expect(ours.length).toBeGreaterThan(250);
    // zmp-ui 1.11.14 defines button-primary-danger-icon for dark only; we set both prefixes.
    const missing = ours.filter((k) => !known.has(k));
    expect(missing).toEqual(['--zaui-light-button-primary-danger-icon']);
  });
});

describe('css() and applyThemeMode()', () => {
  const theme = createTheme({ name: 'A', primary: '#1d5ea8' });
  const style = document.createElement('style');
  style.textContent = theme.css();
  document.head.append(style);
  const root = document.documentElement;
  const read = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

  afterEach(() => {
    for (const a of ['data-gm-theme-mode', 'data-gm-contrast']) root.removeAttribute(a);
    document.body.removeAttribute('zaui-theme');
  });

  it('declares tokens and the reduced-motion override', () => {
    const css = theme.css();
    expect(css).toContain('--gm-space-4: 1rem;');
    expect(css).toMatch(
      /@media \(prefers-reduced-motion: reduce\) \{\n:root \{\n {2}--gm-motion-fast: 0ms;/,
    );
    expect(css).toBe(theme.css());
  });

  it('is light by default', () => {
    expect(read(document.body, '--gm-color-background')).toBe(theme.palettes.light.background);
    expect(read(document.body, '--zaui-light-color-primary')).toBe('#1d5ea8');
  });

  it.each([
    [{ dark: true }, 'dark'],
    [{ highContrast: true }, 'highContrastLight'],
    [{ dark: true, highContrast: true }, 'highContrastDark'],
    [{}, 'light'],
  ] as const)('applyThemeMode(%j) switches the page to %s, zmp-ui included', (mode, palette) => {
    applyThemeMode(mode);
    const expected = theme.palettes[palette];
    expect(read(document.body, '--gm-color-text')).toBe(expected.text);
    expect(read(document.body, '--zaui-light-text-color')).toBe(expected.text);
    expect(read(document.body, '--zaui-dark-color-primary')).toBe(expected.primary);
    expect(document.body.getAttribute('zaui-theme')).toBe(
      palette.endsWith('ark') ? 'dark' : 'light',
    );
  });

  it('follows zmp-ui when an app switches it with useTheme()', () => {
    document.body.setAttribute('zaui-theme', 'dark');
    expect(read(document.body, '--gm-color-surface')).toBe(theme.palettes.dark.surface);
    root.setAttribute('data-gm-contrast', 'high');
    expect(read(document.body, '--gm-color-surface')).toBe(theme.palettes.highContrastDark.surface);
  });

  it('switches a subtree too (a Storybook frame beside another)', () => {
    const frame = document.createElement('div');
    frame.setAttribute('data-gm-theme-mode', 'dark');
    document.body.append(frame);
    expect(read(frame, '--gm-color-primary')).toBe(theme.palettes.dark.primary);
    expect(read(frame, '--zaui-light-color-primary')).toBe(theme.palettes.dark.primary);
    expect(read(document.body, '--gm-color-primary')).toBe(theme.palettes.light.primary);
    frame.remove();
  });
});
