export { publicReportDetailMessages } from './messages';
export type { PublicReportDetailProps } from './PublicReportDetail';
export { PublicReportDetail } from './PublicReportDetail';
