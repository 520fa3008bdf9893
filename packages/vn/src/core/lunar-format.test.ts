import { describe, expect, it } from 'vitest';
import { lunarMessages } from '../messages/lunar';
import { solarToLunar } from './lunar';
import { dayCanChi, formatLunarDate, monthCanChi, yearCanChi } from './lunar-format';

describe('formatLunarDate', () => {
  it('says the date as Vietnamese people do: mùng 1–10, Giêng and Chạp, the can-chi year', () => {
    expect(formatLunarDate({ year: 2026, month: 1, day: 1, leap: false })).toBe(
      'mùng 1 tháng Giêng năm Bính Ngọ',
    );
    expect(formatLunarDate({ year: 2025, month: 3, day: 10 })).toBe('mùng 10 tháng 3 năm Ất Tỵ');
    expect(formatLunarDate({ year: 2025, month: 8, day: 15 })).toBe('ngày 15 tháng 8 năm Ất Tỵ');
    expect(formatLunarDate({ year: 2024, month: 12, day: 29 })).toBe(
      'ngày 29 tháng Chạp năm Giáp Thìn',
    );
    expect(formatLunarDate({ year: 1984, month: 11, day: 11 })).toBe(
      'ngày 11 tháng 11 năm Giáp Tý',
    );
  });

  it('marks the leap month', () => {
    expect(formatLunarDate({ year: 2025, month: 6, day: 1, leap: true })).toBe(
      'mùng 1 tháng 6 nhuận năm Ất Tỵ',
    );
    expect(formatLunarDate({ year: 2025, month: 6, day: 1, leap: true }, { locale: 'en' })).toBe(
      '1st day of the leap 6th lunar month, year of Ất Tỵ (Snake)',
    );
  });

  it('speaks English with ordinals and the animal of the year', () => {
    const en = (year: number, month: number, day: number) =>
      formatLunarDate({ year, month, day }, { locale: 'en' });
    expect(en(2026, 1, 1)).toBe('1st day of the 1st lunar month, year of Bính Ngọ (Horse)');
    expect(en(2025, 8, 2)).toBe('2nd day of the 8th lunar month, year of Ất Tỵ (Snake)');
    expect(en(2025, 3, 3)).toBe('3rd day of the 3rd lunar month, year of Ất Tỵ (Snake)');
    expect(en(2024, 11, 11)).toBe('11th day of the 11th lunar month, year of Giáp Thìn (Dragon)');
    expect(en(2024, 12, 12)).toBe('12th day of the 12th lunar month, year of Giáp Thìn (Dragon)');
    expect(en(2023, 2, 13)).toBe('13th day of the 2nd lunar month, year of Quý Mão (Cat)');
    expect(en(2023, 4, 21)).toBe('21st day of the 4th lunar month, year of Quý Mão (Cat)');
    expect(en(2023, 4, 22)).toBe('22nd day of the 4th lunar month, year of Quý Mão (Cat)');
    expect(en(2023, 4, 23)).toBe('23rd day of the 4th lunar month, year of Quý Mão (Cat)');
    expect(en(2023, 10, 30)).toBe('30th day of the 10th lunar month, year of Quý Mão (Cat)');
  });

  it('formats what solarToLunar gives', () => {
    expect(formatLunarDate(solarToLunar({ year: 1958, month: 3, day: 27 }))).toBe(
      'mùng 8 tháng 2 năm Mậu Tuất',
    );
  });

  it('lets an app replace any word', () => {
    expect(
      formatLunarDate(
        { year: 2025, month: 8, day: 15 },
        { messages: { 'lunar.day': 'rằm', 'lunar.date': '{day} tháng {month} ({year})' } },
      ),
    ).toBe('rằm tháng 8 (Ất Tỵ)');
  });

  it('gives an empty string for a lunar date that does not exist', () => {
    expect(formatLunarDate({ year: 2024, month: 12, day: 30 })).toBe(''); // a 29-day month
    expect(formatLunarDate({ year: 2026, month: 4, day: 1, leap: true })).toBe(''); // no leap month
    expect(formatLunarDate({ year: 2025, month: 13, day: 1 })).toBe('');
    expect(formatLunarDate(null as never)).toBe('');
  });
});

describe('can-chi', () => {
  it('names years in the 60-year cycle', () => {
    expect(yearCanChi(1984).name).toBe('Giáp Tý');
    expect(yearCanChi(2044).name).toBe('Giáp Tý');
    expect(yearCanChi(1968).name).toBe('Mậu Thân');
    expect(yearCanChi(1975).name).toBe('Ất Mão');
    expect(yearCanChi(2025)).toEqual({ stem: 1, branch: 5, name: 'Ất Tỵ' });
    expect(yearCanChi(2026).name).toBe('Bính Ngọ');
    expect(yearCanChi(2027).name).toBe('Đinh Mùi');
    const names = new Set(Array.from({ length: 60 }, (_, i) => yearCanChi(1984 + i).name));
    expect(names.size).toBe(60);
  });

  it('names months: tháng Giêng is a Dần month, its stem set by the year', () => {
    expect(monthCanChi({ year: 2026, month: 1 }).name).toBe('Canh Dần');
    expect(monthCanChi({ year: 2025, month: 1 }).name).toBe('Mậu Dần');
    expect(monthCanChi({ year: 2024, month: 12 }).name).toBe('Đinh Sửu');
    expect(monthCanChi({ year: 2024, month: 11 }).name).toBe('Bính Tý');
  });

  it('names days (as in the almanac: Tết Ất Tỵ was a Mậu Tuất day)', () => {
    expect(dayCanChi({ year: 2025, month: 1, day: 29 }).name).toBe('Mậu Tuất');
    expect(dayCanChi({ year: 2025, month: 1, day: 30 }).name).toBe('Kỷ Hợi');
    expect(dayCanChi({ year: 2000, month: 1, day: 1 }).name).toBe('Mậu Ngọ');
  });
});

describe('lunar words', () => {
  it('are NFC text in both languages, with the same keys', () => {
    expect(Object.keys(lunarMessages.en).sort()).toEqual(Object.keys(lunarMessages.vi).sort());
    for (const catalogue of [lunarMessages.vi, lunarMessages.en]) {
      for (const message of Object.values(catalogue)) {
        expect(message.trim().length).toBeGreaterThan(0);
        expect(message).toBe(message.normalize('NFC'));
      }
    }
  });
});
