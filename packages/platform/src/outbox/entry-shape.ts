// What the outbox reads back must be a whole entry: a damaged one (or one from an incompatible
// version) is skipped and reported `corrupt`, never sent half-read.
import type { OutboxEntry, OutboxState } from './types';

const STATES: readonly OutboxState[] = ['pending', 'sending', 'sent', 'failed'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Throws a TypeError for anything that is not an entry stored under `id`. */
export function parseEntry<Req, Res>(
  value: unknown,
  id: string,
  validateRequest?: (value: unknown) => Req,
  validateResult?: (value: unknown) => Res,
): OutboxEntry<Req, Res> {
  if (
    !isObject(value) ||
    value.id !== id ||
    !('request' in value) ||
    !STATES.includes(value.state as OutboxState) ||
    !Number.isSafeInteger(value.attempts) ||
    (value.attempts as number) < 0 ||
    !isTime(value.nextAttemptAt) ||
    !isTime(value.createdAt) ||
    (value.lastError !== undefined && typeof value.lastError !== 'string')
  ) {
    throw new TypeError(`outbox: the entry stored for ${id} is not an outbox entry`);
  }
  // The validators' results are used, so a schema's `parse` may also normalise.
  return {
    ...value,
    ...(validateRequest && { request: validateRequest(value.request) }),
    ...(value.state === 'sent' && validateResult && { result: validateResult(value.result) }),
  } as unknown as OutboxEntry<Req, Res>;
}
