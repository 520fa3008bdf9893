// @govmini/feedback/server — Node only. The HTTP routes of openapi/feedback.yaml over any
// FeedbackService (the memory one in tests, a database-backed one in apps/server), and the
// public-list filtering a server runs with the same rules as the memory backend.
export {
  checkPublicQuery,
  decodeCursor,
  encodeCursor,
  queryPublicReports,
} from '../core/public-query';
export { rankDuplicates } from '../core/similarity';
export { validateNewReport } from '../core/validate';
export type { FeedbackHttpAppOptions } from './http-app';
export { createFeedbackHttpApp, FEEDBACK_REQUEST_HEADERS } from './http-app';
