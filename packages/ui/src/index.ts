// @govmini/ui — tokens, province themes with guaranteed contrast, GovMiniProvider and the
// accessible components. The React-free part is also available as `@govmini/ui/core`;
// PhoneInput (which carries phone metadata) as `@govmini/ui/phone`. Styles:
// `import '@govmini/ui/styles.css'`.
export * from './core';
export * from './react';
