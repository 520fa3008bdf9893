// The helpers behind every dossier screen's words. Each screen keeps its own small catalogue
// beside it (`<Screen>/messages.ts`, Vietnamese first, English second), so an app pulls in only
// the words of the screens it renders. An app replaces any key through
// <GovMiniProvider messages={{ 'dossier.start.button': '…' }}>, as for @govmini/ui.
// Vietnamese wording: plain, polite, no pronoun for the reader ("Vui lòng …").
import { useGovMini } from '@govmini/ui';
import { useCallback } from 'react';
import type { LocalizedText } from '../core/definition/types';

/** A screen's words: short keys under one prefix (the full key is `prefix + key`). */
export interface DossierCatalogue<P extends string, K extends string> {
  readonly prefix: P;
  readonly vi: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

/** Declares a screen's catalogue; `en` must have every key `vi` has. */
export const defineDossierMessages = <P extends string, K extends string>(
  prefix: P,
  vi: Record<K, string>,
  en: Record<K, string>,
): DossierCatalogue<P, K> => ({ prefix, vi, en });

export type DossierTranslate<K extends string> = (
  key: K,
  params?: Record<string, string | number>,
) => string;

export const formatTemplate = (template: string, params: Record<string, string | number> = {}) =>
  template.replace(/\{(\w+)\}/g, (whole: string, name: string) =>
    name in params ? String(params[name]) : whole,
  );

/** `t(key, params)` for one screen's catalogue, in the locale, with the app's overrides. */
export function useDossierMessages<P extends string, K extends string>(
  catalogue: DossierCatalogue<P, K>,
): DossierTranslate<K> {
  const { locale, messages } = useGovMini('@govmini/dossier');
  return useCallback(
    (key, params) =>
      formatTemplate(
        messages?.[catalogue.prefix + key] ?? catalogue[locale][key] ?? catalogue.vi[key],
        params,
      ),
    [catalogue, locale, messages],
  );
}

/** Picks a definition's text in the current locale (falls back to Vietnamese). */
export function useLocalized(): (text: LocalizedText | undefined) => string {
  const { locale } = useGovMini('@govmini/dossier');
  return useCallback(
    (text) => (text ? ((locale === 'en' ? text.en : undefined) ?? text.vi) : ''),
    [locale],
  );
}
