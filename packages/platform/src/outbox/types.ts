// The outbox's contract: one persisted entry per id, sent until the backend has it.
import type { StorageApi, SystemApi, Unsubscribe } from '../core/types';
import type { OutboxError } from './errors';

export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';

export interface OutboxEntry<Req, Res> {
  /** The caller's id (a draft id, a report's idempotency key): one entry per id. */
  readonly id: string;
  /** JSON-serialisable; stored before any attempt. */
  readonly request: Req;
  readonly state: OutboxState;
  /** Attempts made so far (an attempt is counted when it starts). */
  readonly attempts: number;
  /** Epoch ms; a backoff retry is not made before this. */
  readonly nextAttemptAt: number;
  /** What `send` resolved with, once `sent` (JSON-serialisable too: it is stored). */
  readonly result?: Res;
  /** `errorCode` of the last failure, while retrying or once `failed`. */
  readonly lastError?: string;
  readonly createdAt: number;
}

/** setTimeout/clearTimeout, replaceable in tests (the platform's ManualClock fits). */
export interface OutboxTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface OutboxOptions<Req, Res> {
  /** Platform storage; per user when signed in (`platform.storage.forUser(id)`). */
  readonly storage: StorageApi;
  /** Key prefix of this outbox's entries, e.g. `dossier:outbox:`; keys are prefix + id. */
  readonly namespace: string;
  /**
   * Sends one request; `entry` is the entry being attempted. It must be safe to call twice for
   * the same id (an idempotency key): after a lost answer or a kill mid-flight it is called
   * again. It should time out rather than hang: entries are sent one at a time.
   */
  readonly send: (request: Req, entry: OutboxEntry<Req, Res>) => Promise<Res>;
  /** True: the entry stays `pending` and is retried with backoff. False: it becomes `failed`. */
  readonly isRetryable: (error: unknown) => boolean;
  /** The code kept in `lastError` (default: the error's string `code`, else `unknown`). */
  readonly errorCode?: ((error: unknown) => string) | undefined;
  /**
   * Asked before each attempt (after the network check); false skips it without counting an
   * attempt: the entry waits for the next `drain()` or network change (e.g. no session yet).
   */
  readonly canSend?: (() => boolean | Promise<boolean>) | undefined;
  /** Checks a stored request at start (may throw: the entry is reported `corrupt`, skipped). */
  readonly validateRequest?: ((value: unknown) => Req) | undefined;
  /** Checks a stored result of a `sent` entry at start, like `validateRequest`. */
  readonly validateResult?: ((value: unknown) => Res) | undefined;
  /** For online/offline: nothing is attempted offline; coming online drains. */
  readonly system: Pick<SystemApi, 'getNetwork' | 'onNetworkChange'>;
  /**
   * Retry delays: `baseMs` (2 s) × 2 per attempt up to `maxMs` (5 min), with "equal jitter"
   * (between half and all of it, from `random`) so a province's phones do not all retry at
   * once after an outage.
   */
  readonly backoff?:
    | {
        baseMs?: number | undefined;
        maxMs?: number | undefined;
        random?: (() => number) | undefined;
      }
    | undefined;
  /** `sent` entries older than this (from `createdAt`) are dropped at start (default 30 days). */
  readonly keepSentMs?: number | undefined;
  readonly now?: (() => number) | undefined;
  readonly timers?: OutboxTimers | undefined;
}

export interface Outbox<Req, Res> {
  /**
   * Stores the entry, then tries to send it at once. Resolves with the entry as it is then
   * (`sent`, or `pending` waiting for the network or a retry, or `failed`). The same id again
   * returns the existing entry (the first request is kept), unless it `failed`: then the new
   * request replaces it and is sent (the caller fixed what was refused). Rejects with an
   * OutboxError (`storage_full`…) when it cannot be stored: nothing is sent unstored.
   */
  enqueue(id: string, request: Req): Promise<OutboxEntry<Req, Res>>;
  /** Oldest first. */
  items(): Promise<OutboxEntry<Req, Res>[]>;
  get(id: string): Promise<OutboxEntry<Req, Res> | undefined>;
  /**
   * Tries every pending entry now, backoff or not (also done at start and when the network
   * comes back; call it after sign-in or when the app is shown). Timers follow the backoff.
   */
  drain(): Promise<void>;
  /** A `failed` entry back to `pending` and tried now (a pending one is tried now). */
  retry(id: string): Promise<void>;
  /** Forgets the entry (storage too); `whenSent` waiters reject with `not_found`. */
  remove(id: string): Promise<void>;
  /** Every state change of any entry. */
  subscribe(listener: (entry: OutboxEntry<Req, Res>) => void): Unsubscribe;
  /**
   * Storage problems to tell the citizen about: `storage_full` (enqueue rejects with it too),
   * `storage_evicted` / `corrupt` (an entry was lost or unreadable at start), `unknown`.
   */
  onError(listener: (error: OutboxError) => void): Unsubscribe;
  /**
   * Resolves with the result once the entry is sent, waiting across retries and network
   * changes. Rejects with the error `send` threw when it fails for good (or OutboxError
   * `send_failed` for one that failed before a restart), `not_found` without an entry.
   */
  whenSent(id: string): Promise<Res>;
  /** Stops timers and listeners; an attempt in flight still records its outcome. */
  dispose(): void;
}
