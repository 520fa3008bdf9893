// @govmini/feedback/core — everything without React: the contract, validation shared by phone
// and server, duplicate detection and public search, the HTTP client, the outbox and the
// on-device photo pipeline (compress, blur what the citizen marked; the original never leaves).

export { feedbackLocalePack } from '../locales/pack';
export { feedbackError, isFeedbackError, toFeedbackError } from './errors';
export type { HttpFeedbackServiceOptions } from './http-service';
export { createHttpFeedbackService } from './http-service';
export type { FeedbackLocale, StatusText } from './messages';
export {
  feedbackErrorMessage,
  feedbackErrorMessages,
  reportIssueMessage,
  reportIssueMessages,
  reportStatusMessages,
  reportStatusText,
} from './messages';
export type {
  FeedbackOutbox,
  FeedbackOutboxEntry,
  FeedbackOutboxOptions,
  QueuedReport,
  ReportDetails,
} from './outbox';
export {
  createFeedbackOutbox,
  FEEDBACK_OUTBOX_NAMESPACE,
  FeedbackOutboxError,
  isRetryableSendError,
} from './outbox';
export * from './photos/index';
export {
  checkPublicQuery,
  PUBLIC_PAGE_MAX,
  PUBLIC_PAGE_SIZE,
  queryPublicReports,
} from './public-query';
export type { DuplicateMatch, DuplicateOptions } from './similarity';
export {
  DEFAULT_DUPLICATE_RADIUS,
  distanceMetres,
  matchesText,
  rankDuplicates,
  textSimilarity,
} from './similarity';
export type { PhotoType } from './sniff';
export { PHOTO_TYPES, sniffPhotoType } from './sniff';
export {
  canConfirmResolved,
  canRate,
  isOpenStatus,
  isPubliclyListed,
  isReportStatus,
  REPORT_STATUSES,
} from './status';
export type * from './types';
export type { FeedbackErrorCode } from './types';
export { FeedbackError } from './types';
export type { ValidateReportOptions } from './validate';
export {
  COMMENT_MAX_CHARACTERS,
  countCharacters,
  DESCRIPTION_MAX_CHARACTERS,
  hasControlCharacters,
  normalizeDescription,
  PHOTOS_MAX,
  PHOTOS_MIN,
  validateNewReport,
  validateRating,
  validateResolvedAnswer,
} from './validate';
