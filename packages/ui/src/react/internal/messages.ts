// Each component keeps its own small catalogue beside it (`messages.ts`), Vietnamese first,
// English second; an app overrides any key through <GovMiniProvider messages={…}>.
import { useCallback } from 'react';
import { useGovMini } from '../provider/context';

export type Locale = 'vi' | 'en';

export interface Catalogue<K extends string> {
  readonly vi: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

/** Declares a component's messages; `en` must have every key `vi` has. */
export function defineMessages<K extends string>(
  vi: Record<K, string>,
  en: Record<K, string>,
): Catalogue<K> {
  return { vi, en };
}

export type Translate<K extends string> = (
  key: K,
  params?: Record<string, string | number>,
) => string;

export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole: string, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** `t(key, params)` for a component's catalogue, with the app's overrides applied. */
export function useMessages<K extends string>(catalogue: Catalogue<K>): Translate<K> {
  const { locale, messages } = useGovMini();
  return useCallback(
    (key: K, params?: Record<string, string | number>) =>
      format(messages?.[key] ?? catalogue[locale][key] ?? catalogue.vi[key], params),
    [catalogue, locale, messages],
  );
}
