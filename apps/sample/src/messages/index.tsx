// The app's own words and its language. Vietnamese is built in (vi.ts); English (en.ts) is a
// locale pack like the GovMini packages' own, so `loadLocale('en')` from @govmini/ui fetches the
// app's English together with theirs and a citizen who reads Vietnamese never downloads any.
// The citizen's choice is kept in platform storage (app-wide, like the text size), so it
// survives the app being closed.
import type { Platform } from '@govmini/platform';
import {
  type Catalogue,
  defineCatalogue,
  defineLocalePack,
  type Locale,
  loadLocale,
  localePacksVersion,
  type MessageParams,
  subscribeLocalePacks,
  translate,
} from '@govmini/ui/core';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { type MessageKey, vi } from './vi';

export type { Locale, MessageKey };

export const sampleLocalePack = defineLocalePack('tinh-mau', { en: () => import('./en') });
const sampleMessages = defineCatalogue(sampleLocalePack, '', vi);

/** Where the chosen language is kept (platform storage, not per citizen). */
export const LOCALE_KEY = 'tinh-mau.locale';

function storedLocale(value: unknown): Locale {
  if (value === 'vi' || value === 'en') return value;
  throw new TypeError(`${LOCALE_KEY}: not a locale`);
}

interface I18n {
  locale: Locale;
  /**
   * Loads the language's texts (every package's and the app's), then switches to it and
   * remembers it. Rejects with LocalePackLoadError when they cannot be fetched (offline):
   * nothing changes, the app stays in the language it was in.
   */
  setLocale: (locale: Locale) => Promise<void>;
  t: (key: MessageKey, params?: MessageParams) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ platform, children }: { platform: Platform; children: ReactNode }) {
  const [locale, setCurrent] = useState<Locale>('vi');
  const chosenByCitizen = useRef(false);

  // The language chosen last time; if its texts cannot be fetched now, Vietnamese it is.
  useEffect(() => {
    let live = true;
    platform.storage
      .get(LOCALE_KEY, storedLocale)
      .then(async (stored) => {
        if (!stored || stored === 'vi') return;
        await loadLocale(stored);
        if (live && !chosenByCitizen.current) setCurrent(stored);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [platform]);

  const setLocale = useCallback(
    async (next: Locale) => {
      chosenByCitizen.current = true;
      await loadLocale(next);
      setCurrent(next);
      // A failed save keeps the choice for this run; the next start is in Vietnamese.
      await platform.storage.set(LOCALE_KEY, next).catch(() => undefined);
    },
    [platform],
  );

  // Re-render when a pack arrives (a screen may start loading one on its own).
  const packs = useSyncExternalStore(subscribeLocalePacks, localePacksVersion, localePacksVersion);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `packs` changes `t` when texts arrive
  const t = useCallback(
    (key: MessageKey, params?: MessageParams) => translate(sampleMessages, locale, key, params),
    [locale, packs],
  );
  const value = useMemo(() => ({ locale, setLocale, t }), [locale, setLocale, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n)
    throw new Error('useI18n() must be used inside <I18nProvider> (apps/sample/src/app.tsx).');
  return i18n;
}

/**
 * `t(key, params)` for another catalogue of the app's own pack (e.g. the guides', which only
 * their screens import), in the app's language.
 */
export function useAppCatalogue<K extends string>(catalogue: Catalogue<K>) {
  const { locale } = useI18n();
  const packs = useSyncExternalStore(subscribeLocalePacks, localePacksVersion, localePacksVersion);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `packs` changes `t` when texts arrive
  return useCallback(
    (key: K, params?: MessageParams) => translate(catalogue, locale, key, params),
    [catalogue, locale, packs],
  );
}
