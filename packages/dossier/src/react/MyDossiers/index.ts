export type { DossierFilter, DossierLinkProps, MyDossiersProps } from './MyDossiers';
export { MyDossiers } from './MyDossiers';
export { myDossiersMessages } from './messages';
