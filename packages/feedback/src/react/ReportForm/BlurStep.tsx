// "Che mặt người, biển số xe": each photo with a button to open the PhotoRedactor on it (a chunk
// of its own, see ./LazyPhotoRedactor). The blurred photo is made on the phone's canvas, kept
// under a new id, and takes the place of the unblurred one, whose bytes are then deleted: only
// the blurred photo can ever be sent.
import { Button, Heading, Notice } from '@govmini/ui';
import { useState } from 'react';
import type { BlurRegion } from '../../core/photos/regions';
import { type StoredPhotoRef, savePhoto } from '../../core/photos/store';
import { useFeedback } from '../FeedbackProvider/context';
import { useFeedbackMessages } from '../messages';
import { LazyPhotoRedactor } from './LazyPhotoRedactor';
import { reportFormMessages } from './messages';
import type { PhotoInMemory } from './use-photo-blobs';

export interface BlurStepProps {
  photos: readonly StoredPhotoRef[];
  blurred: readonly string[];
  latest: () => { photos: readonly StoredPhotoRef[]; blurred: readonly string[] };
  onChange: (
    change: { photos: readonly StoredPhotoRef[]; blurred: readonly string[] },
    removed: readonly string[],
  ) => void;
  photo: (id: string) => PhotoInMemory | undefined;
  remember: (id: string, blob: Blob) => void;
  /** The editor is open (the page hides its own button meanwhile). */
  onEditing: (editing: boolean) => void;
}

export function BlurStep({
  photos,
  blurred,
  latest,
  onChange,
  photo,
  remember,
  onEditing,
}: BlurStepProps) {
  const t = useFeedbackMessages(reportFormMessages);
  const { storage, photoProcessor } = useFeedback('ReportForm');
  const [editing, setEditing] = useState<string>();
  const [applying, setApplying] = useState(false);
  const [failed, setFailed] = useState(false);
  const [said, say] = useState('');

  const open = (id: string | undefined) => {
    setEditing(id);
    setFailed(false);
    onEditing(id !== undefined);
    if (id === undefined) return;
    say('');
  };
  const refocus = (id: string) =>
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-blur="${id}"]`)?.focus(),
    );

  const apply = async (ref: StoredPhotoRef, index: number, regions: readonly BlurRegion[]) => {
    if (regions.length === 0) {
      open(undefined);
      refocus(ref.id);
      return;
    }
    const source = photo(ref.id)?.blob;
    if (!source) return setFailed(true);
    setApplying(true);
    setFailed(false);
    try {
      const redacted = await photoProcessor.redact(source, regions);
      const made = await savePhoto(storage, redacted.blob, {
        name: ref.name,
        width: redacted.width,
        height: redacted.height,
      });
      remember(made.id, redacted.blob);
      const now = latest();
      onChange(
        {
          photos: now.photos.map((p) => (p.id === ref.id ? made : p)),
          blurred: [...now.blurred.filter((id) => id !== ref.id), made.id],
        },
        [ref.id],
      );
      open(undefined);
      say(t('blur.applied', { n: index + 1 }));
      refocus(made.id);
    } catch {
      setFailed(true);
    } finally {
      setApplying(false);
    }
  };

  const index = photos.findIndex((p) => p.id === editing);
  const current = photos[index];
  const blob = current && photo(current.id)?.blob;
  if (current && blob) {
    return (
      <>
        <Heading level={1}>{t('blur.edit', { n: index + 1 })}</Heading>
        <LazyPhotoRedactor
          key={current.id}
          photo={blob}
          number={index + 1}
          applying={applying}
          error={failed}
          onApply={(regions) => void apply(current, index, regions)}
          onCancel={() => {
            open(undefined);
            refocus(current.id);
          }}
        />
      </>
    );
  }

  return (
    <>
      <Heading level={1}>{t('blur.title')}</Heading>
      <p>{t('blur.lead')}</p>
      <p className="gm-visually-hidden" aria-live="polite">
        {said}
      </p>
      <ol className="gm-feedback-photos__list">
        {photos.map((ref, i) => {
          const url = photo(ref.id)?.url;
          const done = blurred.includes(ref.id);
          return (
            <li key={ref.id} className="gm-feedback-photos__item">
              {url ? (
                <img src={url} alt={t('photos.alt', { n: i + 1 })} />
              ) : (
                <span className="gm-feedback-photos__placeholder" />
              )}
              <div className="gm-feedback-photos__body">
                <p className="gm-feedback-photos__name">
                  {t('photos.alt', { n: i + 1 })}
                  {done && (
                    <>
                      {' '}
                      <span className="gm-status-tag gm-status-tag--success">{t('blur.done')}</span>
                    </>
                  )}
                </p>
                <div className="gm-feedback-photos__tools">
                  <Button variant="secondary" data-blur={ref.id} onClick={() => open(ref.id)}>
                    {t(done ? 'blur.editAgain' : 'blur.edit', { n: i + 1 })}
                  </Button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      {photos.length > 0 && (
        <Notice variant="info" headingLevel={false}>
          {t('blur.none')}
        </Notice>
      )}
    </>
  );
}
