// The helpers behind every dossier screen's words. Each screen keeps its own small catalogue
// beside it (`<Screen>/messages.ts`, Vietnamese only), so an app pulls in only the words of the
// screens it renders; English is the package's locale pack (src/locales/en.ts), downloaded only
// when a citizen picks English. An app replaces any key through
// <GovMiniProvider messages={{ 'dossier.start.button': '…' }}>, as for @govmini/ui.
// Vietnamese wording: plain, polite, no pronoun for the reader ("Vui lòng …").
import { type Translate, useCatalogue, useLocalizedText } from '@govmini/ui';
import { type Catalogue, defineCatalogue } from '@govmini/ui/core';
import type { LocalizedText } from '../core/definition/types';
import { dossierLocalePack } from '../locales/pack';

/** A screen's words: short keys under one prefix (the full key is `prefix + key`). */
export type DossierCatalogue<P extends string, K extends string> = Catalogue<K, P>;

/**
 * Declares a screen's catalogue (Vietnamese); its English is in the dossier locale pack. Marked
 * free of side effects so that a bundler drops the catalogues of screens an app does not render.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineDossierMessages<P extends string, K extends string>(
  prefix: P,
  vi: Record<K, string>,
): DossierCatalogue<P, K> {
  return defineCatalogue(dossierLocalePack, prefix, vi);
}

export type DossierTranslate<K extends string> = Translate<K>;

/**
 * `t(key, params)` for one screen's catalogue, in the locale, with the app's overrides. Until the
 * English pack has arrived, texts read in Vietnamese; the screen re-renders when it does.
 */
export function useDossierMessages<P extends string, K extends string>(
  catalogue: DossierCatalogue<P, K>,
): DossierTranslate<K> {
  return useCatalogue(catalogue, '@govmini/dossier');
}

/** Picks a definition's text in the current locale (falls back to Vietnamese). */
export function useLocalized(): (text: LocalizedText | undefined) => string {
  return useLocalizedText('@govmini/dossier');
}
