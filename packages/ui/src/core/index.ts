// @govmini/ui/core — everything without React: design tokens, the theme engine, the message
// catalogues with their lazily loaded locale packs, and lazyChunk (code fetched on demand).

export { uiLocalePack } from '../locales/pack';
export * from './lazy';
export * from './locale';
export * from './theme';
