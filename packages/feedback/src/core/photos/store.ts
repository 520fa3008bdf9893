// A report's photos on the phone: each photo's bytes under its own storage key, written once
// (ids are never reused), so the draft and the outbox entry point at the same bytes and nothing
// is copied. Only prepared bytes are stored — re-encoded, compressed and blurred on the device
// (./prepare, ./redact) — never the file the citizen picked.
import type { StorageApi } from '@govmini/platform';
import { fromBase64, toBase64 } from './base64';

export const PHOTO_KEY_PREFIX = 'feedback:photo:';

/** What the draft and the outbox keep about a photo (its bytes are under `photoKey(id)`). */
export interface StoredPhotoRef {
  /** Local id, `p-…`; a new id for every new set of bytes (a blur makes a new photo). */
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  readonly width?: number;
  readonly height?: number;
}

interface StoredPhotoBytes {
  readonly type: string;
  readonly base64: string;
}

export const photoKey = (id: string) => PHOTO_KEY_PREFIX + id;

let serial = 0;
/** A fresh local photo id (time + counter + randomness: unique on this phone). */
export function newPhotoId(now = Date.now()): string {
  serial = (serial + 1) % 1_000_000;
  return `p-${now.toString(36)}-${serial.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function isStoredPhotoRef(value: unknown): value is StoredPhotoRef {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    typeof v.type === 'string' &&
    typeof v.size === 'number' &&
    (v.width === undefined || typeof v.width === 'number') &&
    (v.height === undefined || typeof v.height === 'number')
  );
}

const parseBytes = (value: unknown): StoredPhotoBytes => {
  const v = value as Partial<StoredPhotoBytes> | null;
  if (!v || typeof v.type !== 'string' || typeof v.base64 !== 'string') {
    throw new TypeError('not stored photo bytes');
  }
  return v as StoredPhotoBytes;
};

/** Stores the bytes first, then returns the reference to keep (so a ref never dangles). */
export async function savePhoto(
  storage: StorageApi,
  blob: Blob,
  meta: { name: string; width?: number | undefined; height?: number | undefined },
  id = newPhotoId(),
): Promise<StoredPhotoRef> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  await storage.set(photoKey(id), { type: blob.type, base64: toBase64(bytes) });
  return {
    id,
    name: meta.name,
    type: blob.type,
    size: bytes.length,
    ...(meta.width !== undefined && { width: meta.width }),
    ...(meta.height !== undefined && { height: meta.height }),
  };
}

/** The photo's bytes, or undefined when they are gone (evicted by the host, removed). */
export async function loadPhoto(storage: StorageApi, id: string): Promise<Blob | undefined> {
  const stored = await storage.get(photoKey(id), parseBytes).catch(() => undefined);
  return stored && new Blob([fromBase64(stored.base64)], { type: stored.type });
}

export async function removePhotos(storage: StorageApi, ids: Iterable<string>): Promise<void> {
  await Promise.all([...ids].map((id) => storage.remove(photoKey(id)).catch(() => undefined)));
}
