export { photoRedactorMessages } from './messages';
export type { PhotoRedactorProps } from './PhotoRedactor';
export { PhotoRedactor } from './PhotoRedactor';
