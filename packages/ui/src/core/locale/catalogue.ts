// A catalogue: one component's or screen's words. Vietnamese lives in the catalogue itself;
// other languages come from the package's locale pack under `prefix + key`. An app overrides
// any full key through <GovMiniProvider messages={…}>.
import type { Locale, LocalePack } from './locale-pack';

export interface Catalogue<K extends string, P extends string = string> {
  /** Prepended to every key to form the full key ('dossier.start.' + 'button'). */
  readonly prefix: P;
  readonly vi: Readonly<Record<K, string>>;
  /** Where the other languages' texts of these keys are. */
  readonly pack: LocalePack;
}

/** Every full key of a catalogue, as a type: for typing a package's English texts. */
export type CatalogueKeys<C> = C extends Catalogue<infer K, infer P> ? `${P}${K}` : never;

/**
 * Declares a catalogue: its Vietnamese texts and the pack holding the other languages. Marked
 * free of side effects so that bundlers drop the catalogues of screens an app never renders.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineCatalogue<K extends string, P extends string = ''>(
  pack: LocalePack,
  prefix: P,
  vi: Record<K, string>,
): Catalogue<K, P> {
  return { prefix, vi, pack };
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown placeholder stays as written (easy to spot). */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole: string, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * One text, without React: the app's override, else the locale's text if its pack is loaded,
 * else Vietnamese. Servers and core code call this; screens use the React hooks.
 */
export function translate<K extends string>(
  catalogue: Catalogue<K>,
  locale: Locale,
  key: K,
  params?: MessageParams,
  overrides?: Readonly<Record<string, string>>,
): string {
  const fullKey = catalogue.prefix + key;
  return formatMessage(
    overrides?.[fullKey] ?? catalogue.pack.text(locale, fullKey) ?? catalogue.vi[key],
    params,
  );
}
