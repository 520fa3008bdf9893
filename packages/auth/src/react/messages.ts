// The helpers behind every auth screen's words. Each screen keeps its own small catalogue
// beside it (`<Screen>/messages.ts`, Vietnamese first, English second), so an app pulls in
// only the words of the screens it renders. An app replaces any key through
// <GovMiniProvider messages={{ 'auth.signIn.button': '…' }}>, as for @govmini/ui.
// Vietnamese wording: plain, polite, no pronoun for the reader ("Vui lòng …").
import { useGovMini } from '@govmini/ui';
import { useCallback } from 'react';
import type { AuthErrorCode, LocalizedText } from '../core/types';
import { authErrorMessage } from '../messages/index';

/** A screen's words: short keys under one prefix (the full key is `prefix + key`). */
export interface AuthCatalogue<P extends string, K extends string> {
  readonly prefix: P;
  readonly vi: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

/** Declares a screen's catalogue; `en` must have every key `vi` has. */
export const defineAuthMessages = <P extends string, K extends string>(
  prefix: P,
  vi: Record<K, string>,
  en: Record<K, string>,
): AuthCatalogue<P, K> => ({ prefix, vi, en });

export type AuthTranslate<K extends string> = (
  key: K,
  params?: Record<string, string | number>,
) => string;

const format = (template: string, params: Record<string, string | number> = {}) =>
  template.replace(/\{(\w+)\}/g, (whole: string, name: string) =>
    name in params ? String(params[name]) : whole,
  );

/** `t(key, params)` for one screen's catalogue, in the locale, with the app's overrides. */
export function useAuthMessages<P extends string, K extends string>(
  catalogue: AuthCatalogue<P, K>,
): AuthTranslate<K> {
  const { locale, messages } = useGovMini('@govmini/auth');
  return useCallback(
    (key, params) =>
      format(
        messages?.[catalogue.prefix + key] ?? catalogue[locale][key] ?? catalogue.vi[key],
        params,
      ),
    [catalogue, locale, messages],
  );
}

/**
 * The citizen-facing text for an error: core's catalogue (src/messages, the same text as
 * AuthError.message), unless the app overrides `auth.error.<code>`.
 */
export function useAuthErrorText(): (code: AuthErrorCode | undefined) => string {
  const { locale, messages } = useGovMini('@govmini/auth');
  return useCallback(
    (code = 'unknown') => messages?.[`auth.error.${code}`] ?? authErrorMessage(code, locale),
    [locale, messages],
  );
}

/**
 * A purpose's text in the locale; Vietnamese when there is no translation. `lang` is set only
 * when it differs from the page's, so a screen reader switches voice for that part.
 */
export function useLocalized(): (text: LocalizedText) => { text: string; lang?: 'vi' } {
  const { locale } = useGovMini('@govmini/auth');
  return useCallback(
    (text) =>
      locale === 'en'
        ? text.en
          ? { text: text.en }
          : { text: text.vi, lang: 'vi' }
        : { text: text.vi },
    [locale],
  );
}
