export type { MyReportsProps, ReportLinkProps } from './MyReports';
export { MyReports } from './MyReports';
export { myReportsMessages } from './messages';
