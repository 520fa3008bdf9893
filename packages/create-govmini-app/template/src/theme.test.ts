// @vitest-environment node
// The province's colours give palettes where every pair a screen uses is readable: text 4.5:1
// (7:1 in high contrast), large text and controls 3:1 (4.5:1), in light, dark and high contrast.
import { contrastPairs, contrastRatio, type ThemeMode } from '@govmini/ui';
import { describe, expect, it } from 'vitest';
import { provinceTheme } from './theme';

describe('province theme', () => {
  it('has no failing contrast pair in any mode', () => {
    const failing: string[] = [];
    for (const mode of Object.keys(provinceTheme.palettes) as ThemeMode[]) {
      const palette = provinceTheme.palettes[mode];
      for (const pair of contrastPairs) {
        const required = mode.startsWith('high') ? pair.minHigh : pair.min;
        const ratio = contrastRatio(palette[pair.fg], palette[pair.bg]);
        if (ratio < required) failing.push(`${mode}: ${pair.fg} on ${pair.bg} ${ratio.toFixed(2)}`);
      }
    }
    expect(failing).toEqual([]);
    expect(contrastPairs.length).toBeGreaterThan(0);
  });

  // Not pinned to the suggested colours: changing them in src/theme.ts is expected.
  it('is this province’s theme', () => {
    expect(provinceTheme.name).toBe('{{provinceFullName}}');
  });
});
