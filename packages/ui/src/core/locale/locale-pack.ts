// Vietnamese is built into every catalogue; other languages are locale packs that load on
// demand. Nearly every citizen reads Vietnamese, so no one pays to download English they never
// see: each package keeps its English texts in one module (`src/locales/en.ts`) behind a dynamic
// import, which bundlers split into its own chunk.
//
// A pack is registered once per package when its catalogues are first evaluated; `loadLocale`
// loads every registered pack, and `subscribeLocalePacks` lets React re-render when one arrives.
// Until a pack is loaded, its keys read in Vietnamese, never as blank or raw keys.

/** The languages GovMini speaks. Vietnamese is the default and always available. */
export type Locale = 'vi' | 'en';

/** A locale other than Vietnamese: the ones that come in packs. */
export type PackLocale = Exclude<Locale, 'vi'>;

/** One package's texts in one language, by full message key ('dossier.start.button'). */
export type LocaleTexts = Readonly<Record<string, string>>;

/** Loads one language's texts: usually `() => import('./en')`. */
export type LocaleTextsLoader = () => Promise<{ readonly default: LocaleTexts }>;

/** Why a locale pack could not be loaded (usually: offline when the chunk was needed). */
export class LocalePackLoadError extends Error {
  override readonly name = 'LocalePackLoadError';
  constructor(
    readonly pack: string,
    readonly locale: Locale,
    options?: { cause?: unknown },
  ) {
    super(`The ${locale} texts of ${pack} could not be loaded; they read in Vietnamese.`, options);
  }
}

/** One package's non-Vietnamese texts. */
export interface LocalePack {
  /** The package it belongs to, e.g. '@govmini/dossier'. */
  readonly name: string;
  /** The text of a full key in a loaded locale; undefined for 'vi' or while not loaded. */
  text(locale: Locale, key: string): string | undefined;
  /** True for 'vi' and for any locale whose texts are here. */
  isLoaded(locale: Locale): boolean;
  /** Loads a locale's texts (once; concurrent calls share one request; a failure may be retried). */
  load(locale: Locale): Promise<void>;
  /** Every key of a locale, for completeness tests; loads it first. */
  entries(locale: PackLocale): Promise<LocaleTexts>;
}

const registry = new Map<string, LocalePack>();
const listeners = new Set<() => void>();
let version = 0;

function notify(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/**
 * Declares a package's locale pack. Called once per package, in the module its catalogues import;
 * declaring the same name again returns the first pack (a module evaluated twice by a test runner
 * or two copies in a bundle still share one registry entry).
 */
export function defineLocalePack(
  name: string,
  loaders: Readonly<Record<PackLocale, LocaleTextsLoader>>,
): LocalePack {
  const existing = registry.get(name);
  if (existing) return existing;
  const loaded = new Map<Locale, LocaleTexts>();
  const pending = new Map<Locale, Promise<void>>();
  const load = (locale: Locale): Promise<void> => {
    if (locale === 'vi' || loaded.has(locale)) return Promise.resolve();
    const inFlight = pending.get(locale);
    if (inFlight) return inFlight;
    const loader = loaders[locale];
    const request = loader()
      .then((module) => {
        loaded.set(locale, module.default);
        notify();
      })
      .catch((cause: unknown) => {
        throw new LocalePackLoadError(name, locale, { cause });
      })
      .finally(() => pending.delete(locale));
    pending.set(locale, request);
    return request;
  };
  const pack: LocalePack = {
    name,
    text: (locale, key) => (locale === 'vi' ? undefined : loaded.get(locale)?.[key]),
    isLoaded: (locale) => locale === 'vi' || loaded.has(locale),
    load,
    entries: async (locale) => {
      await load(locale);
      return loaded.get(locale) ?? {};
    },
  };
  registry.set(name, pack);
  return pack;
}

/** The packs declared so far (one per GovMini package the app has loaded). */
export function localePacks(): readonly LocalePack[] {
  return [...registry.values()];
}

/**
 * Loads a locale for every declared pack. Await it before switching language to avoid a moment of
 * Vietnamese; it rejects with the first LocalePackLoadError when a pack cannot be fetched (the
 * texts then stay Vietnamese, which every citizen can still read).
 */
export async function loadLocale(locale: Locale): Promise<void> {
  const results = await Promise.allSettled(localePacks().map((pack) => pack.load(locale)));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}

/** Calls `listener` whenever a pack finishes loading; returns the unsubscribe function. */
export function subscribeLocalePacks(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Changes every time a pack loads (a snapshot for React's useSyncExternalStore). */
export function localePacksVersion(): number {
  return version;
}
