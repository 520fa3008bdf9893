// @govmini/ui — tokens, province themes with guaranteed contrast, and (as they land) the
// accessible components. The React-free part is also available as `@govmini/ui/core`.
export * from './core';
