// Photos kept in memory. The type is what the bytes say (magic numbers), never the name or the
// type the phone claims; the size limit is checked before a byte is read. Each photo belongs
// to the citizen who sent it: a report may only use its reporter's photos.
import { toIsoDateTime } from '@govmini/vn/calendar';
import { feedbackError } from '../core/errors';
import { PHOTO_MAX_BYTES, photoPixelSize, sniffPhotoType } from '../core/sniff';
import type { ReportPhoto, UploadOptions } from '../core/types';

export interface StoredPhoto {
  readonly owner: string;
  readonly photo: ReportPhoto;
  readonly bytes: Uint8Array;
  readonly uploadedAt: string;
}

/** Where a stored photo is served from. */
export type PhotoUrl = (photo: { id: string; type: string; bytes: Uint8Array }) => string;

/** An object URL where the runtime has one (the browser, Node), else a data: URL. */
export const defaultPhotoUrl: PhotoUrl = ({ type, bytes }) => {
  const blob = new Blob([bytes.slice().buffer as ArrayBuffer], { type });
  try {
    if (typeof URL.createObjectURL === 'function') return URL.createObjectURL(blob);
  } catch {
    // jsdom has no object URLs: fall through.
  }
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:${type};base64,${btoa(binary)}`;
};

export function createPhotoStore(options: {
  now: () => number;
  maxBytes?: number;
  url?: PhotoUrl;
}) {
  const photos = new Map<string, StoredPhoto>();
  const maxBytes = options.maxBytes ?? PHOTO_MAX_BYTES;
  const url = options.url ?? defaultPhotoUrl;

  const cancelled = (signal: AbortSignal | undefined) => {
    if (signal?.aborted) throw signal.reason ?? new DOMException('Cancelled', 'AbortError');
  };

  return {
    async upload(owner: string, blob: Blob, upload: UploadOptions): Promise<ReportPhoto> {
      cancelled(upload?.signal);
      if (!(blob instanceof Blob)) throw feedbackError('unknown', { status: 400 });
      if (blob.size > maxBytes) throw feedbackError('too_large');
      upload.onProgress?.(0, blob.size);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      cancelled(upload.signal);
      const type = sniffPhotoType(bytes);
      if (!type) throw feedbackError('unsupported_type');
      const id = `photo-${globalThis.crypto.randomUUID()}`;
      const size = photoPixelSize(bytes);
      const photo: ReportPhoto = {
        id,
        url: url({ id, type, bytes }),
        type,
        ...(size ? { width: size.width, height: size.height } : {}),
      };
      photos.set(id, { owner, photo, bytes, uploadedAt: toIsoDateTime(options.now()) });
      upload.onProgress?.(bytes.length, bytes.length);
      return { ...photo };
    },
    /** The owner's photo with this id; someone else's is as unknown as a missing one. */
    get(owner: string, id: unknown): ReportPhoto | undefined {
      const stored = typeof id === 'string' ? photos.get(id) : undefined;
      return stored && stored.owner === owner ? { ...stored.photo } : undefined;
    },
    all: (): StoredPhoto[] => [...photos.values()].map((p) => ({ ...p, bytes: p.bytes.slice() })),
  };
}

export type PhotoStore = ReturnType<typeof createPhotoStore>;
