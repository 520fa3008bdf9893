// The app's message catalogue and locale. Vietnamese is the default; English second.
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { en } from './en';
import { type MessageKey, vi } from './vi';

export type { MessageKey };

export type Locale = 'vi' | 'en';
const catalogues: Record<Locale, Record<MessageKey, string>> = { vi, en };

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>('vi');
  const t = useCallback(
    (key: MessageKey, params: Record<string, string | number> = {}) =>
      catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      ),
    [locale],
  );
  const value = useMemo(() => ({ locale, setLocale, t }), [locale, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n)
    throw new Error('useI18n() must be used inside <I18nProvider> (apps/sample/src/app.tsx).');
  return i18n;
}
