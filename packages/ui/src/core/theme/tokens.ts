// Non-colour design tokens, exposed as `--gm-*` custom properties.
//
// Sizes are rem/em so that everything grows with the citizen's text-size setting. The stylesheet
// sets `html { font-size: 112.5% }` (`tokens.root.fontSize`), so at 100 % text size and the usual
// 16 px browser default, 1rem = 18 px: body text is 18 px. The text-size setting (100/125/150/200 %)
// multiplies that root size; rem-based spacing and targets grow with it, so layouts keep their
// proportions at 200 %.

export const tokens = {
  root: { fontSize: '112.5%' },
  // 1rem = 18 px at 100 %; px in comments are at that size.
  space: {
    0: '0',
    1: '0.25rem', // 4.5
    2: '0.5rem', // 9
    3: '0.75rem', // 13.5
    4: '1rem', // 18
    5: '1.5rem', // 27
    6: '2rem', // 36
    7: '3rem', // 54
    8: '4rem', // 72
  },
  radius: { sm: '0.25rem', md: '0.5rem', lg: '1rem', pill: '999rem' },
  font: {
    // System fonts with full Vietnamese coverage (stacked diacritics) on Android, iOS and desktop;
    // no web font to download on a cheap phone with a weak connection.
    family: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
    weightRegular: '400',
    // No thin or light weights: they vanish for weak eyes on low-end screens.
    weightBold: '700',
  },
  // Nothing is smaller than `small` (16 px at 100 %): elderly readers, cheap screens.
  fontSize: {
    small: '0.8889rem', // 16
    body: '1rem', // 18
    large: '1.1111rem', // 20
    h3: '1.2222rem', // 22
    h2: '1.4444rem', // 26
    h1: '1.7778rem', // 32
  },
  // Vietnamese stacks diacritics above and below (ệ, ẩ, ỵ): body needs 1.5 so lines never touch.
  lineHeight: { body: '1.5', heading: '1.3' },
  borderWidth: { thin: '0.0625rem', thick: '0.125rem' },
  focus: {
    // Two-colour ring (WCAG technique C40): a yellow outline around the control and a dark band
    // outside it. The colours differ by ≥ 9:1, so on any surface one of them reaches ≥ 3:1.
    // Use: `outline: var(--gm-focus-outline); outline-offset: var(--gm-focus-offset);
    //       box-shadow: var(--gm-focus-shadow);`. Forced-colours mode drops the shadow but keeps
    // the outline in a system colour, so the ring survives there too.
    // The ring colours are the same in every mode, so these resolve safely once, on :root.
    width: '0.1875rem', // ≈ 3.4 px, above the 2 px of WCAG 2.4.13
    offset: '0',
    outline: 'var(--gm-focus-width) solid var(--gm-color-focus)',
    shadow: '0 0 0 calc(2 * var(--gm-focus-width)) var(--gm-color-focus-outline)',
  },
  // Durations become 0 under `prefers-reduced-motion: reduce` (see tokenVariables / theme.css()).
  motion: {
    fast: '120ms',
    base: '200ms',
    slow: '320ms',
    easing: 'cubic-bezier(0.2, 0, 0, 1)',
  },
  // ≥ 48 CSS px whatever the root size (the px floor covers a WebView whose default font is below
  // 16 px), and grows with the text-size setting: 2.75rem = 49.5 px at 100 %, 99 px at 200 %.
  touch: { target: 'max(2.75rem, 48px)' },
  z: { raised: '1', sticky: '100', header: '200', overlay: '300', modal: '400', toast: '500' },
} as const;

export type Tokens = typeof tokens;

const kebab = (s: string): string => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Every token as a custom property, e.g. `--gm-space-4`, `--gm-font-size-body`,
 * `--gm-touch-target`, `--gm-motion-fast`. With `reducedMotion`, motion durations are `0ms`.
 */
export function tokenVariables({
  reducedMotion = false,
}: {
  reducedMotion?: boolean;
} = {}): Record<`--gm-${string}`, string> {
  const out: Record<`--gm-${string}`, string> = {};
  for (const [group, values] of Object.entries(tokens)) {
    for (const [key, value] of Object.entries(values)) {
      out[`--gm-${kebab(group)}-${kebab(key)}`] =
        reducedMotion && group === 'motion' && key !== 'easing' ? '0ms' : value;
    }
  }
  return out;
}
