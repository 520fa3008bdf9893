export type { CategoryIconSvgProps } from './CategoryIconSvg';
export { CategoryIconSvg, categoryIconNames } from './CategoryIconSvg';
