// @govmini/dossier's React part. Filing: DossierProvider → ProcedureFlow (StartPage, QuestionPage,
// CheckAnswers, Declaration, Confirmation), DraftList. After filing: MyDossiers, DossierDetail
// (StatusTimeline, SupplementForm, FeePayment, CancelDossier, RatingForm), DossierLookup. Every string comes
// from the screen's own messages.ts (Vietnamese; English is the lazily loaded pack in
// src/locales/en.ts), overridable through GovMiniProvider.
export * from './CancelDossier';
export * from './CheckAnswers';
export * from './Confirmation';
export * from './Declaration';
export * from './DossierDetail';
export * from './DossierLookup';
export * from './DossierProvider';
export * from './DraftList';
export * from './FeePayment';
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
