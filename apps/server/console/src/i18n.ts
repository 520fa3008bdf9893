// The console's words. Each screen keeps its own small catalogue beside it (`*.messages.ts`,
// Vietnamese first, English second, keys under `staff.<screen>.`), as @govmini/ui and
// @govmini/dossier do; any key can be replaced through <GovMiniProvider messages={…}>.
import { useGovMini } from '@govmini/ui';
import { useCallback } from 'react';
import type { Localized } from '../../src/staff/wire.ts';

export interface Catalogue<K extends string> {
  readonly prefix: string;
  readonly vi: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

/** Declares a screen's catalogue; `en` must have every key `vi` has. */
export const defineMessages = <K extends string>(
  prefix: string,
  vi: Record<K, string>,
  en: Record<K, string>,
): Catalogue<K> => ({ prefix, vi, en });

export type Translate<K extends string> = (
  key: K,
  params?: Record<string, string | number>,
) => string;

const fill = (template: string, params: Record<string, string | number> = {}) =>
  template.replace(/\{(\w+)\}/g, (whole: string, name: string) =>
    name in params ? String(params[name]) : whole,
  );

export function useMessages<K extends string>(catalogue: Catalogue<K>): Translate<K> {
  const { locale, messages } = useGovMini('staff console');
  return useCallback(
    (key, params) =>
      fill(
        messages?.[catalogue.prefix + key] ?? catalogue[locale][key] ?? catalogue.vi[key],
        params,
      ),
    [catalogue, locale, messages],
  );
}

/** Formats dates, times, money and a definition's texts in the current locale. */
export function useFormat() {
  const { locale } = useGovMini('staff console');
  const tag = locale === 'en' ? 'en-GB' : 'vi-VN';
  const timeZone = 'Asia/Ho_Chi_Minh';
  return {
    locale,
    text: (value: Localized | undefined) =>
      value ? ((locale === 'en' ? value.en : undefined) ?? value.vi) : '',
    /** `YYYY-MM-DD` → 29/11/2026 (a calendar day, no time zone shift). */
    date: (iso: string | undefined) => {
      if (!iso) return '';
      const [y, m, d] = iso.slice(0, 10).split('-');
      return `${d}/${m}/${y}`;
    },
    /** An instant → 29/11/2026 14:05, in Vietnam's time (where the office is). */
    dateTime: (iso: string | undefined) => {
      if (!iso) return '';
      const parts = Object.fromEntries(
        new Intl.DateTimeFormat('en-GB', {
          timeZone,
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        })
          .formatToParts(new Date(iso))
          .map((p) => [p.type, p.value]),
      );
      return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
    },
    money: (amount: number) =>
      `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(amount)} ${locale === 'en' ? 'VND' : 'đồng'}`,
    number: (value: number) => new Intl.NumberFormat(tag).format(value),
  };
}
