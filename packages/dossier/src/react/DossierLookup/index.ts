export type { DossierLookupProps } from './DossierLookup';
export { DossierLookup } from './DossierLookup';
export { dossierLookupMessages } from './messages';
