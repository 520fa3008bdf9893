import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AdminDataError,
  type AdminDataProvince,
  type AdminIndex,
  type AdminSearchResult,
  createAdminIndex,
} from './admin-index';
import { searchKey } from './text';

// The NSO data lives beside the repository (../shared/data), never inside it.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const dataFile = path.resolve(repoRoot, '..', 'shared', 'data', 'vn-admin-units-2025.json');

let cached: { data: AdminDataProvince[]; index: AdminIndex } | undefined;
function load(): { data: AdminDataProvince[]; index: AdminIndex } {
  if (!existsSync(dataFile)) {
    throw new Error(
      `Shared data file not found: ${dataFile}. The tests read the 2025 administrative units from shared/data/ beside the repository checkout; it is not bundled.`,
    );
  }
  if (!cached) {
    const data = JSON.parse(readFileSync(dataFile, 'utf8')) as AdminDataProvince[];
    cached = { data, index: createAdminIndex(data) };
  }
  return cached;
}
const search = (query: string, options?: Parameters<AdminIndex['search']>[1]) =>
  load().index.search(query, options);
const first = (query: string) => search(query)[0];

const words = (s: string) =>
  searchKey(s.replace(/['’ʼ]/g, ''))
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean);

/** The words a result can be matched on: its name (or the other name it matched) and division. */
function resultWords(r: AdminSearchResult): string[] {
  const via = r.via && ('legacy' in r.via ? r.via.legacy : r.via.alias);
  const own = words(via ?? r.name);
  if (via || r.name.startsWith('Thành phố')) own.push('thanh', 'pho', 'tp', 'tinh');
  if (r.name.startsWith('Đặc khu')) own.push('dk');
  return own;
}

// Leading division words may be dropped for a unit of another division ("tp Cà Mau").
const DIVISION_WORDS = new Set([
  'thanh',
  'pho',
  'dac',
  'khu',
  'thi',
  'tran',
  'tp',
  'tinh',
  'phuong',
  'p',
  'xa',
  'x',
  'dk',
  'tt',
]);

const everyWordIsAPrefix = (query: string, r: AdminSearchResult) => {
  const own = resultWords(r);
  const all = words(query);
  const ok = (q: string) => own.some((w) => w.startsWith(q));
  if (all.every(ok)) return true;
  let lead = 0;
  while (lead < all.length - 1 && DIVISION_WORDS.has(all[lead] as string)) lead++;
  return lead > 0 && all.slice(lead).every(ok);
};

describe('createAdminIndex over the shared NSO data', () => {
  it('indexes 34 provinces and 3,321 communes', () => {
    const { index } = load();
    expect(index.size).toEqual({ provinces: 34, communes: 3321 });
    expect(index.provinces).toHaveLength(34);
    expect(index.provinces[0]).toEqual({
      code: '01',
      name: 'Thành phố Hà Nội',
      divisionType: 'thành phố trung ương',
    });
    const total = index.provinces.reduce((n, p) => n + index.communesOf(p.code).length, 0);
    expect(total).toBe(3321);
  });

  it('looks up communes and provinces by code in any form', () => {
    const { index } = load();
    for (const code of ['00004', '4', 4, '004']) {
      expect(index.getCommune(code)).toEqual({
        code: '00004',
        name: 'Phường Ba Đình',
        divisionType: 'phường',
        province: { code: '01', name: 'Thành phố Hà Nội' },
      });
    }
    expect(index.getCommune('000004')).toBeUndefined();
    expect(index.getCommune('x')).toBeUndefined();
    expect(index.getProvince(79)?.name).toBe('Thành phố Hồ Chí Minh');
    expect(index.getProvince('02')).toBeUndefined();
    expect(index.communesOf('1')).toHaveLength(126);
    expect(index.communesOf(79)).toHaveLength(168);
    expect(index.communesOf('03')).toEqual([]);
    expect(index.communesOf('46').every((c) => c.province.code === '46')).toBe(true);
  });
});

describe('search: the right first result', () => {
  it.each([
    ['tp hcm', 'province', '79'],
    ['TP.HCM', 'province', '79'],
    ['hcm', 'province', '79'],
    ['thành phố hồ chí minh', 'province', '79'],
    ['sài gòn', 'province', '79'],
    ['sg', 'province', '79'],
    ['hn', 'province', '01'],
    ['hà nội', 'province', '01'],
    ['Hà Nội'.normalize('NFD'), 'province', '01'],
    ['đn', 'province', '48'],
    ['dak lak', 'province', '66'],
    ['ĐẮK LẮK', 'province', '66'],
    ['Huế', 'province', '46'],
    ['tt huế', 'province', '46'],
    ['tp hue', 'province', '46'],
    ['ba dinh', 'commune', '00004'],
    ['phuong ba dinh', 'commune', '00004'],
    ['P. Ba Đình', 'commune', '00004'],
    ['ba di', 'commune', '00004'],
    ['cu mgar', 'commune', undefined],
  ])('%s → %s %s', (query, kind, code) => {
    const r = first(query);
    expect(r?.kind).toBe(kind);
    if (code) expect(r?.code).toBe(code);
  });

  it('returns full NFC names and the province', () => {
    const r = first('ba dinh') as AdminSearchResult;
    expect(r.name).toBe('Phường Ba Đình');
    expect(r.province).toEqual({ code: '01', name: 'Thành phố Hà Nội' });
    expect(r.via).toBeUndefined();
    expect(r.matched).toEqual([
      [7, 9],
      [10, 14],
    ]);
    expect(first('hcm')?.name).toBe('Thành phố Hồ Chí Minh');
    expect(first('hcm')?.via).toEqual({ alias: 'HCM' });
    expect(first('cu mgar')?.name).toBe('Xã Cư M’gar');
  });

  it('makes division words optional, preferring units of the division typed', () => {
    expect(search('xa ba dinh').map((x) => x.name)).toEqual([
      'Xã Ba Đình',
      'Xã Ba Dinh',
      'Phường Ba Đình',
    ]);
    expect(first('tp ca mau')?.name).toBe('Tỉnh Cà Mau');
    expect(first('tỉnh hà nội')?.name).toBe('Thành phố Hà Nội');
    expect(first('dac khu con dao')?.name).toBe('Đặc khu Côn Đảo');
    expect(first('dk con dao')?.name).toBe('Đặc khu Côn Đảo');
    expect((first('xa ba dinh')?.score ?? 0) > (search('xa ba dinh')[2]?.score ?? 0)).toBe(true);
  });

  it('highlights prefixes of the matched words', () => {
    const r = first('ba di') as AdminSearchResult;
    expect(r.matched.map(([s, e]) => r.name.slice(s, e))).toEqual(['Ba', 'Đì']);
  });

  it('finds the same unit under each exact name in more than one province', () => {
    const r = search('ba dinh');
    expect(r.map((x) => `${x.name}/${x.province.code}`).slice(0, 2)).toEqual([
      'Phường Ba Đình/01',
      'Xã Ba Đình/38',
    ]);
  });
});

describe('search: legacy province names', () => {
  it.each([
    ['bình dương', '79', 'Bình Dương'],
    ['Tỉnh Bình Dương', '79', 'Bình Dương'],
    ['quang nam', '48', 'Quảng Nam'],
    ['thừa thiên huế', '46', 'Thừa Thiên Huế'],
    ['long an', '80', 'Long An'],
    ['ha giang', '08', 'Hà Giang'],
    ['ba ria vung tau', '79', 'Bà Rịa - Vũng Tàu'],
  ])('%s → province %s via %s', (query, code, legacy) => {
    const r = first(query);
    expect(r?.kind).toBe('province');
    expect(r?.code).toBe(code);
    expect(r?.via).toEqual({ legacy });
  });

  it('still lists communes with the same name, after the province', () => {
    const r = search('bình dương');
    expect(r.map((x) => x.name)).toEqual([
      'Thành phố Hồ Chí Minh',
      'Xã Bình Dương',
      'Phường Bình Dương',
    ]);
    expect(r[1]?.score).toBe(r[0]?.score);
  });

  it('does not give a unit twice', () => {
    const r = search('t', { limit: 100 });
    const keys = r.map((x) => `${x.kind}${x.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('search: ranking', () => {
  it('ranks accent-exact matches first for a query typed with diacritics', () => {
    const tonedOf = (r: AdminSearchResult) => {
      const text = r.via ? ('legacy' in r.via ? r.via.legacy : r.via.alias) : r.name;
      const [s = 0, e = 0] = r.matched[0] ?? [];
      return text.slice(s, e).toLowerCase();
    };
    for (const [query, want] of [
      ['Hà', 'hà'],
      ['Hạ', 'hạ'],
      ['Đình', 'đình'],
      ['Đinh', 'đinh'],
      ['Định', 'định'],
    ] as const) {
      const r = search(query, { limit: 200 });
      const exact = r.map((x) => tonedOf(x) === want);
      expect(exact[0], query).toBe(true);
      // No exact match after the first inexact one.
      expect(exact.slice(exact.indexOf(false)).includes(true), query).toBe(false);
    }
    expect(first('Hạ')?.name.includes('Hạ')).toBe(true);
    // The word being typed may lack its tone yet: Năng ranks Nẵng above a mismatch.
    expect(first('Đà Năng')?.name).toBe('Thành phố Đà Nẵng');
    // Without diacritics both come back.
    const plain = search('ha', { limit: 300 }).map((x) => x.name);
    expect(plain.some((n) => n.includes('Hà '))).toBe(true);
    expect(plain.some((n) => n.includes('Hạ '))).toBe(true);
  });

  it('treats old and new tone placement alike (hoà = hòa)', () => {
    const a = search('Hoà Bình', { limit: 5 }).map((x) => x.code);
    const b = search('Hòa Bình', { limit: 5 }).map((x) => x.code);
    expect(a).toEqual(b);
    expect(first('Hoà Bình')?.via).toEqual({ legacy: 'Hòa Bình' });
  });

  it('ranks exact name > name prefix > word prefix', () => {
    const r = search('an giang', { limit: 50 });
    expect(r[0]?.name).toBe('Tỉnh An Giang');
    const scores = r.map((x) => x.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const exact = first('ba dinh')?.score ?? 0;
    const prefix = first('ba di')?.score ?? 0;
    const word = first('dinh ba')?.score ?? 0;
    expect(exact).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(word);
    expect(first('dinh ba')?.name).toMatch(/Ba Đình|Ba Dinh/);
  });

  it('puts provinces first among equal scores, and is sorted and deterministic', () => {
    for (const q of ['t', 'nam', 'binh', 'sai gon', 'phu']) {
      const r = search(q, { limit: 100 });
      for (let i = 1; i < r.length; i++) {
        const a = r[i - 1] as AdminSearchResult;
        const b = r[i] as AdminSearchResult;
        expect(a.score).toBeGreaterThanOrEqual(b.score);
        if (a.score === b.score && a.kind === 'commune') expect(b.kind).toBe('commune');
      }
      expect(search(q, { limit: 100 })).toEqual(r);
    }
  });

  it('ranks shorter names first among equal scores', () => {
    const r = search('xuan', { limit: 20, kind: 'commune' }).filter(
      (x) => x.score === first('xuan')?.score,
    );
    const lengths = r.map((x) => x.name.replace(/^(Xã|Phường|Đặc khu) /, '').length);
    expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
  });
});

describe('search: options', () => {
  it('filters by province', () => {
    const r = search('ba dinh', { provinceCode: '38' });
    expect(r.map((x) => x.name)).toEqual(['Xã Ba Đình']);
    for (const code of [38, '038']) expect(search('ba dinh', { provinceCode: code })).toEqual(r);
    const inHcm = search('phu', { provinceCode: '79', limit: 500 });
    expect(inHcm.length).toBeGreaterThan(5);
    expect(inHcm.every((x) => x.province.code === '79')).toBe(true);
    expect(search('ba dinh', { provinceCode: '02' })).toEqual([]);
    expect(search('ba dinh', { provinceCode: 'x' })).toEqual([]);
  });

  it('filters by kind', () => {
    expect(search('hcm', { kind: 'commune' })).toEqual([]);
    expect(search('sài gòn', { kind: 'commune' })[0]?.name).toBe('Phường Sài Gòn');
    expect(search('ha', { kind: 'province', limit: 100 }).every((x) => x.kind === 'province')).toBe(
      true,
    );
  });

  it('honours limit (default 10)', () => {
    expect(search('x')).toHaveLength(10);
    expect(search('x', { limit: 3 })).toEqual(search('x').slice(0, 3));
    expect(search('x', { limit: 0 })).toEqual([]);
    expect(search('x', { limit: Number.NaN })).toEqual([]);
    expect(search('xa', { limit: Number.POSITIVE_INFINITY }).length).toBeGreaterThan(10);
  });

  it('gives nothing for empty, blank or unknown queries', () => {
    for (const q of ['', '   ', '.,-', 'zzzz', 'xa xa xa xa xa xa xa xa xa xa xa xa']) {
      expect(search(q), q).toEqual([]);
    }
  });
});

describe('search: properties', () => {
  it('never throws on arbitrary strings, and every result contains the query words as prefixes', () => {
    const { index } = load();
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
        (query, limit) => {
          const r = index.search(query, limit === undefined ? {} : { limit });
          expect(r.length).toBeLessThanOrEqual(limit ?? 10);
          for (const x of r)
            expect(everyWordIsAPrefix(query, x), `${query} → ${x.name}`).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds any commune from prefixes of its words, in any order, case and accents', () => {
    const { data, index } = load();
    const communes = data.flatMap((p) => p.wards.map((w) => ({ ...w, province: p.code })));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: communes.length - 1 }),
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (i, cuts, strip, upper, reverse) => {
          const c = communes[i] as (typeof communes)[number];
          const name = c.name.split(' ').slice(c.division_type.split(' ').length);
          let parts = name.map((w, k) => [...w].slice(0, cuts[k % cuts.length]).join(''));
          if (reverse) parts = parts.reverse();
          let query = parts.join(' ');
          if (strip) query = searchKey(query);
          if (upper) query = query.toUpperCase();
          const r = index.search(query, { provinceCode: c.province, limit: 500 });
          expect(r.map((x) => x.code)).toContain(String(c.code).padStart(5, '0'));
          for (const x of r) expect(everyWordIsAPrefix(query, x)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('AdminDataError', () => {
  const good = (): AdminDataProvince[] => [
    {
      name: 'Tỉnh A',
      code: 1,
      division_type: 'tỉnh',
      wards: [
        { name: 'Xã B', code: 1, division_type: 'xã' },
        { name: 'Phường C', code: 2, division_type: 'phường' },
      ],
    },
  ];
  const path = (data: unknown) => {
    try {
      createAdminIndex(data as AdminDataProvince[]);
    } catch (e) {
      expect(e).toBeInstanceOf(AdminDataError);
      expect(e).toBeInstanceOf(Error);
      expect((e as Error).name).toBe('AdminDataError');
      return (e as AdminDataError).path;
    }
    return 'no error';
  };

  it('accepts a small well-formed data set', () => {
    const index = createAdminIndex(good());
    expect(index.size).toEqual({ provinces: 1, communes: 2 });
    expect(index.search('c')[0]?.name).toBe('Phường C');
    expect(index.search('tinh a')[0]?.code).toBe('01');
  });

  it.each([
    ['not an array', () => ({}), ''],
    ['null province', () => [null], '[0]'],
    ['missing name', () => [{ ...good()[0], name: undefined }], '[0].name'],
    ['blank name', () => [{ ...good()[0], name: '  ' }], '[0].name'],
    ['string code', () => [{ ...good()[0], code: '1' }], '[0].code'],
    ['fractional code', () => [{ ...good()[0], code: 1.5 }], '[0].code'],
    ['no wards', () => [{ ...good()[0], wards: undefined }], '[0].wards'],
    ['missing division', () => [{ ...good()[0], division_type: 3 }], '[0].division_type'],
    ['duplicate province', () => [...good(), ...good()], '[1].code'],
    [
      'bad commune name',
      () => {
        const d = good() as unknown as { wards: Record<string, unknown>[] }[];
        (d[0]?.wards[1] as Record<string, unknown>).name = 5;
        return d;
      },
      '[0].wards[1].name',
    ],
    [
      'duplicate commune',
      () => {
        const d = good() as unknown as { wards: Record<string, unknown>[] }[];
        (d[0]?.wards[1] as Record<string, unknown>).code = 1;
        return d;
      },
      '[0].wards[1].code',
    ],
    ['commune not an object', () => [{ ...good()[0], wards: ['Xã B'] }], '[0].wards[0]'],
  ])('%s → %s', (_, make, where) => {
    expect(path(make())).toBe(where);
  });

  it('says where and what in the message', () => {
    expect(() => createAdminIndex([{ ...good()[0], name: 7 }] as never)).toThrow(
      'Invalid administrative data at [0].name: expected a non-empty string',
    );
  });
});
