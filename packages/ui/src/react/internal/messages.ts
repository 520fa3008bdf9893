// Each component keeps its Vietnamese words beside it (`messages.ts`); English lives in
// src/locales/en.ts and loads only when a citizen picks it. An app overrides any key through
// <GovMiniProvider messages={…}>.
export { formatMessage as format, type Locale } from '../../core/locale';
export { defineMessages } from '../../locales/pack';
export { type Translate, useCatalogue as useMessages } from '../locale/use-catalogue';
