// Dossier attachments and drafts. A file's type is what its bytes say (never its name or the
// type the phone claims), its size limit is the field's own when the procedure is named, and it
// belongs to the citizen who sent it. Drafts are per citizen; the newer `updatedAt` wins.
import {
  ACCEPTED_FILE_TYPES,
  cleanFileName,
  DEFAULT_ACCEPT,
  DEFAULT_MAX_BYTES,
  dossierError,
  type FileAnswer,
  type RemoteDraft,
  sniffFileType,
  type UploadOptions,
} from '@govmini/dossier/core';
import type { Database } from '../../db/database.ts';
import type { FileStorage } from '../../storage/files.ts';
import { findField, type ProcedureCatalogue } from './procedures.ts';

const DRAFT_ID = /^[\w.:-]{1,128}$/;
/** As the memory service: answers hold ids of files, not bytes. */
export const MAX_DRAFT_BYTES = 256 * 1024;

const cancelled = (signal: AbortSignal | undefined) => {
  if (signal?.aborted) throw signal.reason ?? new DOMException('Cancelled', 'AbortError');
};

export function createDossierUploads(input: {
  db: Database;
  catalogue: ProcedureCatalogue;
  files: FileStorage;
  now: () => number;
  maxBytes: number;
  /** Uploads a citizen may hold that no dossier uses yet. */
  maxPending: number;
}) {
  const { db, catalogue, files, now } = input;

  const limitsFor = async (upload: UploadOptions) => {
    if (upload.procedureId === undefined) {
      return { maxBytes: input.maxBytes, accept: [...ACCEPTED_FILE_TYPES] as string[] };
    }
    const field = findField(await catalogue.definition(upload.procedureId), upload.fieldId);
    if (field?.type !== 'file' && field?.type !== 'photo') throw dossierError('not_found');
    return {
      maxBytes: Math.min(field.maxBytes ?? DEFAULT_MAX_BYTES[field.type], input.maxBytes),
      accept: [...(field.accept ?? DEFAULT_ACCEPT[field.type])] as string[],
    };
  };

  return {
    async upload(owner: string, blob: Blob, upload: UploadOptions): Promise<FileAnswer> {
      cancelled(upload?.signal);
      if (
        !(blob instanceof Blob) ||
        typeof upload?.fieldId !== 'string' ||
        upload.fieldId.length > 200
      ) {
        throw dossierError('unknown', { status: 400 });
      }
      const limits = await limitsFor(upload);
      // Refused before reading a byte: the size is known up front.
      if (blob.size > limits.maxBytes) throw dossierError('too_large');
      const pending = await db
        .selectFrom('attachments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('owner', '=', owner)
        .where('used_by', 'is', null)
        .executeTakeFirstOrThrow();
      if (Number(pending.n) >= input.maxPending) throw dossierError('server', { status: 429 });
      upload.onProgress?.(0, blob.size);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      cancelled(upload.signal);
      const type = sniffFileType(bytes);
      if (!type || !limits.accept.includes(type)) throw dossierError('unsupported_type');
      const id = `att-${globalThis.crypto.randomUUID()}`;
      const file: FileAnswer = {
        id,
        name: cleanFileName(typeof upload.name === 'string' ? upload.name : ''),
        type,
        size: bytes.length,
      };
      // Bytes first: a row never points at a file that is not there.
      await files.put(id, bytes);
      await db
        .insertInto('attachments')
        .values({
          id,
          owner,
          kind: 'dossier',
          field_id: upload.fieldId,
          procedure_id: upload.procedureId ?? null,
          name: file.name,
          type,
          size: bytes.length,
          width: null,
          height: null,
          storage_key: id,
          created_ms: now(),
          used_by: null,
        })
        .execute();
      upload.onProgress?.(bytes.length, bytes.length);
      return file;
    },

    async saveDraft(owner: string, draft: RemoteDraft): Promise<RemoteDraft> {
      if (
        typeof draft !== 'object' ||
        draft === null ||
        typeof draft.id !== 'string' ||
        !DRAFT_ID.test(draft.id) ||
        typeof draft.procedureId !== 'string' ||
        !Number.isFinite(draft.updatedAt)
      ) {
        throw dossierError('unknown', { status: 400 });
      }
      const body = JSON.stringify(draft);
      if (Buffer.byteLength(body) > MAX_DRAFT_BYTES) throw dossierError('too_large');
      // One statement, so two phones saving at once cannot both win: the row changes only when
      // the arriving copy is newer.
      await db
        .insertInto('drafts')
        .values({
          owner,
          id: draft.id,
          procedure_id: draft.procedureId,
          updated_at: draft.updatedAt,
          body,
        })
        .onConflict((oc) =>
          oc
            .columns(['owner', 'id'])
            .doUpdateSet({ procedure_id: draft.procedureId, updated_at: draft.updatedAt, body })
            .where('drafts.updated_at', '<', draft.updatedAt),
        )
        .execute();
      const kept = await db
        .selectFrom('drafts')
        .select('body')
        .where('owner', '=', owner)
        .where('id', '=', draft.id)
        .executeTakeFirstOrThrow();
      return JSON.parse(kept.body) as RemoteDraft;
    },

    async listDrafts(owner: string): Promise<RemoteDraft[]> {
      const rows = await db
        .selectFrom('drafts')
        .select('body')
        .where('owner', '=', owner)
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .limit(200)
        .execute();
      return rows.map((r) => JSON.parse(r.body) as RemoteDraft);
    },

    async deleteDraft(owner: string, id: string): Promise<void> {
      if (typeof id !== 'string') throw dossierError('unknown', { status: 400 });
      await db.deleteFrom('drafts').where('owner', '=', owner).where('id', '=', id).execute();
    },

    /** The bytes of an attachment, for its owner or (with `anyOwner`) an officer. */
    async read(owner: string | { anyOwner: true }, id: string) {
      let query = db
        .selectFrom('attachments')
        .selectAll()
        .where('id', '=', id)
        .where('kind', '=', 'dossier');
      if (typeof owner === 'string') query = query.where('owner', '=', owner);
      const row = await query.executeTakeFirst();
      if (!row) return undefined;
      const bytes = await files.get(row.storage_key);
      return bytes ? { bytes, type: row.type, name: row.name } : undefined;
    },
  };
}

export type DossierUploads = ReturnType<typeof createDossierUploads>;
