// The submission outbox: "Gửi hồ sơ" is stored on the phone before anything goes on the
// network, then sent, retried and resumed after a restart until the backend has it. Storing,
// backoff with jitter, draining when back online and resuming after a kill are
// @govmini/platform/outbox's (shared with @govmini/feedback); this file adds what is dossier's.
//
// Exactly once = (1) one idempotency key per draft, derived from its id (./idempotency), and
// (2) the backend returning the first dossier for a key it has seen. Sending the same request
// twice is therefore safe, so a request found `sending` at start is simply sent again.
//
// Retryable: offline, timeout, server. An expired session waits as `pending` (it is sent once
// a session exists again); other errors are final (`failed`), and the draft is untouched so
// the citizen can fix it and submit again, with the same key.
import { isPlatformError } from '@govmini/platform';
import {
  createOutbox as createPlatformOutbox,
  isOutboxError,
  type OutboxEntry,
  type OutboxError,
} from '@govmini/platform/outbox';
import { AttachmentError } from '../attachments/errors';
import { dossierError, isDossierError } from '../service/errors';
import { dossierErrorMessages } from '../service/messages';
import {
  type Dossier,
  DossierError,
  type DossierErrorCode,
  isRetryable,
  type SubmitRequest,
} from '../service/types';
import type { Outbox, OutboxOptions } from './api';
import { DraftStorageError } from './errors';
import { withDraftKey } from './idempotency';
import { parseSentDossier, parseSubmitRequest } from './outbox-shape';
import type { OutboxItem } from './types';

export const OUTBOX_KEY_PREFIX = 'dossier:outbox:';

type Entry = OutboxEntry<SubmitRequest, Dossier>;

/** The code kept in `lastError`. */
function codeOf(error: unknown): string {
  if (error instanceof DossierError || error instanceof AttachmentError) return error.code;
  if (isPlatformError(error, 'offline') || isPlatformError(error, 'timeout')) return error.code;
  return 'unknown';
}

const mayRetry = (error: unknown) =>
  isRetryable(error) ||
  isDossierError(error, 'unauthenticated') ||
  isPlatformError(error, 'offline') ||
  isPlatformError(error, 'timeout');

/** The error `whenSent` rejects with for an item that failed before a restart. */
const errorOf = (code = 'unknown'): DossierError =>
  Object.hasOwn(dossierErrorMessages.vi, code)
    ? dossierError(code as DossierErrorCode)
    : dossierError('unknown', { cause: code });

/** The outbox's storage problems in the drafts' own terms (same codes, keys named). */
function toDraftStorageError(error: OutboxError): DraftStorageError {
  const code =
    error.code === 'storage_full' || error.code === 'storage_evicted' || error.code === 'corrupt'
      ? error.code
      : 'unknown';
  return new DraftStorageError(code, { keys: error.key ? [error.key] : [], cause: error });
}

const rethrow = (error: unknown): never => {
  throw isOutboxError(error) && error.code !== 'disposed' ? toDraftStorageError(error) : error;
};

/** Entries as the dossier API's items; one object per entry, so React sees stable values. */
const items = new WeakMap<Entry, OutboxItem>();
function toItem(entry: Entry): OutboxItem {
  let item = items.get(entry);
  if (!item) {
    const { id, result, lastError, ...rest } = entry;
    item = {
      draftId: id,
      ...rest,
      ...(result !== undefined && { dossier: result }),
      ...(lastError !== undefined && { lastError }),
    };
    items.set(entry, item);
  }
  return item;
}

export function createOutbox(options: OutboxOptions): Outbox {
  const { service, getSessionToken, beforeSend } = options;
  const token = () => getSessionToken().catch(() => undefined);

  const outbox = createPlatformOutbox<SubmitRequest, Dossier>({
    storage: options.storage,
    namespace: OUTBOX_KEY_PREFIX,
    system: options.system,
    backoff: options.backoff,
    now: options.now,
    timers: options.timers,
    validateRequest: parseSubmitRequest,
    validateResult: parseSentDossier,
    // No session: the item waits, unattempted (the app drains after sign-in).
    canSend: async () => Boolean(await token()),
    async send(request, entry) {
      const session = await token();
      if (!session) throw dossierError('unauthenticated');
      const prepared = beforeSend ? await beforeSend(request) : request;
      return service.submit(session, withDraftKey(entry.id, prepared));
    },
    isRetryable: mayRetry,
    errorCode: codeOf,
  });

  return {
    enqueue: (draftId, request) =>
      outbox.enqueue(draftId, withDraftKey(draftId, request)).then(toItem, rethrow),
    items: async () => (await outbox.items()).map(toItem),
    get: async (draftId) => {
      const entry = await outbox.get(draftId);
      return entry && toItem(entry);
    },
    drain: () => outbox.drain(),
    subscribe: (listener) => outbox.subscribe((entry) => listener(toItem(entry))),
    onError: (listener) => outbox.onError((error) => listener(toDraftStorageError(error))),
    whenSent: (draftId) =>
      outbox.whenSent(draftId).catch((error: unknown) => {
        if (isOutboxError(error, 'not_found')) {
          throw dossierError('not_found', { cause: `no outbox item for draft ${draftId}` });
        }
        if (isOutboxError(error, 'send_failed')) throw errorOf(error.lastError);
        throw error;
      }),
    dispose: () => outbox.dispose(),
  };
}
