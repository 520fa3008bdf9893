// The React side of catalogues: the text in the provider's locale, with the app's overrides,
// re-rendering when a locale pack arrives. While a pack loads, texts read in Vietnamese.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import {
  type Catalogue,
  localePacksVersion,
  type MessageParams,
  subscribeLocalePacks,
  translate,
} from '../../core/locale';
import { useGovMini } from '../provider/context';

export type Translate<K extends string> = (key: K, params?: MessageParams) => string;

/**
 * `t(key, params)` for one catalogue. `component` names the caller in the error thrown outside
 * <GovMiniProvider>. Starts loading the locale's pack if it is not here yet.
 */
export function useCatalogue<K extends string>(
  catalogue: Catalogue<K>,
  component?: string,
): Translate<K> {
  const { locale, messages } = useGovMini(component);
  useSyncExternalStore(subscribeLocalePacks, localePacksVersion, localePacksVersion);
  const { pack } = catalogue;
  const loaded = pack.isLoaded(locale);
  useEffect(() => {
    // A failed load (offline) leaves Vietnamese on screen; the next locale switch tries again.
    if (!loaded) pack.load(locale).catch(() => undefined);
  }, [pack, locale, loaded]);
  // `loaded` is a dependency so that `t` changes, and memoised children update, when the pack arrives.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  return useCallback(
    (key: K, params?: MessageParams) => translate(catalogue, locale, key, params, messages),
    [catalogue, locale, messages, loaded],
  );
}

/** Picks a definition's text ({ vi, en? }) in the provider's locale; falls back to Vietnamese. */
export function useLocalizedText(
  component?: string,
): (text: { readonly vi: string; readonly en?: string | undefined } | undefined) => string {
  const { locale } = useGovMini(component);
  return useCallback(
    (text) => (text ? ((locale === 'en' ? text.en : undefined) ?? text.vi) : ''),
    [locale],
  );
}
