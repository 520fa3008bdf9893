// The in-package name used by the follow-up screens. The package itself exports the component
// as CategoryIconSvg: `CategoryIcon` is the contract's type of icon names (core/types.ts).
export { CategoryIconSvg as CategoryIcon } from './CategoryIconSvg';
