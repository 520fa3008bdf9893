// What a mini app runs without React: procedure definitions (evaluate, validate, read), the
// backend contract and its HTTP client, drafts, the outbox and attachments. The main entry
// re-exports it beside the screens; `@govmini/dossier/core` (./index.ts) adds the tools for
// writing and checking definitions, which servers, build steps and tests use.

// ── Languages: English, loaded on demand (`await loadLocale('en')` from @govmini/ui loads it) ──
export { dossierLocalePack } from '../locales/pack';
// ── On the phone: drafts, the outbox, attachments ──────────────────────────────────────────
export * from './attachments/index';
// ── Procedure definitions ──────────────────────────────────────────────────────────────────
export type {
  AnswerIssue,
  AnswerIssueCode,
  ParseProcedureResult,
  ProcedureIssue,
} from './definition/api';
export {
  DEFAULT_ACCEPT,
  DEFAULT_HORIZON_DAYS,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_FILES,
  DEFAULT_MAX_ITEMS,
} from './definition/defaults';
export type { EvaluateOptions, ExpressionValue } from './definition/expression';
export { collectReferences, evaluate, holds } from './definition/expression';
export type { FlowOptions } from './definition/flow';
export {
  computeFee,
  fieldById,
  isRequired,
  pageOfField,
  pruneAnswers,
  visibleFields,
  visibleItemFields,
  visiblePages,
} from './definition/flow';
export type {
  AnswerIssueMessageOptions,
  AnswerMessageKey,
  MessageLocale,
} from './definition/messages';
export { answerIssueMessage, answerIssueMessages } from './definition/messages';
export { readProcedure } from './definition/read';
export type * from './definition/types';
export type { ValidateOptions } from './definition/validate';
export { validateAnswers } from './definition/validate';
export * from './drafts/index';
// ── Fees: payment rules, transfer content, VietQR payload, amount in words ─────────────────
export * from './payment/index';
// ── The backend contract ───────────────────────────────────────────────────────────────────
export { dossierError, isDossierError, toDossierError } from './service/errors';
export type { HttpDossierServiceOptions } from './service/http-service';
export { createHttpDossierService } from './service/http-service';
export type { DossierLocale } from './service/messages';
export { dossierErrorMessage, dossierErrorMessages } from './service/messages';
export { ACCEPTED_FILE_TYPES, cleanFileName, sniffBlobType, sniffFileType } from './service/sniff';
export type { DossierStatusKey } from './service/status';
export {
  canCancel,
  canRate,
  canSupplement,
  daysLeft,
  dueDateFor,
  isDossierStatus,
  isFinal,
  needsCitizen,
  statusKey,
  workingDaysLeft,
} from './service/status';
export type { CheckResult, SubmissionContext } from './service/submission';
export { checkAnswers, checkSubmission } from './service/submission';
export type {
  AppointmentSlot,
  Dossier,
  DossierErrorCode,
  DossierPayment,
  DossierResult,
  DossierService,
  DossierStatusCode,
  DossierSummary,
  PaymentStatus,
  PublicDossierStatus,
  Rating,
  RatingLevel,
  RemoteDraft,
  StatusEvent,
  SubmitRequest,
  SupplementRequest,
  UploadOptions,
} from './service/types';
export { DOSSIER_STATUS, DossierError, isRetryable } from './service/types';
