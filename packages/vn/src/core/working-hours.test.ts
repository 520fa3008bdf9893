import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHolidayCalendar } from './holidays';
import { toIsoDateTime, vietnamDay, vietnamTime } from './vietnam-time';
import type { WorkingDayCalendar } from './working-days';
import { addWorkingHours, OFFICE_HOURS } from './working-hours';

const at = (iso: string) => Date.parse(iso);
const add = (iso: string, hours: number, calendar?: WorkingDayCalendar) =>
  toIsoDateTime(addWorkingHours(at(iso), hours, calendar));

describe('addWorkingHours', () => {
  it('counts only 7:30–11:30 and 13:00–17:00', () => {
    expect(add('2026-12-01T08:00:00+07:00', 2)).toBe('2026-12-01T10:00:00+07:00');
    expect(add('2026-12-01T11:00:00+07:00', 1)).toBe('2026-12-01T13:30:00+07:00');
    expect(add('2026-12-01T06:00:00+07:00', 0.5)).toBe('2026-12-01T08:00:00+07:00');
    expect(add('2026-12-01T12:00:00+07:00', 4)).toBe('2026-12-01T17:00:00+07:00');
    expect(add('2026-12-01T20:00:00+07:00', 1)).toBe('2026-12-02T08:30:00+07:00');
    // A whole working day is 8 hours.
    expect(add('2026-12-01T08:00:00+07:00', 8)).toBe('2026-12-02T08:00:00+07:00');
  });

  it('skips weekends and public holidays', () => {
    expect(add('2026-12-04T16:00:00+07:00', 2)).toBe('2026-12-07T08:30:00+07:00');
    // Tết 2026: the office closes from Saturday 14 to Sunday 22 February.
    expect(add('2026-02-13T16:00:00+07:00', 2)).toBe('2026-02-23T08:30:00+07:00');
    // A province's own day off, from its calendar.
    const province = createHolidayCalendar({
      declared: [{ year: 2026, off: ['2026-12-07'] }],
    });
    expect(add('2026-12-04T16:00:00+07:00', 2, province)).toBe('2026-12-08T08:30:00+07:00');
  });

  it('takes other office hours', () => {
    const hours = [[7 * 60, 11 * 60 + 30] as const, [13 * 60 + 30, 17 * 60] as const];
    const later = addWorkingHours(at('2026-12-01T11:00:00+07:00'), 1, undefined, hours);
    expect(toIsoDateTime(later)).toBe('2026-12-01T14:00:00+07:00');
  });

  it('returns the start for 0 hours and refuses negative or NaN hours and a calendar without working days', () => {
    expect(add('2026-12-06T09:00:00+07:00', 0)).toBe('2026-12-06T09:00:00+07:00');
    expect(() => addWorkingHours(0, -1)).toThrow(RangeError);
    expect(() => addWorkingHours(0, Number.NaN)).toThrow(RangeError);
    const closed: WorkingDayCalendar = { isWorkingDay: () => false };
    expect(() => addWorkingHours(at('2026-12-01T08:00:00+07:00'), 1, closed)).toThrow(
      /no office hours/,
    );
  });

  it('always lands inside office hours on a working day, and adds up', () => {
    const weekdays: WorkingDayCalendar = {
      isWorkingDay: (d) => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() % 6 !== 0,
    };
    const start = fc.integer({ min: at('2026-01-01T00:00:00Z'), max: at('2027-01-01T00:00:00Z') });
    const quarters = fc.integer({ min: 1, max: 200 }).map((n) => n / 4);
    fc.assert(
      fc.property(start, quarters, quarters, (from, h1, h2) => {
        const end = addWorkingHours(from, h1, weekdays);
        const day = vietnamDay(end);
        expect(weekdays.isWorkingDay(day)).toBe(true);
        const inside = OFFICE_HOURS.some(
          ([open, close]) => vietnamTime(day, open) < end && end <= vietnamTime(day, close),
        );
        expect(inside).toBe(true);
        expect(addWorkingHours(end, h2, weekdays)).toBe(addWorkingHours(from, h1 + h2, weekdays));
      }),
    );
  });
});
