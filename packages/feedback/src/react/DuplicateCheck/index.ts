export type { DuplicateCheckProps } from './DuplicateCheck';
export { DuplicateCheck } from './DuplicateCheck';
export { duplicateCheckMessages } from './messages';
