import { describe, expect, it } from 'vitest';
import { tokens, tokenVariables } from './tokens';

/** Resolves a length at a given root font size (px), as a browser would for our simple forms. */
function px(value: string, root: number): number {
  const max = /^max\((.+), (.+)\)$/.exec(value);
  if (max) return Math.max(px(max[1] as string, root), px(max[2] as string, root));
  if (value.endsWith('rem')) return Number.parseFloat(value) * root;
  if (value.endsWith('px')) return Number.parseFloat(value);
  throw new Error(`not a length: ${value}`);
}

const ROOT = 16 * 1.125; // 112.5 % of the usual 16 px browser default

describe('tokens', () => {
  it('makes body text 18 px at 100 % and nothing smaller than 16 px', () => {
    expect(tokens.root.fontSize).toBe('112.5%');
    expect(px(tokens.fontSize.body, ROOT)).toBe(18);
    for (const size of Object.values(tokens.fontSize)) {
      expect(px(size, ROOT)).toBeGreaterThanOrEqual(15.99);
    }
  });

  it('sizes everything in rem', () => {
    for (const group of [tokens.space, tokens.radius, tokens.fontSize, tokens.borderWidth]) {
      for (const v of Object.values(group)) expect(v).toMatch(/^(0|\d*\.?\d+rem)$/);
    }
    expect(tokens.focus.width).toMatch(/rem$/);
  });

  it('keeps touch targets ≥ 48 px and growing with the text size', () => {
    let previous = 0;
    for (const scale of [0.875, 1, 1.25, 1.5, 2]) {
      const size = px(tokens.touch.target, ROOT * scale);
      expect(size).toBeGreaterThanOrEqual(48);
      expect(size).toBeGreaterThanOrEqual(previous);
      previous = size;
    }
    expect(px(tokens.touch.target, ROOT * 2)).toBe(99);
  });

  it('gives Vietnamese diacritics room: body line height ≥ 1.5', () => {
    expect(Number(tokens.lineHeight.body)).toBeGreaterThanOrEqual(1.5);
  });
});

describe('tokenVariables', () => {
  it('names every token --gm-<group>-<key> in kebab case', () => {
    const vars = tokenVariables();
    expect(vars['--gm-space-4']).toBe('1rem');
    expect(vars['--gm-font-size-body']).toBe('1rem');
    expect(vars['--gm-font-weight-bold']).toBe('700');
    expect(vars['--gm-line-height-body']).toBe('1.5');
    expect(vars['--gm-touch-target']).toBe('max(2.75rem, 48px)');
    expect(vars['--gm-focus-shadow']).toContain('var(--gm-color-focus-outline)');
    expect(vars['--gm-z-modal']).toBe('400');
    for (const name of Object.keys(vars)) expect(name).toMatch(/^--gm-[a-z0-9-]+$/);
  });

  it('stops motion under reduced motion, keeping the easing', () => {
    const vars = tokenVariables({ reducedMotion: true });
    expect(vars['--gm-motion-fast']).toBe('0ms');
    expect(vars['--gm-motion-slow']).toBe('0ms');
    expect(vars['--gm-motion-easing']).toBe(tokens.motion.easing);
    expect(tokenVariables()['--gm-motion-base']).toBe('200ms');
  });
});
