import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, fromDayNumber, toDayNumber } from './calendar-date';
import { createHolidayCalendar, vietnamHolidays } from './holidays';
import { addWorkingDays, type WorkingDayCalendar, workingDaysBetween } from './working-days';

const d = (day: number, month: number, year: number): CalendarDate => ({ year, month, day });

describe('addWorkingDays', () => {
  it('skips the receipt day, weekends and the Tết 2026 break', () => {
    // Received Thursday 12/02/2026, 5 working days: 13/02, then 23, 24, 25, 26/02 after Tết.
    expect(addWorkingDays(d(12, 2, 2026), 5)).toEqual(d(26, 2, 2026));
    expect(addWorkingDays(d(12, 2, 2026), 1)).toEqual(d(13, 2, 2026));
    expect(addWorkingDays(d(12, 2, 2026), 2)).toEqual(d(23, 2, 2026));
    expect(addWorkingDays(new Date('2026-02-12T09:30:00+07:00'), 5)).toEqual(d(26, 2, 2026));
  });

  it('counts a declared Saturday and skips swapped and national days off', () => {
    // Friday 25/04/2025: Saturday 26/04 (làm bù), Monday 28, Tuesday 29; then 30/4–4/5 off.
    expect(addWorkingDays(d(25, 4, 2025), 3)).toEqual(d(29, 4, 2025));
    expect(addWorkingDays(d(25, 4, 2025), 4)).toEqual(d(5, 5, 2025));
    // Friday 29/08/2025, 1 working day: 30/08–02/09 off.
    expect(addWorkingDays(d(29, 8, 2025), 1)).toEqual(d(3, 9, 2025));
  });

  it('treats a dossier received on a day off as received on the next working day', () => {
    expect(addWorkingDays(d(17, 5, 2025), 0)).toEqual(d(19, 5, 2025)); // Saturday → Monday
    expect(addWorkingDays(d(17, 5, 2025), 1)).toEqual(d(20, 5, 2025));
    expect(addWorkingDays(d(18, 2, 2026), 0)).toEqual(d(23, 2, 2026)); // mùng 2 Tết
    expect(addWorkingDays(d(19, 5, 2025), 0)).toEqual(d(19, 5, 2025)); // a working day: itself
  });

  it('rejects bad input with a RangeError', () => {
    for (const n of [1.5, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => addWorkingDays(d(1, 1, 2025), n)).toThrow(RangeError);
    }
    expect(() => addWorkingDays(d(1, 1, 2025), 1.5)).toThrow(/non-negative integer/);
    expect(() => addWorkingDays(new Date(Number.NaN), 1)).toThrow(RangeError);
    expect(() => addWorkingDays(d(29, 2, 2025), 1)).toThrow(RangeError);
    const closed: WorkingDayCalendar = { isWorkingDay: () => false };
    expect(() => addWorkingDays(d(1, 1, 2025), 1, closed)).toThrow(/no working day/);
    expect(() => createHolidayCalendar({ weekend: [0, 1, 2, 3, 4, 5, 6] })).toThrow(RangeError);
  });

  it('accepts any calendar', () => {
    const everyDay: WorkingDayCalendar = { isWorkingDay: () => true };
    expect(addWorkingDays(d(31, 12, 2025), 2, everyDay)).toEqual(d(2, 1, 2026));
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the day of receipt', () => {
    expect(workingDaysBetween(d(12, 2, 2026), d(26, 2, 2026))).toBe(5);
    expect(workingDaysBetween(d(26, 2, 2026), d(12, 2, 2026))).toBe(-5);
    expect(workingDaysBetween(d(12, 2, 2026), d(12, 2, 2026))).toBe(0);
    expect(Object.is(workingDaysBetween(d(17, 5, 2025), d(16, 5, 2025)), 0)).toBe(true); // not -0
    expect(workingDaysBetween(d(17, 5, 2025), d(19, 5, 2025))).toBe(0); // Saturday → Monday
    expect(workingDaysBetween(d(17, 5, 2025), d(20, 5, 2025))).toBe(1);
    // 2025: 261 weekdays − 12 weekday holidays + Saturday 26/04 = 250 working days; the first,
    // 02/01, is the deemed day of receipt.
    expect(workingDaysBetween(d(1, 1, 2025), d(31, 12, 2025))).toBe(249);
    expect(workingDaysBetween(d(31, 12, 2024), d(31, 12, 2025))).toBe(250);
    expect(workingDaysBetween(new Date('2026-02-12T23:00:00+07:00'), d(13, 2, 2026))).toBe(1);
    expect(() => workingDaysBetween(d(1, 1, 2025), new Date('nope'))).toThrow(RangeError);
  });
});

const receipt = fc
  .integer({ min: toDayNumber(d(1, 1, 2020)), max: toDayNumber(d(31, 12, 2030)) })
  .map(fromDayNumber);
const limit = fc.integer({ min: 0, max: 60 });

describe('properties (2020–2030)', () => {
  it('workingDaysBetween(d, addWorkingDays(d, n)) === n', () => {
    fc.assert(
      fc.property(
        receipt,
        limit,
        (date, n) => workingDaysBetween(date, addWorkingDays(date, n)) === n,
      ),
    );
  });

  it('lands on a working day, later for a longer time limit', () => {
    fc.assert(
      fc.property(receipt, limit, (date, n) => {
        const due = addWorkingDays(date, n);
        return (
          vietnamHolidays.isWorkingDay(due) &&
          toDayNumber(due) >= toDayNumber(date) &&
          toDayNumber(addWorkingDays(date, n + 1)) > toDayNumber(due)
        );
      }),
    );
  });

  it('is antisymmetric and inverts addWorkingDays on working days', () => {
    fc.assert(
      fc.property(receipt, receipt, (a, b) => {
        const between = workingDaysBetween(a, b);
        const inverse =
          between <= 0 ||
          !vietnamHolidays.isWorkingDay(b) ||
          toDayNumber(addWorkingDays(a, between)) === toDayNumber(b);
        return between === 0 - workingDaysBetween(b, a) && inverse;
      }),
      { numRuns: 200 },
    );
  });
});
