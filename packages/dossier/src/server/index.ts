// @govmini/dossier/server — Node only. The HTTP routes of openapi/dossier.yaml over any
// DossierService (the memory one in tests, a database-backed one in apps/server), and the
// submission checks a server runs with the same rules as the phone.
export type { CheckResult, SubmissionContext } from '../core/service/submission';
export { canonicalJson, checkAnswers, checkSubmission } from '../core/service/submission';
export type { DossierHttpAppOptions } from './http-app';
export { createDossierHttpApp, DOSSIER_REQUEST_HEADERS } from './http-app';
