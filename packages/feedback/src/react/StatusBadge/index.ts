export type { ReportStatusTagProps } from './ReportStatusTag';
export { ReportStatusTag, reportStatusTone, useReportStatusText } from './ReportStatusTag';
