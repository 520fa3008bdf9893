// @govmini/ui/core — everything without React: design tokens, the theme engine, and the
// message catalogues with their lazily loaded locale packs.

export { uiLocalePack } from '../locales/pack';
export * from './locale';
export * from './theme';
