// Drafts, the submission outbox and their storage errors (see api.ts for the contract).
export type {
  AttachmentQueue,
  AttachmentQueueOptions,
  AttachmentUpload,
  CompressOptions,
  DraftChange,
  DraftStore,
  DraftStoreOptions,
  Outbox,
  OutboxOptions,
  Timers,
} from './api';
export { createDraftStore, DRAFT_KEY_PREFIX, REMOVED_DRAFTS_KEY } from './draft-store';
export type { DraftStorageErrorCode } from './errors';
export { DraftStorageError, isDraftStorageError } from './errors';
export { draftIdOfKey, IDEMPOTENCY_KEY_PREFIX, idempotencyKeyFor } from './idempotency';
export { migrateDraft } from './migrate';
export { createOutbox, OUTBOX_KEY_PREFIX } from './outbox';
export { createSubmitRequest } from './submit-request';
export type { Draft, DraftMigration, OutboxItem, OutboxState } from './types';
