// Signatures of the drafts, outbox and attachment parts (implemented beside this file and in
// ../attachments). The React journey and the sample app build on exactly these.
import type { StorageApi, SystemApi, Unsubscribe } from '@govmini/platform';
import type { Answers, FileAnswer, ProcedureDefinition } from '../definition/types';
import type { Dossier, DossierService, SubmitRequest } from '../service/types';
import type { DraftStorageError } from './errors';
import type { Draft, DraftMigration, OutboxItem } from './types';

/** setTimeout/clearTimeout replacement for tests (the platform's ManualClock fits). */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A change to a draft; `undefined` clears an optional key (e.g. `onBehalf` back to "for myself"). */
export type DraftChange = {
  readonly [K in Exclude<keyof Draft, 'id' | 'createdAt'>]?: Draft[K] | undefined;
};

export interface DraftStoreOptions {
  /** Platform storage; pass `platform.storage.forUser(id)` when signed in. */
  readonly storage: StorageApi;
  /** Debounce for `update` (default 400 ms); `flush()` writes at once (app hidden, page change). */
  readonly debounceMs?: number;
  readonly now?: () => number;
  /** Random id source (default crypto.randomUUID). */
  readonly newId?: () => string;
  /** For the debounce (default the global timers). */
  readonly timers?: Timers;
}

export interface DraftStore {
  /**
   * A new draft at the first page. When storage is full it still resolves (the draft lives in
   * memory, the citizen can go on) and the failure goes to `onError`; every flush retries.
   */
  create(procedure: ProcedureDefinition): Promise<Draft>;
  /** Rejects with DraftStorageError `storage_evicted` when the host dropped it. */
  get(id: string): Promise<Draft | undefined>;
  /** Newest first: the "Hồ sơ đang làm dở" list. */
  list(): Promise<Draft[]>;
  /** Merges a change into the draft in memory at once, persisted debounced. */
  update(id: string, change: DraftChange): void;
  /** Writes pending updates now. Resolves once stored; rejects with a DraftStorageError. */
  flush(): Promise<void>;
  /** Also forgotten by the backend at the next `sync`. */
  remove(id: string): Promise<void>;
  /** Listen for any change (for lists). */
  subscribe(listener: () => void): Unsubscribe;
  /**
   * Storage problems to tell the citizen about: `storage_full` (a change could not be saved;
   * it is kept in memory and retried), `storage_evicted` (Zalo dropped drafts we no longer
   * hold in memory), `corrupt` (an unreadable entry, skipped by `list`).
   */
  onError(listener: (error: DraftStorageError) => void): Unsubscribe;
  /**
   * Moves a draft to a newer definition, saying what must be re-entered. A draft of this store
   * is replaced by the migrated one (saved like an `update`).
   */
  migrate(draft: Draft, procedure: ProcedureDefinition): DraftMigration;
  /**
   * Two-way sync with the backend (newer `updatedAt` wins per draft; a local edit made during
   * the sync always wins). Rejects with the first DossierError; the other drafts still sync.
   */
  sync(service: DossierService, sessionToken: string): Promise<void>;
  /** Writes what is pending (no wait) and stops listening to storage; for a provider unmount. */
  dispose(): void;
}

export interface OutboxOptions {
  readonly storage: StorageApi;
  readonly service: DossierService;
  /** Current session token; `undefined` pauses sending. */
  readonly getSessionToken: () => Promise<string | undefined>;
  /** For online/offline: sending resumes on `onNetworkChange` to online. */
  readonly system: Pick<SystemApi, 'getNetwork' | 'onNetworkChange'>;
  /** Backoff: base 2 s, ×2, max 5 min, with jitter (defaults). */
  readonly backoff?: { baseMs?: number; maxMs?: number; random?: () => number };
  readonly now?: () => number;
  /** setTimeout/clearTimeout replacement for tests (the platform's ManualClock fits). */
  readonly timers?: Timers;
  /**
   * Last step before each attempt, e.g. upload queued attachments and swap `local:` ids
   * (AttachmentQueue.resolve). A throw counts as a failed attempt (retried if retryable).
   */
  readonly beforeSend?: (request: SubmitRequest) => Promise<SubmitRequest>;
}

export interface Outbox {
  /**
   * Persists the request first, then tries to send. Resolves with the dossier when sent now,
   * or with the queued item when offline/failing (it is retried). Enqueueing the same draft
   * again returns the existing item (never a second request with a new key).
   */
  enqueue(draftId: string, request: SubmitRequest): Promise<OutboxItem>;
  items(): Promise<OutboxItem[]>;
  get(draftId: string): Promise<OutboxItem | undefined>;
  /**
   * Try every pending item now, backoff or not (also done on start and on network online;
   * call it after sign-in or when the app is shown). Timers alone follow the backoff.
   */
  drain(): Promise<void>;
  /** Fires on every state change of any item. */
  subscribe(listener: (item: OutboxItem) => void): Unsubscribe;
  /**
   * Storage problems: `storage_full` (enqueue rejects with it too: nothing is sent unstored),
   * `storage_evicted` / `corrupt` (a queued item was lost: its draft is intact, submitting it
   * again is safe, the key is the same).
   */
  onError(listener: (error: DraftStorageError) => void): Unsubscribe;
  /** Resolves when this draft's item is sent (the dossier) — waits across retries. */
  whenSent(draftId: string): Promise<Dossier>;
  dispose(): void;
}

/** Compress an image on the device (canvas) to fit `maxBytes`, longest side ≤ `maxDimension`. */
export interface CompressOptions {
  readonly maxBytes: number;
  /** Default 2048 px. */
  readonly maxDimension?: number;
  /** Output type (default image/jpeg). */
  readonly type?: 'image/jpeg' | 'image/webp';
  /** Types kept as they are when already small enough (default jpeg, png, webp). */
  readonly accept?: readonly string[];
}

export interface AttachmentQueueOptions {
  /** Platform storage (per user when signed in), where queued files' bytes are kept. */
  readonly storage: StorageApi;
  readonly service: DossierService;
  /** `undefined` pauses uploading (files stay queued). */
  readonly getSessionToken: () => Promise<string | undefined>;
  /** Default: compressImage (canvas); inject one in tests or to use a native encoder. */
  readonly compress?: (file: Blob, options: CompressOptions) => Promise<Blob>;
  /**
   * Largest file whose bytes are kept in platform storage until uploaded (default 640 KB;
   * see queue.ts for why). Bigger files upload from memory: a kill before the upload loses them.
   */
  readonly maxStoredBytes?: number;
  /** Automatic retries of a retryable upload failure (default 3, backoff from 2 s). */
  readonly retry?: { readonly attempts?: number; readonly baseMs?: number };
  readonly timers?: Timers;
  /** Random id source (default crypto.randomUUID); local ids are `local:<id>`. */
  readonly newId?: () => string;
}

export interface AttachmentUpload {
  readonly localId: string;
  readonly fieldId: string;
  readonly name: string;
  readonly state: 'queued' | 'compressing' | 'uploading' | 'done' | 'failed';
  /** 0..1 */
  readonly progress: number;
  readonly result?: FileAnswer;
  /**
   * Why the last upload failed: a DossierErrorCode from the backend (`offline`, `too_large`,
   * `unsupported_type`…), or `attachment_lost`. Problems found before queuing (`too_large`,
   * `file_type`, `heic_unsupported`, `cannot_compress`) reject `add` with an AttachmentError.
   */
  readonly error?: string;
  /** After compression: what is uploaded. */
  readonly type?: string;
  readonly size?: number;
  /** The bytes are kept on the phone until uploaded, so a kill does not lose the file. */
  readonly persisted?: boolean;
}

/** Uploads with progress, retry and limits; bytes of queued files persist (survive a kill). */
export interface AttachmentQueue {
  add(
    fieldId: string,
    file: Blob,
    options: {
      name: string;
      limits: { maxBytes: number; accept: readonly string[] };
      /** Lets the backend apply the field's own limits at upload time. */
      procedureId?: string;
    },
  ): Promise<AttachmentUpload>;
  retry(localId: string): Promise<AttachmentUpload>;
  remove(localId: string): Promise<void>;
  list(fieldId?: string): AttachmentUpload[];
  subscribe(listener: () => void): Unsubscribe;
  /**
   * Replace `local:` ids in answers with server ids once uploaded (before submit). Throws when
   * one is not uploaded yet: a retryable DossierError (`offline`) while it may still go, the
   * upload's own DossierError when it failed for good, AttachmentError `attachment_lost`.
   */
  resolve(answers: Answers): Answers;
  /**
   * Uploads (or retries) every file the answers name, waits for them, then `resolve`s. What
   * the outbox's `beforeSend` should call: `answers: await attachments.prepare(request.answers)`.
   */
  prepare(answers: Answers): Promise<Answers>;
  /** Resolves once the files queued before the last restart are loaded. */
  readonly ready: Promise<void>;
  /** Stops retry timers (an upload in flight still finishes and is recorded). */
  dispose(): void;
}

export type { Dossier, SubmitRequest };
