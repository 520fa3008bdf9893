import { describe, expect, it } from 'vitest';
import { checkDisplayName, checkPackageName, ScaffoldError, slugify } from '../src/index';

describe('slugify', () => {
  it.each([
    ['Tây Ninh Số', 'tay-ninh-so'],
    ['Dịch vụ công Đà Nẵng', 'dich-vu-cong-da-nang'],
    ['  Huế — Thủ đô văn hoá! ', 'hue-thu-do-van-hoa'],
    ['M’Drắk', 'm-drak'],
    // NFD as macOS and Word type it
    ['Tây Ninh Số'.normalize('NFD'), 'tay-ninh-so'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(checkPackageName(slug)).toBe(slug);
  });
});

describe('checkDisplayName', () => {
  it('keeps diacritics, in NFC, with spaces tidied', () => {
    expect(checkDisplayName('  Tây   Ninh Số '.normalize('NFD'))).toBe('Tây Ninh Số');
  });

  it.each(['', '\u200bTây', '2025'])('refuses %j', (name) => {
    expect(checkDisplayName(name)).toBeInstanceOf(ScaffoldError);
  });
});

describe('checkPackageName', () => {
  it.each(['tay-ninh-so', '@tinh-tay-ninh/dich-vu-cong', 'app.v2', 'a_b'])('accepts %j', (name) => {
    expect(checkPackageName(name)).toBe(name);
  });

  it.each(['', 'Tay', 'tay ninh', '_x', '@scope/', 'fs', 'node_modules', 'a/b', 'x~y'])(
    'refuses %j',
    (name) => {
      expect(checkPackageName(name)).toBeInstanceOf(ScaffoldError);
    },
  );
});
