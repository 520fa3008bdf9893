// Search over the 2025 administrative units (34 provinces, ~3,321 communes). The data is not
// bundled: the app loads it (a 600 KB JSON) and builds the index once. All keys, word lists
// and a prefix → candidates map are computed at build time, so a query touches only the
// units that contain a word starting with one of its words.

import { legacyProvinces } from './legacy-provinces';
import { PROVINCE_ALIASES, type SearchWord, searchWords } from './provinces';
import { normalizeText, searchKey } from './text';

/**
 * A commune-level unit (xã, phường, đặc khu) in the input data.
 * Example: `{ "name": "Phường Ba Đình", "code": 4, "division_type": "phường",
 * "codename": "phuong_ba_dinh", "short_codename": "ba_dinh" }`.
 */
export interface AdminDataCommune {
  /** Official name including the division word, e.g. `"Phường Ba Đình"`, `"Đặc khu Côn Đảo"`. */
  readonly name: string;
  /** NSO (GSO) commune code as a number, unique in the whole country: `4` is `"00004"`. */
  readonly code: number;
  /** `"phường"`, `"xã"` or `"đặc khu"` (any non-empty string is accepted). */
  readonly division_type: string;
  /** Ignored by the index. */
  readonly codename?: string;
  /** Ignored by the index. */
  readonly short_codename?: string;
}

/**
 * A province-level unit in the input data. `createAdminIndex` takes an array of these:
 * the format of the NSO-derived `nested-divisions.json` (e.g. `vn-admin-units-2025.json`),
 * `[{ "name": "Thành phố Hà Nội", "code": 1, "division_type": "thành phố trung ương",
 * "codename": "ha_noi", "phone_code": 24, "wards": [...] }, ...]`.
 */
export interface AdminDataProvince {
  /** Official name including the division word, e.g. `"Thành phố Hà Nội"`, `"Tỉnh Cao Bằng"`. */
  readonly name: string;
  /** NSO province code as a number: `1` is `"01"`. */
  readonly code: number;
  /** `"thành phố trung ương"` or `"tỉnh"` (any non-empty string is accepted). */
  readonly division_type: string;
  /** Ignored by the index. */
  readonly codename?: string;
  /** Landline area code, e.g. `24`. Ignored by the index (see `provinces`). */
  readonly phone_code?: number;
  /** The province's communes. */
  readonly wards: readonly AdminDataCommune[];
}

/** Thrown by `createAdminIndex` for malformed data: a developer error, not a user one. */
export class AdminDataError extends Error {
  override readonly name = 'AdminDataError';
  /** Where in the data, e.g. `[3].wards[17].name`; `""` for the data itself. */
  readonly path: string;
  constructor(path: string, expected: string) {
    super(`Invalid administrative data at ${path || 'the top level'}: expected ${expected}`);
    this.path = path;
  }
}

export interface AdminUnitRef {
  /** Two-digit province code, e.g. `"01"`. */
  readonly code: string;
  /** Official NFC name, e.g. `"Thành phố Hà Nội"`. */
  readonly name: string;
}

export interface AdminProvince extends AdminUnitRef {
  /** As in the data, e.g. `"tỉnh"`. */
  readonly divisionType: string;
}

export interface AdminCommune {
  /** Five-digit commune code, e.g. `"00004"`. */
  readonly code: string;
  /** Official NFC name, e.g. `"Phường Ba Đình"`. */
  readonly name: string;
  /** As in the data, e.g. `"phường"`. */
  readonly divisionType: string;
  readonly province: AdminUnitRef;
}

export interface AdminSearchOptions {
  /** Only this province and its communes (`"01"`, `"1"` or `1`). */
  provinceCode?: string | number;
  /** Only provinces or only communes. */
  kind?: 'province' | 'commune';
  /** Most results returned; default 10. */
  limit?: number;
}

export interface AdminSearchResult {
  readonly kind: 'province' | 'commune';
  /** `"01"` for a province, `"00004"` for a commune. */
  readonly code: string;
  /** Official NFC name, e.g. `"Phường Ba Đình"`. */
  readonly name: string;
  /** The province (itself, for a province). */
  readonly province: AdminUnitRef;
  /** Higher is better; only comparable within one search. */
  readonly score: number;
  /**
   * `[start, end)` ranges of the matched text to highlight: in `via.legacy` or `via.alias`
   * when present, otherwise in `name`.
   */
  readonly matched: readonly (readonly [start: number, end: number])[];
  /**
   * Set when the query matched another name of the unit: a pre-2025 province merged into
   * it (`{ legacy: 'Bình Dương' }` on Thành phố Hồ Chí Minh) or a short form (`{ alias: 'HCM' }`).
   */
  readonly via?: { readonly legacy: string } | { readonly alias: string };
}

export interface AdminIndex {
  /**
   * Provinces and communes whose words start with the query's words, best first.
   * Diacritics, case, the division word ("phường", "xã", "tỉnh", "thành phố", "tp") and
   * word order are optional; a query typed with diacritics ranks exact-diacritic matches
   * first. Never throws; an empty or unmatched query gives `[]`.
   */
  search(query: string, options?: AdminSearchOptions): AdminSearchResult[];
  getProvince(code: string | number): AdminProvince | undefined;
  /** Accepts `"00004"`, `"4"` or `4`. */
  getCommune(code: string | number): AdminCommune | undefined;
  /** The province's communes in data order; `[]` for an unknown code. */
  communesOf(provinceCode: string | number): readonly AdminCommune[];
  readonly provinces: readonly AdminProvince[];
  readonly size: { readonly provinces: number; readonly communes: number };
}

interface Division {
  readonly id: number;
  /** Keys of the division words, then abbreviations: `thanh`, `pho`, `tp`. */
  readonly words: readonly string[];
  readonly toned: readonly string[];
}

interface Doc {
  /** Index into `units`: provinces first, then communes, in data order. */
  readonly unit: number;
  readonly prov: number;
  readonly isProv: boolean;
  /** 0 the unit's name, 1 a legacy province name, 2 a short form. */
  readonly via: 0 | 1 | 2;
  readonly text: string;
  readonly div: Division;
  /** Words of `text` (the first `coreFrom` are its division words), then virtual division words. */
  readonly words: readonly SearchWord[];
  readonly all: readonly string[];
  readonly allToned: readonly string[];
  readonly coreFrom: number;
  /** Length of the unit's name without its division word: the tiebreak. */
  readonly len: number;
}

interface Unit {
  readonly code: string;
  readonly name: string;
  readonly province: AdminUnitRef;
}

interface QueryWord extends SearchWord {
  readonly divOk: readonly boolean[];
  readonly list: readonly number[] | undefined;
  readonly toneKey: string;
  /** Set on the last word when typed without a tone mark: tones on the unit are ignored. */
  readonly loose: string | undefined;
}

interface Hit {
  readonly d: Doc;
  readonly id: number;
  /** The query words it matched: all, or all but the leading division words. */
  readonly q: readonly QueryWord[];
  readonly score: number;
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ABBR: Record<string, string> = { 'thanh pho': 'tp', 'dac khu': 'dk', 'thi tran': 'tt' };
// Leading division words a unit of another division may ignore ("tp Cà Mau" finds Tỉnh Cà Mau).
const LEAD = /^((thanh pho|dac khu|thi tran|tp|tinh|phuong|p|xa|x|dk|tt) )+/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function field<T>(o: Record<string, unknown>, key: string, path: string, int: boolean): T {
  const v = o[key];
  if (int ? !Number.isInteger(v) || (v as number) < 0 : typeof v !== 'string' || !v.trim())
    throw new AdminDataError(
      `${path}.${key}`,
      int ? 'a non-negative integer' : 'a non-empty string',
    );
  return v as T;
}

function codeKey(code: string | number, width: number, max = width): string | undefined {
  const digits = String(code).trim();
  return /^\d+$/.test(digits) && digits.length <= max
    ? String(Number(digits)).padStart(width, '0')
    : undefined;
}

function better(a: Hit, b: Hit): boolean {
  const x = a.d;
  const y = b.d;
  return a.score !== b.score
    ? a.score > b.score
    : x.isProv !== y.isProv
      ? x.isProv
      : x.len !== y.len
        ? x.len < y.len
        : x.unit !== y.unit
          ? x.unit < y.unit
          : a.id < b.id;
}

/** Which of `all` each query word takes (distinct words), or undefined if they can't all match. */
function assign(q: readonly QueryWord[], all: readonly string[]): Int8Array | undefined {
  const n = all.length;
  if (q.length > n) return;
  const owner = new Int8Array(n).fill(-1);
  const seen = new Uint8Array(n);
  const take = (i: number): boolean => {
    const key = (q[i] as QueryWord).key;
    for (let j = 0; j < n; j++) {
      if (seen[j] || !(all[j] as string).startsWith(key)) continue;
      seen[j] = 1;
      const o = owner[j] as number;
      if (o < 0 || take(o)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < q.length; i++) {
    seen.fill(0);
    if (!take(i)) return;
  }
  return owner;
}

/** Builds the search index. Throws {@link AdminDataError} if `data` is not in the documented shape. */
export function createAdminIndex(data: readonly AdminDataProvince[]): AdminIndex {
  if (!Array.isArray(data)) throw new AdminDataError('', 'an array of provinces');
  const divisions: Division[] = [];
  const divByType = new Map<string, Division>();
  const divOf = (type: string): Division => {
    const toned = type
      .toLowerCase()
      .normalize('NFC')
      .replace(/ (trực thuộc )?trung ương$/, '');
    let div = divByType.get(toned);
    if (!div) {
      const w = searchWords(toned);
      const abbr = ABBR[w.map((x) => x.key).join(' ')];
      div = {
        id: divisions.length,
        words: [...w.map((x) => x.key), ...(abbr ? [abbr] : [])],
        toned: [...w.map((x) => x.toned), ...(abbr ? [abbr] : [])],
      };
      divisions.push(div);
      divByType.set(toned, div);
    }
    return div;
  };

  const wordCache = new Map<string, [string, string]>();
  const units: Unit[] = [];
  const docs: Doc[] = [];
  const provinceList: AdminProvince[] = [];
  const provByCode = new Map<string, number>();
  const communes = new Map<string, AdminCommune>();
  const communesByProv: AdminCommune[][] = [];

  const addDoc = (
    text: string,
    unit: number,
    prov: number,
    via: 0 | 1 | 2,
    div: Division,
    isProv: boolean,
  ) => {
    const words = searchWords(text, wordCache);
    let coreFrom = 0;
    if (!via)
      while (coreFrom < words.length - 1 && words[coreFrom]?.key === div.words[coreFrom])
        coreFrom++;
    const virtual = coreFrom ? div.words.slice(coreFrom) : div.words;
    const first = words[coreFrom];
    docs.push({
      unit,
      prov,
      isProv,
      via,
      text,
      div,
      words,
      all: [...words.map((w) => w.key), ...virtual],
      allToned: [
        ...words.map((w) => w.toned),
        ...(coreFrom ? div.toned.slice(coreFrom) : div.toned),
      ],
      coreFrom,
      len: via ? (docs[docs.length - 1] as Doc).len : first ? text.length - first.start : 0,
    });
  };

  data.forEach((p: unknown, i) => {
    const path = `[${i}]`;
    if (!isObject(p)) throw new AdminDataError(path, 'a province object');
    const name = normalizeText(field<string>(p, 'name', path, false));
    const code = String(field<number>(p, 'code', path, true)).padStart(2, '0');
    const divisionType = field<string>(p, 'division_type', path, false);
    if (!Array.isArray(p.wards)) throw new AdminDataError(`${path}.wards`, 'an array of communes');
    if (provByCode.has(code)) throw new AdminDataError(`${path}.code`, 'a unique province code');
    provByCode.set(code, i);
    const province = { code, name, divisionType };
    const ref = { code, name };
    provinceList.push(province);
    communesByProv.push([]);
    const div = divOf(divisionType);
    const unit = units.length;
    units.push({ code, name, province: ref });
    addDoc(name, unit, i, 0, div, true);
    for (const alias of PROVINCE_ALIASES[code] ?? []) addDoc(alias, unit, i, 2, div, true);
    const own = ` ${searchKey(name)}`;
    for (const old of legacyProvinces) {
      if (old.becameCode !== code || own.endsWith(` ${searchKey(old.name)}`)) continue;
      addDoc(old.name, unit, i, 1, divOf(old.kind === 'city' ? 'thành phố' : 'tỉnh'), true);
    }
    p.wards.forEach((w: unknown, j) => {
      const wpath = `${path}.wards[${j}]`;
      if (!isObject(w)) throw new AdminDataError(wpath, 'a commune object');
      const commune = {
        code: String(field<number>(w, 'code', wpath, true)).padStart(5, '0'),
        name: normalizeText(field<string>(w, 'name', wpath, false)),
        divisionType: field<string>(w, 'division_type', wpath, false),
        province: ref,
      };
      if (communes.has(commune.code))
        throw new AdminDataError(`${wpath}.code`, 'a unique commune code');
      communes.set(commune.code, commune);
      (communesByProv[i] as AdminCommune[]).push(commune);
      units.push(commune);
      addDoc(commune.name, units.length - 1, i, 0, divOf(commune.divisionType), false);
    });
  });

  // Every prefix of every name word (not division words) → ascending doc ids.
  const prefixes = new Map<string, number[]>();
  let maxWords = 0;
  docs.forEach((d, id) => {
    maxWords = Math.max(maxWords, d.all.length);
    for (let j = d.coreFrom; j < d.words.length; j++) {
      const key = (d.words[j] as SearchWord).key;
      for (let l = 1; l <= key.length; l++) {
        const p = key.slice(0, l);
        const list = prefixes.get(p);
        if (!list) prefixes.set(p, [id]);
        else if (list[list.length - 1] !== id) list.push(id);
      }
    }
  });

  const cache = new Map<string, string>();
  const toneKey = (s: string, loose?: boolean): string => {
    const id = (loose ? '~' : '') + s;
    let k = cache.get(id);
    if (k === undefined) {
      const d = s.normalize('NFD');
      k = loose ? d.replace(TONES, '') : d.replace(TONES, '') + (d.match(TONES) ?? []).join('');
      if (cache.size < 20000) cache.set(id, k);
    }
    return k;
  };

  // 0 if query word t matches a word of d with the same diacritics, 1 if only once tones
  // are ignored (the word being typed, no tone yet), 2 otherwise.
  const accentPenalty = (t: QueryWord, d: Doc): number => {
    let best = 2;
    d.all.forEach((w, j) => {
      if (best && w.startsWith(t.key)) {
        const toned = d.allToned[j] as string;
        if (toned.startsWith(t.toned) || (w === t.key && toneKey(toned) === t.toneKey)) best = 0;
        else if (t.loose !== undefined && toneKey(toned, true).startsWith(t.loose)) best = 1;
      }
    });
    return best;
  };

  // 300 the query is the name, 200 a prefix of it, 100 otherwise; from query word s on.
  const seqTier = (q: readonly QueryWord[], s: number, d: Doc): number => {
    const k = q.length - s;
    if (k > d.words.length - d.coreFrom) return 100;
    for (let j = 0; j < k; j++) {
      const w = d.all[d.coreFrom + j] as string;
      const t = (q[s + j] as QueryWord).key;
      if (w !== t) return j === k - 1 && w.startsWith(t) ? 200 : 100;
    }
    return k === d.words.length - d.coreFrom ? 300 : 200;
  };

  const score = (q: readonly QueryWord[], d: Doc, accented: boolean): number => {
    let penalty = 0;
    if (accented) for (const t of q) penalty += accentPenalty(t, d);
    let tier = 0;
    // Leading division words ("phường", "tp") are optional.
    for (let s = 0; ; s++) {
      tier = Math.max(tier, seqTier(q, s, d));
      if (s >= q.length - 1 || !(q[s] as QueryWord).divOk[d.div.id]) break;
    }
    let bonus = 0;
    if (tier === 100) for (const t of q) if (d.all.includes(t.key)) bonus += 10;
    // A prefix of a short form ("h" of "HCM") is weak evidence: below real names.
    if (d.via === 2 && tier < 300) bonus -= 5;
    return (6 - Math.min(penalty, 6)) * 500 + tier + Math.min(bonus, 90);
  };

  const toResult = (h: Hit): AdminSearchResult => {
    const { d, q, score } = h;
    const u = units[d.unit] as Unit;
    const owner = assign(q, d.all) ?? new Int8Array(0);
    const matched: [number, number][] = [];
    d.words.forEach((w, j) => {
      const i = owner[j] as number;
      if (i >= 0)
        matched.push([
          w.start,
          w.start + (w.key.length === w.len ? (q[i] as QueryWord).key.length : w.len),
        ]);
    });
    const result = {
      kind: d.isProv ? 'province' : 'commune',
      code: u.code,
      name: u.name,
      province: u.province,
      score,
      matched,
    } as const;
    return d.via
      ? { ...result, via: d.via === 1 ? { legacy: d.text } : { alias: d.text } }
      : result;
  };

  // Province codes are also accepted in the 3-digit CCCD form.
  const provIndex = (code: string | number): number =>
    provByCode.get(codeKey(code, 2, 3) ?? '') ?? -1;
  const stamps = new Uint32Array(docs.length);
  let generation = 0;

  const search = (query: string, options: AdminSearchOptions = {}): AdminSearchResult[] => {
    const limit = options.limit ?? 10;
    const words = searchWords(String(query ?? ''));
    if (!words.length || words.length > maxWords || !(limit >= 1)) return [];
    let only = -1;
    if (options.provinceCode !== undefined) {
      only = provIndex(options.provinceCode);
      if (only < 0) return [];
    }
    const accented = words.some((w) => w.key !== w.toned);
    const q: QueryWord[] = words.map((w, i) => {
      const bare = toneKey(w.toned, true);
      return {
        ...w,
        divOk: divisions.map((div) => div.words.some((x) => x.startsWith(w.key))),
        list: prefixes.get(w.key),
        toneKey: toneKey(w.toned),
        loose: i === words.length - 1 && bare === w.toned.normalize('NFD') ? bare : undefined,
      };
    });

    const lead = Math.min(
      q.length - 1,
      (LEAD.exec(`${q.map((t) => t.key).join(' ')} `)?.[0].split(' ').length ?? 1) - 1,
    );
    const rest = q.slice(lead);

    // Candidates: the shortest list of a word that can only match a name word; otherwise
    // (every word could be a division word) the union of their lists. Leading division
    // words don't count, as they may be ignored.
    let candidates: readonly number[] | undefined;
    for (const t of rest) {
      if (t.divOk.includes(true)) continue;
      if (!t.list) return [];
      if (!candidates || t.list.length < candidates.length) candidates = t.list;
    }
    if (!candidates) {
      const union: number[] = [];
      generation = (generation + 1) >>> 0 || 1;
      if (generation === 1) stamps.fill(0);
      for (const t of rest)
        for (const id of t.list ?? [])
          if (stamps[id] !== generation) {
            stamps[id] = generation;
            union.push(id);
          }
      candidates = union;
    }

    const top: Hit[] = [];
    const offer = (h: Hit) => {
      if (top.length >= limit && !better(h, top[top.length - 1] as Hit)) return;
      let lo = 0;
      let hi = top.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (better(top[mid] as Hit, h)) lo = mid + 1;
        else hi = mid;
      }
      top.splice(lo, 0, h);
      if (top.length > limit) top.pop();
    };
    const bestOfProvince = new Map<number, Hit>();
    for (const id of candidates) {
      const d = docs[id] as Doc;
      if (only >= 0 && d.prov !== only) continue;
      if (options.kind !== undefined && (options.kind === 'province') !== d.isProv) continue;
      let h: Hit;
      if (q.length < 2 || assign(q, d.all)) h = { d, id, q, score: score(q, d, accented) };
      else if (lead && assign(rest, d.all))
        h = { d, id, q: rest, score: score(rest, d, accented) - 50 };
      else continue;
      if (!d.isProv) offer(h);
      else {
        const b = bestOfProvince.get(d.unit);
        if (!b || better(h, b)) bestOfProvince.set(d.unit, h);
      }
    }
    for (const h of bestOfProvince.values()) offer(h);
    return top.map(toResult);
  };

  return {
    search,
    getProvince: (code) => provinceList[provIndex(code)],
    getCommune: (code) => communes.get(codeKey(code, 5) ?? ''),
    communesOf: (code) => communesByProv[provIndex(code)] ?? [],
    provinces: provinceList,
    size: { provinces: provinceList.length, communes: communes.size },
  };
}
