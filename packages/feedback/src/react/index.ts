// @govmini/feedback's React part. Sending: FeedbackProvider → ReportForm (CategoryPicker,
// PhotoRedactor, LocationField, DuplicateCheck), OutboxStatus. Following up: MyReports,
// ReportDetail (ReportTimeline, RatingForm, ResolvedQuestion), PublicReports,
// PublicReportDetail. Every string comes from the screen's own messages.ts (Vietnamese; English is
// a locale pack loaded on demand, src/locales), overridable through GovMiniProvider's `messages`.
export * from './CategoryPicker';
export * from './DuplicateCheck';
export * from './FeedbackProvider';
export * from './icons';
export * from './LocationField';
export * from './MyReports';
export type { FeedbackCatalogue, FeedbackTranslate } from './messages';
export { defineFeedbackMessages, useFeedbackMessages, useLocalized } from './messages';
export * from './OutboxStatus';
export * from './PhotoRedactor';
export * from './PublicReportDetail';
export * from './PublicReports';
export * from './RatingForm';
export * from './ReportDetail';
export * from './ReportForm';
export * from './ReportTimeline';
export * from './ResolvedQuestion';
export * from './StatusBadge';
