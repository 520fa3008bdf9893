export { reportDetailMessages } from './messages';
export type { ReportDetailProps } from './ReportDetail';
export { ReportDetail } from './ReportDetail';
export { serviceErrorMessages } from './service-error';
