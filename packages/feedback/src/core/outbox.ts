// The feedback outbox: "Gửi phản ánh" stores the report on the phone — its photos' bytes
// included (./photos/store) — before anything goes on the network, then sends it, retries and
// resumes after a restart until the backend has it. A thin wrapper over @govmini/platform's
// createOutbox (persistence, backoff, draining when back online).
//
// Exactly once: the entry id is the report's idempotency key, made once on the phone, and the
// backend returns the first report for a key it has seen, so sending twice is harmless. Photos
// are uploaded first; each upload's id is written down at once, so a retry after a kill or a
// lost answer uploads only what is missing. The bytes sent are the prepared ones (re-encoded,
// compressed, blurred): the picked original is never stored nor sent. Photos are deleted only
// once the entry is `sent`, so a kill at any point still finds what it needs.
import { isPlatformError, type StorageApi, type SystemApi } from '@govmini/platform';
import {
  createOutbox,
  type Outbox,
  type OutboxEntry,
  type OutboxOptions,
} from '@govmini/platform/outbox';
import { feedbackError } from './errors';
import { isStoredPhotoRef, loadPhoto, removePhotos, type StoredPhotoRef } from './photos/store';
import { FeedbackError, type FeedbackService, type MyReport, type NewReport } from './types';

export const FEEDBACK_OUTBOX_NAMESPACE = 'feedback:outbox:';
const UPLOADED_PREFIX = 'feedback:uploaded:';

/** The report without what the outbox fills in at send time. */
export type ReportDetails = Omit<NewReport, 'photoIds' | 'idempotencyKey'>;

/** What is persisted for a report waiting to be sent (JSON; photo bytes under their own keys). */
export interface QueuedReport {
  readonly idempotencyKey: string;
  readonly report: ReportDetails;
  readonly photos: readonly StoredPhotoRef[];
}

export type FeedbackOutboxEntry = OutboxEntry<QueuedReport, MyReport>;

/** Why a queued report cannot be sent although the backend never refused it. */
export class FeedbackOutboxError extends Error {
  override readonly name = 'FeedbackOutboxError';
  constructor(
    /** `photo_missing`: the host dropped a photo's bytes before it was uploaded. */
    readonly code: 'photo_missing',
    message: string,
  ) {
    super(message);
  }
}

export interface FeedbackOutbox extends Outbox<QueuedReport, MyReport> {
  /** Queues the report (its photos already stored) and starts sending it. Same key → same entry. */
  queue(request: QueuedReport): Promise<FeedbackOutboxEntry>;
  /** Deletes the entry and its photos (a report the citizen gave up on). */
  remove(id: string): Promise<void>;
  /** Deletes the entry but keeps its photos: they go back into a draft to be corrected. */
  release(id: string): Promise<void>;
}

export interface FeedbackOutboxOptions
  extends Pick<OutboxOptions<QueuedReport, MyReport>, 'backoff' | 'now' | 'timers'> {
  readonly storage: StorageApi;
  readonly service: FeedbackService;
  /** The app session, read at send time; none → the report waits (`unauthenticated`). */
  readonly getSessionToken: () => Promise<string | undefined>;
  readonly system: Pick<SystemApi, 'getNetwork' | 'onNetworkChange'>;
}

const RETRYABLE = new Set(['offline', 'timeout', 'server', 'unauthenticated']);

/**
 * Worth another try later: no network, no answer, a server fault, an expired session, or the
 * phone's storage failing for a moment (the upload note could not be written).
 */
export function isRetryableSendError(error: unknown): boolean {
  if (error instanceof FeedbackError) return RETRYABLE.has(error.code);
  return isPlatformError(error);
}

/** The code kept in an entry's `lastError` (a key of the outbox messages). */
export function sendErrorCode(error: unknown): string {
  if (error instanceof FeedbackError || error instanceof FeedbackOutboxError) return error.code;
  if (isPlatformError(error)) return error.code;
  return 'unknown';
}

/** A stored request, checked at start (a damaged one is reported `corrupt` and skipped). */
export function parseQueuedReport(value: unknown): QueuedReport {
  const v = value as Partial<QueuedReport> | null;
  const report = v?.report as Partial<ReportDetails> | undefined;
  if (
    !v ||
    typeof v.idempotencyKey !== 'string' ||
    !Array.isArray(v.photos) ||
    !v.photos.every(isStoredPhotoRef) ||
    !report ||
    typeof report.categoryId !== 'string' ||
    typeof report.description !== 'string' ||
    typeof report.location !== 'object' ||
    report.location === null ||
    typeof report.showName !== 'boolean' ||
    typeof report.publish !== 'boolean' ||
    typeof report.notify !== 'boolean'
  ) {
    throw new TypeError('outbox: not a queued report');
  }
  return v as QueuedReport;
}

const parseUploaded = (value: unknown): Record<string, string> => {
  if (typeof value !== 'object' || value === null) throw new TypeError('not an upload map');
  for (const id of Object.values(value)) {
    if (typeof id !== 'string') throw new TypeError('not an upload map');
  }
  return value as Record<string, string>;
};

export function createFeedbackOutbox(options: FeedbackOutboxOptions): FeedbackOutbox {
  const { storage, service, getSessionToken } = options;
  const uploadedKey = (key: string) => UPLOADED_PREFIX + key;

  const send = async (request: QueuedReport): Promise<MyReport> => {
    const token = await getSessionToken();
    if (!token) throw feedbackError('unauthenticated');
    const key = uploadedKey(request.idempotencyKey);
    const uploaded = (await storage.get(key, parseUploaded).catch(() => undefined)) ?? {};
    for (const photo of request.photos) {
      if (uploaded[photo.id]) continue;
      const blob = await loadPhoto(storage, photo.id);
      if (!blob) {
        throw new FeedbackOutboxError(
          'photo_missing',
          `outbox: the bytes of photo ${photo.id} of report ${request.idempotencyKey} are gone`,
        );
      }
      const stored = await service.uploadPhoto(token, blob, { name: photo.name, type: photo.type });
      uploaded[photo.id] = stored.id;
      // Written before going on: a retry must submit the same photo ids (the backend takes the
      // same key with other photos as a conflict). If it cannot be written, this attempt stops
      // here (retryable); the upload is re-done later, leaving an unused photo on the backend.
      await storage.set(key, uploaded);
    }
    return service.submit(token, {
      ...request.report,
      photoIds: request.photos.map((p) => uploaded[p.id] as string),
      idempotencyKey: request.idempotencyKey,
    });
  };

  const outbox = createOutbox<QueuedReport, MyReport>({
    storage,
    namespace: FEEDBACK_OUTBOX_NAMESPACE,
    send,
    isRetryable: isRetryableSendError,
    errorCode: sendErrorCode,
    // No session yet (signed out, or signing in): wait without spending an attempt.
    canSend: async () => Boolean(await getSessionToken()),
    validateRequest: parseQueuedReport,
    system: options.system,
    ...(options.backoff && { backoff: options.backoff }),
    ...(options.now && { now: options.now }),
    ...(options.timers && { timers: options.timers }),
  });

  const forget = async (entry: FeedbackOutboxEntry) => {
    await removePhotos(
      storage,
      entry.request.photos.map((p) => p.id),
    );
    await storage.remove(uploadedKey(entry.id)).catch(() => undefined);
  };
  // Sent: the backend has the photos, the phone no longer needs them.
  const unsubscribe = outbox.subscribe((entry) => {
    if (entry.state === 'sent') void forget(entry);
  });
  // …including reports sent just before the app was killed last time.
  void outbox
    .items()
    .then((entries) => Promise.all(entries.filter((e) => e.state === 'sent').map(forget)))
    .catch(() => undefined);

  // Delegation spelled out: the platform outbox may be a class instance (methods on a prototype).
  return {
    enqueue: (id, request) => outbox.enqueue(id, request),
    items: () => outbox.items(),
    get: (id) => outbox.get(id),
    drain: () => outbox.drain(),
    retry: (id) => outbox.retry(id),
    subscribe: (listener) => outbox.subscribe(listener),
    whenSent: (id) => outbox.whenSent(id),
    onError: (listener) => outbox.onError(listener),
    queue(request) {
      // enqueue resolves after the first attempt (uploads and all); the caller only needs to
      // know the report is stored, which the first event for it says.
      const id = request.idempotencyKey;
      return new Promise<FeedbackOutboxEntry>((resolve, reject) => {
        let done = false;
        const finish = (settle: () => void) => {
          if (done) return;
          done = true;
          off();
          settle();
        };
        const off = outbox.subscribe((entry) => {
          if (entry.id === id) finish(() => resolve(entry));
        });
        outbox.enqueue(id, request).then(
          (entry) => finish(() => resolve(entry)),
          (error) => finish(() => reject(error)),
        );
      });
    },
    async release(id) {
      await outbox.remove(id);
      await storage.remove(uploadedKey(id)).catch(() => undefined);
    },
    async remove(id) {
      const entry = await outbox.get(id);
      await outbox.remove(id);
      if (entry) await forget(entry);
    },
    dispose() {
      unsubscribe();
      outbox.dispose();
    },
  };
}
