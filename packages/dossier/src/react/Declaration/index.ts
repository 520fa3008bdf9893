export type { DeclarationProps, SubmitFailure } from './Declaration';
export { Declaration } from './Declaration';
export { declarationMessages } from './messages';
