// The lunar date under a DateInput (`showLunar`): many older citizens know their birthday in
// the lunar calendar, and seeing "Âm lịch: mùng 8 tháng 2 năm Mậu Tuất" under the boxes tells
// them at once whether the solar date they typed is the right one.
// The lunar calendar (@govmini/vn/lunar, ≈ 2.6 KB) loads only when a DateInput asks for it, so
// the many forms without it don't pay for it. The hint is read out politely once typing stops
// (GOV.UK's character count does the same), not on every keystroke.
import { useEffect, useState } from 'react';
import { lazyChunk } from '../../core/lazy';
import type { Locale } from '../internal/messages';
import { type DateInputValue, parseDateInputValue } from './parse-date-input';

type LunarCalendar = typeof import('@govmini/vn/lunar');

/** Quiet time after the last change before a screen reader hears the lunar date. */
export const LUNAR_ANNOUNCE_DELAY_MS = 1000;
/** The years the lunar calendar is checked against Hồ Ngọc Đức's published tables. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

// Offline on first need: forgotten, so the next DateInput that mounts tries again.
const lunarCalendar = /* @__PURE__ */ lazyChunk(
  (): Promise<LunarCalendar> => import('@govmini/vn/lunar'),
);

/**
 * Loads the lunar calendar a DateInput with `showLunar` needs. It starts by itself when such a
 * DateInput mounts; call it earlier (e.g. when the form opens) so the hint is there at once.
 */
export function loadLunarCalendar(): Promise<void> {
  return lunarCalendar.load().then(() => undefined);
}

export interface LunarHint {
  /** What to show under the boxes now, or `undefined` (no complete valid date yet). */
  readonly shown: string | undefined;
  /**
   * What the live region says: `shown` once it has stayed the same for a moment after the
   * citizen typed; nothing before they type (a date filled in from a draft is not announced).
   */
  readonly announced: string | undefined;
}

export interface LunarHintOptions {
  readonly enabled: boolean;
  readonly value: DateInputValue;
  /** The citizen has typed in a box (not just a value restored from a draft). */
  readonly typed: boolean;
  readonly locale: Locale;
  /** The app's message overrides (lunar.* words among them). */
  readonly messages: Readonly<Record<string, string>> | undefined;
  /** Puts the date in its sentence: "Âm lịch: {date}". */
  readonly format: (date: string) => string;
}

/** The lunar date of `value` in words, while `enabled`. */
export function useLunarHint({
  enabled,
  value,
  typed,
  locale,
  messages,
  format,
}: LunarHintOptions): LunarHint {
  const [calendar, setCalendar] = useState(lunarCalendar.loaded);
  useEffect(() => {
    if (!enabled || calendar) return;
    let mounted = true;
    lunarCalendar.load().then(
      (module) => mounted && setCalendar(module),
      () => undefined, // no hint rather than an error: the solar date is what the form needs
    );
    return () => {
      mounted = false;
    };
  }, [enabled, calendar]);

  let shown: string | undefined;
  const solar = enabled && calendar ? parseDateInputValue(value) : undefined;
  if (calendar && solar?.ok && solar.value.year >= FIRST_YEAR && solar.value.year <= LAST_YEAR) {
    const words = calendar.formatLunarDate(calendar.solarToLunar(solar.value), {
      locale,
      ...(messages && { messages }),
    });
    if (words) shown = format(words);
  }

  const [announced, setAnnounced] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!typed) return;
    const timer = setTimeout(() => setAnnounced(shown), LUNAR_ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [shown, typed]);
  return { shown, announced };
}
