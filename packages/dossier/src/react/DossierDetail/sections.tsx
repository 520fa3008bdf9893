// The parts of the dossier screen: what to do now, the key facts, the supplement request and
// the result. Each takes the dossier and renders nothing when it has nothing to say.
import { Heading, Link, Notice, SummaryList, useGovMini } from '@govmini/ui';
import { formatVnd } from '@govmini/vn';
import { getProvince } from '@govmini/vn/admin';
import type { ReactNode } from 'react';
import type { AddressAnswer, FileAnswer } from '../../core/definition/types';
import type { Dossier, StatusEvent } from '../../core/service/types';
import { useDossierMessages, useLocalized } from '../messages';
import { DueDate } from '../StatusTimeline/DueDate';
import { formatDateTime, formatDay } from '../StatusTimeline/dossier-dates';
import { dossierDetailMessages } from './messages';

type Level = 2 | 3;

/** The latest event at the dossier's current status: it carries the officer's reason. */
export const currentEvent = (dossier: Dossier): StatusEvent | undefined =>
  [...dossier.history]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .filter((e) => e.status === dossier.status)
    .pop();

export function NextStep({ dossier, level }: { dossier: Dossier; level: Level }) {
  const t = useDossierMessages(dossierDetailMessages);
  const { locale } = useGovMini('DossierDetail');
  const s = dossier.status;
  const payment = dossier.payment;
  // A fee due since filing is something to do now, whatever the office is doing meanwhile.
  const toPay = payment?.status === 'unpaid' && [1, 2, 4, 9].includes(s);
  let text: string;
  if (s === 5 && dossier.supplementRequest?.dueDate) {
    text = t('next.5.due', { date: formatDay(dossier.supplementRequest.dueDate) });
  } else if (s === 6 && payment?.status === 'pending_confirmation') {
    text = t('next.6.pending');
  } else if (s === 6 && payment?.status === 'unpaid') {
    text = t('next.6.pay', { amount: formatVnd(payment.amount, { locale }) });
  } else if (s === 6 && dossier.feeAmount) {
    text = t('next.6.amount', { amount: formatVnd(dossier.feeAmount, { locale }) });
  } else if (toPay) {
    text = t('next.pay', { amount: formatVnd(payment.amount, { locale }) });
  } else if (s === 9) {
    text = t(`next.9.${dossier.result?.delivery ?? dossier.resultDelivery}`);
  } else if (s === 10) {
    text = dossier.rating ? t('next.10.rated') : t('next.10');
  } else {
    text = t(`next.${s}`);
  }
  const reason = s === 3 || s === 8 ? currentEvent(dossier)?.note : undefined;
  const act =
    toPay || s === 3 || s === 5 || s === 6 || s === 8 || s === 9 || (s === 10 && !dossier.rating);
  return (
    <Notice variant={act ? 'warning' : 'info'} title={t('nextTitle')} headingLevel={level}>
      {reason && <p>{t('reason', { reason })}</p>}
      <p>{text}</p>
    </Notice>
  );
}

export function DossierFacts({
  dossier,
  level,
  today,
}: {
  dossier: Dossier;
  level: Level;
  today: string | undefined;
}) {
  const t = useDossierMessages(dossierDetailMessages);
  const localized = useLocalized();
  const { locale } = useGovMini('DossierDetail');
  const { payment } = dossier;
  const fee = payment
    ? t(`fee.${payment.status}`, { amount: formatVnd(payment.amount, { locale }) })
    : dossier.feeAmount === undefined
      ? undefined
      : dossier.feeAmount === 0
        ? t('free')
        : formatVnd(dossier.feeAmount, { locale });
  return (
    <section>
      <Heading level={level} size="m">
        {t('factsTitle')}
      </Heading>
      <SummaryList>
        <SummaryList.Row label={t('fact.code')} value={dossier.code} />
        <SummaryList.Row label={t('fact.procedure')} value={localized(dossier.procedureTitle)} />
        <SummaryList.Row
          label={t('fact.submitted')}
          value={<time dateTime={dossier.submittedAt}>{formatDateTime(dossier.submittedAt)}</time>}
        />
        <SummaryList.Row
          label={t('fact.due')}
          value={<DueDate dueDate={dossier.dueDate} status={dossier.status} today={today} />}
        />
        {dossier.completedAt && (
          <SummaryList.Row
            label={t('fact.completed')}
            value={<time dateTime={dossier.completedAt}>{formatDay(dossier.completedAt)}</time>}
          />
        )}
        <SummaryList.Row
          label={t('fact.delivery')}
          value={t(`delivery.${dossier.result?.delivery ?? dossier.resultDelivery}`)}
        />
        {fee !== undefined && <SummaryList.Row label={t('fact.fee')} value={fee} />}
      </SummaryList>
    </section>
  );
}

export function SupplementRequestSection({
  dossier,
  level,
  today,
  children,
}: {
  dossier: Dossier;
  level: Level;
  today: string | undefined;
  /** The form to answer with. */
  children?: ReactNode;
}) {
  const t = useDossierMessages(dossierDetailMessages);
  const request = dossier.supplementRequest;
  // An old request answered long ago is history (the timeline has it), not news.
  const shown = dossier.status === 5 || (dossier.status === 4 && request?.answeredAt);
  if (!request || !shown) return null;
  return (
    <section className="gm-supplement-request">
      <Heading level={level} size="m">
        {t('supplementTitle')}
      </Heading>
      <p>{t('supplementAsked', { time: formatDateTime(request.requestedAt) })}</p>
      <p>{t('reason', { reason: request.reason })}</p>
      {request.documents.length > 0 && (
        <>
          <Heading level={(level + 1) as 3 | 4} size="s">
            {t('supplementDocuments')}
          </Heading>
          <ul className="gm-supplement-request__documents">
            {request.documents.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </>
      )}
      {request.dueDate && (
        <SummaryList>
          <SummaryList.Row
            label={t('supplementDue')}
            value={
              // Counting down until answered; 5 is a status without a countdown.
              <DueDate
                dueDate={request.dueDate}
                status={request.answeredAt ? 5 : undefined}
                today={today}
              />
            }
          />
        </SummaryList>
      )}
      {request.answeredAt && (
        <p>{t('supplementAnswered', { time: formatDateTime(request.answeredAt) })}</p>
      )}
      {children}
    </section>
  );
}

export interface ResultSectionProps {
  dossier: Dossier;
  level: Level;
  /** Where an e-result file is downloaded; without it the file names are listed. */
  resultFileHref?: ((file: FileAnswer, dossier: Dossier) => string | undefined) | undefined;
  /** The post address in words (the app knows commune names); default street and province. */
  formatAddress?: ((address: AddressAnswer) => string) | undefined;
}

const defaultAddress = (address: AddressAnswer) =>
  [address.street, getProvince(address.provinceCode)?.fullName].filter(Boolean).join(', ');

export function ResultSection({
  dossier,
  level,
  resultFileHref,
  formatAddress = defaultAddress,
}: ResultSectionProps) {
  const t = useDossierMessages(dossierDetailMessages);
  const { locale } = useGovMini('DossierDetail');
  const size = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const result = dossier.result;
  if (!result || (dossier.status !== 9 && dossier.status !== 10)) return null;
  const sizeText = (bytes: number) =>
    bytes >= 1_048_576
      ? `${size.format(bytes / 1_048_576)} MB`
      : `${size.format(Math.max(1, bytes / 1024))} KB`;
  const files = result.attachments ?? [];
  return (
    <section className="gm-dossier-result">
      <Heading level={level} size="m">
        {t('resultTitle')}
      </Heading>
      {(result.pickup || result.postAddress) && (
        <SummaryList>
          {result.pickup && (
            <SummaryList.Row label={t('pickupPlace')} value={result.pickup.place} />
          )}
          {result.pickup && (
            <SummaryList.Row label={t('pickupHours')} value={result.pickup.hours} />
          )}
          {result.postAddress && (
            <SummaryList.Row
              label={t('postTo')}
              value={`${result.postAddress.recipient}, ${formatAddress(result.postAddress)}`}
            />
          )}
        </SummaryList>
      )}
      {files.length > 0 && (
        <>
          <Heading level={(level + 1) as 3 | 4} size="s">
            {t('resultFiles')}
          </Heading>
          <ul className="gm-dossier-result__files">
            {files.map((file) => {
              const label = t('fileSize', { name: file.name, size: sizeText(file.size) });
              const href = resultFileHref?.(file, dossier);
              return (
                <li key={file.id}>
                  {href ? (
                    <Link href={href} download={file.name}>
                      {label}
                    </Link>
                  ) : (
                    label
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {result.note && <p>{result.note}</p>}
    </section>
  );
}
