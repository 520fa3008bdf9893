import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, fromDayNumber, toDayNumber, weekday } from './calendar-date';
import {
  createHolidayCalendar,
  type HolidayCalendar,
  holidayNames,
  vietnamDeclaredDays,
  vietnamHolidays,
} from './holidays';

const d = (day: number, month: number, year: number): CalendarDate => ({ year, month, day });
const dm = ({ day, month }: CalendarDate) =>
  `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}`;

/** `dd/mm` of every holiday of the year, with `*` on days in lieu. */
function summary(calendar: HolidayCalendar, year: number): string {
  return calendar
    .holidaysIn(year)
    .map((h) => dm(h.date) + (h.inLieu ? '*' : ''))
    .join(' ');
}

/** Every weekday (Mon–Fri) that is not a working day, as `dd/mm`. */
function weekdaysOff(calendar: HolidayCalendar, year: number): string {
  const off: string[] = [];
  for (let n = toDayNumber(d(1, 1, year)); n <= toDayNumber(d(31, 12, year)); n++) {
    const date = fromDayNumber(n);
    if (weekday(date) % 6 !== 0 && !calendar.isWorkingDay(date)) off.push(dm(date));
  }
  return off.join(' ');
}

describe('declared years', () => {
  it('2025: Tết 25/01–02/02, 30/04–04/05 with Saturday 26/04 worked, Quốc khánh 30/08–02/09', () => {
    expect(vietnamHolidays.holidaysIn(2025)).toEqual([
      { date: d(1, 1, 2025), key: 'newYear', inLieu: false, name: 'Tết Dương lịch' },
      ...[27, 28, 29, 30, 31].map((day) => ({
        date: d(day, 1, 2025),
        key: 'tet',
        inLieu: false,
        name: 'Tết Nguyên đán',
      })),
      { date: d(7, 4, 2025), key: 'hungKings', inLieu: false, name: 'Giỗ Tổ Hùng Vương' },
      { date: d(30, 4, 2025), key: 'reunification', inLieu: false, name: 'Ngày Chiến thắng' },
      { date: d(1, 5, 2025), key: 'labourDay', inLieu: false, name: 'Ngày Quốc tế Lao động' },
      { date: d(2, 5, 2025), key: 'declared', inLieu: false, name: 'Ngày nghỉ hoán đổi' },
      { date: d(1, 9, 2025), key: 'nationalDay', inLieu: false, name: 'Quốc khánh' },
      { date: d(2, 9, 2025), key: 'nationalDay', inLieu: false, name: 'Quốc khánh' },
    ]);
    expect(vietnamHolidays.isWorkingDay(d(26, 4, 2025))).toBe(true); // làm bù, a Saturday
    expect(vietnamHolidays.holidayName(d(26, 4, 2025))).toBeUndefined();
    for (let day = 25; day <= 33; day++) {
      expect(
        vietnamHolidays.isWorkingDay(fromDayNumber(toDayNumber(d(24, 1, 2025)) + day - 24)),
      ).toBe(false);
    }
    expect(vietnamHolidays.isWorkingDay(d(24, 1, 2025))).toBe(true);
    expect(vietnamHolidays.isWorkingDay(d(3, 2, 2025))).toBe(true);
    expect(vietnamHolidays.isWorkingDay(d(5, 5, 2025))).toBe(true);
    expect(vietnamHolidays.isWorkingDay(d(29, 8, 2025))).toBe(true);
    expect(vietnamHolidays.isWorkingDay(d(3, 9, 2025))).toBe(true);
  });

  it('2026: Tết 14/02–22/02, Giỗ Tổ on a Sunday gives Monday 27/04 in lieu', () => {
    expect(summary(vietnamHolidays, 2026)).toBe(
      '01/01 16/02 17/02 18/02 19/02 20/02 26/04 27/04* 30/04 01/05 01/09 02/09',
    );
    expect(vietnamHolidays.holidayName(d(27, 4, 2026))).toBe('Giỗ Tổ Hùng Vương (nghỉ bù)');
    expect(vietnamHolidays.holidayName(d(27, 4, 2026), 'en')).toBe(
      "Hùng Kings' Commemoration Day (day in lieu)",
    );
    expect(vietnamHolidays.isWorkingDay(d(13, 2, 2026))).toBe(true);
    expect(vietnamHolidays.isWorkingDay(d(23, 2, 2026))).toBe(true);
  });

  it('2024: Tết 08/02–14/02, 27/04–01/05 with Saturday 04/05 worked, Quốc khánh 31/08–03/09', () => {
    expect(summary(vietnamHolidays, 2024)).toBe(
      '01/01 08/02 09/02 10/02 11/02 12/02 13/02* 14/02* 18/04 29/04 30/04 01/05 02/09 03/09',
    );
    expect(vietnamHolidays.isWorkingDay(d(4, 5, 2024))).toBe(true);
  });
});

describe('default rules (years without declared data)', () => {
  // What was actually decided for these years (none is in vietnamDeclaredDays).
  it.each([
    [2021, '01/01 10/02 11/02 12/02 15/02 16/02 21/04 30/04 03/05 02/09 03/09'],
    [2022, '03/01 31/01 01/02 02/02 03/02 04/02 11/04 02/05 03/05 01/09 02/09'],
    [2023, '02/01 20/01 23/01 24/01 25/01 26/01 01/05 02/05 03/05 01/09 04/09'],
  ])('reproduce the decisions for %i', (year, expected) => {
    expect(weekdaysOff(vietnamHolidays, year)).toBe(expected);
  });

  it('give a day in lieu when a holiday falls on a weekend (Labour Code 2019, Art. 111(3))', () => {
    expect(vietnamHolidays.isWorkingDay(d(3, 1, 2022))).toBe(false); // 1/1/2022 was a Saturday
    expect(vietnamHolidays.holidayName(d(3, 1, 2022))).toBe('Tết Dương lịch (nghỉ bù)');
    expect(vietnamHolidays.holidayName(d(3, 1, 2022), 'en')).toBe("New Year's Day (day in lieu)");
    expect(vietnamHolidays.holidayName(d(1, 1, 2022))).toBe('Tết Dương lịch');
    // 29/04/2023 (Giỗ Tổ, Saturday) and 30/04 (Sunday): Tuesday 2 and Wednesday 3 May.
    expect(vietnamHolidays.holidayName(d(2, 5, 2023))).toBe('Giỗ Tổ Hùng Vương (nghỉ bù)');
    expect(vietnamHolidays.holidayName(d(3, 5, 2023))).toBe('Ngày Chiến thắng (nghỉ bù)');
  });

  it('apply to declared years when the declarations are dropped', () => {
    const plain = createHolidayCalendar({ declared: [] });
    expect(plain.isWorkingDay(d(2, 5, 2025))).toBe(true);
    expect(plain.isWorkingDay(d(26, 4, 2025))).toBe(false);
    expect(summary(plain, 2025)).toBe(
      '01/01 27/01 28/01 29/01 30/01 31/01 07/04 30/04 01/05 01/09 02/09',
    );
    expect(summary(plain, 2024)).toBe(
      '01/01 08/02 09/02 10/02 11/02 12/02 13/02* 14/02* 18/04 30/04 01/05 01/09 02/09 03/09*',
    );
  });

  it('give every year 11 statutory days and a day in lieu for each one on a weekend', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const calendar = createHolidayCalendar({ declared: [] });
        const list = calendar.holidaysIn(year);
        const days = list.map((h) => toDayNumber(h.date));
        const statutory = list.filter((h) => !h.inLieu);
        const onWeekend = statutory.filter((h) => weekday(h.date) % 6 === 0).length;
        const count = (key: string) => statutory.filter((h) => h.key === key).length;
        return (
          days.every((n, i) => i === 0 || n > (days[i - 1] ?? n)) &&
          list.every((h) => h.date.year === year && !calendar.isWorkingDay(h.date)) &&
          list.filter((h) => h.inLieu).every((h) => weekday(h.date) % 6 !== 0) &&
          list.filter((h) => h.inLieu).length === onWeekend &&
          count('tet') === 5 &&
          count('nationalDay') === 2 &&
          // Giỗ Tổ fell on 30/04 in 1917 and 1947 (Hồ Ngọc Đức's tables agree): one day off for both.
          statutory.length === (year === 1917 || year === 1947 ? 10 : 11)
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('holiday names', () => {
  it('names days in Vietnamese (NFC) and English', () => {
    expect(vietnamHolidays.holidayName(d(29, 1, 2025))).toBe('Tết Nguyên đán');
    expect(vietnamHolidays.holidayName(d(29, 1, 2025), 'en')).toBe('Lunar New Year');
    expect(vietnamHolidays.holidayName(d(2, 9, 2025), 'en')).toBe('National Day');
    expect(vietnamHolidays.holidayName(d(25, 1, 2025))).toBeUndefined(); // a Saturday in the Tết break
    expect(vietnamHolidays.holidayName(d(4, 2, 2025))).toBeUndefined();
    for (const names of Object.values(holidayNames)) {
      for (const name of Object.values(names)) expect(name).toBe(name.normalize('NFC'));
    }
    expect(Object.keys(holidayNames.en)).toEqual(Object.keys(holidayNames.vi));
  });

  it('reads a Date on the Vietnam clock', () => {
    expect(vietnamHolidays.holidayName(new Date('2025-09-01T17:30:00Z'))).toBe('Quốc khánh'); // 02/09 00:30
    expect(vietnamHolidays.isWorkingDay(new Date('2025-09-02T17:30:00Z'))).toBe(true); // 03/09 00:30
  });
});

describe('createHolidayCalendar', () => {
  it('lets a province add named days off', () => {
    const calendar = createHolidayCalendar({
      declared: [
        ...vietnamDeclaredDays,
        {
          year: 2025,
          off: [
            { date: '2025-03-10', name: { vi: 'Ngày hội của tỉnh', en: 'Provincial festival' } },
            '2025-03-11',
          ],
          note: 'Quyết định của UBND tỉnh',
        },
      ],
    });
    expect(calendar.holidayName(d(10, 3, 2025))).toBe('Ngày hội của tỉnh');
    expect(calendar.holidayName(d(10, 3, 2025), 'en')).toBe('Provincial festival');
    expect(calendar.holidayName(d(11, 3, 2025), 'en')).toBe('Swapped day off');
    expect(calendar.isWorkingDay(d(2, 5, 2025))).toBe(false); // the national data is still there
    expect(vietnamHolidays.isWorkingDay(d(10, 3, 2025))).toBe(true);
  });

  it('lets declared Tết and Quốc khánh days replace the defaults', () => {
    const calendar = createHolidayCalendar({
      declared: [
        {
          year: 2030,
          tet: ['2030-02-01', '2030-02-04', '2030-02-05', '2030-02-06', '2030-02-07'],
          nationalDay: ['2030-09-02', '2030-09-03'],
        },
      ],
    });
    expect(
      calendar
        .holidaysIn(2030)
        .filter((h) => h.key === 'tet')
        .map((h) => dm(h.date)),
    ).toEqual(['01/02', '04/02', '05/02', '06/02', '07/02']);
    expect(calendar.isWorkingDay(d(3, 9, 2030))).toBe(false);
    expect(calendar.holidayName(d(1, 9, 2030))).toBeUndefined(); // not the default 1/9
    expect(calendar.isWorkingDay(d(2, 9, 2030))).toBe(false);
  });

  it('supports another weekend', () => {
    const sundaysOnly = createHolidayCalendar({ weekend: [0] });
    expect(sundaysOnly.isWorkingDay(d(15, 3, 2025))).toBe(true); // a Saturday
    expect(sundaysOnly.isWorkingDay(d(16, 3, 2025))).toBe(false);
  });

  it('rejects malformed data with a RangeError', () => {
    expect(() =>
      createHolidayCalendar({ declared: [{ year: 2025, off: ['2025-02-30'] }] }),
    ).toThrow(RangeError);
    expect(() =>
      createHolidayCalendar({ declared: [{ year: 2025, work: ['26/04/2025'] }] }),
    ).toThrow(/YYYY-MM-DD/);
    expect(() =>
      createHolidayCalendar({ declared: [{ year: 2025, tet: ['2026-02-17'] }] }),
    ).toThrow(RangeError);
    expect(() => createHolidayCalendar({ weekend: [7] })).toThrow(RangeError);
    expect(() => vietnamHolidays.holidaysIn(2025.5)).toThrow(RangeError);
    expect(() => vietnamHolidays.isWorkingDay(d(31, 4, 2025))).toThrow(RangeError);
    expect(() => vietnamHolidays.holidayName(new Date('nope'))).toThrow(RangeError);
  });
});
