export type { DossierDetailProps } from './DossierDetail';
export { DossierDetail } from './DossierDetail';
export { dossierDetailMessages } from './messages';
export type { ResultSectionProps } from './sections';
export { serviceErrorMessages } from './service-error';
