// One dossier as an officer works on it: where it stands, its fee and how paying it goes, what
// the citizen asked and gave (answers under the procedure's own questions, files to open),
// what happened so far, and the status change form with only the moves allowed now.
import { Heading, StatusTag, SummaryList } from '@govmini/ui';
import type { DossierDetail } from '../../../src/staff/wire.ts';
import { api } from '../api.ts';
import { commonMessages } from '../common.messages.ts';
import { useFormat, useMessages } from '../i18n.ts';
import { LoadError, Loading, PageHeading, useResource } from '../parts.tsx';
import { hrefFor, RouterLink } from '../router.tsx';
import { AnswerSections } from './AnswerView.tsx';
import { dossierMessages } from './dossier.messages.ts';
import { PaymentPanel } from './PaymentPanel.tsx';
import { StatusChangeForm } from './StatusChangeForm.tsx';

export function DossierScreen({ code }: { code: string }) {
  const t = useMessages(dossierMessages);
  const common = useMessages(commonMessages);
  const { resource, reload, set } = useResource(`dossier:${code}`, () => api.dossier(code));
  const title = t('title', { code });
  return (
    <>
      <p>
        <RouterLink className="gm-link" href={hrefFor.dossiers()}>
          {common('back')}
        </RouterLink>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {resource.state === 'loading' && <Loading />}
      {resource.state === 'error' && <LoadError error={resource.error} onRetry={reload} />}
      {resource.state === 'ready' && <DossierBody detail={resource.data} onChanged={set} />}
    </>
  );
}

function DossierBody({
  detail,
  onChanged,
}: {
  detail: DossierDetail;
  onChanged: (detail: DossierDetail) => void;
}) {
  const t = useMessages(dossierMessages);
  const common = useMessages(commonMessages);
  const format = useFormat();
  const { dossier, procedure } = detail;
  const request = dossier.supplementRequest;
  return (
    <>
      <StatusTag status={dossier.status}>{common(`status.${dossier.status}`)}</StatusTag>
      <section aria-labelledby="facts-title" className="staff-section">
        <Heading level={2} id="facts-title">
          {t('facts')}
        </Heading>
        <SummaryList>
          <SummaryList.Row label={t('procedure')} value={format.text(procedure.title)} />
          <SummaryList.Row
            label={t('citizen.label')}
            value={[detail.citizen.name, detail.citizen.phone].filter(Boolean).join(' – ')}
          />
          <SummaryList.Row label={t('agency')} value={format.text(procedure.agency)} />
          <SummaryList.Row label={t('submittedAt')} value={format.dateTime(dossier.submittedAt)} />
          <SummaryList.Row
            label={t('processingDays')}
            value={t('days', { days: procedure.processingDays })}
          />
          {dossier.dueDate && (
            <SummaryList.Row label={t('dueDate')} value={format.date(dossier.dueDate)} />
          )}
          <SummaryList.Row label={t('delivery')} value={t(`delivery.${dossier.resultDelivery}`)} />
          {dossier.feeAmount !== undefined && (
            <SummaryList.Row label={t('fee')} value={format.money(dossier.feeAmount)} />
          )}
          {dossier.onBehalf && (
            <SummaryList.Row
              label={t('onBehalf')}
              value={t('onBehalfValue', {
                name: dossier.onBehalf.filer.name,
                relationship: dossier.onBehalf.relationship,
              })}
            />
          )}
          {dossier.rating && (
            <SummaryList.Row
              label={t('rating')}
              value={[common(`rating.${dossier.rating.level}`), dossier.rating.comment]
                .filter(Boolean)
                .join(' – ')}
            />
          )}
        </SummaryList>
      </section>
      {request && (
        <section aria-labelledby="supplement-title" className="staff-section">
          <Heading level={2} id="supplement-title">
            {t('supplement')}
          </Heading>
          <SummaryList>
            <SummaryList.Row label={t('supplementReason')} value={request.reason} />
            <SummaryList.Row
              label={t('supplementDocuments')}
              value={
                <ul className="staff-plain-list">
                  {request.documents.map((doc) => (
                    <li key={doc}>{doc}</li>
                  ))}
                </ul>
              }
            />
            {request.dueDate && (
              <SummaryList.Row label={t('supplementDue')} value={format.date(request.dueDate)} />
            )}
          </SummaryList>
          <p>
            {request.answeredAt
              ? t('supplementAnswered', { at: format.dateTime(request.answeredAt) })
              : t('supplementWaiting')}
          </p>
        </section>
      )}
      <PaymentPanel detail={detail} onChanged={onChanged} />
      <section aria-labelledby="answers-title" className="staff-section">
        <Heading level={2} id="answers-title">
          {t('answers')}
        </Heading>
        <AnswerSections sections={detail.sections} />
      </section>
      <StatusChangeForm detail={detail} onChanged={onChanged} />
      <section aria-labelledby="history-title" className="staff-section">
        <Heading level={2} id="history-title">
          {t('history')}
        </Heading>
        {/* Newest first, numbered down to the filing. */}
        <ol className="staff-timeline" reversed>
          {[...dossier.history].reverse().map((event, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: history only grows; the order is fixed
            <li key={index}>
              <p className="staff-timeline__head">
                <strong>{common(`status.${event.status}`)}</strong>{' '}
                <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                {event.by && (
                  <> {t('historyBy', { by: event.by === 'citizen' ? t('citizen') : event.by })}</>
                )}
              </p>
              {event.note && <p className="staff-pre">{event.note}</p>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
