// What went wrong keeping drafts and outbox items on the phone. Never swallowed: the UI must
// tell the citizen when a draft could not be saved (storage full) or was dropped by Zalo
// (eviction), because "saved" is a promise the app makes.
import { isPlatformError } from '@govmini/platform';

export type DraftStorageErrorCode =
  /** The write did not fit; the change is kept in memory and retried on the next flush. */
  | 'storage_full'
  /** The host dropped entries we wrote (Zalo evicts oldest first when its 5 MB fill up). */
  | 'storage_evicted'
  /** An entry was unreadable (damaged or from an incompatible version); it is skipped. */
  | 'corrupt'
  | 'unknown';

// Citizen-facing, Vietnamese (the `message`); the React layer may show its own catalogue text
// by `code` instead.
const MESSAGES: Readonly<Record<DraftStorageErrorCode, string>> = {
  storage_full:
    'Bộ nhớ của ứng dụng trên điện thoại đã đầy nên chưa lưu được hồ sơ. Những gì đã nhập vẫn còn trên màn hình; vui lòng xoá bớt hồ sơ nháp cũ rồi thử lại.',
  storage_evicted:
    'Một số hồ sơ nháp lưu trên điện thoại đã bị Zalo xoá vì bộ nhớ đầy. Vui lòng kiểm tra lại danh sách hồ sơ đang làm dở.',
  corrupt:
    'Một hồ sơ nháp trên điện thoại bị hỏng và không mở được. Vui lòng kiểm tra lại danh sách hồ sơ đang làm dở.',
  unknown: 'Chưa lưu được hồ sơ trên điện thoại. Vui lòng thử lại sau ít phút.',
};

export class DraftStorageError extends Error {
  override readonly name = 'DraftStorageError';
  readonly code: DraftStorageErrorCode;
  /** The storage keys concerned (drafts: `dossier:draft:<id>`), when known. */
  readonly keys: readonly string[];
  constructor(
    code: DraftStorageErrorCode,
    options: { keys?: readonly string[]; cause?: unknown } = {},
  ) {
    super(MESSAGES[code], options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.keys = options.keys ?? [];
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export function isDraftStorageError(
  value: unknown,
  code?: DraftStorageErrorCode,
): value is DraftStorageError {
  return value instanceof DraftStorageError && (code === undefined || value.code === code);
}

/** Any storage failure as a DraftStorageError naming the keys involved. */
export function toDraftStorageError(error: unknown, keys: readonly string[]): DraftStorageError {
  if (error instanceof DraftStorageError) return error;
  const code: DraftStorageErrorCode = isPlatformError(error, 'storage_full')
    ? 'storage_full'
    : isPlatformError(error, 'storage_evicted')
      ? 'storage_evicted'
      : 'unknown';
  return new DraftStorageError(code, { keys, cause: error });
}
