// Colour maths for the theme engine: parsing, WCAG 2.2 contrast, and the "nearest passing shade".
// No dependency: the whole engine must stay a few kB (the ui package budget is 25 kB gzip).

/** An opaque sRGB colour, channels 0–255. Alpha is not supported: contrast needs opaque colours. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** OKLCH: perceptual lightness 0–1, chroma ≥ 0, hue in degrees. */
export interface Oklch {
  l: number;
  c: number;
  h: number;
}

// A few names only: brand colours come from designers as hex; names help in quick tests and docs.
const NAMES: Record<string, string> = {
  black: '000000',
  white: 'ffffff',
  red: 'ff0000',
  green: '008000',
  blue: '0000ff',
  yellow: 'ffff00',
  orange: 'ffa500',
  purple: '800080',
  navy: '000080',
  teal: '008080',
  maroon: '800000',
  gray: '808080',
  grey: '808080',
};

const NUM = '([+-]?(?:\\d+\\.?\\d*|\\.\\d+)%?)';
// Modern `rgb(1 2 3)` and legacy `rgb(1, 2, 3)`; the `a` forms are accepted only without alpha.
const FUNC = new RegExp(
  `^(rgb|hsl)a?\\(\\s*${NUM}(?:deg)?\\s*(?:,\\s*|\\s+)${NUM}\\s*(?:,\\s*|\\s+)${NUM}\\s*\\)$`,
);

const clamp = (x: number, lo = 0, hi = 1): number => Math.max(lo, Math.min(x, hi));

/** Parses #rgb, #rrggbb, rgb(), hsl() and a few CSS names. Returns undefined when it cannot. */
export function parseColor(input: string): Rgb | undefined {
  const s = String(input).trim().toLowerCase();
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/.exec(NAMES[s] ?? s)?.[1];
  if (hex) {
    const full = hex.length === 3 ? hex.replace(/./g, '$&$&') : hex;
    const n = Number.parseInt(full, 16);
    return { r: n >> 16, g: (n >> 8) & 255, b: n & 255 };
  }
  const m = FUNC.exec(s);
  if (!m) return undefined;
  const [, fn, a = '', b = '', c = ''] = m;
  if (fn === 'rgb' && s.includes('deg')) return undefined;
  // Percentages: for rgb they scale to 255; for hsl saturation/lightness they are required.
  const val = (t: string, scale: number): number =>
    t.endsWith('%') ? (Number.parseFloat(t) / 100) * scale : Number.parseFloat(t);
  if (fn === 'rgb') {
    return { r: ch(val(a, 255)), g: ch(val(b, 255)), b: ch(val(c, 255)) };
  }
  if (a.endsWith('%') || !b.endsWith('%') || !c.endsWith('%')) return undefined;
  const h = (((Number.parseFloat(a) % 360) + 360) % 360) / 30;
  const sat = clamp(val(b, 1));
  const l = clamp(val(c, 1));
  const k = sat * Math.min(l, 1 - l);
  const f = (n: number): number => {
    const x = (n + h) % 12;
    return ch((l - k * Math.max(-1, Math.min(x - 3, 9 - x, 1))) * 255);
  };
  return { r: f(0), g: f(8), b: f(4) };
}

const ch = (x: number): number => Math.round(clamp(x, 0, 255));

/** `#rrggbb`, lower case. */
export function toHex({ r, g, b }: Rgb): string {
  return `#${((1 << 24) | (ch(r) << 16) | (ch(g) << 8) | ch(b)).toString(16).slice(1)}`;
}

// sRGB transfer function, WCAG 2.2 constants (0.04045, not the old 0.03928).
const toLinear = (c: number): number => {
  const x = c / 255;
  return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (x: number): number =>
  255 * (x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055);

/** WCAG 2.2 relative luminance, 0 (black) – 1 (white). */
export function luminance({ r, g, b }: Rgb): number {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

const ratio = (a: Rgb, b: Rgb): number => {
  const x = luminance(a);
  const y = luminance(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

const rgbOf = (c: Rgb | string): Rgb => {
  const rgb = typeof c === 'string' ? parseColor(c) : c;
  if (!rgb) throw new TypeError(`Not a colour: ${JSON.stringify(c)}`);
  return rgb;
};

/** WCAG 2.2 contrast ratio, 1–21. Throws a TypeError for a string that is not a colour. */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  return ratio(rgbOf(a), rgbOf(b));
}

// OKLab (Björn Ottosson, 2020). OKLCH keeps hue and perceived chroma when we move lightness,
// so an adjusted brand colour still looks like the brand, only darker or lighter.
export function toOklch(c: Rgb): Oklch {
  const r = toLinear(c.r);
  const g = toLinear(c.g);
  const b = toLinear(c.b);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  const h = (Math.atan2(B, A) * 180) / Math.PI;
  return {
    l: 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    c: Math.hypot(A, B),
    h: h < 0 ? h + 360 : h,
  };
}

const linearFromOklch = (L: number, C: number, h: number): number[] => {
  const A = C * Math.cos((h * Math.PI) / 180);
  const B = C * Math.sin((h * Math.PI) / 180);
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
};

const inGamut = (v: number[]): boolean => v.every((x) => x >= -1e-4 && x <= 1 + 1e-4);

/**
 * OKLCH → sRGB. Out-of-gamut colours lose chroma (never hue or lightness) until they fit:
 * simpler than CSS Color 4 gamut mapping and good enough for picking shades.
 */
export function fromOklch({ l, c, h }: Oklch): Rgb {
  const L = clamp(l);
  let v = linearFromOklch(L, c, h);
  if (!inGamut(v)) {
    let lo = 0;
    let hi = c;
    for (let i = 0; i < 10; i++) {
      const mid = (lo + hi) / 2;
      if (inGamut(linearFromOklch(L, mid, h))) lo = mid;
      else hi = mid;
    }
    v = linearFromOklch(L, lo, h);
  }
  const [r = 0, g = 0, b = 0] = v.map((x) => ch(fromLinear(clamp(x))));
  return { r, g, b };
}

/** One requirement: contrast against `color` of at least `min`. */
export type Constraint = readonly [color: Rgb, min: number];

// Luminances of the constraint colours are computed once per search, not once per candidate.
const passes = (c: Rgb, cons: readonly (readonly [number, number])[]): boolean => {
  const y = luminance(c);
  return cons.every(([yb, min]) => (Math.max(y, yb) + 0.05) / (Math.min(y, yb) + 0.05) >= min);
};

const STEP = 0.01;

/**
 * The shade of `color` closest in OKLCH lightness (same hue, same chroma where the gamut allows)
 * that meets every constraint; undefined when no lightness does.
 *
 * Steps outwards from the original lightness in both directions at once, then bisects inside the
 * first step that passes, keeping whichever direction moved less. The scan (rather than a bare
 * bisection) copes where contrast is not monotone in lightness (gamut clipping, 8-bit rounding);
 * every candidate is checked after rounding to 8 bits, so the result truly passes.
 */
export function adjustToConstraints(
  color: Rgb,
  constraints: readonly Constraint[],
): Rgb | undefined {
  const cons = constraints.map(([bg, min]) => [luminance(bg), min] as const);
  if (passes(color, cons)) return color;
  const { l: l0, c, h } = toOklch(color);
  const at = (l: number): Rgb => fromOklch({ l, c, h });
  for (let k = 1; k <= 101; k++) {
    let best: number | undefined;
    for (const dir of [-1, 1]) {
      const l = clamp(l0 + dir * k * STEP);
      if (!passes(at(l), cons)) continue;
      // Bisect between the last failing step and this passing one.
      let fail = clamp(l0 + dir * (k - 1) * STEP);
      let ok = l;
      for (let i = 0; i < 10; i++) {
        const mid = (fail + ok) / 2;
        if (passes(at(mid), cons)) ok = mid;
        else fail = mid;
      }
      if (best === undefined || Math.abs(ok - l0) < Math.abs(best - l0)) best = ok;
    }
    if (best !== undefined) return at(best);
    if (l0 - k * STEP <= 0 && l0 + k * STEP >= 1) return undefined;
  }
  return undefined;
}

/**
 * Public helper: the nearest shade of `fg` (hex) whose contrast against every background is at
 * least `target`, or undefined when no shade of that hue can reach it.
 */
export function nearestPassingShade(
  fg: Rgb | string,
  bg: Rgb | string | readonly (Rgb | string)[],
  target: number,
): string | undefined {
  const bgs = Array.isArray(bg) ? bg : [bg];
  const out = adjustToConstraints(
    rgbOf(fg),
    bgs.map((b: Rgb | string): Constraint => [rgbOf(b), target]),
  );
  return out && toHex(out);
}
