// JSON paths for developer messages (`$.pages[2].fields[0].visibleWhen.eq[0].var`) and the
// "did you mean" hint that saves a province developer a trip to the docs.

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `path` extended by one property or index. */
export function childPath(path: string, key: string | number | symbol): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const name = String(key);
  return IDENTIFIER.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`;
}

/** `$` followed by each segment, e.g. `['pages', 2, 'id']` → `$.pages[2].id`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((path, key) => childPath(path, key), '$');
}

/** The value at `segments` inside `root`, or undefined. */
export function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of segments) {
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<PropertyKey, unknown>;
    if (!Object.hasOwn(record, key)) return undefined;
    value = record[key];
  }
  return value;
}

/** Edit distance counting a swap of two neighbours as one edit ("lable" → "label"). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The candidate closest to `name` (case first, then up to a third of its letters off). */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    if (candidate.toLowerCase() === lower) return candidate;
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** ` Did you mean \`x\`?` or ''. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const match = closest(name, candidates);
  return match === undefined ? '' : ` Did you mean \`${match}\`?`;
}
