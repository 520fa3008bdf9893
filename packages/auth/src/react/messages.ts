// The helpers behind every auth screen's words. Each screen keeps its own small catalogue
// beside it (`<Screen>/messages.ts`, Vietnamese), so an app pulls in only the words of the
// screens it renders; the English of them all is one lazily loaded pack (src/locales/en.ts).
// An app replaces any key through <GovMiniProvider messages={{ 'auth.signIn.button': '…' }}>,
// as for @govmini/ui. Vietnamese wording: plain, polite, no pronoun for the reader ("Vui lòng …").
import { type Translate, useCatalogue, useGovMini } from '@govmini/ui';
import { useCallback } from 'react';
import type { AuthErrorCode, LocalizedText } from '../core/types';
import type { AuthCatalogue } from '../locales/pack';
import { authErrorMessages, knownAuthErrorCode } from '../messages/index';

export type { AuthCatalogue } from '../locales/pack';
// Declared beside the pack (no React), so the catalogues stay plain data.
export { defineAuthMessages } from '../locales/pack';

export type AuthTranslate<K extends string> = Translate<K>;

/**
 * `t(key, params)` for one screen's catalogue, in the locale, with the app's overrides.
 * Reads Vietnamese until the English pack has arrived, then re-renders.
 */
export function useAuthMessages<P extends string, K extends string>(
  catalogue: AuthCatalogue<P, K>,
): AuthTranslate<K> {
  return useCatalogue(catalogue, '@govmini/auth');
}

/**
 * The citizen-facing text for an error: core's catalogue (src/messages, the same text as
 * AuthError.message), unless the app overrides `auth.error.<code>`.
 */
export function useAuthErrorText(): (code: AuthErrorCode | undefined) => string {
  const t = useCatalogue(authErrorMessages, '@govmini/auth');
  return useCallback((code = 'unknown') => t(knownAuthErrorCode(code)), [t]);
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
