// Uploads kept in memory. The type is what the bytes say (magic numbers), never the name or
// the type the phone claims; the size limit is the field's own when the procedure is named,
// else the general one. Each file belongs to the citizen who sent it: a submission may only
// use its owner's files.
import { toIsoDateTime } from '@govmini/vn/calendar';
import { DEFAULT_ACCEPT, DEFAULT_MAX_BYTES } from '../core/definition/defaults';
import type { FileAnswer } from '../core/definition/types';
import { dossierError } from '../core/service/errors';
import { ACCEPTED_FILE_TYPES, cleanFileName, sniffFileType } from '../core/service/sniff';
import { findField } from '../core/service/submission';
import type { UploadOptions } from '../core/service/types';
import type { ProcedureCatalogue } from './memory-procedures';

export interface StoredAttachment {
  readonly owner: string;
  readonly file: FileAnswer;
  readonly bytes: Uint8Array;
  readonly fieldId: string;
  readonly procedureId?: string;
  readonly uploadedAt: string;
}

export function createAttachmentStore(options: {
  now: () => number;
  procedures: ProcedureCatalogue;
  maxBytes: number;
}) {
  const files = new Map<string, StoredAttachment>();

  const limitsFor = (upload: UploadOptions) => {
    if (upload.procedureId === undefined) {
      return { maxBytes: options.maxBytes, accept: [...ACCEPTED_FILE_TYPES] as string[] };
    }
    const field = findField(options.procedures.definition(upload.procedureId), upload.fieldId);
    if (field?.type !== 'file' && field?.type !== 'photo') throw dossierError('not_found');
    return {
      maxBytes: Math.min(field.maxBytes ?? DEFAULT_MAX_BYTES[field.type], options.maxBytes),
      accept: [...(field.accept ?? DEFAULT_ACCEPT[field.type])] as string[],
    };
  };

  const cancelled = (signal: AbortSignal | undefined) => {
    if (signal?.aborted) throw signal.reason ?? new DOMException('Cancelled', 'AbortError');
  };

  return {
    async upload(owner: string, blob: Blob, upload: UploadOptions): Promise<FileAnswer> {
      cancelled(upload.signal);
      if (!(blob instanceof Blob) || typeof upload?.fieldId !== 'string') {
        throw dossierError('unknown', { status: 400 });
      }
      const limits = limitsFor(upload);
      // Refused before reading a byte: the size is known up front.
      if (blob.size > limits.maxBytes) throw dossierError('too_large');
      upload.onProgress?.(0, blob.size);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      cancelled(upload.signal);
      const type = sniffFileType(bytes);
      if (!type || !limits.accept.includes(type)) throw dossierError('unsupported_type');
      const file: FileAnswer = {
        id: `att-${globalThis.crypto.randomUUID()}`,
        name: cleanFileName(typeof upload.name === 'string' ? upload.name : ''),
        type,
        size: bytes.length,
      };
      files.set(file.id, {
        owner,
        file,
        bytes,
        fieldId: upload.fieldId,
        ...(upload.procedureId === undefined ? {} : { procedureId: upload.procedureId }),
        uploadedAt: toIsoDateTime(options.now()),
      });
      upload.onProgress?.(bytes.length, bytes.length);
      return { ...file };
    },
    /** The owner's file with this id; someone else's is as unknown as a missing one. */
    get(owner: string, id: string): FileAnswer | undefined {
      const stored = files.get(id);
      return stored && stored.owner === owner ? { ...stored.file } : undefined;
    },
    all: (): StoredAttachment[] =>
      [...files.values()].map((f) => ({ ...f, bytes: f.bytes.slice() })),
  };
}

export type AttachmentStore = ReturnType<typeof createAttachmentStore>;
