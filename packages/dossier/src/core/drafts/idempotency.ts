// The idempotency key of a submission is derived from its draft id, never random.
//
// Why: the key is what makes a retried submission return the first dossier instead of filing a
// second one. A random key minted at "Gửi hồ sơ" would be lost with the app whenever it is
// killed between minting and storing it, and the reloaded app would mint another one — two
// keys, two dossiers. The draft id already exists before the citizen submits, is stored with
// the draft, is synced to the backend and is the same on every retry, every restart and every
// phone that continues the draft. So one draft can only ever be one dossier.
import type { SubmitRequest } from '../service/types';

export const IDEMPOTENCY_KEY_PREFIX = 'draft:';

/** The one idempotency key a draft's submission ever uses. */
export const idempotencyKeyFor = (draftId: string): string => IDEMPOTENCY_KEY_PREFIX + draftId;

/** The draft id a key was derived from, or undefined for keys made elsewhere. */
export const draftIdOfKey = (key: string): string | undefined =>
  key.startsWith(IDEMPOTENCY_KEY_PREFIX) ? key.slice(IDEMPOTENCY_KEY_PREFIX.length) : undefined;

/** The request with the draft's key, whatever key it came with. */
export const withDraftKey = (draftId: string, request: SubmitRequest): SubmitRequest =>
  request.idempotencyKey === idempotencyKeyFor(draftId)
    ? request
    : { ...request, idempotencyKey: idempotencyKeyFor(draftId) };
