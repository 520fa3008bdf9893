// Duplicate detection ("Đã có người phản ánh") and public search, shared by the memory
// service and apps/server so both find the same reports. Text is compared on search keys
// (@govmini/vn searchKey: no diacritics, đ → d, lower case): a citizen typing without marks
// still finds "Ổ gà trước chợ". Vietnamese words are mostly two syllables, so syllable
// bigrams carry most of the meaning; single syllables (without the commonest function words)
// help short texts.
import { searchKey } from '@govmini/vn';
import { isOpenStatus } from './status';
import type { DuplicateQuery, PublicReport, ReportLocation } from './types';

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine; under 0.5 % off anywhere in Vietnam). */
export function distanceMetres(
  a: { readonly latitude: number; readonly longitude: number },
  b: { readonly latitude: number; readonly longitude: number },
): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

// Syllables that say nothing about the problem; left out of the single-syllable set only.
const STOP = new Set([
  'bi',
  'co',
  'cua',
  'va',
  'la',
  'o',
  'tai',
  'da',
  'dang',
  'rat',
  'nay',
  'cac',
  'nhung',
  'mot',
  'cho',
  'voi',
  'khong',
  'thi',
  'ma',
  'nen',
  'de',
  'duoc',
  'cung',
  'nhieu',
  've',
  'tu',
  'den',
  'trong',
  'lai',
  'qua',
]);

/** The search-key words of a text: `"Đường  bị ngập!"` → `['duong', 'bi', 'ngap']`. */
export function searchWords(text: string): string[] {
  return searchKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}

const bigrams = (words: readonly string[]) =>
  new Set(words.slice(1).map((word, i) => `${words[i]} ${word}`));
const unigrams = (words: readonly string[]) => new Set(words.filter((w) => !STOP.has(w)));

/**
 * How alike two descriptions are, 0–1: the mean of the Dice coefficients over syllable
 * bigrams and over meaningful single syllables, on search keys (diacritics do not matter).
 */
export function textSimilarity(a: string, b: string): number {
  const wa = searchWords(a);
  const wb = searchWords(b);
  return (dice(bigrams(wa), bigrams(wb)) + dice(unigrams(wa), unigrams(wb))) / 2;
}

/**
 * How near two locations are, 0–1, or undefined when they are not near at all. Two device
 * locations: within `radius` metres (1 at the same spot, falling linearly to 0 at the
 * radius). A commune location and anything with the same commune code: 0.5 (a commune is
 * too large to say more).
 */
export function proximity(
  a: ReportLocation,
  b: ReportLocation,
  radius: number,
): number | undefined {
  if (a.kind === 'device' && b.kind === 'device') {
    const metres = distanceMetres(a, b);
    return metres <= radius ? 1 - metres / Math.max(radius, 1) : undefined;
  }
  return a.communeCode !== undefined && a.communeCode === b.communeCode ? 0.5 : undefined;
}

export const DEFAULT_DUPLICATE_RADIUS = 300;
export const MAX_DUPLICATE_RADIUS = 5000;

export interface DuplicateOptions {
  /** Least text similarity to count (default 0.2); ignored when the query has no words. */
  readonly minSimilarity?: number;
  /** At most this many (default 5). */
  readonly limit?: number;
}

export interface DuplicateMatch<R extends PublicReport = PublicReport> {
  readonly report: R;
  /** 0–1: text similarity weighted 0.7, nearness 0.3. */
  readonly score: number;
  readonly similarity: number;
  /** Metres, between two device locations. */
  readonly distance?: number;
}

/**
 * Open reports (not closed or rejected) of the query's category, near its location, with
 * similar text — most alike first (ties: nearer, then newer). Without any words in the query
 * (the citizen has not described it yet) every nearby one counts, nearest first. The caller
 * passes only reports the public may see.
 */
export function rankDuplicates<R extends PublicReport>(
  query: DuplicateQuery,
  reports: Iterable<R>,
  options: DuplicateOptions = {},
): DuplicateMatch<R>[] {
  const radius = Math.min(
    Math.max(query.radius ?? DEFAULT_DUPLICATE_RADIUS, 0),
    MAX_DUPLICATE_RADIUS,
  );
  const minSimilarity = options.minSimilarity ?? 0.2;
  const hasWords = searchWords(query.description).length > 0;
  const matches: DuplicateMatch<R>[] = [];
  for (const report of reports) {
    if (report.categoryId !== query.categoryId || !isOpenStatus(report.status)) continue;
    const near = proximity(query.location, report.location, radius);
    if (near === undefined) continue;
    const similarity = hasWords ? textSimilarity(query.description, report.description) : 0;
    if (hasWords && similarity < minSimilarity) continue;
    const distance =
      query.location.kind === 'device' && report.location.kind === 'device'
        ? Math.round(distanceMetres(query.location, report.location))
        : undefined;
    matches.push({
      report,
      score: 0.7 * similarity + 0.3 * near,
      similarity,
      ...(distance === undefined ? {} : { distance }),
    });
  }
  return matches
    .sort(
      (x, y) =>
        y.score - x.score ||
        (x.distance ?? Number.POSITIVE_INFINITY) - (y.distance ?? Number.POSITIVE_INFINITY) ||
        Date.parse(y.report.createdAt) - Date.parse(x.report.createdAt),
    )
    .slice(0, Math.max(0, options.limit ?? 5));
}

// Marks stay inside a word: NFC leaves a few letter-and-mark pairs decomposed.
const WORD_BREAK = /[^\p{L}\p{M}\p{N}]+/u;

/**
 * Public search: every word of `query` starts a word of the report's description, place,
 * address, answer or code. A word typed without diacritics matches with or without them
 * ("duong" finds "đường" and "dương"); a word typed with them must match them exactly
 * ("đường" does not find "dương"). An empty query matches everything.
 */
export function matchesText(
  report: Pick<PublicReport, 'description' | 'location' | 'answer' | 'code'>,
  query: string,
): boolean {
  const typed = String(query).normalize('NFC').toLowerCase().split(WORD_BREAK);
  const words = typed.filter((word) => word !== '');
  if (words.length === 0) return true;
  const haystack = [
    report.description,
    report.location.place ?? '',
    report.location.kind === 'device' ? (report.location.address ?? '') : '',
    report.answer?.text ?? '',
    report.code,
  ].join('\n');
  const exact = haystack.normalize('NFC').toLowerCase().split(WORD_BREAK);
  const loose = searchWords(haystack);
  return words.every((word) => {
    const key = searchKey(word);
    return key === word
      ? loose.some((candidate) => candidate.startsWith(key))
      : exact.some((candidate) => candidate.startsWith(word));
  });
}
