// @govmini/ui/core — everything without React: design tokens and the theme engine.
export * from './theme';
