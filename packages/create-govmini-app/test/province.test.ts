// Any of the 34 provinces by name (with or without diacritics), full name or code; a province
// merged away in 2025 points to the one it joined.

import { searchKey } from '@govmini/vn';
import { describe, expect, it } from 'vitest';
import { provinceChoices, provinceColours, resolveProvince, ScaffoldError } from '../src/index';

const codeOf = (input: string) => {
  const result = resolveProvince(input);
  return result instanceof ScaffoldError ? result.code : result.code;
};

describe('resolveProvince', () => {
  it('finds each of the 34 by name, name without diacritics, full name and code', () => {
    expect(provinceChoices).toHaveLength(34);
    for (const p of provinceChoices) {
      expect(codeOf(p.name)).toBe(p.code);
      expect(codeOf(searchKey(p.name))).toBe(p.code);
      expect(codeOf(p.fullName.toUpperCase())).toBe(p.code);
      expect(codeOf(p.code)).toBe(p.code);
    }
  });

  it.each([
    ['Tay Ninh', '80'],
    ['tây ninh', '80'],
    ['  TỈNH TÂY NINH ', '80'],
    ['TP HCM', '79'],
    ['Thừa Thiên Huế', '46'],
    ['1', '01'],
  ])('%j is %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it.each([
    ['Long An', 'Tỉnh Tây Ninh'],
    ['binh duong', 'Thành phố Hồ Chí Minh'],
    ['Bà Rịa - Vũng Tàu', 'Thành phố Hồ Chí Minh'],
    ['72', 'Tỉnh Tây Ninh'],
  ])('%j merged into %s', (input, into) => {
    const result = resolveProvince(input);
    expect(result).toBeInstanceOf(ScaffoldError);
    expect((result as ScaffoldError).code).toBe('merged_province');
    expect((result as ScaffoldError).message).toContain(into);
  });

  it.each(['Sài Gòn Mới', '99', 'tỉnh', 'x'])('%j is unknown', (input) => {
    expect(codeOf(input)).toBe('unknown_province');
  });
});

describe('preset colours', () => {
  it('exist for exactly the 34 provinces', () => {
    expect(Object.keys(provinceColours).sort()).toEqual(provinceChoices.map((p) => p.code).sort());
  });
});
