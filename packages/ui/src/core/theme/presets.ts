// Ready themes. Colours only: these are plausible brand colours chosen for each place, not
// official marks, and no logo is shipped. A province replaces them with its own through
// createTheme({ ...hue.input, logoUrl }) or a new input.

import { createTheme, type Theme } from './create-theme';

/** The sample province: a calm civic blue. The default theme. */
export const tinhMau: Theme = /* @__PURE__ */ createTheme({ name: 'Tỉnh Mẫu', primary: '#1f5fa6' });

/**
 * Tây Ninh (merged with Long An in 2025): the green-blue of Dầu Tiếng lake and the fields of the
 * Mekong edge, with the gold of Tây Ninh's Cao Đài heritage as accent.
 */
export const tayNinh: Theme = /* @__PURE__ */ createTheme({
  name: 'Tỉnh Tây Ninh',
  primary: '#00796b',
  accent: '#f2a900',
});

/** Thái Nguyên (merged with Bắc Kạn in 2025): tea green, with the brown of the tea-hill soil. */
export const thaiNguyen: Theme = /* @__PURE__ */ createTheme({
  name: 'Tỉnh Thái Nguyên',
  primary: '#2e7d32',
  secondary: '#6d4c41',
});

/** Huế: tím Huế, the city's traditional royal purple, with imperial gold as accent. */
export const hue: Theme = /* @__PURE__ */ createTheme({
  name: 'Thành phố Huế',
  primary: '#5b2a86',
  accent: '#c9a227',
});

/**
 * Đà Nẵng (merged with Quảng Nam in 2025): sea blue and the orange of the Dragon Bridge's fire.
 * The bright blue fails 4.5:1 on white and shows the adjustment report at work.
 */
export const daNang: Theme = /* @__PURE__ */ createTheme({
  name: 'Thành phố Đà Nẵng',
  primary: '#0095da',
  accent: '#f26522',
});

/** Every ready theme by key. */
export const themes: Readonly<
  Record<'tinhMau' | 'tayNinh' | 'thaiNguyen' | 'hue' | 'daNang', Theme>
> = {
  tinhMau,
  tayNinh,
  thaiNguyen,
  hue,
  daNang,
};

export const defaultTheme: Theme = tinhMau;
