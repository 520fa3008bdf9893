export {
  type Catalogue,
  type CatalogueKeys,
  defineCatalogue,
  formatMessage,
  type MessageParams,
  translate,
} from './catalogue';
export {
  defineLocalePack,
  type Locale,
  type LocalePack,
  LocalePackLoadError,
  type LocaleTexts,
  type LocaleTextsLoader,
  loadLocale,
  localePacks,
  localePacksVersion,
  type PackLocale,
  subscribeLocalePacks,
} from './locale-pack';
