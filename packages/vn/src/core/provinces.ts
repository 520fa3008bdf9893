// The 34 provincial units since 1 July 2025 (research §3.6): 6 centrally-run cities and
// 28 provinces. Names and merger composition are derived from legacy-provinces.ts, so each
// name is written once: a new province takes the name of one of the units it merged from.

import { getLegacyProvince, type LegacyProvince, legacyProvinces } from './legacy-provinces';
import { searchKey } from './text';

export interface Province {
  /** Two-digit code (a pre-2025 code reused, not always the named unit's), e.g. `"01"`. */
  readonly code: string;
  /** Name without "Tỉnh"/"Thành phố", NFC, e.g. `"Hà Nội"`. */
  readonly name: string;
  /** Official name, e.g. `"Thành phố Hà Nội"`, `"Tỉnh Cao Bằng"`. */
  readonly fullName: string;
  /** Centrally-run city (thành phố trực thuộc trung ương) or province. */
  readonly kind: 'city' | 'province';
  /** Landline area code without the trunk 0, e.g. `"24"` (Hà Nội), `"206"`. */
  readonly areaCode: string;
  /**
   * Pre-2025 codes of the units it was formed from: the unit whose code it kept first,
   * then the others in code order. Resolve them with {@link legacyProvincesOf}.
   */
  readonly mergedFrom: readonly string[];
}

// code, area code, then optional: c (city), the legacy code whose name it took when that is
// not its own code, or a new name.
const ROWS =
  '01 24 c;04 206;08 207;11 215;12 213;14 212;15 214 10;19 208;20 205;22 203;24 222 27;25 210;31 225 c;33 221;37 229;38 237;40 238;42 239;44 233 45;46 234 c Huế;48 236 c;51 255;52 269 64;56 258;66 262;68 263;75 251;79 28 c;80 276 72;82 277 87;86 270;91 296 89;92 292 c;96 290';

/** The 34 provinces and cities since 1 July 2025, in code order. */
export const provinces: readonly Province[] = /* @__PURE__ */ ROWS.split(';').map((row) => {
  const [code = '', areaCode = '', ...rest] = row.split(' ');
  const kind = rest[0] === 'c' ? 'city' : 'province';
  if (kind === 'city') rest.shift();
  const ref = rest.join(' ');
  const name =
    /^\d/.test(ref) || !ref ? (getLegacyProvince(ref || code) as LegacyProvince).name : ref;
  const mergedFrom = legacyProvinces
    .filter((p) => p.becameCode === code)
    .map((p) => p.code)
    .sort((a, b) => +(b === code) - +(a === code)); // stable: the rest stay in code order
  return {
    code,
    name,
    fullName: (kind === 'city' ? 'Thành phố ' : 'Tỉnh ') + name,
    kind,
    areaCode,
    mergedFrom,
  };
});

const byCode = /* @__PURE__ */ new Map(/* @__PURE__ */ provinces.map((p) => [p.code, p]));

function codeKey(code: string | number): string | undefined {
  const digits = String(code).trim();
  return /^\d{1,3}$/.test(digits) ? String(Number(digits)).padStart(2, '0') : undefined;
}

/** The 2025 province with this code. Accepts `1`, `"1"`, `"01"` or `"001"`. */
export function getProvince(code: string | number): Province | undefined {
  const key = codeKey(code);
  return key === undefined ? undefined : byCode.get(key);
}

/**
 * The 2025 province that a pre-2025 province became part of:
 * `legacyProvince('02')` (Hà Giang) → Tuyên Quang, `legacyProvince('80')` (Long An) →
 * Tây Ninh. Accepts the CCCD form `"002"`. For the old unit itself use `getLegacyProvince`.
 */
export function legacyProvince(oldCode: string | number): Province | undefined {
  const old = getLegacyProvince(oldCode);
  return old && byCode.get(old.becameCode);
}

/** The pre-2025 provinces a 2025 province was formed from, in `mergedFrom` order. */
export function legacyProvincesOf(province: Province | string | number): readonly LegacyProvince[] {
  const p = typeof province === 'object' ? province : getProvince(province);
  return p ? p.mergedFrom.map((c) => getLegacyProvince(c) as LegacyProvince) : [];
}

/**
 * Common short forms, by province code. Shared with the admin index.
 * @internal
 */
export const PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '01': ['HN', 'Hanoi'],
  '31': ['HP'],
  '46': ['TT Huế'],
  '48': ['ĐN', 'Danang'],
  '66': ['Daklak'],
  '79': ['HCM', 'TPHCM', 'HCMC', 'Sài Gòn', 'SG', 'Saigon'],
  '92': ['CT'],
};

/** @internal A word of a text as search sees it. */
export interface SearchWord {
  /** `searchKey` of the word, apostrophes removed: `"mgar"` for `M’gar`. */
  readonly key: string;
  /** Lower-case NFC word, apostrophes removed, for diacritic-exact comparison. */
  readonly toned: string;
  /** Offset and length of the word in the text. */
  readonly start: number;
  readonly len: number;
}

const WORD = /[\p{L}\p{N}\p{M}'’ʼ]+/gu;

/**
 * @internal The words of a text (runs of letters, digits and apostrophes). `cache` maps a
 * raw word to its key and toned form; pass one when tokenising many texts.
 */
export function searchWords(text: string, cache?: Map<string, [string, string]>): SearchWord[] {
  const out: SearchWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    let forms = cache?.get(raw);
    if (!forms) {
      const toned = raw.replace(/['’ʼ]/g, '').toLowerCase().normalize('NFC');
      forms = [searchKey(toned), toned];
      cache?.set(raw, forms);
    }
    if (forms[0]) out.push({ key: forms[0], toned: forms[1], start: m.index, len: raw.length });
  }
  return out;
}

let names: Map<string, Province> | undefined;
const keyOf = (text: string) =>
  searchWords(text)
    .map((w) => w.key)
    .join(' ');

/**
 * The 2025 province with this name, ignoring case, diacritics and a leading
 * "Tỉnh"/"Thành phố"/"TP": `findProvince('tp. hồ chí minh')`, `findProvince('HCM')`,
 * `findProvince('sài gòn')`, `findProvince('Thừa Thiên Huế')` (renamed, same unit).
 * Names of provinces merged into another (e.g. "Bình Dương") are not matched: use
 * `legacyProvince` or the admin index search for those.
 */
export function findProvince(query: string): Province | undefined {
  if (!names) {
    names = new Map();
    for (const p of provinces) {
      const add = (n: string) => names?.set(keyOf(n), p);
      add(p.name);
      for (const a of PROVINCE_ALIASES[p.code] ?? []) add(a);
      // A unit renamed rather than merged keeps its old name as an alias (Thừa Thiên Huế).
      const only = p.mergedFrom.length === 1 && getLegacyProvince(p.code);
      if (only) add(only.name);
    }
  }
  const tokens = searchWords(String(query)).map((w) => w.key);
  const skip =
    tokens[0] === 'tinh' || tokens[0] === 'tp'
      ? 1
      : tokens[0] === 'thanh' && tokens[1] === 'pho'
        ? 2
        : 0;
  return names.get(tokens.slice(tokens.length > skip ? skip : 0).join(' '));
}
