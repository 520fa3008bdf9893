// Checks for what is read back from storage or the backend: JSON written by an older version,
// damaged by the host, or edited by hand must never reach the journey as a Draft.
import type { Answers, AnswerValue } from '../definition/types';
import type { RemoteDraft } from '../service/types';
import type { Draft } from './types';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

const isAnswerValue = (value: unknown, depth: number): value is AnswerValue => {
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) {
    // Lists: checkbox values, files, group items (answers one level down, no nested groups).
    return value.every((item) =>
      typeof item === 'string' ? true : isObject(item) && depth < 2 && isPlainRecord(item, depth),
    );
  }
  return isObject(value) && isPlainRecord(value, depth);
};

// Objects inside answers are addresses, files, appointments or group items: plain JSON.
const isPlainRecord = (value: Record<string, unknown>, depth: number): boolean =>
  Object.values(value).every(
    (inner) =>
      inner === undefined ||
      typeof inner === 'string' ||
      typeof inner === 'boolean' ||
      (typeof inner === 'number' && Number.isFinite(inner)) ||
      isAnswerValue(inner, depth + 1),
  );

export function isAnswers(value: unknown): value is Answers {
  return isObject(value) && Object.values(value).every((inner) => isAnswerValue(inner, 0));
}

const isOnBehalf = (value: unknown): boolean =>
  isObject(value) &&
  typeof value.relationship === 'string' &&
  isObject(value.filer) &&
  typeof value.filer.name === 'string';

const DELIVERY = ['in_person', 'online', 'post'];

/** The value as a Draft, or throws (platform storage treats a throw as "absent"). */
export function parseDraft(value: unknown): Draft {
  if (
    !isObject(value) ||
    typeof value.id !== 'string' ||
    !value.id ||
    typeof value.procedureId !== 'string' ||
    !Number.isSafeInteger(value.procedureVersion) ||
    !isAnswers(value.answers) ||
    typeof value.pageId !== 'string' ||
    !isTime(value.createdAt) ||
    !isTime(value.updatedAt) ||
    (value.syncedAt !== undefined && !isTime(value.syncedAt)) ||
    (value.returnToCheck !== undefined && typeof value.returnToCheck !== 'boolean') ||
    (value.onBehalf !== undefined && !isOnBehalf(value.onBehalf)) ||
    (value.resultDelivery !== undefined && !DELIVERY.includes(value.resultDelivery as string))
  ) {
    throw new TypeError('not a draft');
  }
  return value as unknown as Draft;
}

export function isRemoteDraft(value: unknown): value is RemoteDraft {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    !!value.id &&
    typeof value.procedureId === 'string' &&
    Number.isSafeInteger(value.procedureVersion) &&
    isAnswers(value.answers) &&
    typeof value.pageId === 'string' &&
    isTime(value.updatedAt) &&
    (value.onBehalf === undefined || isOnBehalf(value.onBehalf))
  );
}
