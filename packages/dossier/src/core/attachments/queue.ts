// The attachment queue: files are checked (type from the bytes, size after compression), kept,
// uploaded one at a time with progress, retried, and swapped for server ids before submitting.
//
// Keeping bytes on the phone — the trade-off. Platform storage is Zalo's nativeStorage: JSON
// strings, 5 MB for the whole mini app, counted as UTF-16 (2 bytes a character). Base64 adds a
// third, so a file costs about 2.7× its size there: a 640 KB photo takes ~1.7 MB of the 5 MB
// that drafts and consent records also need. So only files up to `maxStoredBytes` (default
// 640 KB — a compressed document photo usually is) are kept until uploaded, and their bytes are
// deleted as soon as the upload succeeds. Bigger files upload from memory and are flagged
// `persisted: false`: if the app is killed first, the citizen is asked to pick them again
// (`attachment_lost`), rather than the queue filling the storage drafts live in.
import { createEmitter } from '@govmini/platform';
import type { Answers, FileAnswer } from '../definition/types';
import type { AttachmentQueue, AttachmentQueueOptions, AttachmentUpload } from '../drafts/api';
import { dossierError } from '../service/errors';
import { dossierErrorMessages } from '../service/messages';
import { DossierError, type DossierErrorCode, isRetryable } from '../service/types';
import { checkFile } from './check-file';
import { compressImage } from './compress';
import { AttachmentError } from './errors';
import { createKeptFiles } from './kept-files';
import type { StoredUpload } from './stored-upload';
import { LOCAL_ID_PREFIX, localIdsIn, swapLocalFiles } from './swap';

/** Upload failures worth trying again before submitting (a new session, a better network). */
const MAY_PASS = ['offline', 'timeout', 'server', 'unauthenticated'];

interface Entry {
  upload: AttachmentUpload;
  blob: Blob | undefined;
  attempts: number;
  createdAt: number;
  procedureId?: string | undefined;
  controller?: AbortController | undefined;
  retryTimer?: unknown;
}

const defaultTimers = {
  setTimeout: (fn: () => void, ms: number): unknown => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle: unknown) =>
    globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Drops `undefined` properties (storage and snapshots keep only what is set). */
const withoutUndefined = <T extends object>(value: { [K in keyof T]: T[K] | undefined }): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** What the draft's answers hold for a file: its server id once uploaded, else its local id. */
export function toFileAnswer(upload: AttachmentUpload): FileAnswer {
  return (
    upload.result ?? {
      id: upload.localId,
      name: upload.name,
      type: upload.type ?? 'application/octet-stream',
      size: upload.size ?? 0,
    }
  );
}

export function createAttachmentQueue(options: AttachmentQueueOptions): AttachmentQueue {
  const { service, getSessionToken } = options;
  const compress = options.compress ?? compressImage;
  const kept = createKeptFiles(options.storage, options.maxStoredBytes ?? 640 * 1024);
  const maxAttempts = options.retry?.attempts ?? 3;
  const baseMs = options.retry?.baseMs ?? 2_000;
  const timers = options.timers ?? defaultTimers;
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());

  const entries = new Map<string, Entry>();
  const events = createEmitter<{ change: undefined }>();
  const changed = () => events.emit('change', undefined);
  let loaded = false;
  let disposed = false;

  const set = (entry: Entry, patch: Partial<AttachmentUpload>) => {
    entry.upload = withoutUndefined<AttachmentUpload>({ ...entry.upload, ...patch });
    changed();
  };

  const saveMeta = async (entry: Entry) => {
    const { upload } = entry;
    if (upload.state === 'compressing') return;
    const saved = await kept.saveRecord(
      withoutUndefined<StoredUpload>({
        localId: upload.localId,
        fieldId: upload.fieldId,
        name: upload.name,
        type: upload.type ?? '',
        size: upload.size ?? 0,
        state: upload.state === 'uploading' ? 'queued' : upload.state,
        result: upload.result,
        error: upload.error,
        persisted: upload.persisted === true,
        procedureId: entry.procedureId,
        createdAt: entry.createdAt,
      }),
    );
    if (!saved && entries.get(upload.localId) === entry && upload.state !== 'done') {
      set(entry, { persisted: false });
    }
  };

  /** One upload; false when there is no session (the queue waits). */
  const uploadOne = async (entry: Entry): Promise<boolean> => {
    const token = await getSessionToken().catch(() => undefined);
    if (!token) return false;
    const { localId } = entry.upload;
    if (entries.get(localId) !== entry || entry.upload.state !== 'queued') return true;
    entry.blob ??= await kept.readBytes(localId, entry.upload.type ?? '');
    if (!entry.blob) {
      set(entry, { state: 'failed', error: 'attachment_lost' });
      await saveMeta(entry);
      return true;
    }
    const controller = new AbortController();
    entry.controller = controller;
    const { error: _previous, ...rest } = entry.upload;
    entry.upload = rest;
    set(entry, { state: 'uploading', progress: 0 });
    try {
      const result = await service.uploadAttachment(token, entry.blob, {
        fieldId: entry.upload.fieldId,
        ...(entry.procedureId === undefined ? {} : { procedureId: entry.procedureId }),
        name: entry.upload.name,
        type: entry.upload.type ?? entry.blob.type,
        signal: controller.signal,
        onProgress(sent, total) {
          const progress = Math.min(1, sent / total);
          if (entries.get(localId) === entry && total > 0 && progress !== entry.upload.progress) {
            set(entry, { progress });
          }
        },
      });
      if (entries.get(localId) !== entry) return true; // removed meanwhile
      set(entry, { state: 'done', progress: 1, result });
      entry.blob = undefined;
      await saveMeta(entry);
      await kept.dropBytes(localId);
    } catch (error) {
      if (entries.get(localId) !== entry) return true;
      const code = error instanceof DossierError ? error.code : 'unknown';
      entry.attempts += 1;
      if (isRetryable(error) && entry.attempts < maxAttempts) {
        set(entry, { state: 'queued', progress: 0, error: code });
        if (!disposed) {
          entry.retryTimer = timers.setTimeout(
            () => {
              entry.retryTimer = undefined;
              void pump();
            },
            baseMs * 2 ** (entry.attempts - 1),
          );
        }
      } else {
        set(entry, { state: 'failed', progress: 0, error: code });
      }
      await saveMeta(entry);
    } finally {
      entry.controller = undefined;
    }
    return true;
  };

  // One upload at a time: on a weak connection parallel uploads only all arrive later.
  let pumping: Promise<void> | undefined;
  const pump = (): Promise<void> => {
    pumping ??= (async () => {
      // Yield first: were the body to finish synchronously, its `finally` would run before
      // this assignment and leave `pumping` set to a settled promise forever.
      await undefined;
      try {
        for (;;) {
          const next = [...entries.values()].find(
            (entry) => entry.upload.state === 'queued' && entry.retryTimer === undefined,
          );
          if (disposed || !next || !(await uploadOne(next))) return;
        }
      } finally {
        pumping = undefined;
      }
    })();
    return pumping;
  };

  const requeue = (entry: Entry) => {
    if (entry.retryTimer !== undefined) timers.clearTimeout(entry.retryTimer);
    entry.retryTimer = undefined;
    entry.attempts = 0;
    const { error: _error, ...rest } = entry.upload;
    entry.upload = { ...rest, state: 'queued', progress: 0 };
    changed();
  };

  const load = async () => {
    for (const meta of await kept.loadAll(Date.now())) {
      if (entries.has(meta.localId)) continue;
      const upload = withoutUndefined<AttachmentUpload>({
        localId: meta.localId,
        fieldId: meta.fieldId,
        name: meta.name,
        type: meta.type,
        size: meta.size,
        persisted: meta.persisted,
        result: meta.result,
        progress: meta.state === 'done' ? 1 : 0,
        // Not kept on the phone and not uploaded before the kill: it has to be picked again.
        ...(meta.state !== 'done' && !meta.persisted
          ? { state: 'failed' as const, error: 'attachment_lost' }
          : { state: meta.state, error: meta.error }),
      });
      entries.set(meta.localId, {
        upload,
        blob: undefined,
        attempts: 0,
        createdAt: meta.createdAt,
        procedureId: meta.procedureId,
      });
    }
    loaded = true;
    changed();
    void pump();
  };
  const ready = load();

  /** The server's answer for a local file id, or the reason it cannot be sent yet. */
  const resolveFile = (file: FileAnswer): FileAnswer => {
    // Not loaded yet (just after a restart): the outbox retries in a moment.
    if (!loaded) throw dossierError('offline', { cause: 'attachment queue still loading' });
    const entry = entries.get(file.id);
    if (!entry) throw new AttachmentError('attachment_lost');
    const { state, result, error } = entry.upload;
    if (state === 'done' && result) return result;
    if (state !== 'failed') throw dossierError('offline', { cause: `${file.id} is ${state}` });
    if (error === 'attachment_lost') throw new AttachmentError('attachment_lost');
    const code = error && Object.hasOwn(dossierErrorMessages.vi, error) ? error : 'unknown';
    throw dossierError(code as DossierErrorCode);
  };

  const resolveAnswers = (answers: Answers): Answers => swapLocalFiles(answers, resolveFile);

  return {
    ready,

    async add(fieldId, file, { name, limits, procedureId }) {
      await ready;
      const localId = LOCAL_ID_PREFIX + newId();
      const entry: Entry = {
        upload: { localId, fieldId, name, state: 'compressing', progress: 0 },
        blob: undefined,
        attempts: 0,
        createdAt: Date.now(),
        procedureId,
      };
      let checked: Awaited<ReturnType<typeof checkFile>>;
      try {
        checked = await checkFile(file, {
          name,
          limits,
          compress,
          onCompressing() {
            entries.set(localId, entry); // listed as `compressing` meanwhile
            changed();
          },
        });
      } finally {
        if (entries.delete(localId)) changed();
      }
      entry.blob = checked.blob;
      entry.upload = {
        localId,
        fieldId,
        name: checked.name,
        state: 'queued',
        progress: 0,
        type: checked.type,
        size: checked.blob.size,
      };
      entries.set(localId, entry);
      changed();
      set(entry, { persisted: await kept.keepBytes(localId, checked.blob) });
      await saveMeta(entry);
      void pump();
      return entry.upload;
    },

    async retry(localId) {
      await ready;
      const entry = entries.get(localId);
      if (!entry) throw new AttachmentError('attachment_lost');
      if (entry.upload.state === 'failed' || entry.upload.state === 'queued') {
        if (!entry.blob && !entry.upload.persisted) throw new AttachmentError('attachment_lost');
        requeue(entry);
        await saveMeta(entry);
        void pump();
      }
      return entry.upload;
    },

    async remove(localId) {
      const entry = entries.get(localId);
      if (entry) {
        entry.controller?.abort();
        if (entry.retryTimer !== undefined) timers.clearTimeout(entry.retryTimer);
        entries.delete(localId);
        changed();
      }
      await kept.remove(localId);
    },

    list(fieldId) {
      return [...entries.values()]
        .filter((entry) => fieldId === undefined || entry.upload.fieldId === fieldId)
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((entry) => entry.upload);
    },

    subscribe(listener) {
      return events.on('change', listener);
    },

    resolve: resolveAnswers,

    dispose() {
      disposed = true;
      for (const entry of entries.values()) {
        if (entry.retryTimer !== undefined) timers.clearTimeout(entry.retryTimer);
        entry.retryTimer = undefined;
      }
      events.clear();
    },

    async prepare(answers) {
      await ready;
      for (const id of localIdsIn(answers)) {
        const entry = entries.get(id);
        if (!entry) continue;
        const { state, error } = entry.upload;
        // Waiting on a backoff, or failed for a reason that may have passed: go now.
        if (state === 'queued' || (state === 'failed' && MAY_PASS.includes(error ?? ''))) {
          requeue(entry);
        }
      }
      await pump();
      return resolveAnswers(answers);
    },
  };
}
