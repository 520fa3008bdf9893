// The photo editor is the heaviest part of the sending route and most reports need no covering:
// it is a chunk of its own, fetched when the citizen opens it, or earlier once the form has a
// photo (ReportForm calls `redactorChunk.load()`), so it still opens after the network is gone.
// Should it not arrive, the citizen reads why and can try again; the photos and everything
// typed are in the draft, untouched.
import { Button, type LazyChunk, LazyView, lazyChunk, Notice, Spinner } from '@govmini/ui';
import { useFeedbackMessages } from '../messages';
import type { PhotoRedactorProps } from '../PhotoRedactor/PhotoRedactor';
import { reportFormMessages } from './messages';

type RedactorModule = typeof import('../PhotoRedactor/PhotoRedactor');

export const redactorChunk: LazyChunk<RedactorModule> = /* @__PURE__ */ lazyChunk(
  () => import('../PhotoRedactor/PhotoRedactor'),
);

export interface LazyPhotoRedactorProps extends PhotoRedactorProps {
  /** Where the editor comes from (tests and stories give one that fails). */
  chunk?: LazyChunk<Pick<RedactorModule, 'PhotoRedactor'>> | undefined;
}

export function LazyPhotoRedactor({ chunk = redactorChunk, ...props }: LazyPhotoRedactorProps) {
  const t = useFeedbackMessages(reportFormMessages);
  return (
    <LazyView
      chunk={chunk}
      // "Thử lại" had focus and the editor took its place: focus goes to the photo to cover.
      refocus={() => document.querySelector<HTMLElement>('.gm-redactor__stage')?.focus()}
      loading={<Spinner label={t('blur.opening')} showLabel />}
      failed={(retry, retrying) => (
        <>
          <Notice variant="error" headingLevel={false} announce>
            {t('blur.unavailable')}
          </Notice>
          <div className="gm-feedback-actions">
            {/* Stays while trying again, so focus is not lost with a vanishing button. */}
            <Button loading={retrying} onClick={retry}>
              {t('blur.retry')}
            </Button>
            <Button variant="secondary" onClick={props.onCancel}>
              {t('blur.back')}
            </Button>
          </div>
        </>
      )}
    >
      {({ PhotoRedactor }) => <PhotoRedactor {...props} />}
    </LazyView>
  );
}
