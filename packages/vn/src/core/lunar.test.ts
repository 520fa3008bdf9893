import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, fromDayNumber, toDayNumber } from './calendar-date';
import { lunarToSolar, solarToLunar } from './lunar';

const d = (day: number, month: number, year: number): CalendarDate => ({ year, month, day });

describe('Tết Nguyên đán (lunar 1/1)', () => {
  it.each([
    [2022, d(1, 2, 2022)],
    [2023, d(22, 1, 2023)],
    [2024, d(10, 2, 2024)],
    [2025, d(29, 1, 2025)],
    [2026, d(17, 2, 2026)],
    [2027, d(6, 2, 2027)],
  ])('%i → %o', (year, date) => {
    expect(lunarToSolar({ year, month: 1, day: 1 })).toEqual(date);
    expect(solarToLunar(date)).toEqual({ year, month: 1, day: 1, leap: false });
  });

  it('follows Vietnam (UTC+7), not China (UTC+8)', () => {
    // 1985: China's Tết was 20/02/1985; 2007: 18/02/2007.
    expect(lunarToSolar({ year: 1985, month: 1, day: 1 })).toEqual(d(21, 1, 1985));
    expect(lunarToSolar({ year: 2007, month: 1, day: 1 })).toEqual(d(17, 2, 2007));
    expect(solarToLunar(d(20, 2, 1985))).toMatchObject({ year: 1985, month: 2, day: 1 });
    expect(solarToLunar(d(18, 2, 2007))).toMatchObject({ year: 2007, month: 1, day: 2 });
  });
});

describe('other lunar dates', () => {
  it.each([
    [2024, d(18, 4, 2024)],
    [2025, d(7, 4, 2025)],
    [2026, d(26, 4, 2026)],
  ])('Giỗ Tổ Hùng Vương (10/3) %i → %o', (year, date) => {
    expect(lunarToSolar({ year, month: 3, day: 10 })).toEqual(date);
  });

  it('finds Mid-Autumn (15/8) and the last day of the year', () => {
    expect(lunarToSolar({ year: 2024, month: 8, day: 15 })).toEqual(d(17, 9, 2024));
    expect(lunarToSolar({ year: 2025, month: 8, day: 15 })).toEqual(d(6, 10, 2025));
    // Giáp Thìn's month 12 had 29 days: no "30 Tết" in 2025.
    expect(solarToLunar(d(28, 1, 2025))).toEqual({ year: 2024, month: 12, day: 29, leap: false });
    expect(lunarToSolar({ year: 2024, month: 12, day: 30 })).toBeUndefined();
    expect(solarToLunar(d(9, 2, 2024))).toEqual({ year: 2023, month: 12, day: 30, leap: false });
  });

  it.each([
    [2020, 4, d(23, 5, 2020)],
    [2023, 2, d(22, 3, 2023)],
    [2025, 6, d(25, 7, 2025)],
  ])('leap month: %i has month %i nhuận from %o', (year, month, date) => {
    expect(lunarToSolar({ year, month, day: 1, leap: true })).toEqual(date);
    expect(solarToLunar(date)).toEqual({ year, month, day: 1, leap: true });
    expect(lunarToSolar({ year, month: month + 1, day: 1, leap: true })).toBeUndefined();
  });

  it('reads a Date on the Vietnam clock', () => {
    expect(solarToLunar(new Date('2025-01-28T17:30:00Z'))).toEqual({
      year: 2025,
      month: 1,
      day: 1,
      leap: false,
    });
  });

  it('never gives day 0 where the true new moon runs ahead of the mean one', () => {
    expect(solarToLunar(d(7, 5, 2054))).toEqual({ year: 2054, month: 3, day: 30, leap: false });
    expect(solarToLunar(d(8, 5, 2054))).toEqual({ year: 2054, month: 4, day: 1, leap: false });
    expect(solarToLunar(d(13, 4, 1877))).toMatchObject({ month: 2, day: 30 });
  });

  it('returns undefined for lunar dates that do not exist', () => {
    for (const lunar of [
      { year: 2025, month: 13, day: 1 },
      { year: 2025, month: 0, day: 1 },
      { year: 2025, month: 1, day: 0 },
      { year: 2025, month: 1, day: 31 },
      { year: 2025, month: 1.5, day: 1 },
      { year: 2025, month: 1, day: Number.NaN },
      { year: 2025, month: 1, day: 1, leap: true },
      { year: 0, month: 1, day: 1 },
    ]) {
      expect(lunarToSolar(lunar)).toBeUndefined();
    }
  });

  it('throws RangeError for an invalid solar date', () => {
    expect(() => solarToLunar(d(30, 2, 2025))).toThrow(RangeError);
    expect(() => solarToLunar(new Date(Number.NaN))).toThrow(RangeError);
  });
});

const FIRST = toDayNumber(d(1, 1, 1900));
const LAST = toDayNumber(d(31, 12, 2199));

describe('structure, 1900–2199', () => {
  it('round-trips solar → lunar → solar', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (n) => {
        const solar = fromDayNumber(n);
        const back = lunarToSolar(solarToLunar(solar));
        return back !== undefined && toDayNumber(back) === n;
      }),
      { numRuns: 2000 },
    );
  });

  it('has months of 29–30 days, years of 12 or 13 months and at most one leap month', () => {
    let previous = solarToLunar(fromDayNumber(FIRST));
    let months = Number.NaN; // counted from the first Tết on
    let leaps = 0;
    for (let n = FIRST + 1; n <= LAST; n++) {
      const lunar = solarToLunar(fromDayNumber(n));
      if (lunar.day === 1) {
        expect(previous.day === 29 || previous.day === 30).toBe(true);
        months++;
        if (lunar.leap) {
          leaps++;
          expect(lunar.month).toBe(previous.month);
        } else {
          expect(lunar.month).toBe((previous.month % 12) + 1);
        }
        if (lunar.month === 1 && !lunar.leap) {
          expect(lunar.year).toBe(previous.year + 1);
          if (!Number.isNaN(months)) {
            expect(months === 12 || months === 13).toBe(true);
            expect(leaps).toBe(months - 12);
          }
          months = 0;
          leaps = 0;
        }
      } else {
        expect(lunar).toEqual({ ...previous, day: previous.day + 1 });
      }
      previous = lunar;
    }
  }, 60_000); // walks every day of 300 years: allow for a busy machine
});
