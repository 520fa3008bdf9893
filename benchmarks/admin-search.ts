// Admin-unit search: the @govmini/vn index against a naive normalise-and-scan baseline,
// timed in the same process on the same 1,000 queries. See README.md.
//
//   pnpm --filter @govmini/benchmarks bench        (after `pnpm build` of @govmini/vn)
//   node --experimental-strip-types admin-search.ts [path/to/vn-admin-units-2025.json]

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchKey } from '@govmini/vn';
import { type AdminDataProvince, createAdminIndex } from '@govmini/vn/admin';

const QUERIES = 1000;
const ROUNDS = 5;
const WARMUP_ROUNDS = 3;
const BUILDS = 10;

// The data is not in the repository: it sits in shared/data beside the checkout.
const here = path.dirname(fileURLToPath(import.meta.url));
const dataFile =
  process.argv[2] ?? path.resolve(here, '..', '..', 'shared', 'data', 'vn-admin-units-2025.json');
if (!existsSync(dataFile)) {
  console.error(`Data file not found: ${dataFile} (pass its path as the first argument).`);
  process.exit(1);
}
const data = JSON.parse(readFileSync(dataFile, 'utf8')) as AdminDataProvince[];

// --- Index build -------------------------------------------------------------------------

const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;
let start = process.hrtime.bigint();
const index = createAdminIndex(data);
const coldBuild = ms(start);
const builds: number[] = [];
for (let i = 0; i < BUILDS; i++) {
  start = process.hrtime.bigint();
  createAdminIndex(data);
  builds.push(ms(start));
}

// --- Queries: deterministic, from a seeded PRNG (mulberry32) ------------------------------

let seed = 0x5eed2025;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

const DIVISION = /^(Thành phố|Tỉnh|Phường|Xã|Đặc khu) /;
const provinceNames = data.map((p) => p.name.replace(DIVISION, ''));
const communeNames = data.flatMap((p) => p.wards.map((w) => w.name.replace(DIVISION, '')));
const SHORT_FORMS = ['hcm', 'tp hcm', 'TP.HCM', 'hn', 'sài gòn', 'sg', 'đn', 'tt huế', 'HN'];
const LEGACY = ['bình dương', 'Quảng Nam', 'ha giang', 'Long An', 'thừa thiên huế', 'vũng tàu'];

/** Mixed case as people type: as is, all lower, all upper, or first letter capital. */
function withCase(s: string): string {
  const r = random();
  if (r < 0.5) return s;
  if (r < 0.75) return s.toLowerCase();
  if (r < 0.85) return s.toUpperCase();
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}
const maybePlain = (s: string) => (random() < 0.5 ? searchKey(s) : s);
/** The first n characters (code points) of a name, not ending in a space. */
const prefix = (s: string, n: number) => [...s].slice(0, n).join('').trimEnd();

function makeQuery(): string {
  const r = random();
  if (r < 0.2) {
    // Province name, with or without diacritics, sometimes with its division word.
    const name = maybePlain(pick(provinceNames));
    return withCase(random() < 0.2 ? `${pick(['tỉnh', 'tp', 'thành phố'])} ${name}` : name);
  }
  if (r < 0.6) {
    // Commune name prefix of 2–8 characters.
    return withCase(maybePlain(prefix(pick(communeNames), between(2, 8))));
  }
  if (r < 0.75) {
    // Partial words: a prefix of each word ("ba di", "ng h").
    const words = pick(communeNames).split(' ');
    const partial = words.map((w) => prefix(w, between(1, Math.max(1, [...w].length))));
    return withCase(maybePlain(partial.join(' ')));
  }
  if (r < 0.85) {
    // Full commune name, sometimes with "phường"/"xã".
    const name = maybePlain(pick(communeNames));
    return withCase(random() < 0.3 ? `${pick(['phường', 'xã', 'p.', 'xa'])} ${name}` : name);
  }
  if (r < 0.93) return withCase(pick(SHORT_FORMS));
  return withCase(pick(LEGACY));
}
const queries = Array.from({ length: QUERIES }, makeQuery);

// --- Naive baseline ----------------------------------------------------------------------
// Per query: searchKey the query; for every unit, searchKey its name and keep it if every
// query word starts one of its words; rank exact > prefix > word match, then shorter names.

interface Unit {
  readonly name: string;
  readonly kind: number;
}
const units: Unit[] = data.flatMap((p) => [
  { name: p.name, kind: 0 },
  ...p.wards.map((w) => ({ name: w.name, kind: 1 })),
]);

function naiveSearch(query: string, limit = 10): Unit[] {
  const q = searchKey(query);
  const words = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return [];
  const hits: { unit: Unit; score: number }[] = [];
  for (const unit of units) {
    const key = searchKey(unit.name);
    const own = key.split(/[^\p{L}\p{N}]+/u);
    if (!words.every((w) => own.some((o) => o.startsWith(w)))) continue;
    const score = key === q || key.endsWith(` ${q}`) ? 3 : key.includes(q) ? 2 : 1;
    hits.push({ unit, score });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score || a.unit.kind - b.unit.kind || a.unit.name.length - b.unit.name.length,
  );
  return hits.slice(0, limit).map((h) => h.unit);
}

// --- Timing ------------------------------------------------------------------------------

const indexSearch = (q: string) => index.search(q);
let sink = 0;
for (let round = 0; round < WARMUP_ROUNDS; round++) {
  for (const q of queries) sink += indexSearch(q).length + naiveSearch(q).length;
}

function time(run: (q: string) => unknown[], samples: number[]): void {
  for (const q of queries) {
    const t0 = process.hrtime.bigint();
    const r = run(q);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e3);
    sink += r.length;
  }
}
const indexTimes: number[] = [];
const naiveTimes: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  // Alternate the order so neither side always runs on a warmer cache.
  if (round % 2) {
    time(naiveSearch, naiveTimes);
    time(indexSearch, indexTimes);
  } else {
    time(indexSearch, indexTimes);
    time(naiveSearch, naiveTimes);
  }
}

// --- Report ------------------------------------------------------------------------------

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? 0;
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean, max: s[s.length - 1] ?? 0 };
}
const idx = stats(indexTimes);
const naive = stats(naiveTimes);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const found = queries.filter((q) => index.search(q).length > 0).length;
const foundNaive = queries.filter((q) => naiveSearch(q).length > 0).length;
const fmt = (us: number) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`);
const pad = (s: string, n: number) => s.padStart(n);

console.log(
  `Admin-unit search — Node ${process.version}, ${data.length} provinces, ${units.length - data.length} communes`,
);
console.log(
  `Index build: ${coldBuild.toFixed(1)} ms cold, ${median(builds).toFixed(1)} ms median of ${BUILDS} warm builds`,
);
console.log(
  `${QUERIES} queries × ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up rounds; limit 10; ` +
    `with results: index ${found}, baseline ${foundNaive}`,
);
console.log('');
const cols = ['p50', 'p95', 'p99', 'mean', 'max'] as const;
console.log(`${'per query'.padEnd(22)}${cols.map((c) => pad(c, 11)).join('')}`);
console.log(`${'index'.padEnd(22)}${cols.map((c) => pad(fmt(idx[c]), 11)).join('')}`);
console.log(
  `${'naive scan (baseline)'.padEnd(22)}${cols.map((c) => pad(fmt(naive[c]), 11)).join('')}`,
);
console.log(
  `${'baseline / index'.padEnd(22)}${cols.map((c) => pad(`${(naive[c] / idx[c]).toFixed(1)}×`, 11)).join('')}`,
);
console.log('');
console.log(
  `Targets: index p95 ≤ 1 ms (${idx.p95 <= 1000 ? 'met' : 'NOT met'}), ` +
    `≥ 10× faster than baseline at p50 and p95 (${naive.p50 / idx.p50 >= 10 && naive.p95 / idx.p95 >= 10 ? 'met' : 'NOT met'}).`,
);
if (sink < 0) console.log(sink); // keep the work observable
