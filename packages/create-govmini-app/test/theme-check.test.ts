// Colours are checked by @govmini/ui's theme engine: every preset gives palettes with no failing
// pair; an unreadable colour is an error; a pair still failing after the engine is an error.
import { contrastPairs, createTheme, type Palette, type ThemeMode } from '@govmini/ui/core';
import { describe, expect, it } from 'vitest';
import { failingPairs } from '../src/core/theme-check';
import { checkColours, provinceChoices, provinceColours, type ScaffoldError } from '../src/index';

const names = { provinceFullName: 'Tỉnh Tây Ninh', displayName: 'Tây Ninh Số' };

describe('checkColours', () => {
  it('accepts every province preset, with no failing pair in any mode', () => {
    for (const p of provinceChoices) {
      const checked = checkColours(provinceColours[p.code] as never, names);
      expect(Array.isArray(checked), p.fullName).toBe(false);
      const theme = createTheme({ name: p.fullName, ...provinceColours[p.code] } as never);
      expect(failingPairs(theme.palettes), p.fullName).toEqual([]);
    }
  });

  it('writes colours as #rrggbb and gives Zalo a header shade with readable text', () => {
    const checked = checkColours({ primary: 'rgb(0, 121, 107)', accent: '#F2A900' }, names);
    if (Array.isArray(checked)) throw checked[0];
    expect(checked.colours).toEqual({ primary: '#00796b', accent: '#f2a900' });
    expect(checked.header).toEqual({
      colour: expect.stringMatching(/^#[0-9a-f]{6}$/),
      text: 'white',
    });
  });

  it('refuses colours it cannot read, naming each', () => {
    const errors = checkColours({ primary: 'blue-ish', accent: '#xyz' }, names) as ScaffoldError[];
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['invalid_colour', 'primaryColour'],
      ['invalid_colour', 'accentColour'],
    ]);
  });
});

describe('failingPairs', () => {
  it('reports a pair below its minimum, with the mode and the ratio', () => {
    const palettes = createTheme({ name: 'Thử', primary: '#00796b' }).palettes;
    const broken = {
      ...palettes,
      light: { ...palettes.light, text: palettes.light.background } as Palette,
    } as Record<ThemeMode, Palette>;
    const failing = failingPairs(broken, contrastPairs);
    expect(failing.length).toBeGreaterThan(0);
    expect(failing[0]).toMatchObject({ mode: 'light', fg: 'text', required: 4.5 });
    expect(failing[0]?.ratio).toBeLessThan(1.01);
  });
});
