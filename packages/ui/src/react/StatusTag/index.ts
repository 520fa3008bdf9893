export type { DossierStatusCode, StatusTagProps, StatusTone } from './StatusTag';
export { dossierStatusCodes, dossierStatusTone, StatusTag } from './StatusTag';
