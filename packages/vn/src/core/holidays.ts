// Public holidays and working days of Vietnamese state offices.
//
// Statutory holidays, Labour Code 2019 (Bộ luật Lao động 45/2019/QH14), Art. 112(1):
//   Tết Dương lịch 1/1 · Tết Âm lịch 5 days · Ngày Chiến thắng 30/4 · Ngày Quốc tế Lao động 1/5 ·
//   Quốc khánh 2/9 and one day before or after it · Giỗ Tổ Hùng Vương 10/3 lunar.
// Art. 112(3): every year the Prime Minister decides which 5 days make Tết and which day goes
// with 2/9. Art. 111(3): a holiday that falls on a weekly rest day (Saturday or Sunday for
// state offices) gives a day off in lieu on the next working day.
// The government also swaps days (nghỉ hoán đổi / làm bù) to make longer breaks. Those
// decisions are data: `DeclaredDays`, below, which a province can extend.
//
// For a year without declared data the calendar follows the pattern of every decision from
// 2017 to 2026: Tết is the last two days of the lunar year and lunar 1/1–1/3, except when
// lunar 1/1 is a Tuesday, when it is the last day of the year and 1/1–1/4 (so that the five
// days are Monday–Friday); 2/9 goes with 3/9 when 2/9 is a Thursday, otherwise with 1/9 (with
// days in lieu, this reproduces the decisions for 2021–2025). Years before 2021 are reckoned
// with the same rules, which are the 2019 Code's, not those in force then.
import {
  type CalendarDate,
  civilToDays,
  type DateInput,
  fromDayNumber,
  isValidCalendarDate,
  toCalendarDate,
} from './calendar-date';
import { lunarToSolar } from './lunar';
import type { Locale } from './messages';

/** Holiday names, Vietnamese first. `inLieu` wraps the name of the holiday a day replaces. */
export const holidayNames = {
  vi: {
    newYear: 'Tết Dương lịch',
    tet: 'Tết Nguyên đán',
    hungKings: 'Giỗ Tổ Hùng Vương',
    reunification: 'Ngày Chiến thắng',
    labourDay: 'Ngày Quốc tế Lao động',
    nationalDay: 'Quốc khánh',
    declared: 'Ngày nghỉ hoán đổi',
    inLieu: '{name} (nghỉ bù)',
  },
  en: {
    newYear: "New Year's Day",
    tet: 'Lunar New Year',
    hungKings: "Hùng Kings' Commemoration Day",
    reunification: 'Reunification Day',
    labourDay: 'International Labour Day',
    nationalDay: 'National Day',
    declared: 'Swapped day off',
    inLieu: '{name} (day in lieu)',
  },
} as const;

/** Which holiday a day belongs to. `declared`: a day off from `DeclaredDays.off`. */
export type HolidayKey = Exclude<keyof (typeof holidayNames)['vi'], 'inLieu'>;

/** A day-off name in both languages, for days a province declares itself. */
export interface HolidayName {
  readonly vi: string;
  readonly en: string;
}

/**
 * What the government (or a province) declared for one year. Dates are ISO `YYYY-MM-DD`.
 * ```ts
 * { year: 2025, tet: ['2025-01-27', …, '2025-01-31'], off: ['2025-05-02'], work: ['2025-04-26'] }
 * ```
 * Days in lieu of holidays that fall on a weekend are added by the calendar: don't list them.
 */
export interface DeclaredDays {
  readonly year: number;
  /** The five Tết days the Prime Minister chose (weekend days among them count). Replaces the default. */
  readonly tet?: readonly string[];
  /** The Quốc khánh days: 2/9 and the day chosen with it. Replaces the default. */
  readonly nationalDay?: readonly string[];
  /** Extra days off, e.g. a weekday swapped with a Saturday. Named "Ngày nghỉ hoán đổi" unless given a name. */
  readonly off?: readonly (string | { readonly date: string; readonly name: HolidayName })[];
  /** Days worked although they would be off (làm bù), e.g. a Saturday. Wins over everything. */
  readonly work?: readonly string[];
  /** Free text for people: the source document, what was decided. */
  readonly note?: string;
}

/**
 * Decisions announced for state offices (cán bộ, công chức, viên chức). Only what we are sure
 * of is here; other years follow the default rules. Extend it in your app:
 * `createHolidayCalendar({ declared: [...vietnamDeclaredDays, { year: 2027, … }] })`.
 */
export const vietnamDeclaredDays: readonly DeclaredDays[] = [
  {
    year: 2024,
    // Tết Giáp Thìn 08/02–14/02/2024 (29 Tháng Chạp to mùng 5): 5 Tết days, 2 in lieu of 10–11/02.
    tet: ['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12'],
    // 30/4–1/5: 27/04–01/05/2024, Monday 29/04 off in exchange for Saturday 04/05.
    off: ['2024-04-29'],
    work: ['2024-05-04'],
    // Quốc khánh 31/08–03/09/2024: Monday 2/9 and Tuesday 3/9.
    nationalDay: ['2024-09-02', '2024-09-03'],
  },
  {
    year: 2025,
    // Tết Ất Tỵ 25/01–02/02/2025 (26 Tháng Chạp to mùng 5), 9 days with the weekends:
    // Monday 27/01 to Friday 31/01 are the 5 Tết days.
    tet: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
    // 30/4–1/5: 30/04–04/05/2025, Friday 02/05 off in exchange for Saturday 26/04.
    off: ['2025-05-02'],
    work: ['2025-04-26'],
    // Quốc khánh 30/08–02/09/2025: Monday 1/9 and Tuesday 2/9.
    nationalDay: ['2025-09-01', '2025-09-02'],
  },
  {
    year: 2026,
    // Tết Bính Ngọ 14/02–22/02/2026 (27 Tháng Chạp to mùng 6), 9 days with the weekends:
    // Monday 16/02 to Friday 20/02 are the 5 Tết days. (Quốc khánh 2026 not yet declared here.)
    tet: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
  },
];

/** A holiday in `holidaysIn`. */
export interface Holiday {
  readonly date: CalendarDate;
  readonly key: HolidayKey;
  /** A day off in lieu of a holiday that fell on a weekend (Labour Code 2019, Art. 111(3)). */
  readonly inLieu: boolean;
  /** `holidayNames` text in the requested locale, e.g. "Quốc khánh (nghỉ bù)". */
  readonly name: string;
}

export interface HolidayCalendar {
  /** False on weekends and days off, true on declared working days (làm bù). */
  isWorkingDay(date: DateInput): boolean;
  /** "Tết Nguyên đán", "Lunar New Year"…; `undefined` for working days and plain weekends. */
  holidayName(date: DateInput, locale?: Locale): string | undefined;
  /** Every holiday and day in lieu of the Gregorian `year`, in date order (weekends not listed). */
  holidaysIn(year: number, locale?: Locale): readonly Holiday[];
}

export interface HolidayCalendarOptions {
  /** Declared years. Default `vietnamDeclaredDays`; when given, it replaces them (spread them in). */
  declared?: readonly DeclaredDays[];
  /** Weekly rest days, 0 = Sunday … 6 = Saturday. Default `[0, 6]`. */
  weekend?: readonly number[];
}

// `null` marks a declared working day.
type Entry = {
  readonly key: HolidayKey;
  readonly inLieu: boolean;
  readonly name?: HolidayName;
} | null;

function parseIso(iso: string): CalendarDate {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
  const date = m && { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!isValidCalendarDate(date)) {
    throw new RangeError(
      `DeclaredDays: expected an ISO date YYYY-MM-DD, got ${JSON.stringify(iso)}`,
    );
  }
  return date;
}

const dayNumber = ({ year, month, day }: CalendarDate): number => civilToDays(year, month, day);
/** Day of the week of a day number, 0 = Sunday; day 0, 1970-01-01, was a Thursday. */
const dow = (n: number): number => (((n + 4) % 7) + 7) % 7;

/**
 * A calendar of working days for state offices: statutory holidays, days in lieu, declared
 * swaps and weekends. Years are computed on first use and cached.
 * @throws RangeError if a declaration or `weekend` is malformed.
 */
export function createHolidayCalendar(options: HolidayCalendarOptions = {}): HolidayCalendar {
  const { declared = vietnamDeclaredDays, weekend = [0, 6] } = options;
  if (!weekend.every((d) => Number.isInteger(d) && d >= 0 && d <= 6) || new Set(weekend).size > 6) {
    throw new RangeError(
      `weekend: expected weekdays from 0 (Sunday) to 6 (Saturday), not all seven, got ${JSON.stringify(weekend)}`,
    );
  }
  const isWeekend = (n: number) => weekend.includes(dow(n));

  // Chosen Tết / Quốc khánh days by `${year}${kind}`; declared off and work days by year.
  const chosen = new Map<string, number[]>();
  const extra = new Map<number, Map<number, Entry>>();
  const addExtra = (iso: string, entry: Entry) => {
    const date = parseIso(iso);
    const map = extra.get(date.year) ?? new Map<number, Entry>();
    extra.set(date.year, map.set(dayNumber(date), entry));
  };
  for (const decl of declared) {
    const { year } = decl;
    for (const kind of ['tet', 'nationalDay'] as const) {
      const list = decl[kind]?.map(parseIso);
      if (list?.some((date) => date.year !== year)) {
        throw new RangeError(`DeclaredDays: ${kind} days of ${year} must be in ${year}`);
      }
      if (list) chosen.set(`${year}${kind}`, list.map(dayNumber));
    }
    for (const item of decl.off ?? []) {
      if (typeof item === 'string') addExtra(item, { key: 'declared', inLieu: false });
      else addExtra(item.date, { key: 'declared', inLieu: false, name: item.name });
    }
    for (const iso of decl.work ?? []) addExtra(iso, null);
  }

  const years = new Map<number, Map<number, Entry>>();
  const yearOf = (year: number): Map<number, Entry> => {
    const cached = years.get(year);
    if (cached) return cached;
    const days = computeYear(year);
    years.set(year, days);
    return days;
  };

  function computeYear(year: number): Map<number, Entry> {
    const days = new Map<number, Entry>();
    const add = (key: HolidayKey, list: readonly number[]) => {
      for (const n of list) if (!days.has(n)) days.set(n, { key, inLieu: false });
    };
    const solar = (month: number, day: number) => civilToDays(year, month, day);
    const lunar = (month: number, day: number) => {
      const date = lunarToSolar({ year, month, day });
      return date ? [dayNumber(date)] : [];
    };
    const [tet] = lunar(1, 1);
    const tetDefault =
      tet === undefined ? [] : [0, 1, 2, 3, 4].map((i) => tet + i - (dow(tet) === 2 ? 1 : 2));
    const ninth = solar(9, 2);
    add('newYear', [solar(1, 1)]);
    add('tet', chosen.get(`${year}tet`) ?? tetDefault);
    add('hungKings', lunar(3, 10));
    add('reunification', [solar(4, 30)]);
    add('labourDay', [solar(5, 1)]);
    add(
      'nationalDay',
      chosen.get(`${year}nationalDay`) ?? [ninth, dow(ninth) === 4 ? ninth + 1 : ninth - 1],
    );

    // Days in lieu, in date order: the next weekday that is neither a holiday nor declared.
    const declaredDays = extra.get(year);
    for (const n of [...days.keys()].sort((a, b) => a - b)) {
      const entry = days.get(n);
      if (!entry || !isWeekend(n)) continue;
      let next = n + 1;
      while (isWeekend(next) || days.has(next) || declaredDays?.has(next)) next++;
      days.set(next, { key: entry.key, inLieu: true });
    }
    // A declared working day wins over everything; a declared day off doesn't rename a holiday.
    for (const [n, entry] of declaredDays ?? [])
      if (entry === null || !days.has(n)) days.set(n, entry);
    return days;
  }

  const lookup = (date: DateInput): [number, Entry | undefined] => {
    const c = toCalendarDate(date);
    const n = dayNumber(c);
    return [n, yearOf(c.year).get(n)];
  };
  const nameOf = (entry: NonNullable<Entry>, locale: Locale): string => {
    const names = holidayNames[locale];
    const name = entry.name?.[locale] ?? names[entry.key];
    return entry.inLieu ? names.inLieu.replace('{name}', name) : name;
  };

  return {
    isWorkingDay(date) {
      const [n, entry] = lookup(date);
      return entry === undefined ? !isWeekend(n) : entry === null;
    },
    holidayName(date, locale = 'vi') {
      const [, entry] = lookup(date);
      return entry ? nameOf(entry, locale) : undefined;
    },
    holidaysIn(year, locale = 'vi') {
      if (!(Number.isInteger(year) && year >= 1 && year <= 9999)) {
        throw new RangeError(`holidaysIn: expected a year from 1 to 9999, got ${year}`);
      }
      const list: Holiday[] = [];
      for (const [n, entry] of yearOf(year)) {
        if (entry)
          list.push({
            date: fromDayNumber(n),
            key: entry.key,
            inLieu: entry.inLieu,
            name: nameOf(entry, locale),
          });
      }
      return list.sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
    },
  };
}

/** Vietnam's state offices: statutory holidays, days in lieu, `vietnamDeclaredDays`, Saturday and Sunday off. */
export const vietnamHolidays: HolidayCalendar = /* @__PURE__ */ createHolidayCalendar();
