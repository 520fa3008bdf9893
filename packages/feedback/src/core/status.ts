// What a report's status allows: who may still join it, rate it or say whether it was solved.
// The memory service, apps/server and the screens all ask these, so they never disagree.
import type { MyReport, PublicReport, ReportStatus } from './types';

/** Every status, in the order a report moves through them. */
export const REPORT_STATUSES: readonly ReportStatus[] = [
  'sent',
  'received',
  'in_progress',
  'answered',
  'closed',
  'rejected',
];

export const isReportStatus = (value: unknown): value is ReportStatus =>
  typeof value === 'string' && (REPORT_STATUSES as readonly string[]).includes(value);

/** Still open: duplicates are looked for, and "Tôi cũng gặp" is offered, only among these. */
export const isOpenStatus = (status: ReportStatus): boolean =>
  status !== 'closed' && status !== 'rejected';

/** Shown in the public list: the agency has answered (and may have closed it since). */
export const isPubliclyListed = (report: Pick<PublicReport, 'status' | 'answer'>): boolean =>
  (report.status === 'answered' || report.status === 'closed') && report.answer !== undefined;

/** The reporter rates once, after the answer. */
export const canRate = (report: Pick<MyReport, 'role' | 'status' | 'answer' | 'rating'>): boolean =>
  report.role === 'reporter' &&
  report.answer !== undefined &&
  (report.status === 'answered' || report.status === 'closed') &&
  report.rating === undefined;

/**
 * "Đã được giải quyết chưa?" is asked of the reporter after the answer (or the agency closing
 * it), until they reply. "Chưa" reopens the report (back to `in_progress`), so it is asked
 * again once the report is answered again; "Rồi" ends it.
 */
export const canConfirmResolved = (
  report: Pick<MyReport, 'role' | 'status' | 'answer' | 'resolved'>,
): boolean =>
  report.role === 'reporter' &&
  report.answer !== undefined &&
  (report.status === 'answered' || report.status === 'closed') &&
  report.resolved?.resolved !== true;
