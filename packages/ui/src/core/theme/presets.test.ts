import { describe, expect, it } from 'vitest';
import { parseColor, type Rgb, toOklch } from './color';
import { defaultTheme, themes, tinhMau } from './presets';

const hue = (hex: string) => toOklch(parseColor(hex) as Rgb).h;

describe('ready themes', () => {
  it('has Tỉnh Mẫu as the default and four real provinces after the 2025 merger', () => {
    expect(defaultTheme).toBe(tinhMau);
    expect(Object.values(themes).map((t) => t.name)).toEqual([
      'Tỉnh Mẫu',
      'Tỉnh Tây Ninh',
      'Tỉnh Thái Nguyên',
      'Thành phố Huế',
      'Thành phố Đà Nẵng',
    ]);
  });

  it('ships colours only: no logo', () => {
    for (const theme of Object.values(themes)) expect(theme.logoUrl).toBeUndefined();
  });

  it('shows the default and Huế purple exactly as given in light mode', () => {
    for (const theme of [themes.tinhMau, themes.hue]) {
      expect(theme.palettes.light.primary).toBe(theme.input.primary);
      expect(theme.report.filter((r) => r.mode === 'light' && r.field === 'primary')).toEqual([]);
    }
  });

  it('keeps tím Huế purple', () => {
    const h = hue(themes.hue.palettes.light.primary);
    expect(h).toBeGreaterThan(290);
    expect(h).toBeLessThan(320);
  });

  it('darkens Đà Nẵng sea blue for text on white, and reports it', () => {
    const entry = themes.daNang.report.find((r) => r.mode === 'light' && r.field === 'primary');
    expect(entry).toMatchObject({ from: '#0095da', to: themes.daNang.palettes.light.primary });
    expect(entry?.ratioBefore).toBeLessThan(4.5);
  });

  it('reports every adjustment with the figures that justify it', () => {
    for (const theme of Object.values(themes)) {
      for (const r of theme.report) {
        expect(r.ratioBefore).toBeLessThan(r.required);
        expect(r.ratioAfter).toBeGreaterThanOrEqual(r.required);
        expect(Object.values(theme.palettes[r.mode])).toContain(r.to);
      }
    }
  });
});
