import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, removeDiacritics, searchKey, stripSeparators, toAsciiDigits } from './text';

describe('normalizeText', () => {
  it('turns NFD into NFC and collapses spaces', () => {
    const nfd = 'Nguyễn   Văn\u00a0A '.normalize('NFD');
    expect(normalizeText(nfd)).toBe('Nguyễn Văn A');
    expect(normalizeText(nfd)).toBe(normalizeText(nfd).normalize('NFC'));
  });
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => normalizeText(normalizeText(s)) === normalizeText(s)),
    );
  });
});

describe('searchKey', () => {
  it.each([
    ['Đắk Lắk', 'dak lak'],
    ['Thành phố Hồ Chí Minh', 'thanh pho ho chi minh'],
    ['  HUẾ ', 'hue'],
    ['Thừa Thiên Huế'.normalize('NFD'), 'thua thien hue'],
  ])('%s → %s', (input, key) => {
    expect(searchKey(input)).toBe(key);
  });
  it('never keeps a combining mark or an uppercase letter', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const key = searchKey(s);
        return !/\p{M}/u.test(key.normalize('NFD')) && key === key.toLowerCase();
      }),
    );
  });
});

describe('removeDiacritics', () => {
  it('drops tone and vowel marks, keeps capitals, turns đ/Đ into d/D', () => {
    expect(removeDiacritics('Lệ phí Đăng ký xe')).toBe('Le phi Dang ky xe');
    expect(removeDiacritics('Nguyễn Thị Ánh Tuyết')).toBe('Nguyen Thi Anh Tuyet');
    expect(removeDiacritics('Ủy ban nhân dân phường Ngọc Hà'.normalize('NFD'))).toBe(
      'Uy ban nhan dan phuong Ngoc Ha',
    );
  });

  it('leaves one character for each letter, and ASCII unchanged', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const plain = removeDiacritics(s.normalize('NFC'));
        return /^[\x20-\x7e]*$/.test(s) ? plain === s : plain.length <= s.normalize('NFC').length;
      }),
    );
    expect(removeDiacritics('ăâêôơưđ ĂÂÊÔƠƯĐ')).toBe('aaeooud AAEOOUD');
  });
});

describe('stripSeparators', () => {
  it('removes the separators people type and maps full-width digits', () => {
    expect(stripSeparators(' 079-203.00 1234 ')).toBe('079203001234');
    expect(stripSeparators('０９１２３４５６７８')).toBe('0912345678');
    expect(toAsciiDigits('０1２')).toBe('012');
  });
});
