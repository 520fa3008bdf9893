// The app's language and its own texts. Every text a citizen sees comes from a catalogue with
// Vietnamese and English (the @govmini/* screens have their own, switched by GovMiniProvider).
import { type Locale, loadLocale } from '@govmini/ui';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

export interface Catalogue<K extends string> {
  readonly vi: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

interface I18n {
  readonly locale: Locale;
  /** English is a pack loaded on demand: switching waits for it, so nothing flashes. */
  setLocale(locale: Locale): Promise<void>;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>('vi');
  const setLocale = useCallback(async (next: Locale) => {
    if (next !== 'vi') await loadLocale(next);
    setLocaleState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useLocale(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useLocale() needs <I18nProvider> above it (see src/app.tsx).');
  return i18n;
}

/** `t(key)` for one catalogue, in the current language. */
export function useText<K extends string>(catalogue: Catalogue<K>): (key: K) => string {
  const { locale } = useLocale();
  return useCallback((key: K) => catalogue[locale][key], [catalogue, locale]);
}
