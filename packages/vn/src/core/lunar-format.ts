// Lunar dates in words, as Vietnamese people say and print them: "mùng 1 tháng Giêng năm Bính
// Ngọ" (days 1–10 are "mùng", month 1 is Giêng and month 12 Chạp, a leap month is "nhuận"),
// and the can-chi (sexagenary) names of years, months and days, as almanacs print them.
import { lunarMessages } from '../messages/lunar';
import { type DateInput, toDayNumber } from './calendar-date';
import { lunarToSolar } from './lunar';
import { formatMessage } from './messages';
import type { MessageOptions } from './result';

/** The ten heavenly stems (can), Giáp … Quý. */
export const HEAVENLY_STEMS = [
  'Giáp',
  'Ất',
  'Bính',
  'Đinh',
  'Mậu',
  'Kỷ',
  'Canh',
  'Tân',
  'Nhâm',
  'Quý',
] as const;

/** The twelve earthly branches (chi), Tý … Hợi; in Vietnam Mão is the Cat, not the Rabbit. */
export const EARTHLY_BRANCHES = [
  'Tý',
  'Sửu',
  'Dần',
  'Mão',
  'Thìn',
  'Tỵ',
  'Ngọ',
  'Mùi',
  'Thân',
  'Dậu',
  'Tuất',
  'Hợi',
] as const;

/** A can-chi name: `{ stem: 2, branch: 6, name: 'Bính Ngọ' }` (indexes into the lists above). */
export interface CanChi {
  readonly stem: number;
  readonly branch: number;
  readonly name: string;
}

const mod = (n: number, m: number) => ((n % m) + m) % m;

function canChi(stem: number, branch: number): CanChi {
  const s = mod(stem, 10);
  const b = mod(branch, 12);
  return { stem: s, branch: b, name: `${HEAVENLY_STEMS[s]} ${EARTHLY_BRANCHES[b]}` };
}

/** The name of a lunar year: `yearCanChi(1984)` is Giáp Tý, `yearCanChi(2026)` Bính Ngọ. */
export function yearCanChi(year: number): CanChi {
  return canChi(year + 6, year + 8);
}

/**
 * The name of a lunar month: month 1 is always a Dần month, its stem set by the year's
 * (tháng Giêng năm Bính Ngọ is Canh Dần). A leap month takes the name of the month it repeats.
 */
export function monthCanChi(lunar: { readonly year: number; readonly month: number }): CanChi {
  return canChi(lunar.year * 12 + lunar.month + 3, lunar.month + 1);
}

/** The name of a day (a solar day, or a Date read in Vietnam): 29/01/2025 is Mậu Tuất. */
export function dayCanChi(date: DateInput): CanChi {
  const julianDay = toDayNumber(date) + 2_440_588;
  return canChi(julianDay + 9, julianDay + 1);
}

function englishOrdinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * A lunar date in words: `formatLunarDate({ year: 2026, month: 1, day: 1, leap: false })` is
 * "mùng 1 tháng Giêng năm Bính Ngọ"; with `{ locale: 'en' }` "1st day of the 1st lunar month,
 * year of Bính Ngọ (Horse)". A leap month reads "tháng 6 nhuận" ("leap 6th"). Any word can be
 * replaced through `messages` (`lunar.*` keys). A lunar date that does not exist (day 30 of a
 * 29-day month, a leap month the year does not have) gives ''.
 */
export function formatLunarDate(
  lunar: {
    readonly year: number;
    readonly month: number;
    readonly day: number;
    readonly leap?: boolean;
  },
  options?: MessageOptions,
): string {
  if (!lunar || lunarToSolar(lunar) === undefined) return '';
  const { year, month, day, leap = false } = lunar;
  const t = (key: string, params: Record<string, string | number> = {}) =>
    formatMessage(lunarMessages, `lunar.${key}`, params, options);
  const number = (n: number) => ({ n, nth: englishOrdinal(n) });
  const monthName = month === 1 || month === 12 ? t(`month_${month}`) : t('month', number(month));
  const name = yearCanChi(year);
  return t('date', {
    day: t(day <= 10 ? 'day_early' : 'day', number(day)),
    month: leap ? t('month_leap', { month: monthName }) : monthName,
    year: t('year', { canChi: name.name, animal: t(`animal_${name.branch}`) }),
  });
}
