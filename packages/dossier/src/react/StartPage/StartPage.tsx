// Before the first question (GOV.UK start page): what the procedure is, what to prepare, what it
// costs, how long it takes, who may file; then "Bắt đầu", or carrying on an unfinished draft.
import { Button, Heading, useGovMini } from '@govmini/ui';
import { formatVnd } from '@govmini/vn';
import type { FeeDefinition, ProcedureDefinition } from '../../core/definition/types';
import type { Draft } from '../../core/drafts/types';
import { formatMoment } from '../DraftList/format-time';
import { useDrafts } from '../DraftList/use-drafts';
import { type DossierTranslate, useDossierMessages, useLocalized } from '../messages';
import { startPageMessages } from './messages';

export interface StartPageProps {
  procedure: ProcedureDefinition;
  /** "Bắt đầu" (or "Bắt đầu hồ sơ mới" when drafts exist). */
  onStart: () => void;
  /** "Làm tiếp" on one of this procedure's drafts. */
  onResume?: ((draft: Draft) => void) | undefined;
  /** The start button shows "Đang xử lý…" (the draft is being made). */
  starting?: boolean | undefined;
}

type Key = keyof typeof startPageMessages.vi;

export function feeText(fee: FeeDefinition, t: DossierTranslate<Key>, locale: 'vi' | 'en'): string {
  switch (fee.kind) {
    case 'none':
      return t('free');
    case 'fixed':
      return fee.amount === 0 ? t('free') : formatVnd(fee.amount, { locale });
    case 'byChoice': {
      const amounts = Object.values(fee.amounts);
      const min = Math.min(...amounts);
      const max = Math.max(...amounts);
      if (max === 0) return t('free');
      return min === max
        ? formatVnd(min, { locale })
        : t('feeRange', {
            min: min === 0 ? t('free').toLocaleLowerCase(locale) : formatVnd(min, { locale }),
            max: formatVnd(max, { locale }),
          });
    }
    case 'assessed':
      return t('feeAssessed');
  }
}

export function StartPage({ procedure, onStart, onResume, starting }: StartPageProps) {
  const t = useDossierMessages(startPageMessages);
  const localized = useLocalized();
  const { locale } = useGovMini('StartPage');
  const drafts = useDrafts(procedure.id);
  const unfinished = drafts.status === 'ready' ? drafts.drafts : [];
  const { fee } = procedure;
  const feeNote = fee.kind !== 'none' && fee.note ? localized(fee.note) : '';
  // Paid by transfer (VietQR on the dossier) when the procedure names an account and may charge.
  const byTransfer =
    fee.kind !== 'none' &&
    fee.account !== undefined &&
    !(fee.kind === 'fixed' && fee.amount === 0) &&
    !(fee.kind === 'byChoice' && Object.values(fee.amounts).every((a) => a === 0));

  return (
    <div className="gm-dossier-start">
      <h1 className="gm-heading gm-heading--xl">{localized(procedure.title)}</h1>
      <p className="gm-text gm-text--lead">{localized(procedure.summary)}</p>
      {unfinished.length > 0 && onResume && (
        <section className="gm-dossier-start__resume" aria-labelledby="dossier-start-resume">
          <Heading level={2} size="m" id="dossier-start-resume">
            {t('resumeTitle')}
          </Heading>
          <p>{t('resumeLead')}</p>
          <ul className="gm-dossier-start__drafts">
            {unfinished.map((draft) => {
              const time = formatMoment(draft.updatedAt, locale);
              return (
                <li key={draft.id} className="gm-dossier-start__draft">
                  <span>{t('changed', { time })}</span>
                  <Button variant="secondary" onClick={() => onResume(draft)}>
                    {t('resume')}{' '}
                    <span className="gm-visually-hidden">{t('resumeHidden', { time })}</span>
                  </Button>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <dl className="gm-summary-list gm-dossier-start__facts">
        <div className="gm-summary-list__row">
          <dt className="gm-summary-list__key">{t('fee')}</dt>
          <dd className="gm-summary-list__value">
            {feeText(procedure.fee, t, locale)}
            {feeNote && <span className="gm-hint gm-dossier-start__note">{feeNote}</span>}
            {byTransfer && (
              <span className="gm-hint gm-dossier-start__note">{t('feeTransfer')}</span>
            )}
          </dd>
        </div>
        <div className="gm-summary-list__row">
          <dt className="gm-summary-list__key">{t('time')}</dt>
          <dd className="gm-summary-list__value">
            {procedure.processingDays === 0
              ? t('sameDay')
              : t('days', { count: procedure.processingDays })}
          </dd>
        </div>
        <div className="gm-summary-list__row">
          <dt className="gm-summary-list__key">{t('agency')}</dt>
          <dd className="gm-summary-list__value">{localized(procedure.agency.name)}</dd>
        </div>
      </dl>

      {procedure.documents.length > 0 && (
        <section aria-labelledby="dossier-start-documents">
          <Heading level={2} size="m" id="dossier-start-documents">
            {t('documents')}
          </Heading>
          <p>{t('documentsLead')}</p>
          <ul className="gm-dossier-start__list">
            {procedure.documents.map((doc) => {
              const counts = [
                doc.originals ? t('originals', { count: doc.originals }) : '',
                doc.copies ? t('copies', { count: doc.copies }) : '',
                doc.required === false ? t('optional') : '',
              ].filter(Boolean);
              return (
                <li key={doc.id}>
                  {localized(doc.title)}
                  {counts.length > 0 && ` (${counts.join(', ')})`}
                  {doc.note && (
                    <span className="gm-hint gm-dossier-start__note">{localized(doc.note)}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {procedure.eligibility.length > 0 && (
        <section aria-labelledby="dossier-start-who">
          <Heading level={2} size="m" id="dossier-start-who">
            {t('who')}
          </Heading>
          <ul className="gm-dossier-start__list">
            {procedure.eligibility.map((who) => (
              <li key={who.vi}>{localized(who)}</li>
            ))}
          </ul>
          {procedure.onBehalf?.allowed && <p>{t('onBehalf')}</p>}
        </section>
      )}

      <Button onClick={onStart} loading={starting === true} className="gm-dossier-start__button">
        {unfinished.length > 0 && onResume ? t('startNew') : t('start')}
      </Button>

      {procedure.legalBasis.length > 0 && (
        <details className="gm-dossier-details">
          <summary className="gm-dossier-details__summary">{t('legal')}</summary>
          <ul className="gm-dossier-start__list">
            {procedure.legalBasis.map((basis) => (
              <li key={basis.vi}>{localized(basis)}</li>
            ))}
          </ul>
          {procedure.nationalCode && (
            <p className="gm-hint">{t('code', { code: procedure.nationalCode })}</p>
          )}
        </details>
      )}
    </div>
  );
}
