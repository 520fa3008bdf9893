// createTheme: a province's brand colours in, four accessible palettes out (light, dark and their
// high-contrast twins), with every brand colour that had to move reported.
//
// How a palette is built (buildPalette):
// 1. Fixed colours first: surfaces, tints and the "on" colours, at set OKLCH lightness per mode,
//    lightly tinted with the brand hue (so dark mode is the brand's own dark, not an inversion).
// 2. Then every other role is placed: starting from its seed (the brand colour, or a neutral),
//    the nearest shade in OKLCH lightness that meets every contrastPairs entry against the colours
//    already placed. All fixed colours of a mode sit on one side (light surfaces and white "on"
//    text in light mode; dark ones in dark mode), so each placement only moves one way and always
//    succeeds: black or white is the worst case. Contrast is guaranteed by construction; the
//    tests enumerate contrastPairs to prove it.

import {
  adjustToConstraints,
  type Constraint,
  contrastRatio as contrast,
  fromOklch,
  parseColor,
  type Rgb,
  toHex,
  toOklch,
} from './color';
import { tokenVariables } from './tokens';

export type ThemeMode = 'light' | 'dark' | 'highContrastLight' | 'highContrastDark';

const isDark = (mode: ThemeMode): boolean => mode === 'dark' || mode === 'highContrastDark';

type Status = 'error' | 'success' | 'warning' | 'info';

/**
 * Every colour role of a palette, as `--gm-color-<kebab-case>`:
 * - background (page), surface (cards, inputs), surfaceRaised (sheets, dialogs), surfaceMuted
 *   (pressed, selected, neutral buttons), divider (decorative; exempt from contrast, never the only
 *   boundary of a control: use `border` for that).
 * - text, textSecondary (hints, captions: still ≥ 4.5:1), border (controls' edges, ≥ 3:1).
 * - disabled (text and icons of disabled controls), disabledSurface (their fill). WCAG exempts
 *   disabled controls; we keep them ≥ 3:1 (4.5:1 in high contrast) because elderly readers must
 *   still be able to read what is unavailable.
 * - inverseSurface / onInverse (snackbars, toasts).
 * - primary (filled buttons, links-as-buttons, selected controls; also safe as text),
 *   onPrimary, primaryHover (hover and pressed fill), primarySurface (tint: secondary buttons,
 *   selected rows), secondary / onSecondary, accent / onAccent (badges, markers: ≥ 3:1 as UI).
 * - link, linkVisited (purple, or blue when the brand itself is purple).
 * - focus (yellow ring), focusOutline (its dark band), focusText (text on a yellow focus fill).
 * - error, success, warning, info: a shade safe as text on surfaces, `on…` text on it as a fill,
 *   and `…Surface`, a tint for notices on which both `text` and the shade are readable.
 */
export type PaletteRole =
  | 'background'
  | 'surface'
  | 'surfaceRaised'
  | 'surfaceMuted'
  | 'divider'
  | 'text'
  | 'textSecondary'
  | 'border'
  | 'disabled'
  | 'disabledSurface'
  | 'inverseSurface'
  | 'onInverse'
  | 'primary'
  | 'onPrimary'
  | 'primaryHover'
  | 'primarySurface'
  | 'secondary'
  | 'onSecondary'
  | 'accent'
  | 'onAccent'
  | 'link'
  | 'linkVisited'
  | 'focus'
  | 'focusOutline'
  | 'focusText'
  | Status
  | `on${Capitalize<Status>}`
  | `${Status}Surface`;

/** A palette: every role as `#rrggbb`. */
export type Palette = Readonly<Record<PaletteRole, string>>;

export type ContrastKind = 'text' | 'large-text' | 'ui';

/** A pair that must contrast: `min` in the normal modes, `minHigh` in high contrast. */
export interface ContrastPair {
  readonly fg: PaletteRole;
  readonly bg: PaletteRole;
  readonly kind: ContrastKind;
  readonly min: number;
  readonly minHigh: number;
}

/**
 * WCAG 2.2 minimums per kind: [AA, high contrast]. Text 4.5 / 7 (AAA); large text 3 / 4.5 (AAA);
 * UI parts 3 / 4.5 (WCAG has no AAA for non-text; high contrast asks more of borders anyway).
 */
export const requiredContrast: Readonly<Record<ContrastKind, readonly [number, number]>> = {
  text: [4.5, 7],
  'large-text': [3, 4.5],
  ui: [3, 4.5],
};

const BASE = ['background', 'surface', 'surfaceRaised'] as const;
const STATUSES: readonly Status[] = ['error', 'success', 'warning', 'info'];
const cap = <S extends string>(s: S): Capitalize<S> =>
  (s.charAt(0).toUpperCase() + s.slice(1)) as Capitalize<S>;

const PAIR_SPEC: [PaletteRole, ContrastKind, readonly PaletteRole[], number?][] = [
  [
    'text',
    'text',
    [...BASE, 'surfaceMuted', 'primarySurface', ...STATUSES.map((s) => `${s}Surface` as const)],
  ],
  ['textSecondary', 'text', [...BASE, 'surfaceMuted']],
  ['border', 'ui', BASE],
  ['disabled', 'ui', ['background', 'surface', 'disabledSurface']],
  ['onInverse', 'text', ['inverseSurface']],
  ['primary', 'text', [...BASE, 'surfaceMuted', 'primarySurface']],
  ['onPrimary', 'text', ['primary', 'primaryHover']],
  ['secondary', 'ui', BASE],
  ['onSecondary', 'text', ['secondary']],
  ['accent', 'ui', BASE],
  ['onAccent', 'text', ['accent']],
  ['link', 'text', BASE],
  ['linkVisited', 'text', BASE],
  ['focusText', 'text', ['focus']],
  // Technique C40: two ring colours ≥ 9:1 apart guarantee ≥ 3:1 for one of them on any surface
  // (a surface between them in luminance splits the 9 into two factors, one of which is ≥ 3).
  ['focus', 'ui', ['focusOutline'], 9],
  ...STATUSES.flatMap((s): [PaletteRole, ContrastKind, PaletteRole[]][] => [
    [s, 'text', ['background', 'surface', `${s}Surface`]],
    [`on${cap(s)}`, 'text', [s]],
  ]),
];

/** Every pair that must contrast, as data: tests and the Storybook contrast page enumerate it. */
export const contrastPairs: readonly ContrastPair[] = PAIR_SPEC.flatMap(([fg, kind, bgs, min]) =>
  bgs.map((bg) => ({
    fg,
    bg,
    kind,
    min: min ?? requiredContrast[kind][0],
    minHigh: min ?? requiredContrast[kind][1],
  })),
);

export interface ThemeInput {
  /** The province or agency, e.g. "Tỉnh Tây Ninh". */
  name: string;
  /** Shown in headers; defaults to `name`. */
  appName?: string;
  /** Brand colour: #rgb, #rrggbb, rgb(), hsl() or a few CSS names. */
  primary: string;
  secondary?: string;
  accent?: string;
  logoUrl?: string;
}

export type ThemeField = 'primary' | 'secondary' | 'accent';

/** A brand colour that had to move in one mode to meet a contrast pair. */
export interface ThemeAdjustment {
  readonly field: ThemeField;
  readonly mode: ThemeMode;
  /** The pair that failed worst, e.g. "primary on surface", "onPrimary on primary". */
  readonly role: string;
  readonly from: string;
  readonly to: string;
  /** Ratios rounded down to 2 decimals, so a rounded figure never looks like a pass it isn't. */
  readonly ratioBefore: number;
  readonly ratioAfter: number;
  readonly required: number;
}

export interface ThemeModeOptions {
  dark?: boolean;
  highContrast?: boolean;
}

export interface Theme {
  readonly name: string;
  readonly appName: string;
  readonly logoUrl?: string;
  readonly input: Readonly<ThemeInput>;
  readonly palettes: Readonly<Record<ThemeMode, Palette>>;
  readonly report: readonly ThemeAdjustment[];
  /** `--gm-color-*` and the zmp-ui `--zaui-light-*` and `--zaui-dark-*` for one mode. */
  variables(mode?: ThemeModeOptions): Record<string, string>;
  /** A stylesheet with tokens, every mode, and the zmp-ui bridge (see themeCss). */
  css(): string;
}

/** A developer error in a theme input; `field` names the culprit ("primary", "name", …). */
export class ThemeError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`createTheme: ${message}`);
    this.name = 'ThemeError';
    this.field = field;
  }
}

// OKLCH lightness per mode, in this order:
// background, surface, surfaceRaised, surfaceMuted, divider, disabledSurface, tints (primary and
// status surfaces), "on" colours and onInverse, then the seeds of text, textSecondary, border,
// disabled and inverseSurface (seeds move as far as contrast requires).
const LIGHTNESS: Record<ThemeMode, readonly number[]> = {
  light: [0.975, 1, 1, 0.93, 0.88, 0.93, 0.955, 1, 0.22, 0.45, 0.58, 0.62, 0.28],
  dark: [0.17, 0.215, 0.26, 0.31, 0.36, 0.29, 0.29, 0.16, 0.94, 0.8, 0.62, 0.58, 0.93],
  highContrastLight: [1, 1, 1, 0.95, 0.6, 0.95, 0.965, 1, 0, 0.3, 0.35, 0.45, 0.2],
  highContrastDark: [0, 0.1, 0.16, 0.22, 0.5, 0.22, 0.22, 0, 1, 0.88, 0.75, 0.7, 0.98],
};

// Seeds for the status colours (GOV.UK's), moved per mode like any brand colour.
const STATUS_SEEDS: Record<Status, string> = {
  error: '#d4351c',
  success: '#00703c',
  warning: '#b25600',
  info: '#1d70b8',
};

const rgb = (hex: string): Rgb => parseColor(hex) as Rgb;
const floor2 = (x: number): number => Math.floor(x * 100) / 100;

interface Brand {
  primary: Rgb;
  secondary: Rgb;
  accent: Rgb;
  given: Partial<Record<ThemeField, true>>;
}

function buildPalette(mode: ThemeMode, brand: Brand, report: ThemeAdjustment[]): Palette {
  const dark = isDark(mode);
  const high = mode.startsWith('high');
  const [bg, surface, raised, muted, divider, disabledSurface, tint, on, ...seedL] = LIGHTNESS[
    mode
  ] as number[];
  const { c, h } = toOklch(brand.primary);
  // Neutrals carry a trace of the brand hue: warm for a red brand, cool for a blue one.
  const nc = Math.min(c, 0.008);
  const shade = (l = 0, chroma = nc, hue = h): Rgb => fromOklch({ l, c: chroma, h: hue });
  const p: Partial<Record<PaletteRole, Rgb>> = {
    background: shade(bg),
    surface: shade(surface),
    surfaceRaised: shade(raised),
    surfaceMuted: shade(muted),
    divider: shade(divider),
    disabledSurface: shade(disabledSurface),
    primarySurface: shade(tint, Math.min(c, 0.04)),
    onInverse: shade(on),
    onPrimary: shade(on),
    onSecondary: shade(on),
    onAccent: shade(on),
    // GOV.UK's focus yellow and near-black, in every mode: citizens learn one focus look.
    focus: rgb('#ffdd00'),
    focusOutline: rgb('#0b0c0c'),
    focusText: rgb('#0b0c0c'),
  };
  for (const s of STATUSES) {
    const seed = toOklch(rgb(STATUS_SEEDS[s]));
    p[`${s}Surface`] = shade(tint, Math.min(seed.c, 0.04), seed.h);
    p[`on${cap(s)}`] = shade(on);
  }

  const place = (role: PaletteRole, seed: Rgb, field?: ThemeField): Rgb => {
    const cons: Constraint[] = [];
    const names: string[] = [];
    for (const pair of contrastPairs) {
      const other = pair.fg === role ? pair.bg : pair.bg === role ? pair.fg : undefined;
      const color = other && p[other];
      if (color) {
        cons.push([color, high ? pair.minHigh : pair.min]);
        names.push(`${pair.fg} on ${pair.bg}`);
      }
    }
    // Cannot fail here (see the file header); falling back keeps the types honest.
    const out = adjustToConstraints(seed, cons) ?? seed;
    p[role] = out;
    if (field && brand.given[field] && toHex(out) !== toHex(seed)) {
      // Report the pair the brand colour failed worst, relative to its requirement.
      let worst = 0;
      let score = Number.POSITIVE_INFINITY;
      cons.forEach(([color, min], i) => {
        const s = contrast(seed, color) / min;
        if (s < score) [score, worst] = [s, i];
      });
      const [color, required] = cons[worst] as Constraint;
      report.push({
        field,
        mode,
        role: names[worst] as string,
        from: toHex(seed),
        to: toHex(out),
        ratioBefore: floor2(contrast(seed, color)),
        ratioAfter: floor2(contrast(out, color)),
        required,
      });
    }
    return out;
  };

  const [textL, secondaryL, borderL, disabledL, inverseL] = seedL;
  place('text', shade(textL, nc * 1.5));
  place('textSecondary', shade(secondaryL, nc * 2));
  place('border', shade(borderL, nc * 2));
  place('disabled', shade(disabledL));
  place('inverseSurface', shade(inverseL));

  const primary = toOklch(place('primary', brand.primary, 'primary'));
  // Hover/pressed: one step further from the surfaces, so its "on" text only gains contrast.
  place('primaryHover', shade(primary.l + (dark ? 0.08 : -0.08), primary.c, primary.h));
  place('secondary', brand.secondary, 'secondary');
  place('accent', brand.accent, 'accent');
  const link = toOklch(place('link', brand.primary, 'primary'));
  // Visited links: purple as the web has taught, or blue when the brand itself is purple.
  const purple = Math.abs(((link.h - 305 + 540) % 360) - 180) < 45;
  place('linkVisited', shade(link.l, Math.max(link.c, 0.1), purple ? 250 : 305));
  for (const s of STATUSES) place(s, rgb(STATUS_SEEDS[s]));

  const out: Partial<Record<PaletteRole, string>> = {};
  for (const [role, color] of Object.entries(p)) out[role as PaletteRole] = toHex(color);
  return out as Palette;
}

// zmp-ui's variables (zmp-ui 1.11.14 zaui.css), by the palette role that feeds them. zaui.css
// defines each name twice, `--zaui-light-<name>` and `--zaui-dark-<name>`; we set both (see
// variables()). Left alone: the avatar story ring, countdown text and the calendar (zaui.css uses
// its variables inconsistently, and we ship our own date input). Snackbar status colours become `onInverse`: the default greens and reds fail on
// the dark snackbar, and the snackbar's words carry the meaning anyway.
const ZAUI: [PaletteRole, string][] = [
  [
    'primary',
    'color-primary button-primary-background bottom-navigation-active-color button-secondary-icon button-secondary-text button-tertiary-icon button-tertiary-text checkbox-checked-background radio-checked-background input-hover-border-color list-item-icon-link-color option-selected-color picker-option-selected-color progress-completed slider-mark-filled-bg-color slider-thumb-bg-color slider-track-active-bg-color spinner-dot-color switch-bg-color tabbar-active-line countdown-progress-color',
  ],
  [
    'onPrimary',
    'color-on-primary button-primary-text button-primary-icon checkbox-checked-mark-color radio-checked-mark-color switch-handler-bg-color',
  ],
  ['primaryHover', 'button-primary-background-pressed'],
  [
    'primarySurface',
    'button-secondary-background button-tertiary-background-pressed picker-selected-background-color',
  ],
  [
    'surfaceMuted',
    'pressed-bg-color button-secondary-background-pressed button-secondary-neutral-background button-secondary-neutral-background-pressed button-tertiary-neutral-background-pressed avatar-counter-background',
  ],
  [
    'text',
    'text-color input-text-color header-color close-btn-color input-clear-icon-color option-color picker-title-color select-title-color sheet-title slider-value-color switch-label-color tabbar-label-active button-secondary-neutral-text button-secondary-neutral-icon button-tertiary-neutral-text button-tertiary-neutral-icon input-status-success-icon-focus-visible-color',
  ],
  [
    'textSecondary',
    'action-sheet-title bottom-navigation-color input-helper-text-color input-helper-icon-background-color input-placeholder-color list-item-brackets-color list-item-icon-color list-item-subtitle-color option-group-color picker-option-color picker-option-2nd-color slider-label-color slider-prefix-suffix-color tabbar-label',
  ],
  ['background', 'body-background-color action-sheet-group-divider'],
  [
    'surface',
    'input-background-color checkbox-uncheck-background radio-uncheck-background header-background-color tabbar-background bottom-navigation-background-color avatar-border avatar-status-background progress-background countdown-bg-color',
  ],
  ['surfaceRaised', 'modal-background sheet-container'],
  [
    'border',
    'input-border-color checkbox-border-color radio-border-color switch-off-bg-color slider-track-bg-color slider-mark-bg-color spinner-border-color sheet-handler',
  ],
  [
    'divider',
    'action-sheet-divider bottom-navigation-divider-color header-divider list-item-divider-color modal-divider option-divider-color sheet-divider tabbar-divider',
  ],
  [
    'disabled',
    'button-text-disabled button-icon-disabled checkbox-disabled-label radio-disabled-label switch-label-disabled-color input-disabled-color option-color-disabled checkbox-disabled-checked-background radio-disabled-checked-background switch-disabled-bg-color',
  ],
  [
    'disabledSurface',
    'button-background-disabled checkbox-disabled-uncheck-background radio-disabled-uncheck-background switch-off-disabled-bg-color input-disabled-background-color checkbox-disabled-checked-mark-color radio-disabled-checked-mark-color switch-handler-disabled-bg-color',
  ],
  [
    'error',
    'input-error-text-color input-status-error input-error-icon-background-color button-primary-danger-background button-primary-danger-background-pressed button-secondary-danger-text button-secondary-danger-icon button-tertiary-danger-text button-tertiary-danger-icon avatar-status-blocked',
  ],
  ['onError', 'button-primary-danger-text button-primary-danger-icon'],
  [
    'errorSurface',
    'button-secondary-danger-background button-secondary-danger-background-pressed button-tertiary-danger-background-pressed',
  ],
  ['success', 'input-status-success-icon-color avatar-status-online'],
  ['inverseSurface', 'snackbar-background'],
  [
    'onInverse',
    'snackbar-text-color snackbar-action-color snackbar-info-color snackbar-progress-color snackbar-success-color snackbar-error-color snackbar-warning-color snackbar-connect-color snackbar-disconnect-color snackbar-download-color snackbar-default-icon-color',
  ],
];

// Called for every variable of every mode: each name is worked out once.
const kebabNames = new Map<string, string>();
const kebab = (s: string): string => {
  let out = kebabNames.get(s);
  if (out === undefined) {
    out = s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    kebabNames.set(s, out);
  }
  return out;
};

/** `--zaui-{light,dark}-<name>` → value, for both prefixes. */
function zauiVariables(value: (role: PaletteRole) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [role, names] of ZAUI) {
    for (const name of names.split(' ')) {
      out[`--zaui-light-${name}`] = out[`--zaui-dark-${name}`] = value(role);
    }
  }
  return out;
}

const modeOf = ({ dark = false, highContrast = false }: ThemeModeOptions = {}): ThemeMode =>
  highContrast ? (dark ? 'highContrastDark' : 'highContrastLight') : dark ? 'dark' : 'light';

/** `--gm-color-<kebab-case role>` → colour. */
function colorVariables(palette: Palette): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [role, value] of Object.entries(palette)) out[`--gm-color-${kebab(role)}`] = value;
  return out;
}

const DARK = '[data-gm-theme-mode="dark"]';
const HIGH = '[data-gm-contrast="high"]';

const block = (selectors: string[], vars: Record<string, string>): string =>
  `${selectors.join(',\n')} {\n${Object.entries(vars)
    .map(([k, v]) => `  ${k}: ${v};\n`)
    .join('')}}\n`;

/**
 * The theme as one stylesheet. Modes switch by attributes (set by applyThemeMode on <html>; they
 * also work on any element, e.g. a Storybook frame, with both attributes on that element):
 * `data-gm-theme-mode="dark"`, `data-gm-contrast="high"`; zmp-ui's own `body[zaui-theme="dark"]`
 * also turns dark, so apps using zmp-ui's useTheme() get our palette too.
 *
 * zmp-ui's `--zaui-*` variables are bridged to ours with var() references, declared on every element
 * that can switch mode so each resolves against its own palette. zaui.css declares its defaults on
 * :root; ours are declared on body too, and a declaration on body beats one inherited from :root
 * whatever order the two stylesheets load in. Both zaui prefixes point at the current palette,
 * so zmp-ui follows our mode even where its `zaui-theme` attribute says otherwise (zmp-ui's <App>
 * resets that attribute from its own `theme` prop).
 */
function themeCss(palettes: Record<ThemeMode, Palette>): string {
  // color-scheme lets the browser draw its own parts (scrollbars, native pickers) to match.
  const colors = (mode: ThemeMode): Record<string, string> => ({
    'color-scheme': isDark(mode) ? 'dark' : 'light',
    ...colorVariables(palettes[mode]),
  });
  const reduced = Object.fromEntries(
    Object.entries(tokenVariables({ reducedMotion: true })).filter(([, v]) => v === '0ms'),
  );
  return [
    block([':root'], tokenVariables()),
    `@media (prefers-reduced-motion: reduce) {\n${block([':root'], reduced)}}\n`,
    block(
      [':root', 'body', '[data-gm-theme-mode]', HIGH],
      zauiVariables((r) => `var(--gm-color-${kebab(r)})`),
    ),
    block([':root', 'body'], colors('light')),
    block([DARK, `${DARK} body`, 'body[zaui-theme="dark"]'], colors('dark')),
    block([HIGH, `${HIGH} body`], colors('highContrastLight')),
    block(
      [`${HIGH}${DARK}`, `${HIGH}${DARK} body`, `${HIGH} body[zaui-theme="dark"]`],
      colors('highContrastDark'),
    ),
  ].join('\n');
}

function readColor(input: ThemeInput, field: ThemeField): Rgb | undefined {
  const value: unknown = input[field];
  if (value === undefined && field !== 'primary') return undefined;
  if (value === undefined || value === null || value === '') {
    throw new ThemeError(field, `"${field}" is required: a brand colour such as "#1d5ea8".`);
  }
  const rgb = typeof value === 'string' ? parseColor(value) : undefined;
  if (!rgb) {
    throw new ThemeError(
      field,
      `"${field}" is not a colour: ${JSON.stringify(value)}. Use #rgb, #rrggbb, rgb(), hsl() or a CSS colour name.`,
    );
  }
  return rgb;
}

function readText(input: ThemeInput, field: 'name' | 'appName' | 'logoUrl', required: boolean) {
  const value: unknown = input[field];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || !value.trim()) {
    throw new ThemeError(
      field,
      `"${field}" must be a non-empty string, got ${JSON.stringify(value)}.`,
    );
  }
  return value.trim();
}

// Themes by input. The palettes are built once per input and only when first used (presets an
// app never shows cost nothing), and the same input gives the same Theme object, so a theme made
// during render neither rebuilds its OKLCH maths nor restyles the page. Bounded: a theme editor
// may try many colours.
const CACHE_SIZE = 16;
const themeCache = new Map<string, Theme>();

/** The input as a cache key: every own field, in a fixed order (JSON keeps strings exact). */
const cacheKey = (input: ThemeInput): string =>
  JSON.stringify(
    Object.keys(input)
      .sort()
      .map((key) => [key, input[key as keyof ThemeInput]]),
  );

/**
 * Builds a theme from a province's brand colours. Brand colours that fail a contrast pair in a mode
 * are moved to the nearest passing shade (same hue, OKLCH lightness) and listed in `theme.report`.
 * Throws ThemeError (with `field`) for an empty name, a missing primary or an unreadable colour.
 * The same input returns the same (frozen) theme; its palettes are computed on first use.
 */
export function createTheme(input: ThemeInput): Theme {
  if (typeof input !== 'object' || input === null) {
    throw new ThemeError('input', 'expected an object such as { name, primary }.');
  }
  const key = cacheKey(input);
  const cached = themeCache.get(key);
  if (cached) {
    // Most recently used last: the oldest is the one dropped.
    themeCache.delete(key);
    themeCache.set(key, cached);
    return cached;
  }
  const theme = buildTheme(input);
  themeCache.set(key, theme);
  if (themeCache.size > CACHE_SIZE) themeCache.delete(themeCache.keys().next().value as string);
  return theme;
}

function buildTheme(input: ThemeInput): Theme {
  // Checked at once, so a wrong input throws where the theme is made, not where it is used.
  const name = readText(input, 'name', true) as string;
  const appName = readText(input, 'appName', false) ?? name;
  const logoUrl = readText(input, 'logoUrl', false);
  const primary = readColor(input, 'primary') as Rgb;
  const secondary = readColor(input, 'secondary');
  const accent = readColor(input, 'accent');
  const { l, c, h } = toOklch(primary);
  const brand: Brand = {
    primary,
    // Without a secondary: a quiet, low-chroma shade of the primary (neutral buttons).
    secondary: secondary ?? fromOklch({ l, c: c * 0.3, h }),
    accent: accent ?? primary,
    given: {
      primary: true,
      ...(secondary && { secondary: true }),
      ...(accent && { accent: true }),
    },
  };
  let built:
    | { palettes: Readonly<Record<ThemeMode, Palette>>; report: readonly ThemeAdjustment[] }
    | undefined;
  const build = () => {
    if (built) return built;
    const report: ThemeAdjustment[] = [];
    const palettes = {} as Record<ThemeMode, Palette>;
    for (const mode of Object.keys(LIGHTNESS) as ThemeMode[]) {
      palettes[mode] = Object.freeze(buildPalette(mode, brand, report));
    }
    built = { palettes: Object.freeze(palettes), report: Object.freeze(report) };
    return built;
  };
  let css: string | undefined;
  return Object.freeze({
    name,
    appName,
    ...(logoUrl !== undefined && { logoUrl }),
    input: Object.freeze({ ...input }),
    get palettes() {
      return build().palettes;
    },
    get report() {
      return build().report;
    },
    variables(mode?: ThemeModeOptions): Record<string, string> {
      const palette = build().palettes[modeOf(mode)];
      return { ...colorVariables(palette), ...zauiVariables((role) => palette[role]) };
    },
    css(): string {
      css ??= themeCss(build().palettes);
      return css;
    },
  });
}

/**
 * Switches the mode of the page: `data-gm-theme-mode` and `data-gm-contrast` on <html>, and
 * zmp-ui's `zaui-theme` on <body>. The caller decides the mode: the provider follows the platform
 * (Zalo's theme through @govmini/platform, or prefers-color-scheme in a browser) and the
 * citizen's high-contrast setting.
 */
export function applyThemeMode(mode: ThemeModeOptions = {}, doc: Document = document): void {
  const dark = isDark(modeOf(mode));
  doc.documentElement.setAttribute('data-gm-theme-mode', dark ? 'dark' : 'light');
  doc.documentElement.setAttribute('data-gm-contrast', mode.highContrast ? 'high' : 'normal');
  doc.body?.setAttribute('zaui-theme', dark ? 'dark' : 'light');
}
