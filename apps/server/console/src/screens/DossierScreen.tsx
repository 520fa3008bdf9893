// One dossier as an officer works on it: where it stands, its fee and how paying it goes, what
// the citizen asked and gave (answers under the procedure's own questions, files to open),
// what happened so far, and the status change form with only the moves allowed now.
import { StatusTag, SummaryList } from '@govmini/ui';
import type { DossierDetail } from '../../../src/staff/wire.ts';
import { api } from '../api.ts';
import { commonMessages } from '../common.messages.ts';
import { DetailScreen, Timeline, TimelineEvent } from '../detail-screen.tsx';
import { useFormat, useMessages } from '../i18n.ts';
import { joined, Section, useResource } from '../parts.tsx';
import { hrefFor } from '../router.tsx';
import { AnswerSections } from './AnswerView.tsx';
import { dossierMessages } from './dossier.messages.ts';
import { PaymentPanel } from './PaymentPanel.tsx';
import { StatusChangeForm } from './StatusChangeForm.tsx';

export function DossierScreen({ code }: { code: string }) {
  const t = useMessages(dossierMessages);
  const dossier = useResource(`dossier:${code}`, () => api.dossier(code));
  return (
    <DetailScreen backHref={hrefFor.dossiers()} title={t('title', { code })} of={dossier}>
      {(detail) => <DossierBody detail={detail} onChanged={dossier.set} />}
    </DetailScreen>
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
      <Section id="facts-title" title={t('facts')}>
        <SummaryList>
          <SummaryList.Row label={t('procedure')} value={format.text(procedure.title)} />
          <SummaryList.Row
            label={t('citizen.label')}
            value={joined(detail.citizen.name, detail.citizen.phone)}
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
              value={joined(common(`rating.${dossier.rating.level}`), dossier.rating.comment)}
            />
          )}
        </SummaryList>
      </Section>
      {request && (
        <Section id="supplement-title" title={t('supplement')}>
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
        </Section>
      )}
      <PaymentPanel detail={detail} onChanged={onChanged} />
      <Section id="answers-title" title={t('answers')}>
        <AnswerSections sections={detail.sections} />
      </Section>
      <StatusChangeForm detail={detail} onChanged={onChanged} />
      <Section id="history-title" title={t('history')}>
        <Timeline events={dossier.history}>
          {(event) => (
            <TimelineEvent
              status={common(`status.${event.status}`)}
              at={event.at}
              by={
                event.by && t('historyBy', { by: event.by === 'citizen' ? t('citizen') : event.by })
              }
              note={event.note}
            />
          )}
        </Timeline>
      </Section>
    </>
  );
}
