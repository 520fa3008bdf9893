// Report photos: typed by their bytes (JPEG, PNG, WebP), size-limited before a byte is read,
// owned by the citizen who sent them, served publicly only once a published report uses them.
// The phone blurs faces and plates before upload; the original never reaches the server.
import {
  feedbackError,
  type ReportPhoto,
  sniffPhotoType,
  type UploadOptions,
} from '@govmini/feedback/core';
import type { Database } from '../../db/database.ts';
import type { FileStorage } from '../../storage/files.ts';
import { isPublicReport, type PhotoUrl } from './records.ts';

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32be = (b: Uint8Array, i: number) => u16be(b, i) * 65_536 + u16be(b, i + 2);

/** Width and height from a PNG header or a JPEG frame marker, when the bytes say. */
export function pixelSize(
  b: Uint8Array,
  type: string,
): { width: number; height: number } | undefined {
  if (type === 'image/png' && b.length >= 24) {
    const size = { width: u32be(b, 16), height: u32be(b, 20) };
    return size.width > 0 && size.height > 0 ? size : undefined;
  }
  if (type === 'image/jpeg') {
    let i = 2;
    while (i + 9 < b.length && b[i] === 0xff) {
      const marker = b[i + 1] ?? 0;
      if (
        marker >= 0xc0 &&
        marker <= 0xcf &&
        marker !== 0xc4 &&
        marker !== 0xc8 &&
        marker !== 0xcc
      ) {
        const size = { height: u16be(b, i + 5), width: u16be(b, i + 7) };
        return size.width > 0 && size.height > 0 ? size : undefined;
      }
      i += (marker >= 0xd0 && marker <= 0xd9) || marker === 0x01 ? 2 : 2 + u16be(b, i + 2);
    }
  }
  return undefined;
}

export function createPhotoStore(input: {
  db: Database;
  files: FileStorage;
  now: () => number;
  maxBytes: number;
  maxPending: number;
  photoUrl: PhotoUrl;
}) {
  const { db, files } = input;
  return {
    async upload(owner: string, blob: Blob, upload: UploadOptions): Promise<ReportPhoto> {
      if (upload?.signal?.aborted)
        throw upload.signal.reason ?? new DOMException('Cancelled', 'AbortError');
      if (!(blob instanceof Blob)) throw feedbackError('unknown', { status: 400 });
      if (blob.size > input.maxBytes) throw feedbackError('too_large');
      const pending = await db
        .selectFrom('attachments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('owner', '=', owner)
        .where('used_by', 'is', null)
        .executeTakeFirstOrThrow();
      if (Number(pending.n) >= input.maxPending) throw feedbackError('server', { status: 429 });
      upload?.onProgress?.(0, blob.size);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const type = sniffPhotoType(bytes);
      if (!type) throw feedbackError('unsupported_type');
      const id = `photo-${globalThis.crypto.randomUUID()}`;
      const size = pixelSize(bytes, type);
      await files.put(id, bytes);
      await db
        .insertInto('attachments')
        .values({
          id,
          owner,
          kind: 'photo',
          field_id: null,
          procedure_id: null,
          // The phone's file name can name the citizen (IMG_Nguyen_Thi_Hoa.jpg): not kept.
          name: '',
          type,
          size: bytes.length,
          width: size?.width ?? null,
          height: size?.height ?? null,
          storage_key: id,
          created_ms: input.now(),
          used_by: null,
        })
        .execute();
      upload?.onProgress?.(bytes.length, bytes.length);
      return { id, url: input.photoUrl(id), type, ...(size ?? {}) };
    },

    /**
     * A photo's bytes for `viewer` (a citizen id, or undefined for the public): its owner, a
     * participant of the report using it (the reporter, for an officer's answer photo; a
     * supporter), or anyone once that report is published and not refused. Anything else is
     * as absent as a missing photo.
     */
    async read(id: string, viewer: string | undefined | { staff: true }) {
      const row = await db
        .selectFrom('attachments')
        .leftJoin('reports', 'reports.id', 'attachments.used_by')
        .select([
          'attachments.owner',
          'attachments.type',
          'attachments.storage_key',
          'reports.id as report_id',
          'reports.publish',
          'reports.status',
          'reports.reporter',
        ])
        .where('attachments.id', '=', id)
        .where('attachments.kind', '=', 'photo')
        .executeTakeFirst();
      if (!row) return undefined;
      const isStaff = typeof viewer === 'object';
      const isPublic = row.report_id !== null && isPublicReport(row);
      let allowed =
        isStaff ||
        isPublic ||
        (typeof viewer === 'string' && (viewer === row.owner || viewer === row.reporter));
      if (!allowed && typeof viewer === 'string' && row.report_id) {
        allowed = !!(await db
          .selectFrom('report_supporters')
          .select('citizen')
          .where('report_id', '=', row.report_id)
          .where('citizen', '=', viewer)
          .executeTakeFirst());
      }
      if (!allowed) return undefined;
      const bytes = await files.get(row.storage_key);
      return bytes ? { bytes, type: row.type, public: isPublic } : undefined;
    },
  };
}

export type PhotoStore = ReturnType<typeof createPhotoStore>;
