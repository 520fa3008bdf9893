// @govmini/feedback/open311 — FeedbackService over an Open311 GeoReport v2 server. See
// README.md in this folder for what maps to what and what Open311 cannot do.

export type { AttributeValues, CategoryOverride } from './categories';
export type { Open311Storage } from './local-store';
export { createMemoryOpen311Storage } from './local-store';
export type { CommuneDirectory, RejectionRule } from './mapping';
export type { MediaUploader } from './photos';
export { Open311Problem } from './problem';
export type { Open311Pagination } from './scan';
export type { Open311FeedbackServiceOptions } from './service';
export { createOpen311FeedbackService } from './service';
