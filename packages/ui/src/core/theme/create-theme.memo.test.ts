// createTheme's memoization: the OKLCH placement (adjustToConstraints, the costly part) runs once
// per input and only when a palette is first used. Counted by wrapping the colour module.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const placements = vi.hoisted(() => ({ count: 0 }));
vi.mock('./color', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./color')>();
  return {
    ...actual,
    adjustToConstraints: (...args: Parameters<typeof actual.adjustToConstraints>) => {
      placements.count++;
      return actual.adjustToConstraints(...args);
    },
  };
});

const { createTheme, ThemeError } = await import('./create-theme');

beforeEach(() => {
  placements.count = 0;
});

describe('createTheme memoization', () => {
  it('builds no palette until one is used, then builds all four once', () => {
    const theme = createTheme({ name: 'Tỉnh Bộ Nhớ 1', primary: '#2b6cb0' });
    expect(theme.name).toBe('Tỉnh Bộ Nhớ 1');
    expect(placements.count).toBe(0);
    const light = theme.palettes.light;
    const once = placements.count;
    expect(once).toBeGreaterThan(0);
    expect(theme.palettes.light).toBe(light);
    expect(theme.palettes.dark.primary).toMatch(/^#[0-9a-f]{6}$/);
    theme.report;
    theme.variables({ dark: true, highContrast: true });
    theme.css();
    expect(placements.count).toBe(once);
  });

  it('returns the same theme for the same input, even from a new object', () => {
    const a = createTheme({ name: 'Tỉnh Bộ Nhớ 2', primary: '#00796b', accent: '#f2a900' });
    a.css();
    const counted = placements.count;
    const b = createTheme({ accent: '#f2a900', primary: '#00796b', name: 'Tỉnh Bộ Nhớ 2' });
    expect(b).toBe(a);
    expect(b.css()).toBe(a.css());
    expect(placements.count).toBe(counted);
  });

  it('gives a different input its own theme, with its own colours', () => {
    const a = createTheme({ name: 'Tỉnh Bộ Nhớ 3', primary: '#1f5fa6' });
    const b = createTheme({ name: 'Tỉnh Bộ Nhớ 3', primary: '#5b2a86' });
    expect(b).not.toBe(a);
    expect(b.palettes.light.primary).not.toBe(a.palettes.light.primary);
    expect(createTheme({ name: 'Tỉnh Bộ Nhớ 3', appName: 'Khác', primary: '#1f5fa6' })).not.toBe(a);
  });

  it('still checks the input at once, and never caches a wrong one', () => {
    const wrong = { name: 'Tỉnh Bộ Nhớ 4', primary: 'xanh' };
    expect(() => createTheme(wrong)).toThrow(ThemeError);
    expect(() => createTheme(wrong)).toThrow(ThemeError);
  });

  it('keeps a bounded number of themes: an old one is rebuilt when asked again', () => {
    const first = createTheme({ name: 'Tỉnh Bộ Nhớ 5', primary: '#2e7d32' });
    for (let i = 0; i < 40; i++) createTheme({ name: `Tỉnh Thử ${i}`, primary: '#2e7d32' });
    // Built lazily, so the 40 cost no placement; the first was dropped and is made anew.
    expect(placements.count).toBe(0);
    const again = createTheme({ name: 'Tỉnh Bộ Nhớ 5', primary: '#2e7d32' });
    expect(again).not.toBe(first);
    expect(again.palettes).toEqual(first.palettes);
  });
});
