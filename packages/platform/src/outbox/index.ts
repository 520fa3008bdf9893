// @govmini/platform/outbox — exactly-once sending for what a citizen submits on a patchy
// network: stored on the phone first, sent with the caller's idempotency key, retried with
// backoff, resumed after a kill or a restart, drained when the network comes back.
// No React, no zmp-sdk.

export type { OutboxErrorCode, OutboxErrorOptions } from './errors';
export { isOutboxError, OutboxError, outboxErrorMessages } from './errors';
export { createOutbox } from './outbox';
export type { Outbox, OutboxEntry, OutboxOptions, OutboxState, OutboxTimers } from './types';
