// Photos of the problem, 1–5: from the camera or the gallery through Zalo, each checked on its
// bytes, made small and re-encoded on the phone, then kept in the phone's storage (so a kill
// loses none). Previews, "Xoá", and moving a photo earlier or later with buttons (no dragging
// needed). Every problem is said per file, in plain words; photos already added stay.
import { isPlatformError } from '@govmini/platform';
import {
  Button,
  ErrorMessage,
  Fieldset,
  FormGroup,
  Hint,
  Notice,
  Spinner,
  useGovMini,
} from '@govmini/ui';
import { useRef, useState } from 'react';
import { isPhotoError, type PhotoErrorCode } from '../../core/photos/errors';
import { PHOTO_MAX_INPUT_BYTES } from '../../core/photos/prepare';
import { type StoredPhotoRef, savePhoto } from '../../core/photos/store';
import { PHOTOS_MAX } from '../../core/validate';
import { useFeedback } from '../FeedbackProvider/context';
import { useFeedbackMessages } from '../messages';
import { FIELD, type StepIssue } from './issues';
import { reportFormMessages } from './messages';
import type { PhotoInMemory } from './use-photo-blobs';

export interface PhotosStepProps {
  photos: readonly StoredPhotoRef[];
  /** The latest list (a pick resolves after other changes). */
  latest: () => readonly StoredPhotoRef[];
  onChange: (photos: readonly StoredPhotoRef[], removed?: readonly string[]) => void;
  photo: (id: string) => PhotoInMemory | undefined;
  remember: (id: string, blob: Blob) => void;
  issues: readonly StepIssue[];
}

const megabytes = (bytes: number, locale: string) =>
  `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1048576)} MB`;

export function PhotosStep({ photos, latest, onChange, photo, remember, issues }: PhotosStepProps) {
  const t = useFeedbackMessages(reportFormMessages);
  const { locale } = useGovMini('ReportForm');
  const { platform, storage, photoProcessor } = useFeedback('ReportForm');
  const [busy, setBusy] = useState(false);
  const [notes, setNotes] = useState<readonly { text: string; problem: boolean }[]>([]);
  const list = useRef<HTMLOListElement>(null);
  const error = issues[0]?.message;

  const focusButton = (selector: string) =>
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(selector)?.focus());

  const pick = async (source: 'camera' | 'album') => {
    if (busy) return;
    const room = PHOTOS_MAX - latest().length;
    if (room <= 0) {
      setNotes([{ text: t('photos.full', { max: PHOTOS_MAX }), problem: true }]);
      return;
    }
    setBusy(true);
    setNotes([]);
    const next: { text: string; problem: boolean }[] = [];
    const fail = (code: PhotoErrorCode, name: string, size = 0) =>
      next.push({
        text: t(`photos.${code}`, {
          name,
          size: megabytes(size, locale),
          limit: megabytes(PHOTO_MAX_INPUT_BYTES, locale),
        }),
        problem: true,
      });
    try {
      const result = await platform.media.pickImages({
        max: room,
        maxBytes: PHOTO_MAX_INPUT_BYTES,
        source,
      });
      for (const r of result.rejected)
        fail(r.reason === 'too_large' ? 'too_large' : 'unsupported_type', r.name);
      const taken = result.images.slice(0, room);
      if (result.images.length > taken.length) {
        next.push({
          text: t('photos.overLimit', {
            count: result.images.length - taken.length,
            max: PHOTOS_MAX,
          }),
          problem: true,
        });
      }
      let added = 0;
      for (const image of taken) {
        try {
          if (latest().length >= PHOTOS_MAX) break;
          const prepared = await photoProcessor.prepare(image.file);
          const ref = await savePhoto(storage, prepared.blob, {
            name: image.name,
            width: prepared.width,
            height: prepared.height,
          });
          remember(ref.id, prepared.blob);
          onChange([...latest(), ref]);
          added++;
        } catch (problem) {
          if (isPhotoError(problem)) fail(problem.code, image.name, image.size);
          else if (isPlatformError(problem, 'storage_full')) fail('storage_full', image.name);
          else fail('unreadable', image.name);
        }
      }
      if (added) next.unshift({ text: t('photos.added', { count: added }), problem: false });
    } catch (problem) {
      // Closing the picker without choosing is not a problem: say nothing.
      if (!isPlatformError(problem, 'user_cancelled'))
        next.push({ text: t('photos.failed'), problem: true });
    } finally {
      setBusy(false);
      setNotes(next);
    }
  };

  const move = (from: number, to: number) => {
    const now = [...latest()];
    const [moved] = now.splice(from, 1);
    if (!moved) return;
    now.splice(to, 0, moved);
    onChange(now);
    setNotes([{ text: t('photos.moved', { n: to + 1 }), problem: false }]);
    // Focus follows the photo, on the same button if it still applies.
    const direction = to < from ? 'up' : 'down';
    const edge = direction === 'up' ? to === 0 : to === now.length - 1;
    focusButton(
      `[data-photo="${moved.id}"] [data-action="${edge ? (direction === 'up' ? 'down' : 'up') : direction}"]`,
    );
  };
  const remove = (index: number) => {
    const now = latest();
    const gone = now[index];
    if (!gone) return;
    onChange(
      now.filter((_, i) => i !== index),
      [gone.id],
    );
    setNotes([{ text: t('photos.removed', { n: index + 1 }), problem: false }]);
    const after = now[index + 1] ?? now[index - 1];
    if (after) focusButton(`[data-photo="${after.id}"] [data-action="remove"]`);
    else requestAnimationFrame(() => document.getElementById(FIELD.photos)?.focus());
  };

  const problems = notes.filter((n) => n.problem);
  const done = notes.filter((n) => !n.problem);
  return (
    <FormGroup error={error}>
      <Fieldset
        legend={t('photos.title')}
        legendAsHeading
        className="gm-feedback-photos"
        aria-describedby={`${FIELD.photos}-hint${error ? ` ${FIELD.photos}-error` : ''}`}
      >
        <Hint id={`${FIELD.photos}-hint`}>{t('photos.hint', { max: PHOTOS_MAX })}</Hint>
        {error && <ErrorMessage id={`${FIELD.photos}-error`}>{error}</ErrorMessage>}
        <p>{t('photos.count', { count: photos.length, max: PHOTOS_MAX })}</p>
        <div className="gm-feedback-actions">
          <Button
            id={FIELD.photos}
            variant="secondary"
            aria-disabled={busy || undefined}
            onClick={() => pick('camera')}
          >
            {t('photos.camera')}
          </Button>
          <Button
            variant="secondary"
            aria-disabled={busy || undefined}
            onClick={() => pick('album')}
          >
            {t('photos.album')}
          </Button>
        </div>
        {busy && <Spinner label={t('photos.preparing')} showLabel />}
        {problems.length > 0 && (
          <Notice variant="error" headingLevel={false} announce>
            <ul>
              {problems.map((n) => (
                <li key={n.text}>{n.text}</li>
              ))}
            </ul>
          </Notice>
        )}
        <p className="gm-visually-hidden" aria-live="polite">
          {done.map((n) => n.text).join(' ')}
        </p>
        {photos.length > 0 && (
          <ol ref={list} className="gm-feedback-photos__list">
            {photos.map((ref, i) => {
              const url = photo(ref.id)?.url;
              // The space outside the hidden span: a screen reader must not hear "Xoáảnh 1".
              const which = (
                <>
                  {' '}
                  <span className="gm-visually-hidden">{t('photos.which', { n: i + 1 })}</span>
                </>
              );
              return (
                <li key={ref.id} className="gm-feedback-photos__item" data-photo={ref.id}>
                  {url ? (
                    <img src={url} alt={t('photos.alt', { n: i + 1 })} />
                  ) : (
                    <span className="gm-feedback-photos__placeholder" />
                  )}
                  <div className="gm-feedback-photos__body">
                    <p className="gm-feedback-photos__name">{t('photos.alt', { n: i + 1 })}</p>
                    <div className="gm-feedback-photos__tools">
                      {i > 0 && (
                        <Button variant="secondary" data-action="up" onClick={() => move(i, i - 1)}>
                          {t('photos.up')}
                          {which}
                        </Button>
                      )}
                      {i < photos.length - 1 && (
                        <Button
                          variant="secondary"
                          data-action="down"
                          onClick={() => move(i, i + 1)}
                        >
                          {t('photos.down')}
                          {which}
                        </Button>
                      )}
                      <Button variant="warning" data-action="remove" onClick={() => remove(i)}>
                        {t('photos.remove')}
                        {which}
                      </Button>
                    </div>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </Fieldset>
    </FormGroup>
  );
}
