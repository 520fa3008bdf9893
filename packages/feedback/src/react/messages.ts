// The helpers behind every feedback screen's words. Each screen keeps its own small catalogue
// beside it (`<Screen>/messages.ts`, Vietnamese only), so an app pulls in only the words of the
// screens it renders; the English of every screen is in one locale pack (src/locales/en.ts),
// downloaded only when the locale is English. An app replaces any key through
// <GovMiniProvider messages={{ 'feedback.form.check.submit': '…' }}>, as for @govmini/ui.
// Vietnamese wording: plain, polite, no pronoun for the reader ("Vui lòng …").
// Each catalogue (and each forwardRef screen) is declared `/* @__PURE__ */`: without the mark a
// bundler must keep every call it cannot prove harmless, and an app importing one screen would
// download the words and code of all of them.
import {
  type Catalogue,
  defineCatalogue,
  type Translate,
  useCatalogue,
  useLocalizedText,
} from '@govmini/ui';
import type { LocalizedText } from '../core/types';
import { feedbackLocalePack } from '../locales/pack';

/** A screen's words: short keys under one prefix (the full key is `prefix + key`). */
export type FeedbackCatalogue<P extends string, K extends string> = Catalogue<K, P>;

export type FeedbackTranslate<K extends string> = Translate<K>;

/** Declares a screen's catalogue (Vietnamese); its English goes in src/locales/en.ts. */
export const defineFeedbackMessages = <P extends string, K extends string>(
  prefix: P,
  vi: Record<K, string>,
): FeedbackCatalogue<P, K> => defineCatalogue(feedbackLocalePack, prefix, vi);

/**
 * `t(key, params)` for one screen's catalogue, in the locale, with the app's overrides;
 * Vietnamese until the English pack has arrived, then re-rendered in English.
 */
export function useFeedbackMessages<P extends string, K extends string>(
  catalogue: FeedbackCatalogue<P, K>,
): FeedbackTranslate<K> {
  return useCatalogue(catalogue, '@govmini/feedback');
}

/** Picks a configuration text (category title, agency) in the current locale, else Vietnamese. */
export function useLocalized(): (text: LocalizedText | undefined) => string {
  return useLocalizedText('@govmini/feedback');
}
