// @govmini/auth's locale pack: Vietnamese is built into every catalogue; English arrives on
// demand (`loadLocale('en')` from @govmini/ui, or the provider switching locale), in its own
// chunk, so a citizen reading Vietnamese never downloads it. No React here: core code and the
// screens' catalogues (plain data, also read by @govmini/auth/definitions) use it too.
import { type Catalogue, defineCatalogue, defineLocalePack } from '@govmini/ui/core';

// Pure for bundlers: an app that uses no auth text (only the HTTP client, say) then drops the
// pack, so loadLocale('en') does not fetch English it never shows.
export const authLocalePack = /* @__PURE__ */ defineLocalePack('@govmini/auth', {
  en: () => import('./en'),
});

/** A screen's words: short keys under one prefix (the full key is `prefix + key`). */
export type AuthCatalogue<P extends string, K extends string> = Catalogue<K, P>;

/**
 * Declares a screen's catalogue: its Vietnamese texts; English goes in src/locales/en.ts.
 * Marked free of side effects so a bundler drops the catalogues (and their words) of screens an
 * app does not render: `defineCatalogue` lives in another package, which it cannot see into.
 */
export const defineAuthMessages = /* @__NO_SIDE_EFFECTS__ */ <P extends string, K extends string>(
  prefix: P,
  vi: Record<K, string>,
): AuthCatalogue<P, K> => defineCatalogue(authLocalePack, prefix, vi);
