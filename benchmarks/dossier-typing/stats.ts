// Percentiles by nearest rank, as in ../admin-search.ts.

export interface Stats {
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
  readonly max: number;
}

export function stats(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? 0;
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return { p50: at(0.5), p95: at(0.95), mean, max: s[s.length - 1] ?? 0 };
}
