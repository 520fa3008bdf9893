// Answering "Yêu cầu bổ sung" (status 5) in the app: photos of the documents asked for and/or a
// note, then the dossier goes back to processing (4). Photos are uploaded one by one when the
// citizen sends; a photo already uploaded is not sent again on a retry, and the reply carries
// an idempotency key, so a retry after a lost answer never supplements twice. A failure keeps
// every photo and every word.

import type { PickedImage } from '@govmini/platform';
import {
  Button,
  countCharacters,
  ErrorSummary,
  type ErrorSummaryItem,
  Heading,
  Notice,
  PhotoPicker,
  TextArea,
} from '@govmini/ui';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { FileAnswer } from '../../core/definition/types';
import { canSupplement } from '../../core/service/status';
import type { Dossier } from '../../core/service/types';
import { useServiceErrorText } from '../DossierDetail/service-error';
import { useSessionToken } from '../DossierDetail/use-remote';
import { useDossier } from '../DossierProvider/context';
import { useDossierMessages } from '../messages';
import { supplementFormMessages } from './messages';

export const SUPPLEMENT_NOTE_MAX = 1000;

/** The form is offered while a request is open: status 5, not answered yet. */
const isOpen = (dossier: Pick<Dossier, 'status' | 'supplementRequest'>) =>
  canSupplement(dossier) &&
  dossier.supplementRequest !== undefined &&
  !dossier.supplementRequest.answeredAt;

const newKey = (): string =>
  globalThis.crypto?.randomUUID?.() ??
  `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export interface SupplementFormProps {
  dossier: Pick<Dossier, 'code' | 'status' | 'supplementRequest'>;
  /** The dossier as the backend returned it (back at status 4). */
  onSupplemented?: (dossier: Dossier) => void;
  /** The answers key the photos are sent under (default `supplementFiles`). */
  fieldId?: string;
  /** Most photos (default 10). */
  maxFiles?: number;
  /** Largest photo in bytes (default 5 MB). */
  maxBytes?: number;
  /** Level of the section's heading (default 3: it sits under the request's heading). */
  headingLevel?: 2 | 3 | 4;
}

export function SupplementForm({
  dossier,
  onSupplemented,
  fieldId = 'supplementFiles',
  maxFiles = 10,
  maxBytes = 5 * 1024 * 1024,
  headingLevel = 3,
}: SupplementFormProps) {
  const t = useDossierMessages(supplementFormMessages);
  const errorText = useServiceErrorText();
  const { service } = useDossier('SupplementForm');
  const token = useSessionToken('SupplementForm');
  const id = useId().replace(/:/g, '');
  const ids = { photos: `${id}-photos`, note: `${id}-note` };

  const [photos, setPhotos] = useState<readonly PickedImage[]>([]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<readonly ErrorSummaryItem[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const [progress, setProgress] = useState<string>();
  const [done, setDone] = useState(false);
  const uploaded = useRef(new WeakMap<PickedImage, FileAnswer>());
  // A new key whenever what is sent changes; the same key for a plain retry.
  const key = useRef(newKey());
  const doneNotice = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) doneNotice.current?.focus();
  }, [done]);

  if (done) {
    return (
      <Notice
        ref={doneNotice}
        tabIndex={-1}
        variant="success"
        title={t('done')}
        headingLevel={headingLevel === 4 ? 4 : 3}
      >
        <p>{t('doneBody')}</p>
      </Notice>
    );
  }
  if (!isOpen(dossier)) return null;

  const sending = progress !== undefined;
  const fieldError = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const text = note.trim().normalize('NFC');
    const found: ErrorSummaryItem[] = [];
    if (photos.length === 0 && !text) found.push({ fieldId: ids.photos, message: t('nothing') });
    if (countCharacters(text) > SUPPLEMENT_NOTE_MAX) {
      found.push({ fieldId: ids.note, message: t('tooLong', { max: SUPPLEMENT_NOTE_MAX }) });
    }
    setErrors(found);
    setFailure(undefined);
    if (found.length > 0) return;
    try {
      const sessionToken = await token();
      const files: FileAnswer[] = [];
      for (const [i, photo] of photos.entries()) {
        setProgress(t('uploading', { done: i + 1, total: photos.length }));
        let file = uploaded.current.get(photo);
        if (!file) {
          file = await service.uploadAttachment(sessionToken, photo.file, {
            fieldId,
            name: photo.name,
            type: photo.type,
          });
          uploaded.current.set(photo, file);
        }
        files.push(file);
      }
      setProgress(t('sending'));
      const result = await service.supplement(sessionToken, dossier.code, {
        ...(text && { note: text }),
        ...(files.length > 0 && { answers: { [fieldId]: files } }),
        idempotencyKey: key.current,
      });
      setDone(true);
      onSupplemented?.(result);
    } catch (error) {
      setFailure(error);
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <section className="gm-supplement-form">
      <Heading level={headingLevel} size="s">
        {t('title')}
      </Heading>
      <form noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} />
        <PhotoPicker
          id={ids.photos}
          label={t('photos')}
          hint={t('photosHint')}
          max={maxFiles}
          maxBytes={maxBytes}
          value={photos}
          onChange={(next) => {
            key.current = newKey();
            setPhotos(next);
          }}
          error={fieldError(ids.photos)}
        />
        <TextArea
          id={ids.note}
          label={t('note')}
          hint={t('noteHint')}
          optional
          rows={3}
          maxLength={SUPPLEMENT_NOTE_MAX}
          value={note}
          onChange={(event) => {
            key.current = newKey();
            setNote(event.currentTarget.value);
          }}
          error={fieldError(ids.note)}
        />
        {failure !== undefined && (
          <Notice variant="error" title={t('failed')} headingLevel={false} announce>
            <p>{errorText(failure)}</p>
          </Notice>
        )}
        <p role="status" className="gm-visually-hidden">
          {progress}
        </p>
        <Button type="submit" loading={sending}>
          {t('send')}
        </Button>
      </form>
    </section>
  );
}
