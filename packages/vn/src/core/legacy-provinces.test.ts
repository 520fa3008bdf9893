import { describe, expect, it } from 'vitest';
import { getLegacyProvince, legacyProvinces } from './legacy-provinces';

describe('legacyProvinces', () => {
  it('has the 63 units of the CCCD table, with unique codes', () => {
    expect(legacyProvinces).toHaveLength(63);
    expect(new Set(legacyProvinces.map((p) => p.code)).size).toBe(63);
    expect(legacyProvinces.filter((p) => p.kind === 'city').map((p) => p.name)).toEqual([
      'Hà Nội',
      'Hải Phòng',
      'Đà Nẵng',
      'Hồ Chí Minh',
      'Cần Thơ',
    ]);
  });
  it('merges into exactly 34 new provinces', () => {
    expect(new Set(legacyProvinces.map((p) => p.becameCode)).size).toBe(34);
  });
  it('finds units by 1-, 2- or 3-digit code', () => {
    expect(getLegacyProvince('002')?.name).toBe('Hà Giang');
    expect(getLegacyProvince('2')?.becameCode).toBe('08');
    expect(getLegacyProvince(80)?.name).toBe('Long An');
    expect(getLegacyProvince('077')?.name).toBe('Bà Rịa - Vũng Tàu');
    expect(getLegacyProvince('003')).toBeUndefined();
    expect(getLegacyProvince('abc')).toBeUndefined();
  });
  it('stores names in NFC', () => {
    for (const p of legacyProvinces) expect(p.name).toBe(p.name.normalize('NFC'));
  });
});
