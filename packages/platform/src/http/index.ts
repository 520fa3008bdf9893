// @govmini/platform/http — the plumbing every GovMini HTTP client shares: a JSON request with a
// deadline, a file upload with progress and stall detection, and the outcome of either as data
// (an answer with its status, or offline / timeout / aborted) for each package to map to its
// own typed error. No React, no zmp-sdk; browser, Zalo WebView and Node.

export type { HttpAnswer, HttpFailure, HttpOutcome } from './outcome';
export { errorBodyOf, parseJsonBody } from './outcome';
export type { JsonRequest } from './request';
export { requestJson } from './request';
export type { UploadRequest } from './upload';
export { uploadWithProgress } from './upload';
