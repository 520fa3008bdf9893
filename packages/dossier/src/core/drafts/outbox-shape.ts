// What the outbox reads back from storage must be a whole request (and, once sent, a dossier):
// a damaged entry is skipped and reported (the draft itself is still there, so the citizen can
// submit it again safely). The entry's own fields are checked by @govmini/platform/outbox.
import type { Dossier, SubmitRequest } from '../service/types';
import { isAnswers } from './draft-shape';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseSubmitRequest(value: unknown): SubmitRequest {
  if (
    !isObject(value) ||
    typeof value.procedureId !== 'string' ||
    !Number.isSafeInteger(value.procedureVersion) ||
    !isAnswers(value.answers) ||
    typeof value.resultDelivery !== 'string' ||
    typeof value.idempotencyKey !== 'string' ||
    typeof value.declaredAt !== 'string'
  ) {
    throw new TypeError('not a submit request');
  }
  return value as unknown as SubmitRequest;
}

export function parseSentDossier(value: unknown): Dossier {
  if (!isObject(value) || typeof value.code !== 'string') throw new TypeError('not a dossier');
  return value as unknown as Dossier;
}
