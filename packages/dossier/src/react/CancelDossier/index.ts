export type { CancelDossierProps } from './CancelDossier';
export { CANCEL_REASON_MAX, CancelDossier } from './CancelDossier';
export { cancelDossierMessages } from './messages';
