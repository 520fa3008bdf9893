import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords } from './amount-in-words';

/**
 * Reads Vietnamese number words back to a number, independently of the code under test: each
 * word is a digit, a multiplier, or a group unit. Used to check that the words say the amount.
 */
function readVietnamese(text: string): number {
  const digits: Record<string, number> = {
    không: 0,
    một: 1,
    mốt: 1,
    hai: 2,
    ba: 3,
    bốn: 4,
    tư: 4,
    năm: 5,
    lăm: 5,
    sáu: 6,
    bảy: 7,
    tám: 8,
    chín: 9,
  };
  const words = text
    .toLowerCase()
    .replace(/ đồng$/, '')
    .split(' ');
  let total = 0; // everything before the last "tỷ", in tỷ
  let below = 0; // below a billion, complete groups
  let group = 0; // the current group of three digits
  let pending = 0; // the last digit word, not yet placed
  for (const word of words) {
    if (word in digits) pending = digits[word] as number;
    else if (word === 'trăm') {
      group += pending * 100;
      pending = 0;
    } else if (word === 'mươi') {
      group += pending * 10;
      pending = 0;
    } else if (word === 'mười') group += 10;
    else if (word === 'linh' || word === 'lẻ') pending = 0;
    else if (word === 'nghìn' || word === 'triệu') {
      below += (group + pending) * (word === 'nghìn' ? 1000 : 1_000_000);
      group = 0;
      pending = 0;
    } else if (word === 'tỷ') {
      total = (total + below + group + pending) * 1_000_000_000;
      below = 0;
      group = 0;
      pending = 0;
    } else throw new Error(`unexpected word ${word} in ${text}`);
  }
  return total + below + group + pending;
}

describe('amountInWords (Vietnamese)', () => {
  it.each([
    [0, 'Không đồng'],
    [5, 'Năm đồng'],
    [10, 'Mười đồng'],
    [11, 'Mười một đồng'],
    [14, 'Mười bốn đồng'],
    [15, 'Mười lăm đồng'],
    [20, 'Hai mươi đồng'],
    [21, 'Hai mươi mốt đồng'],
    [24, 'Hai mươi tư đồng'],
    [25, 'Hai mươi lăm đồng'],
    [55, 'Năm mươi lăm đồng'],
    [101, 'Một trăm linh một đồng'],
    [104, 'Một trăm linh bốn đồng'],
    [105, 'Một trăm linh năm đồng'],
    [110, 'Một trăm mười đồng'],
    [115, 'Một trăm mười lăm đồng'],
    [1001, 'Một nghìn không trăm linh một đồng'],
    [15_000, 'Mười lăm nghìn đồng'],
    [200_000, 'Hai trăm nghìn đồng'],
    [1_000_000, 'Một triệu đồng'],
    [1_000_005, 'Một triệu không trăm linh năm đồng'],
    [1_050_000, 'Một triệu không trăm năm mươi nghìn đồng'],
    [1_250_000, 'Một triệu hai trăm năm mươi nghìn đồng'],
    [21_500_000, 'Hai mươi mốt triệu năm trăm nghìn đồng'],
    [1_000_000_000, 'Một tỷ đồng'],
    [1_000_000_005, 'Một tỷ không trăm linh năm đồng'],
    [1_000_500_000, 'Một tỷ năm trăm nghìn đồng'],
    [2_000_001_000, 'Hai tỷ không trăm linh một nghìn đồng'],
    [5_000_000_000_000, 'Năm nghìn tỷ đồng'],
    [1_000_000_000_005, 'Một nghìn tỷ không trăm linh năm đồng'],
  ])('%d → %s', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it('says "lẻ" instead of "linh" on request, and can leave out the currency', () => {
    expect(amountInWords(105, { zeroTens: 'lẻ' })).toBe('Một trăm lẻ năm đồng');
    expect(amountInWords(1_000_005, { zeroTens: 'lẻ' })).toBe('Một triệu không trăm lẻ năm đồng');
    expect(amountInWords(15_000, { currency: false })).toBe('Mười lăm nghìn');
  });

  it('rounds like formatVnd, says "Âm" for a negative amount and nothing for NaN', () => {
    expect(amountInWords(1234.5)).toBe('Một nghìn hai trăm ba mươi lăm đồng');
    expect(amountInWords(-15_000)).toBe('Âm mười lăm nghìn đồng');
    expect(amountInWords(Number.NaN)).toBe('');
    expect(amountInWords(Number.POSITIVE_INFINITY)).toBe('');
    expect(amountInWords(2 ** 60)).toBe('');
  });

  it('says the amount, in NFC, one space between words, for any amount up to 13 digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999_999 }), (amount) => {
        const words = amountInWords(amount);
        expect(words.normalize('NFC')).toBe(words);
        expect(words).toMatch(/^[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]\S*( \S+)* đồng$/u);
        expect(readVietnamese(words)).toBe(amount);
        // "mốt", "tư" and "lăm" only where a tens word comes first.
        expect(words).not.toMatch(/(^|linh |mười )(mốt|tư)(?= |$)/iu);
        expect(words).not.toMatch(/(^|linh )lăm(?= |$)/iu);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('amountInWords (English)', () => {
  it.each([
    [0, 'Zero dong'],
    [5, 'Five dong'],
    [15, 'Fifteen dong'],
    [21, 'Twenty-one dong'],
    [105, 'One hundred five dong'],
    [15_000, 'Fifteen thousand dong'],
    [1_000_005, 'One million five dong'],
    [1_250_000, 'One million two hundred fifty thousand dong'],
    [1_000_000_000, 'One billion dong'],
    [5_000_000_000_000, 'Five trillion dong'],
  ])('%d → %s', (amount, words) => {
    expect(amountInWords(amount, { locale: 'en' })).toBe(words);
  });

  it('says "Minus" for a negative amount', () => {
    expect(amountInWords(-40, { locale: 'en' })).toBe('Minus forty dong');
  });
});
