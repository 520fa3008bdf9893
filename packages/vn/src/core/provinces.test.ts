import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legacyProvinces } from './legacy-provinces';
import {
  findProvince,
  getProvince,
  legacyProvince,
  legacyProvincesOf,
  type Province,
  provinces,
} from './provinces';
import { searchKey } from './text';

// The NSO data lives beside the repository (../shared/data), never inside it.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const dataFile = path.resolve(repoRoot, '..', 'shared', 'data', 'vn-admin-units-2025.json');

interface DataProvince {
  name: string;
  code: number;
  division_type: string;
  phone_code: number;
  wards: unknown[];
}

let cached: DataProvince[] | undefined;
function loadData(): DataProvince[] {
  if (!existsSync(dataFile)) {
    throw new Error(
      `Shared data file not found: ${dataFile}. The tests read the 2025 administrative units from shared/data/ beside the repository checkout; it is not bundled.`,
    );
  }
  cached ??= JSON.parse(readFileSync(dataFile, 'utf8')) as DataProvince[];
  return cached;
}

// Commune counts from research §3.6 (NSO via sunshine-tech/VietnamProvinces).
// biome-ignore format: a table
const RESEARCH_COMMUNES: Record<string, number> = {
  '01': 126, '04': 56, '08': 124, '11': 45, '12': 38, '14': 75, '15': 99, '19': 92, '20': 65,
  '22': 54, '24': 99, '25': 148, '31': 114, '33': 104, '37': 129, '38': 166, '40': 130, '42': 69,
  '44': 78, '46': 40, '48': 94, '51': 96, '52': 135, '56': 65, '66': 102, '68': 124, '75': 95,
  '79': 168, '80': 96, '82': 102, '86': 124, '91': 102, '92': 103, '96': 64,
};

const byCode = (code: string) => getProvince(code) as Province;

describe('provinces', () => {
  it('has the 34 units of 2025 with unique two-digit codes, in code order', () => {
    expect(provinces).toHaveLength(34);
    const codes = provinces.map((p) => p.code);
    expect(new Set(codes).size).toBe(34);
    expect(codes.every((c) => /^\d\d$/.test(c))).toBe(true);
    expect([...codes].sort()).toEqual(codes);
    expect(Object.keys(RESEARCH_COMMUNES).sort()).toEqual(codes);
  });

  it('has the 6 centrally-run cities', () => {
    expect(provinces.filter((p) => p.kind === 'city').map((p) => p.name)).toEqual([
      'Hà Nội',
      'Hải Phòng',
      'Huế',
      'Đà Nẵng',
      'Hồ Chí Minh',
      'Cần Thơ',
    ]);
  });

  it('matches the shared NSO data file: code, name, kind, area code, commune count', () => {
    const data = loadData();
    expect(data).toHaveLength(34);
    expect(data.reduce((n, p) => n + p.wards.length, 0)).toBe(3321);
    for (const d of data) {
      const p = getProvince(d.code);
      expect(p, `province ${d.code}`).toBeDefined();
      if (!p) continue;
      expect(p.code).toBe(String(d.code).padStart(2, '0'));
      expect(p.fullName).toBe(d.name);
      expect(p.kind).toBe(d.division_type === 'thành phố trung ương' ? 'city' : 'province');
      expect(d.division_type).toMatch(p.kind === 'city' ? /^thành phố/ : /^tỉnh$/);
      expect(p.areaCode).toBe(String(d.phone_code));
      expect(d.wards.length, `communes of ${p.name}`).toBe(RESEARCH_COMMUNES[p.code]);
    }
  });

  it('stores NFC names, and fullName is the division word plus the name', () => {
    for (const p of provinces) {
      expect(p.name).toBe(p.name.normalize('NFC'));
      expect(p.fullName).toBe(`${p.kind === 'city' ? 'Thành phố' : 'Tỉnh'} ${p.name}`);
    }
  });

  it('derives mergedFrom from the legacy table: each old province exactly once', () => {
    const all = provinces.flatMap((p) => p.mergedFrom);
    expect(all).toHaveLength(63);
    expect([...all].sort()).toEqual(legacyProvinces.map((p) => p.code));
    for (const p of provinces) {
      expect(p.mergedFrom.length).toBeGreaterThan(0);
      // The unit whose code was kept comes first (every 2025 code is a reused old code).
      expect(p.mergedFrom[0]).toBe(p.code);
      // Its name is the name of one of the units it was formed from (or Huế, renamed).
      const names = legacyProvincesOf(p).map((l) => l.name);
      if (p.code !== '46') expect(names).toContain(p.name);
    }
  });

  it('has the merger composition of research §3.6', () => {
    const merged = (code: string) => byCode(code).mergedFrom;
    expect(merged('79')).toEqual(['79', '74', '77']);
    expect(merged('80')).toEqual(['80', '72']);
    expect(merged('82')).toEqual(['82', '87']);
    expect(merged('15')).toEqual(['15', '10']);
    expect(merged('25')).toEqual(['25', '17', '26']);
    expect(merged('92')).toEqual(['92', '93', '94']);
    expect(merged('01')).toEqual(['01']);
    expect(legacyProvincesOf('79').map((l) => l.name)).toEqual([
      'Hồ Chí Minh',
      'Bình Dương',
      'Bà Rịa - Vũng Tàu',
    ]);
    expect(legacyProvincesOf(byCode('46')).map((l) => l.name)).toEqual(['Thừa Thiên Huế']);
    expect(legacyProvincesOf('03')).toEqual([]);
  });

  it('names the units whose code is not the named unit’s', () => {
    expect(byCode('15').name).toBe('Lào Cai');
    expect(byCode('24').name).toBe('Bắc Ninh');
    expect(byCode('44').name).toBe('Quảng Trị');
    expect(byCode('52').name).toBe('Gia Lai');
    expect(byCode('80').name).toBe('Tây Ninh');
    expect(byCode('82').name).toBe('Đồng Tháp');
    expect(byCode('91').name).toBe('An Giang');
    expect(byCode('46').fullName).toBe('Thành phố Huế');
    expect(byCode('79').areaCode).toBe('28');
  });
});

describe('getProvince', () => {
  it('accepts 1, "1", "01" and "001"', () => {
    for (const code of [1, '1', '01', '001', ' 01 '])
      expect(getProvince(code)?.name).toBe('Hà Nội');
    expect(getProvince(79)?.name).toBe('Hồ Chí Minh');
  });
  it('returns undefined for codes that are not 2025 provinces', () => {
    for (const code of ['02', 2, '00', '0001', 'abc', '', '1.0', -1, '７９']) {
      expect(getProvince(code)).toBeUndefined();
    }
  });
});

describe('legacyProvince', () => {
  it('gives the 2025 province an old one became part of', () => {
    expect(legacyProvince('02')?.name).toBe('Tuyên Quang');
    expect(legacyProvince('002')?.name).toBe('Tuyên Quang');
    expect(legacyProvince(80)?.name).toBe('Tây Ninh');
    expect(legacyProvince('72')?.name).toBe('Tây Ninh');
    expect(legacyProvince('82')?.name).toBe('Đồng Tháp');
    expect(legacyProvince('074')?.name).toBe('Hồ Chí Minh');
    expect(legacyProvince('46')?.name).toBe('Huế');
    expect(legacyProvince('03')).toBeUndefined();
    expect(legacyProvince('x')).toBeUndefined();
  });
  it('is defined for all 63 old codes and agrees with becameCode', () => {
    for (const old of legacyProvinces) expect(legacyProvince(old.code)?.code).toBe(old.becameCode);
  });
});

describe('findProvince', () => {
  it.each([
    ['Hà Nội', '01'],
    ['ha noi', '01'],
    ['HN', '01'],
    ['Thành phố Hà Nội', '01'],
    ['TP. Hồ Chí Minh', '79'],
    ['tp hcm', '79'],
    ['TPHCM', '79'],
    ['hcm', '79'],
    ['Sài Gòn', '79'],
    ['sg', '79'],
    ['Huế', '46'],
    ['thành phố huế', '46'],
    ['Thừa Thiên Huế', '46'],
    ['TT Huế', '46'],
    ['đn', '48'],
    ['Tỉnh Đắk Lắk', '66'],
    ['dak lak', '66'],
    ['  tây \u00a0 NINH ', '80'],
    ['Đắk Lắk'.normalize('NFD'), '66'],
  ])('%s → %s', (query, code) => {
    expect(findProvince(query)?.code).toBe(code);
  });

  it('finds every province by name, full name, search key and upper case', () => {
    for (const p of provinces) {
      for (const q of [p.name, p.fullName, searchKey(p.fullName), p.name.toUpperCase()]) {
        expect(findProvince(q)).toBe(p);
      }
    }
  });

  it('does not match merged-away names or partial names', () => {
    for (const q of ['Bình Dương', 'Hà Giang', 'Hà', 'tp', 'tỉnh', '', '   ']) {
      expect(findProvince(q)).toBeUndefined();
    }
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const p = findProvince(s);
        return p === undefined || provinces.includes(p);
      }),
    );
  });
});
