// The province's colours, checked by @govmini/ui's own theme engine before anything is written:
// createTheme() moves a brand colour that fails a contrast pair to its nearest passing shade (and
// says so in `theme.report`, which we pass on as notices); any pair still failing after that, or
// a colour it cannot read, is an error.
import {
  type ContrastPair,
  contrastPairs,
  contrastRatio,
  createTheme,
  type Palette,
  parseColor,
  type Theme,
  ThemeError,
  type ThemeMode,
} from '@govmini/ui/core';
import { ScaffoldError } from './errors';
import { formatMessage, type Locale } from './messages';

export interface ColourInput {
  readonly primary: string;
  readonly accent: string;
}

export interface FailingPair {
  readonly mode: ThemeMode;
  readonly fg: string;
  readonly bg: string;
  readonly ratio: number;
  readonly required: number;
}

export interface ThemeNotice {
  /** The colour the developer gave was moved; the app still uses what they gave. */
  readonly kind: 'adjusted';
  text(locale: Locale): string;
}

export interface CheckedColours {
  /** As given, written `#rrggbb`. */
  readonly colours: ColourInput;
  /** Zalo draws the header: the primary shade that passed contrast, and the text on it. */
  readonly header: { readonly colour: string; readonly text: 'white' | 'black' };
  readonly notices: readonly ThemeNotice[];
}

const hex = (value: string): string | undefined => {
  const rgb = parseColor(value);
  return rgb && `#${[rgb.r, rgb.g, rgb.b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
};

/** Every contrast pair of every mode that a palette set does not meet. */
export function failingPairs(
  palettes: Readonly<Record<ThemeMode, Palette>>,
  pairs: readonly ContrastPair[] = contrastPairs,
): FailingPair[] {
  const failing: FailingPair[] = [];
  for (const mode of Object.keys(palettes) as ThemeMode[]) {
    const palette = palettes[mode];
    const high = mode.startsWith('high');
    for (const pair of pairs) {
      const required = high ? pair.minHigh : pair.min;
      const ratio = contrastRatio(palette[pair.fg], palette[pair.bg]);
      if (ratio < required) failing.push({ mode, fg: pair.fg, bg: pair.bg, ratio, required });
    }
  }
  return failing;
}

export function checkColours(
  input: ColourInput,
  names: { provinceFullName: string; displayName: string },
): CheckedColours | ScaffoldError[] {
  const errors: ScaffoldError[] = [];
  const primary = hex(input.primary);
  const accent = hex(input.accent);
  if (!primary) errors.push(colourError('invalid_colour', 'primary', input.primary));
  if (!accent) errors.push(colourError('invalid_colour', 'accent', input.accent));
  if (!primary || !accent) return errors;
  let theme: Theme;
  try {
    theme = createTheme({
      name: names.provinceFullName,
      appName: names.displayName,
      primary,
      accent,
    });
    // The palettes are computed on first use: touch them here, inside the try.
    void theme.palettes;
  } catch (error) {
    if (!(error instanceof ThemeError)) throw error;
    const field = error.field === 'accent' ? 'accent' : 'primary';
    return [
      colourError('invalid_colour', field, field === 'accent' ? input.accent : input.primary),
    ];
  }
  const failing = failingPairs(theme.palettes);
  if (failing.length > 0) {
    const [first] = failing as [FailingPair];
    return [
      colourError('contrast_failed', 'primary', input.primary, {
        count: failing.length,
        example: `${first.fg}/${first.bg} (${first.mode}) ${first.ratio.toFixed(2)}:1 < ${first.required}:1`,
      }),
    ];
  }
  // What a citizen sees by default is the light palette: say when a brand colour shows there as
  // another shade. (Dark and high-contrast palettes always move colours; theme.report has all.)
  const light = theme.palettes.light;
  const notices = (['primary', 'accent'] as const)
    .filter((field) => light[field] !== (field === 'primary' ? primary : accent))
    .map(
      (field): ThemeNotice => ({
        kind: 'adjusted',
        text: (locale) =>
          formatMessage('notice.adjusted', locale, {
            field: formatMessage(`field.${field}`, locale),
            from: field === 'primary' ? primary : accent,
            to: light[field],
          }),
      }),
    );
  const text = light.onPrimary.toLowerCase() === '#ffffff' ? 'white' : 'black';
  return { colours: { primary, accent }, header: { colour: light.primary, text }, notices };
}

function colourError(
  code: 'invalid_colour' | 'contrast_failed',
  field: 'primary' | 'accent',
  input: string,
  extra: Record<string, string | number> = {},
): ScaffoldError {
  return new ScaffoldError(code, field === 'primary' ? 'primaryColour' : 'accentColour', {
    input: String(input ?? ''),
    colour: field,
    ...extra,
  });
}
