// Where queued files live on the phone: a small record per file (`dossier:attachment:<id>`)
// and, for files small enough, the bytes as base64 (`dossier:attachment-bytes:<id>`) until the
// upload succeeds. Why only small ones: see the trade-off at the top of queue.ts.
import type { StorageApi } from '@govmini/platform';
import { fromBase64, toBase64 } from './base64';
import { parseStoredUpload, type StoredUpload } from './stored-upload';

export const ATTACHMENT_KEY_PREFIX = 'dossier:attachment:';
export const ATTACHMENT_BYTES_PREFIX = 'dossier:attachment-bytes:';
/** Uploaded records are kept (for `resolve` after a restart) this long, then forgotten. */
const KEEP_DONE_MS = 30 * 24 * 3_600_000;

export function createKeptFiles(storage: StorageApi, maxStoredBytes: number) {
  return {
    /** False when it could not be stored (the file is then not resumed after a kill). */
    saveRecord: (record: StoredUpload): Promise<boolean> =>
      storage.set(ATTACHMENT_KEY_PREFIX + record.localId, record).then(
        () => true,
        () => false,
      ),

    /** Keeps the bytes if the file is small enough and they fit; says whether they were kept. */
    async keepBytes(localId: string, blob: Blob): Promise<boolean> {
      if (blob.size > maxStoredBytes) return false;
      try {
        const bytes = new Uint8Array(await blob.arrayBuffer());
        await storage.set(ATTACHMENT_BYTES_PREFIX + localId, toBase64(bytes));
        return true;
      } catch {
        return false; // storage full: uploaded from memory, flagged not persisted
      }
    },

    async readBytes(localId: string, type: string): Promise<Blob | undefined> {
      const text = await storage
        .get(ATTACHMENT_BYTES_PREFIX + localId, (value) => {
          if (typeof value !== 'string') throw new TypeError('not base64');
          return value;
        })
        .catch(() => undefined);
      return text === undefined ? undefined : new Blob([fromBase64(text)], { type });
    },

    dropBytes: (localId: string) =>
      storage.remove(ATTACHMENT_BYTES_PREFIX + localId).catch(() => {}),

    async remove(localId: string) {
      await storage.remove(ATTACHMENT_BYTES_PREFIX + localId);
      await storage.remove(ATTACHMENT_KEY_PREFIX + localId);
    },

    /** Every readable record; long-uploaded ones are forgotten on the way. */
    async loadAll(now: number): Promise<StoredUpload[]> {
      const keys = await storage.keys().catch(() => [] as string[]);
      const records: StoredUpload[] = [];
      for (const key of keys) {
        if (!key.startsWith(ATTACHMENT_KEY_PREFIX)) continue;
        const record = await storage.get(key, parseStoredUpload).catch(() => undefined);
        if (!record) continue;
        if (record.state === 'done' && now - record.createdAt > KEEP_DONE_MS) {
          await storage.remove(key).catch(() => {});
        } else records.push(record);
      }
      return records;
    },
  };
}
