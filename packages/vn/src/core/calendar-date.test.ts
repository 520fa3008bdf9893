import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  type CalendarDate,
  compareDates,
  daysInMonth,
  fromDayNumber,
  isValidCalendarDate,
  toCalendarDate,
  toDayNumber,
  weekday,
} from './calendar-date';

const MIN_DAY = toDayNumber({ year: 1, month: 1, day: 1 });
const MAX_DAY = toDayNumber({ year: 9999, month: 12, day: 31 });
const anyDay = fc.integer({ min: MIN_DAY, max: MAX_DAY });

/** The UTC midnight of a date through the JS Date API, for comparison. */
function utcMidnight({ year, month, day }: CalendarDate): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return date;
}

describe('toDayNumber / fromDayNumber', () => {
  it.each([
    [{ year: 1970, month: 1, day: 1 }, 0],
    [{ year: 1970, month: 1, day: 2 }, 1],
    [{ year: 1969, month: 12, day: 31 }, -1],
    [{ year: 2000, month: 1, day: 1 }, 10_957],
    [{ year: 2000, month: 2, day: 29 }, 11_016],
    [{ year: 1, month: 1, day: 1 }, -719_162],
    [{ year: 9999, month: 12, day: 31 }, 2_932_896],
  ])('%o is day %i', (date, n) => {
    expect(toDayNumber(date)).toBe(n);
    expect(fromDayNumber(n)).toEqual(date);
  });

  it('agrees with Date.UTC over the years 1–9999', () => {
    fc.assert(
      fc.property(anyDay, (n) => {
        const date = fromDayNumber(n);
        const js = utcMidnight(date);
        return (
          js.getTime() === n * 86_400_000 &&
          js.getUTCFullYear() === date.year &&
          js.getUTCMonth() + 1 === date.month &&
          js.getUTCDate() === date.day
        );
      }),
    );
  });

  it('round-trips', () => {
    fc.assert(fc.property(anyDay, (n) => toDayNumber(fromDayNumber(n)) === n));
  });

  it('rejects non-integers and days outside the years 1–9999', () => {
    for (const n of [0.5, Number.NaN, Number.POSITIVE_INFINITY, MIN_DAY - 1, MAX_DAY + 1]) {
      expect(() => fromDayNumber(n)).toThrow(RangeError);
    }
  });
});

describe('isValidCalendarDate / daysInMonth', () => {
  it.each([
    [{ year: 2024, month: 2, day: 29 }, true],
    [{ year: 2000, month: 2, day: 29 }, true],
    [{ year: 2025, month: 2, day: 29 }, false],
    [{ year: 1900, month: 2, day: 29 }, false],
    [{ year: 2025, month: 4, day: 31 }, false],
    [{ year: 2025, month: 12, day: 31 }, true],
    [{ year: 2025, month: 13, day: 1 }, false],
    [{ year: 2025, month: 0, day: 1 }, false],
    [{ year: 2025, month: 1, day: 0 }, false],
    [{ year: 2025, month: 1, day: 1.5 }, false],
    [{ year: 0, month: 1, day: 1 }, false],
    [{ year: 10_000, month: 1, day: 1 }, false],
    [{ year: '2025', month: 1, day: 1 }, false],
    [{ year: 2025, month: 1 }, false],
    [null, false],
    ['2025-01-01', false],
  ])('%o → %s', (value, valid) => {
    expect(isValidCalendarDate(value)).toBe(valid);
  });

  it('knows the length of every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('toCalendarDate', () => {
  it('reads a Date on the Vietnam clock (UTC+7)', () => {
    expect(toCalendarDate(new Date('2025-01-28T16:59:59.999Z'))).toEqual({
      year: 2025,
      month: 1,
      day: 28,
    });
    expect(toCalendarDate(new Date('2025-01-28T17:00:00Z'))).toEqual({
      year: 2025,
      month: 1,
      day: 29,
    });
    expect(toCalendarDate(new Date('2025-01-29T00:00:00+07:00'))).toEqual({
      year: 2025,
      month: 1,
      day: 29,
    });
    expect(toCalendarDate(new Date('2025-12-31T23:59:59+07:00'))).toEqual({
      year: 2025,
      month: 12,
      day: 31,
    });
  });

  it('agrees with Intl for Asia/Ho_Chi_Minh', () => {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const { year, month, day } = toCalendarDate(new Date(ms));
        const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        return format.format(new Date(ms)) === iso;
      }),
    );
  });

  it('passes a valid CalendarDate through and rejects anything else', () => {
    const date = { year: 2025, month: 9, day: 2 };
    expect(toCalendarDate(date)).toEqual(date);
    expect(() => toCalendarDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => toCalendarDate({ year: 2025, month: 2, day: 30 })).toThrow(/CalendarDate/);
    expect(() => toDayNumber({ year: 2025, month: 2, day: 30 })).toThrow(RangeError);
  });
});

describe('weekday, addDays, compareDates', () => {
  it('gives the day of the week, 0 = Sunday', () => {
    expect(weekday({ year: 2025, month: 1, day: 29 })).toBe(3); // Wednesday, Tết Ất Tỵ
    expect(weekday({ year: 1970, month: 1, day: 1 })).toBe(4);
    expect(weekday({ year: 2026, month: 2, day: 14 })).toBe(6);
    expect(weekday(new Date('2025-09-01T20:00:00Z'))).toBe(2); // 02/09/2025 03:00 in Vietnam
    fc.assert(
      fc.property(
        anyDay,
        (n) => weekday(fromDayNumber(n)) === utcMidnight(fromDayNumber(n)).getUTCDay(),
      ),
    );
  });

  it('adds calendar days across months and years', () => {
    expect(addDays({ year: 2024, month: 12, day: 31 }, 1)).toEqual({
      year: 2025,
      month: 1,
      day: 1,
    });
    expect(addDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(addDays({ year: 2025, month: 1, day: 1 }, 0)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(() => addDays({ year: 2025, month: 1, day: 1 }, 0.5)).toThrow(RangeError);
    expect(() => addDays({ year: 9999, month: 12, day: 31 }, 1)).toThrow(RangeError);
  });

  it('compares dates like day numbers', () => {
    expect(
      compareDates({ year: 2025, month: 1, day: 1 }, { year: 2025, month: 1, day: 2 }),
    ).toBeLessThan(0);
    expect(compareDates({ year: 2025, month: 1, day: 2 }, { year: 2025, month: 1, day: 2 })).toBe(
      0,
    );
    fc.assert(
      fc.property(
        anyDay,
        anyDay,
        (a, b) => Math.sign(compareDates(fromDayNumber(a), fromDayNumber(b))) === Math.sign(a - b),
      ),
    );
  });
});
