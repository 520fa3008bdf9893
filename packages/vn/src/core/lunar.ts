// The Vietnamese lunisolar calendar (âm lịch), following Hồ Ngọc Đức's published method:
// months start on the day of the astronomical new moon, the month holding the winter
// solstice is month 11, and in a year with 13 months the first month without a major solar
// term is the leap month. Since Tết Mậu Thân 1968 everything is reckoned in Vietnam's time
// zone, UTC+7 (China uses UTC+8), which is why Tết sometimes falls on a different day than
// the Chinese New Year: 21/01/1985 in Vietnam against 20/02/1985 in China; 17/02/2007 against
// 18/02/2007. Before that Vietnam's almanacs followed the UTC+8 reckoning (the North adopted
// UTC+7 on 8/8/1967, hence Tết Mậu Thân on 29/01/1968 in the North, 30/01 in the South), and so
// do Hồ Ngọc Đức's published tables and this code: days before 29/01/1968 use UTC+8.
// New moons and solar longitudes use the truncated series from Jean Meeus' "Astronomical
// Algorithms", as Hồ Ngọc Đức's reference code does. Against his published year tables for
// 1900–2100, every day agrees except in nine months, each listed with its reason in
// lunar-table.test.ts: the new moon falls within minutes of midnight (1906, 1914, 1916, 1920;
// 2054, 2072, 2077: closer than anyone can predict the Earth's rotation that far ahead), and
// Tết 1925. Outside 1800–2199 the results are astronomical approximations, not a published
// calendar. Supported lunar years: 1–9998.
import {
  type CalendarDate,
  civilToDays,
  type DateInput,
  fromDayNumber,
  toCalendarDate,
} from './calendar-date';

/** A day of the lunar calendar. `leap` marks the repeated (nhuận) month of a 13-month year. */
export interface LunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap: boolean;
}

const { floor, sin, PI } = Math;
const DR = PI / 180;
/** Julian day number of 1970-01-01, i.e. of day number 0. */
const JD_EPOCH = 2_440_588;
/** UTC+7 as a fraction of a day: Vietnam's calendar since Tết 1968. */
const ZONE_VN = 7 / 24;
/** UTC+8: the reckoning Vietnamese almanacs followed before it. */
const ZONE_BEFORE_1968 = 8 / 24;
/** Julian day number of 29/01/1968, Tết Mậu Thân by the UTC+7 calendar. */
const FIRST_UTC7_DAY = 2_439_885;
const SYNODIC = 29.530588853;
/** Julian day of the new moon of 1900-01-01 13:52 UTC, new moon number 0. */
const NM0 = 2_415_021.076998695;

/** Julian day (UTC) of new moon number `k` (Meeus, chapter 49, truncated series). */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DR; // Sun's anomaly
  const mp = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DR; // Moon's anomaly
  const f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DR; // Moon's latitude
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return (
    2_415_020.75933 +
    29.53058868 * k +
    0.0001178 * t2 -
    0.000000155 * t3 +
    0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * DR) +
    (0.1734 - 0.000393 * t) * sin(m) +
    0.0021 * sin(2 * m) -
    0.4068 * sin(mp) +
    0.0161 * sin(2 * mp) -
    0.0004 * sin(3 * mp) +
    0.0104 * sin(2 * f) -
    0.0051 * sin(m + mp) -
    0.0074 * sin(m - mp) +
    0.0004 * sin(2 * f + m) -
    0.0004 * sin(2 * f - m) -
    0.0006 * sin(2 * f + mp) +
    0.001 * sin(2 * f - mp) +
    0.0005 * sin(2 * mp + m) -
    deltaT
  );
}

/** Julian day number of the local day (in `zone`) on which new moon `k` falls. */
const newMoonDay = (k: number, zone: number): number => floor(newMoon(k) + 0.5 + zone);

/**
 * Which 30° sector (0 = from the March equinox … 11) the Sun's apparent longitude is in at
 * local midnight starting Julian day number `jdn`.
 */
function sunSector(jdn: number, zone: number): number {
  const t = (jdn - 0.5 - zone - 2_451_545) / 36_525;
  const t2 = t * t;
  const m = (357.5291 + 35_999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DR;
  let l =
    (280.46645 +
      36_000.76983 * t +
      0.0003032 * t2 +
      (1.9146 - 0.004817 * t - 0.000014 * t2) * sin(m) +
      (0.019993 - 0.000101 * t) * sin(2 * m) +
      0.00029 * sin(3 * m)) *
    DR;
  l -= 2 * PI * floor(l / (2 * PI));
  return floor((l / PI) * 6);
}

/** Julian day number on which lunar month 11 (the month of the winter solstice) of `year` starts. */
function month11(year: number, zone: number): number {
  const k = floor((civilToDays(year, 12, 31) + JD_EPOCH - 2_415_021) / SYNODIC);
  const day = newMoonDay(k, zone);
  return sunSector(day, zone) >= 9 ? newMoonDay(k - 1, zone) : day;
}

/** In a 13-month year starting at month 11 `a11`: how many months after it the leap month is. */
function leapOffset(a11: number, zone: number): number {
  const k = floor((a11 - NM0) / SYNODIC + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + 1, zone), zone);
  let last: number;
  do {
    last = arc;
    arc = sunSector(newMoonDay(k + ++i, zone), zone);
  } while (arc !== last && i < 14);
  return i - 1;
}

/**
 * The lunar date of a solar day: `solarToLunar({ year: 2025, month: 1, day: 29 })` is
 * `{ year: 2025, month: 1, day: 1, leap: false }` (Tết Ất Tỵ). A `Date` is read in UTC+7.
 * The lunar `year` is the Gregorian year in which that lunar year's month 1 starts.
 * @throws RangeError for an invalid date.
 */
export function solarToLunar(date: DateInput): LunarDate {
  const solar = toCalendarDate(date);
  const jd = civilToDays(solar.year, solar.month, solar.day) + JD_EPOCH;
  const zone = jd < FIRST_UTC7_DAY ? ZONE_BEFORE_1968 : ZONE_VN;
  // The month starts on the last new moon day not after `jd`. Hồ Ngọc Đức's code tries only
  // two new moons, and gives "day 0" on a few days where the true new moon runs far ahead of
  // the mean one (13/04/1877, 16/03/1885, 07/05/2054, 09/04/2062): keep stepping back instead.
  let k = floor((jd - NM0) / SYNODIC) + 2;
  let start = jd + 1;
  while (start > jd) start = newMoonDay(--k, zone);
  let year = solar.year;
  let a11 = month11(year, zone);
  let b11 = a11;
  if (a11 >= start) a11 = month11(year - 1, zone);
  else b11 = month11(++year, zone);
  const diff = floor((start - a11) / 29);
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const offset = leapOffset(a11, zone);
    if (diff >= offset) {
      month--;
      leap = diff === offset;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year--;
  return { year, month, day: jd - start + 1, leap };
}

/**
 * The solar day of a lunar date, or `undefined` if that lunar date does not exist (day 30 of
 * a 29-day month, a leap month the year does not have, fields out of range).
 * `lunarToSolar({ year: 2025, month: 3, day: 10 })` is 07/04/2025 (Giỗ Tổ Hùng Vương).
 */
export function lunarToSolar(lunar: {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap?: boolean;
}): CalendarDate | undefined {
  const { year, month, day, leap = false } = lunar;
  if (!(Number.isInteger(year) && year > 0 && year < 9999 && month > 0 && month < 13))
    return undefined;
  if (!(Number.isInteger(month) && Number.isInteger(day) && day > 0 && day < 31)) return undefined;
  const zone = year < 1968 ? ZONE_BEFORE_1968 : ZONE_VN;
  const a11 = month11(month < 11 ? year - 1 : year, zone);
  const b11 = month11(month < 11 ? year : year + 1, zone);
  // Months after month 11: 11 → 0, 12 → 1, 1 → 2, …, 10 → 11; one more from the leap month on.
  let off = (month + 1) % 12;
  if (b11 - a11 > 365 && (leap || off >= leapOffset(a11, zone))) off++;
  const result = fromDayNumber(
    newMoonDay(floor(0.5 + (a11 - NM0) / SYNODIC) + off, zone) + day - 1 - JD_EPOCH,
  );
  // The round trip rejects a day past the month's end and a leap month that isn't there.
  const back = solarToLunar(result);
  return back.year === year && back.month === month && back.day === day && back.leap === leap
    ? result
    : undefined;
}
