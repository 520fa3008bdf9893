// The React components of @govmini/ui, one folder each.
export * from './field';
export * from './provider';
