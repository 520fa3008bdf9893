export type { DossierContextValue, PrefillValues } from './context';
export { DossierContext, MissingDossierProviderError, useDossier } from './context';
export type { DossierProviderProps } from './DossierProvider';
export { DossierProvider } from './DossierProvider';
