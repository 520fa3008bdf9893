// One dossier, for the citizen who filed it: the status in plain words, what to do now, the
// supplement request with the form to answer it, the result and how to get it, the rating,
// the key facts, the history, and withdrawing while that is allowed. A fee to pay (status 6,
// or a fee due since filing) brings the FeePayment screen, loaded only then. The screen keeps
// the dossier each action returns, so the status, the next step and the history change at once.
import {
  Button,
  Heading,
  LazyView,
  lazyChunk,
  Notice,
  Skeleton,
  SkeletonGroup,
  StatusTag,
} from '@govmini/ui';
import type { VietQrBank } from '@govmini/vn/vietqr';
import { forwardRef, useRef } from 'react';
import type { AddressAnswer, FileAnswer } from '../../core/definition/types';
import { paymentOutstanding } from '../../core/payment/payment';
import type { Dossier } from '../../core/service/types';
import { CancelDossier } from '../CancelDossier/CancelDossier';
import { useDossier } from '../DossierProvider/context';
import type { SaveImage } from '../FeePayment/qr-image';
import { useDossierMessages, useLocalized } from '../messages';
import { RatingForm } from '../RatingForm/RatingForm';
import { StatusTimeline } from '../StatusTimeline/StatusTimeline';
import { SupplementForm } from '../SupplementForm/SupplementForm';
import { dossierDetailMessages } from './messages';
import { DossierFacts, NextStep, ResultSection, SupplementRequestSection } from './sections';
import { errorCodeOf, useServiceErrorText, useServiceErrorWords } from './service-error';
import { useSignedInRemote } from './use-remote';

// Most dossiers have nothing to pay: the fee screen and its QR encoder load when one does. Should
// the chunk not arrive (offline), its place says so with "Thử lại"; the rest of the screen works.
export const feePaymentChunk = /* @__PURE__ */ lazyChunk(() =>
  import('../FeePayment/FeePayment').then((module) => module.FeePayment),
);

/** The fee screen shows while a fee is due, and at status 6 whatever its state. */
export const showsFeePayment = (dossier: Pick<Dossier, 'status' | 'payment'>): boolean =>
  dossier.payment !== undefined && (paymentOutstanding(dossier) || dossier.status === 6);

export interface DossierDetailProps {
  /** The dossier code, `000.00.06.H56-261129-0001`. */
  code: string;
  /** Shows "Quay lại danh sách hồ sơ" at the top. */
  onBack?: () => void;
  /** Every time an action changes the dossier (supplement, withdraw, rating). */
  onChange?: (dossier: Dossier) => void;
  /** `YYYY-MM-DD` for the days left; default today in Vietnam. */
  today?: string;
  /** Where an e-result file is downloaded; without it the file names are listed. */
  resultFileHref?: (file: FileAnswer, dossier: Dossier) => string | undefined;
  /** The post address in words (the app knows commune names); default street and province. */
  formatAddress?: (address: AddressAnswer) => string;
  /** Banks the fee screen names by BIN (default `vietQrBanks` of @govmini/vn/vietqr). */
  banks?: readonly VietQrBank[];
  /** Saves the fee's QR code as an image (default: the platform's, or a browser download). */
  saveImage?: SaveImage;
}

export const DossierDetail = /* @__PURE__ */ forwardRef<HTMLElement, DossierDetailProps>(
  function DossierDetail(
    { code, onBack, onChange, today, resultFileHref, formatAddress, banks, saveImage },
    ref,
  ) {
    const t = useDossierMessages(dossierDetailMessages);
    const errorText = useServiceErrorText();
    const words = useServiceErrorWords();
    const localized = useLocalized();
    const { service } = useDossier('DossierDetail');
    const { remote, retry, set } = useSignedInRemote(
      'DossierDetail',
      (token) => service.get(token, code),
      code,
    );
    const heading = useRef<HTMLHeadingElement>(null);

    const update = (next: Dossier) => {
      set(next);
      onChange?.(next);
    };
    const back = onBack && (
      <Button variant="link" className="gm-dossier-detail__back" onClick={onBack}>
        {t('back')}
      </Button>
    );

    if (remote.state === 'loading') {
      return (
        <article ref={ref} className="gm-dossier-detail">
          {back}
          <SkeletonGroup label={t('loading')}>
            <Skeleton shape="heading" width="80%" />
            <Skeleton lines={2} />
            <Skeleton shape="block" height="8rem" />
            <Skeleton lines={4} />
          </SkeletonGroup>
        </article>
      );
    }

    if (remote.state === 'error') {
      const code = errorCodeOf(remote.error);
      const missing = code === 'not_found' || code === 'forbidden';
      const signedOut = code === 'unauthenticated';
      return (
        <article ref={ref} className="gm-dossier-detail">
          {back}
          <Heading level={1} ref={heading} tabIndex={-1}>
            {missing ? t('notFoundTitle') : t('errorTitle')}
          </Heading>
          <Notice variant="error" headingLevel={false} announce>
            <p>{signedOut ? t('signInNeeded') : errorText(remote.error)}</p>
          </Notice>
          {!missing && !signedOut && (
            <Button
              variant="secondary"
              onClick={() => {
                heading.current?.focus();
                retry();
              }}
            >
              {words('retry')}
            </Button>
          )}
        </article>
      );
    }

    const dossier = remote.data;
    return (
      <article ref={ref} className="gm-dossier-detail">
        {back}
        <Heading level={1}>{localized(dossier.procedureTitle)}</Heading>
        <p className="gm-dossier-detail__code">
          {t('fact.code')}: <strong>{dossier.code}</strong>
        </p>
        {/* Rated: the tag's long form would still ask for a rating. */}
        <StatusTag
          status={dossier.status}
          description={!(dossier.status === 10 && dossier.rating)}
        />
        <NextStep dossier={dossier} level={2} />
        {showsFeePayment(dossier) && (
          <LazyView
            chunk={feePaymentChunk}
            loading={
              <SkeletonGroup label={t('loadingPayment')}>
                <Skeleton shape="heading" width="60%" />
                <Skeleton shape="block" height="15rem" />
              </SkeletonGroup>
            }
            failed={(retry, retrying) => (
              <div className="gm-dossier-part">
                <Notice variant="error" headingLevel={false}>
                  {t('paymentFailed')}
                </Notice>
                <Button variant="secondary" loading={retrying} onClick={retry}>
                  {t('paymentRetry')}
                </Button>
              </div>
            )}
          >
            {(FeePayment) => (
              <FeePayment
                key={`payment:${dossier.code}`}
                dossier={dossier}
                onReported={update}
                banks={banks}
                saveImage={saveImage}
              />
            )}
          </LazyView>
        )}
        <SupplementRequestSection dossier={dossier} level={2} today={today}>
          <SupplementForm
            key={`supplement:${dossier.code}`}
            dossier={dossier}
            onSupplemented={update}
          />
        </SupplementRequestSection>
        <ResultSection
          dossier={dossier}
          level={2}
          resultFileHref={resultFileHref}
          formatAddress={formatAddress}
        />
        <RatingForm key={`rating:${dossier.code}`} dossier={dossier} onRated={update} />
        <DossierFacts dossier={dossier} level={2} today={today} />
        <section>
          <Heading level={2} size="m">
            {t('historyTitle')}
          </Heading>
          <StatusTimeline history={dossier.history} />
        </section>
        <CancelDossier key={`cancel:${dossier.code}`} dossier={dossier} onCancelled={update} />
      </article>
    );
  },
);
