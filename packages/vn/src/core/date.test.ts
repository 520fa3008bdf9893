import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { dateMessages } from '../messages/date';
import type { CalendarDate } from './calendar-date';
import { formatDate, fromDate, parseDate, toDate, todayInVietnam } from './date';

function value(input: unknown) {
  const result = parseDate(input);
  if (!result.ok) throw new Error(`${String(input)}: ${result.error.code}`);
  return result.value;
}

function code(input: unknown, options?: Parameters<typeof parseDate>[1]) {
  const result = parseDate(input, options);
  return result.ok ? 'ok' : result.error.code;
}

const jan5 = { year: 2025, month: 1, day: 5 };

// Days in a month, computed independently of the code under test (day 0 = last of previous).
function daysIn(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

// Any real day from year 1 to 9999.
const calendarDate: fc.Arbitrary<CalendarDate> = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }))
  .chain(([year, month]) =>
    fc.integer({ min: 1, max: daysIn(year, month) }).map((day) => ({ year, month, day })),
  );

describe('parseDate', () => {
  it('reads the common ways of writing a date', () => {
    for (const input of [
      '05/01/2025',
      '5/1/2025',
      '05-01-2025',
      '05.01.2025',
      '5 / 1 / 2025',
      ' 05 01 2025 ',
      '05012025',
      '2025-01-05',
      '2025/1/5',
      'ngày 5 tháng 1 năm 2025',
      'Ngày 05 tháng 01 năm 2025',
      'ngày 5 tháng 1 năm 2025'.normalize('NFD'),
      'ngay 5 thang 1 nam 2025',
      '5 tháng 1, 2025',
      'Chủ Nhật, 5 tháng 1, 2025',
      'ngày 05/01/2025',
      '０５/０１/２０２５',
      '05\u00a001\u00a02025',
    ]) {
      expect(value(input), input).toEqual(jan5);
    }
  });

  it('checks the calendar, leap years included', () => {
    expect(value('29/02/2024')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(value('29/02/2000')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(value('31/12/2025')).toEqual({ year: 2025, month: 12, day: 31 });
    for (const input of [
      '31/02/2025',
      '30/02/2024',
      '29/02/2023',
      '29/02/1900',
      '31/04/2025',
      '32/01/2025',
      '01/13/2025',
      '00/01/2025',
      '01/00/2025',
      '01/01/0000',
    ]) {
      expect(code(input), input).toBe('invalid_date');
    }
    const result = parseDate('31/02/2025');
    expect(result.ok ? '' : result.error.message).toBe(
      'Không có ngày 31 tháng 2 năm 2025 trên lịch. Vui lòng kiểm tra lại ngày và tháng.',
    );
  });

  it('asks for a 4-digit year instead of guessing the century', () => {
    expect(code('5/1/25')).toBe('short_year');
    expect(code('05-01-65')).toBe('short_year');
    expect(code('050165')).toBe('short_year');
    expect(code('ngày 5 tháng 1 năm 65')).toBe('short_year');
  });

  it('reads eight digits as ddmmyyyy, never yyyymmdd', () => {
    expect(value('31122025')).toEqual({ year: 2025, month: 12, day: 31 });
    expect(code('20250105')).toBe('invalid_date'); // day 20 of month 25
  });

  it('gives a code for what it cannot read', () => {
    expect(code('')).toBe('empty');
    expect(code('  \n ')).toBe('empty');
    expect(code(undefined)).toBe('empty');
    expect(code(null)).toBe('empty');
    expect(code(20250105)).toBe('empty');
    expect(code(new Date(Number.NaN))).toBe('empty');
    for (const input of [
      'hôm qua',
      '2025',
      '5/1',
      '05/01-2025',
      '1/1/12345',
      '1/1/202',
      '5 January 2025',
      '2025-01-05T10:00:00Z',
      '0501202',
    ]) {
      expect(code(input), input).toBe('format');
    }
  });

  it('accepts a Date, read as its day in Vietnam', () => {
    expect(value(new Date('2025-01-04T17:00:00Z'))).toEqual(jan5);
    expect(code(new Date(8.64e15))).toBe('format'); // year 275760: beyond 9999
  });

  it('enforces min and max, inclusive', () => {
    const min = { year: 2025, month: 1, day: 5 };
    const max = { year: 2025, month: 12, day: 31 };
    expect(code('05/01/2025', { min, max })).toBe('ok');
    expect(code('31/12/2025', { min, max })).toBe('ok');
    expect(code('04/01/2025', { min, max })).toBe('before_min');
    expect(code('01/01/2026', { min, max })).toBe('after_max');
    const birth = parseDate('06/01/2025', {
      max: todayInVietnam(new Date('2025-01-05T10:00:00Z')),
    });
    expect(birth.ok ? '' : birth.error.message).toBe(
      'Ngày này không được sau ngày 05/01/2025. Vui lòng chọn ngày 05/01/2025 hoặc sớm hơn.',
    );
    const early = parseDate('1/1/2025', { min: new Date('2025-01-04T17:00:00Z'), locale: 'en' });
    expect(early.ok ? '' : early.error.message).toBe(
      'The date cannot be before 05/01/2025. Please choose 05/01/2025 or later.',
    );
    // An Invalid Date bound is ignored, not thrown.
    expect(code('05/01/2025', { min: new Date(Number.NaN), max: new Date('x') })).toBe('ok');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.anything(), fc.date()), (input) => {
        const result = parseDate(input);
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9０-９ /.\-,a-z]{0,20}$/), (input) => {
        expect(typeof parseDate(input).ok).toBe('boolean');
      }),
    );
  });

  it('reads back every day it formats', () => {
    fc.assert(
      fc.property(calendarDate, (date) => {
        expect(parseDate(formatDate(date, 'short'))).toEqual({ ok: true, value: date });
        if (date.year >= 1000) {
          for (const style of ['official', 'long', 'full'] as const) {
            expect(parseDate(formatDate(date, style))).toEqual({ ok: true, value: date });
          }
        }
      }),
    );
  });
});

describe('toDate / fromDate / todayInVietnam', () => {
  it('uses midnight at UTC+7', () => {
    expect(toDate(jan5).toISOString()).toBe('2025-01-04T17:00:00.000Z');
    expect(fromDate(new Date('2025-01-04T17:00:00.000Z'))).toEqual(jan5);
    expect(fromDate(new Date('2025-01-04T16:59:59.999Z'))).toEqual({ ...jan5, day: 4 });
    expect(todayInVietnam(new Date('2025-12-31T18:30:00Z'))).toEqual({
      year: 2026,
      month: 1,
      day: 1,
    });
    expect(fromDate(toDate({ year: 50, month: 3, day: 1 }))).toEqual({
      year: 50,
      month: 3,
      day: 1,
    });
    expect(() => fromDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => toDate({ year: 2025, month: 13, day: 1 })).toThrow(RangeError);
  });

  it('round-trips every day', () => {
    fc.assert(
      fc.property(calendarDate, (date) => {
        expect(fromDate(toDate(date))).toEqual(date);
      }),
    );
  });
});

describe('formatDate', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('formats in each style', () => {
    expect(formatDate(jan5)).toBe('05/01/2025');
    expect(formatDate(jan5, 'long')).toBe('5 tháng 1, 2025');
    expect(formatDate(jan5, 'full')).toBe('Chủ Nhật, 5 tháng 1, 2025');
    expect(formatDate({ year: 987, month: 3, day: 9 })).toBe('09/03/0987');
  });

  it('pads the official form as Decree 30/2020 says', () => {
    expect(formatDate({ year: 2023, month: 2, day: 1 }, 'official')).toBe(
      'ngày 01 tháng 02 năm 2023',
    );
    expect(formatDate({ year: 2025, month: 1, day: 5 }, 'official')).toBe(
      'ngày 05 tháng 01 năm 2025',
    );
    expect(formatDate({ year: 2025, month: 7, day: 5 }, 'official')).toBe(
      'ngày 05 tháng 7 năm 2025',
    );
    expect(formatDate({ year: 2025, month: 12, day: 25 }, 'official')).toBe(
      'ngày 25 tháng 12 năm 2025',
    );
  });

  it('formats in English', () => {
    const en = { locale: 'en' } as const;
    expect(formatDate(jan5, 'short', en)).toBe('05/01/2025');
    expect(formatDate(jan5, 'official', en)).toBe('5 January 2025');
    expect(formatDate(jan5, 'long', en)).toBe('5 January 2025');
    expect(formatDate(jan5, 'full', en)).toBe('Sunday, 5 January 2025');
  });

  it('formats a Date as its day in Vietnam, whatever the machine time zone', () => {
    const instant = new Date('2025-01-04T18:00:00Z'); // 01:00 on the 5th in Hà Nội
    for (const zone of ['UTC', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati']) {
      process.env.TZ = zone;
      expect(formatDate(instant), zone).toBe('05/01/2025');
      expect(formatDate(instant, 'full'), zone).toBe('Chủ Nhật, 5 tháng 1, 2025');
      expect(fromDate(toDate(jan5)), zone).toEqual(jan5);
    }
  });

  it('gives an empty string for an invalid date', () => {
    expect(formatDate(new Date(Number.NaN), 'long')).toBe('');
    expect(formatDate({ year: 2025, month: 2, day: 30 })).toBe('');
  });
});

describe('date messages', () => {
  it('are non-empty NFC text in both languages, with the same keys', () => {
    expect(Object.keys(dateMessages.en).sort()).toEqual(Object.keys(dateMessages.vi).sort());
    for (const catalogue of [dateMessages.vi, dateMessages.en]) {
      for (const message of Object.values(catalogue)) {
        expect(message.trim().length).toBeGreaterThan(10);
        expect(message).toBe(message.normalize('NFC'));
      }
    }
  });

  it('leave no placeholder unfilled', () => {
    const options = { min: jan5, max: jan5 };
    for (const input of ['', 'x', '5/1/25', '31/02/2025', '04/01/2025', '06/01/2025']) {
      for (const locale of ['vi', 'en'] as const) {
        const result = parseDate(input, { ...options, locale });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).not.toMatch(/^date\.|\{/);
      }
    }
  });
});
