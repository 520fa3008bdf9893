export type { FormStep, ReportDraft } from './draft';
export { DRAFT_KEY } from './draft';
export { reportFormMessages } from './messages';
export type { ReportFormProps } from './ReportForm';
export { ReportForm } from './ReportForm';
export type { ReportSentProps } from './ReportSent';
export { ReportSent } from './ReportSent';
