// An attachment's record in platform storage (its bytes live under their own key). Checked on
// the way back in: a damaged record is skipped, never turned into a half-known upload.
import type { FileAnswer } from '../definition/types';

export interface StoredUpload {
  readonly localId: string;
  readonly fieldId: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  /** `uploading` is stored as `queued`: after a restart it starts over. */
  readonly state: 'queued' | 'done' | 'failed';
  readonly result?: FileAnswer;
  readonly error?: string;
  /** Whether its bytes were kept. */
  readonly persisted: boolean;
  readonly procedureId?: string;
  readonly createdAt: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function isFileAnswer(value: unknown): value is FileAnswer {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    typeof value.type === 'string' &&
    typeof value.size === 'number'
  );
}

export function parseStoredUpload(value: unknown): StoredUpload {
  if (
    !isObject(value) ||
    typeof value.localId !== 'string' ||
    typeof value.fieldId !== 'string' ||
    typeof value.name !== 'string' ||
    typeof value.type !== 'string' ||
    typeof value.size !== 'number' ||
    !['queued', 'done', 'failed'].includes(value.state as string) ||
    (value.state === 'done' && !isFileAnswer(value.result)) ||
    (value.error !== undefined && typeof value.error !== 'string') ||
    typeof value.persisted !== 'boolean' ||
    (value.procedureId !== undefined && typeof value.procedureId !== 'string') ||
    typeof value.createdAt !== 'number'
  ) {
    throw new TypeError('not a stored upload');
  }
  return value as unknown as StoredUpload;
}
