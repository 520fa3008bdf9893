// The theme engine: tokens, colour maths, createTheme and the ready province themes.

export type { Oklch, Rgb } from './color';
export { contrastRatio, nearestPassingShade, parseColor } from './color';
export type {
  ContrastKind,
  ContrastPair,
  Palette,
  PaletteRole,
  Theme,
  ThemeAdjustment,
  ThemeField,
  ThemeInput,
  ThemeMode,
  ThemeModeOptions,
} from './create-theme';
export {
  applyThemeMode,
  contrastPairs,
  createTheme,
  requiredContrast,
  ThemeError,
} from './create-theme';
export { daNang, defaultTheme, hue, tayNinh, thaiNguyen, themes, tinhMau } from './presets';
export type { Tokens } from './tokens';
export { tokens, tokenVariables } from './tokens';
