// After "Gửi hồ sơ": the dossier code (large, copyable, and as a QR code for the counter), the
// expected result date in working days (weekends, holidays and Tết skipped), what happens next.
// While the phone is offline the dossier waits in the outbox: the page says so, and that there is
// nothing to do again. A fee due from filing is said here, with the way to the page to pay it.
import { Button, Heading, Notice, Text, useGovMini } from '@govmini/ui';
import { formatDate, formatVnd } from '@govmini/vn';
import { addWorkingDays } from '@govmini/vn/calendar';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { ProcedureDefinition } from '../../core/definition/types';
import type { Dossier } from '../../core/service/types';
import { isoDay } from '../fields/format-answer';
import { useDossierMessages, useLocalized } from '../messages';
import { type RenderScreenLink, ScreenLink } from '../screen-link';
import { confirmationMessages } from './messages';
import { QrCode } from './QrCode';

export interface ConfirmationProps {
  procedure: ProcedureDefinition;
  /** The filed dossier; absent while it waits in the outbox. */
  dossier?: Dossier | undefined;
  /** Waiting in the outbox: "Thử gửi lại ngay" calls this. */
  onRetry?: (() => void) | undefined;
  /** Sending right now (the retry button shows it). */
  sending?: boolean | undefined;
  /** Link to the citizen's dossiers list. */
  myDossiersHref?: string | undefined;
  /** Link to this dossier's page. */
  dossierHref?: ((code: string) => string) | undefined;
  /** Renders those links with the app's router (default plain links). */
  renderLink?: RenderScreenLink | undefined;
}

/** The day the result is expected: the backend's when it set one, else counted on the phone. */
export function expectedResultDate(dossier: Dossier, processingDays: number): string {
  if (dossier.dueDate) return dossier.dueDate;
  const due = addWorkingDays(isoDay(dossier.submittedAt), processingDays);
  return `${due.year}-${String(due.month).padStart(2, '0')}-${String(due.day).padStart(2, '0')}`;
}

export function Confirmation({
  procedure,
  dossier,
  onRetry,
  sending,
  myDossiersHref,
  dossierHref,
  renderLink,
}: ConfirmationProps) {
  const t = useDossierMessages(confirmationMessages);
  const localized = useLocalized();
  const { locale } = useGovMini('Confirmation');
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'copied' | 'copyFailed' | undefined>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once per state (queued → sent)
  useEffect(() => heading.current?.focus(), [Boolean(dossier)]);

  const links: ReactNode = (myDossiersHref || (dossier && dossierHref)) && (
    <ul className="gm-dossier-confirmation__links">
      {dossier && dossierHref && (
        <li>
          <ScreenLink href={dossierHref(dossier.code)} renderLink={renderLink}>
            {t('view')}
          </ScreenLink>
        </li>
      )}
      {myDossiersHref && (
        <li>
          <ScreenLink href={myDossiersHref} renderLink={renderLink}>
            {t('myDossiers')}
          </ScreenLink>
        </li>
      )}
    </ul>
  );

  if (!dossier) {
    return (
      <div className="gm-dossier-confirmation">
        <h1 ref={heading} tabIndex={-1} className="gm-heading gm-heading--xl">
          {t('queuedTitle')}
        </h1>
        <Notice variant="warning">
          <p>{t('queued')}</p>
        </Notice>
        {onRetry && (
          <Button variant="secondary" loading={sending === true} onClick={onRetry}>
            {t('queuedRetry')}
          </Button>
        )}
        {links}
      </div>
    );
  }

  const due = expectedResultDate(dossier, procedure.processingDays);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(dossier.code);
      setCopied('copied');
    } catch {
      setCopied('copyFailed');
    }
  };
  return (
    <div className="gm-dossier-confirmation">
      <div className="gm-dossier-confirmation__panel">
        <h1 ref={heading} tabIndex={-1} className="gm-heading gm-heading--xl">
          {t('title')}
        </h1>
        <p className="gm-dossier-confirmation__label">{t('codeLabel')}</p>
        <p className="gm-dossier-confirmation__code">{dossier.code}</p>
      </div>
      <div className="gm-dossier-actions">
        <Button variant="secondary" onClick={() => void copy()}>
          {t('copy')}
        </Button>
      </div>
      <p role="status" className="gm-dossier-confirmation__copied">
        {copied ? t(copied) : ''}
      </p>
      <Text>{t('keepCode')}</Text>
      <figure className="gm-dossier-confirmation__qr">
        <QrCode value={dossier.code} label={t('qr', { code: dossier.code })} />
        <figcaption className="gm-hint">{t('qrCaption')}</figcaption>
      </figure>
      <dl className="gm-summary-list">
        <div className="gm-summary-list__row">
          <dt className="gm-summary-list__key">{t('due')}</dt>
          <dd className="gm-summary-list__value">
            <strong>{formatDate(isoDay(due), 'full', { locale })}</strong>
            <span className="gm-hint gm-dossier-confirmation__note">{t('dueNote')}</span>
          </dd>
        </div>
      </dl>
      {dossier.payment?.status === 'unpaid' && (
        <Notice variant="warning" title={t('feeTitle')} headingLevel={2}>
          <p>{t('fee', { amount: formatVnd(dossier.payment.amount, { locale }) })}</p>
          {dossierHref && (
            <p className="gm-dossier-confirmation__pay">
              <ScreenLink href={dossierHref(dossier.code)} renderLink={renderLink}>
                {t('pay')}
              </ScreenLink>
            </p>
          )}
        </Notice>
      )}
      <section aria-labelledby="dossier-confirmation-next">
        <Heading level={2} size="m" id="dossier-confirmation-next">
          {t('next')}
        </Heading>
        <Text>{localized(procedure.nextSteps)}</Text>
      </section>
      {links}
    </div>
  );
}
