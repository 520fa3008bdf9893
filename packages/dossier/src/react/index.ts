// @govmini/dossier's React part. Filing: DossierProvider → ProcedureFlow (StartPage, QuestionPage,
// CheckAnswers, Declaration, Confirmation), DraftList. After filing: MyDossiers, DossierDetail
// (StatusTimeline, SupplementForm, CancelDossier, RatingForm), DossierLookup. Every string comes
// from the screen's own messages.ts (vi first, en second), overridable through GovMiniProvider.
export * from './CancelDossier';
export * from './CheckAnswers';
export * from './Confirmation';
export * from './Declaration';
export * from './DossierDetail';
export * from './DossierLookup';
export * from './DossierProvider';
export * from './DraftList';
export * from './fields';
export * from './MyDossiers';
export type { DossierCatalogue, DossierTranslate } from './messages';
export { defineDossierMessages, useDossierMessages, useLocalized } from './messages';
export * from './ProcedureFlow';
export * from './QuestionPage';
export * from './RatingForm';
export * from './StartPage';
export * from './StatusTimeline';
export * from './SupplementForm';
export type { RenderScreenLink, ScreenLinkProps } from './screen-link';
