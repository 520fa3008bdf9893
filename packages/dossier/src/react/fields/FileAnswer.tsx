// Files and photos, uploaded through the attachment queue (progress, retry, limits). The answer
// holds file descriptions only (name, type, size, id): a local id while queued, the server's
// once uploaded. Files restored from a draft show as saved, without a preview.
// Not @govmini/ui's PhotoPicker: it keeps the picked bytes in its own list, which a reloaded
// draft no longer has, and has no place for upload progress or retry.
import { isPlatformError } from '@govmini/platform';
import { Button, ErrorMessage, Fieldset, FormGroup, Hint, useGovMini } from '@govmini/ui';
import { useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { attachmentErrorMessages, isAttachmentError } from '../../core/attachments/errors';
import {
  DEFAULT_ACCEPT,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_FILES,
} from '../../core/definition/defaults';
import type { FileField, FileAnswer as FileItem } from '../../core/definition/types';
import type { AttachmentUpload } from '../../core/drafts/api';
import { useDossier } from '../DossierProvider/context';
import { useDossierMessages } from '../messages';
import { type AnswerFieldProps, useAnswer } from './field-props';
import { fileMessages } from './file-messages';
import { FormMetaContext } from './form-meta';

const MB = 1024 * 1024;

/** A file field's limits with the definition's defaults filled in. */
export function fileLimits(field: FileField) {
  return {
    maxFiles: field.maxFiles ?? DEFAULT_MAX_FILES,
    maxBytes: field.maxBytes ?? DEFAULT_MAX_BYTES[field.type],
    accept: field.accept ?? DEFAULT_ACCEPT[field.type],
  };
}

/** "5 MB", "800 KB" in the citizen's language. */
export function formatBytes(bytes: number, locale: string): string {
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return bytes >= MB ? `${n.format(bytes / MB)} MB` : `${n.format(Math.max(1, bytes / 1024))} KB`;
}

/** "JPG, PNG, PDF" from MIME types. */
const typeNames = (accept: readonly string[]) =>
  [
    ...new Set(
      accept.map((type) => (type.split('/')[1] ?? type).replace('jpeg', 'jpg').toUpperCase()),
    ),
  ].join(', ');

const NONE: readonly FileItem[] = [];

export function FileAnswer({
  field,
  name,
  id,
  label,
  hint,
  asHeading,
}: AnswerFieldProps<FileField>) {
  const t = useDossierMessages(fileMessages);
  const attachmentText = useDossierMessages(attachmentErrorMessages);
  const { locale } = useGovMini('FileAnswer');
  const { attachments, platform } = useDossier('FileAnswer');
  const meta = useContext(FormMetaContext);
  const answer = useAnswer<readonly FileItem[]>(name);
  const files = answer.value ?? NONE;
  const { maxFiles, maxBytes, accept } = fileLimits(field);
  const photo = field.type === 'photo';
  const acceptsImages = accept.some((type) => type.startsWith('image/'));
  const size = formatBytes(maxBytes, locale);
  const types = typeNames(accept);

  // Upload states of this field, kept by the queue (also across a reload while queued).
  // (The queue may hand out a new array each time: keep one per content, as React requires.)
  const cache = useRef<{ key: string; list: readonly AttachmentUpload[] }>({ key: '[]', list: [] });
  const readUploads = () => {
    const list = attachments.list(name);
    const key = JSON.stringify(list);
    if (key !== cache.current.key) cache.current = { key, list };
    return cache.current.list;
  };
  const uploads = useSyncExternalStore(
    (notify) => attachments.subscribe(notify),
    readUploads,
    readUploads,
  );
  const uploadOf = (file: FileItem): AttachmentUpload | undefined =>
    uploads.find((u) => u.localId === file.id || u.result?.id === file.id);

  // The latest list, for code running after an await (a pick takes the citizen a while).
  const latest = useRef(files);
  latest.current = files;
  const [notices, setNotices] = useState<readonly { text: string; problem?: boolean }[]>([]);
  const [busy, setBusy] = useState(false);

  // Once uploaded, the answer takes the server's id: the draft no longer depends on the queue.
  useEffect(() => {
    const current = latest.current;
    let changed = false;
    const next = current.map((file) => {
      const done = uploads.find((u) => u.localId === file.id && u.state === 'done' && u.result);
      if (!done?.result) return file;
      changed = true;
      return done.result;
    });
    if (changed) answer.setValue(next);
  }, [uploads, answer.setValue]);

  const addBlobs = async (picked: readonly { file: Blob; name: string }[]) => {
    const next: { text: string; problem?: boolean }[] = [];
    let list = latest.current;
    let added = 0;
    for (const item of picked) {
      if (list.length >= maxFiles) {
        next.push({ text: t('file.full', { max: maxFiles }), problem: true });
        break;
      }
      let upload: AttachmentUpload;
      try {
        upload = await attachments.add(name, item.file, {
          name: item.name,
          limits: { maxBytes, accept },
          procedureId: meta.procedureId,
        });
      } catch (error) {
        // Refused before queuing (too big even compressed, wrong type, unreadable): say which.
        const code = isAttachmentError(error) ? error.code : 'cannot_compress';
        const text =
          code === 'too_large' || code === 'file_type'
            ? t(code === 'too_large' ? 'file.tooLarge' : 'file.wrongType', {
                name: item.name,
                size,
                types,
              })
            : `${item.name}: ${attachmentText(code)}`;
        next.push({ text, problem: true });
        continue;
      }
      list = [
        ...list,
        upload.result ?? {
          id: upload.localId,
          name: item.name,
          type: upload.type ?? item.file.type,
          size: upload.size ?? item.file.size,
        },
      ];
      added++;
    }
    if (added) {
      answer.setValue(list);
      next.unshift({ text: t('file.added', { count: added }) });
    }
    setNotices(next);
  };

  const pickPhotos = async (source: 'camera' | 'album') => {
    if (busy) return;
    const room = maxFiles - latest.current.length;
    if (room <= 0) return setNotices([{ text: t('file.full', { max: maxFiles }), problem: true }]);
    setBusy(true);
    try {
      const result = await platform.media.pickImages({ max: room, maxBytes, source });
      const rejected = result.rejected.map((r) => ({
        text: t(r.reason === 'too_large' ? 'file.tooLarge' : 'file.wrongType', {
          name: r.name,
          size,
          types,
        }),
        problem: true,
      }));
      await addBlobs(result.images);
      if (rejected.length) setNotices((shown) => [...shown, ...rejected]);
    } catch (error) {
      // Closing the picker without choosing is not a problem: say nothing.
      if (!isPlatformError(error, 'user_cancelled'))
        setNotices([{ text: t('file.pickFailed'), problem: true }]);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (file: FileItem, index: number) => {
    const upload = uploadOf(file);
    answer.setValue(latest.current.filter((f) => f !== file));
    setNotices([{ text: t('file.removed', { name: file.name }) }]);
    // Focus goes to the next file's remove button, or the first pick button: never to <body>.
    requestAnimationFrame(() => {
      const root = document.getElementById(id);
      const removes = root?.querySelectorAll<HTMLElement>('.gm-dossier-file__remove');
      const target = removes?.[Math.min(index, (removes?.length ?? 1) - 1)];
      (target ?? root?.querySelector<HTMLElement>('button, input'))?.focus();
    });
    if (upload) await attachments.remove(upload.localId);
  };

  const status = (file: FileItem, upload: AttachmentUpload | undefined) => {
    if (!upload) return t(file.id.startsWith('local:') ? 'file.queued' : 'file.saved');
    switch (upload.state) {
      case 'queued':
        return t('file.queued');
      case 'compressing':
        return t('file.compressing');
      case 'uploading':
        return t('file.uploading', { percent: Math.round(upload.progress * 100) });
      case 'done':
        return t('file.done');
      default:
        return `${t('file.failed')} ${t(upload.error === 'offline' ? 'file.error.offline' : 'file.error.other')}`;
    }
  };

  return (
    <FormGroup error={answer.error}>
      <Fieldset
        id={id}
        ref={answer.ref}
        legend={label}
        legendAsHeading={asHeading}
        className="gm-dossier-file"
        aria-describedby={`${id}-limits${answer.error ? ` ${id}-error` : ''}`}
      >
        <Hint id={`${id}-limits`}>
          {hint}
          {hint ? ' ' : null}
          {photo
            ? t('file.photoLimits', { max: maxFiles, size })
            : t('file.limits', { max: maxFiles, size, types })}
        </Hint>
        {answer.error && <ErrorMessage id={`${id}-error`}>{answer.error}</ErrorMessage>}
        <p className="gm-dossier-file__count">
          {t('file.count', { count: files.length, max: maxFiles })}
        </p>
        {files.length > 0 && (
          <ul className="gm-dossier-file__list">
            {files.map((file, i) => {
              const upload = uploadOf(file);
              return (
                <li key={file.id} className="gm-dossier-file__item">
                  <span className="gm-dossier-file__name">{file.name}</span>
                  <span className="gm-dossier-file__meta">
                    {formatBytes(file.size, locale)} · {status(file, upload)}
                  </span>
                  {upload?.state === 'uploading' && (
                    <progress
                      className="gm-dossier-file__progress"
                      max={1}
                      value={upload.progress}
                      aria-label={status(file, upload)}
                    />
                  )}
                  <span className="gm-dossier-file__actions">
                    {upload?.state === 'failed' && (
                      <Button
                        variant="secondary"
                        onClick={() => void attachments.retry(upload.localId)}
                      >
                        {t('file.retry')}{' '}
                        <span className="gm-visually-hidden">
                          {t('file.retryHidden', { name: file.name })}
                        </span>
                      </Button>
                    )}
                    <Button
                      variant="secondary"
                      className="gm-dossier-file__remove"
                      onClick={() => void remove(file, i)}
                    >
                      {t('file.remove')}{' '}
                      <span className="gm-visually-hidden">
                        {t('file.removeHidden', { name: file.name })}
                      </span>
                    </Button>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {files.length < maxFiles && (
          <div className="gm-dossier-file__pick">
            {acceptsImages && (
              <Button variant="secondary" loading={busy} onClick={() => void pickPhotos('camera')}>
                {t('file.camera')}
              </Button>
            )}
            {photo ? (
              <Button variant="secondary" loading={busy} onClick={() => void pickPhotos('album')}>
                {t('file.album')}
              </Button>
            ) : (
              <>
                <input
                  id={`${id}-input`}
                  type="file"
                  className="gm-visually-hidden gm-dossier-file__input"
                  accept={accept.join(',')}
                  multiple={maxFiles - files.length > 1}
                  onChange={(event) => {
                    const chosen = [...(event.currentTarget.files ?? [])];
                    event.currentTarget.value = '';
                    void addBlobs(chosen.map((file) => ({ file, name: file.name })));
                  }}
                />
                <label htmlFor={`${id}-input`} className="gm-button gm-button--secondary">
                  {t('file.choose')}
                </label>
              </>
            )}
          </div>
        )}
        {/* Always in the DOM, so what happened after a pick or a removal is announced. */}
        <div role="status" className="gm-dossier-file__notices">
          {notices.map((notice) => (
            <p
              key={notice.text}
              className={notice.problem ? 'gm-dossier-file__problem' : undefined}
            >
              {notice.text}
            </p>
          ))}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
