// One report as an officer handles it: what the citizen wrote and photographed, where, who
// else has the same problem, the history and any answer so far, then what can be done now.

import type { ReportLocation } from '@govmini/feedback/core';
import { Heading, SummaryList } from '@govmini/ui';
import type { ReportDetail } from '../../../src/staff/wire.ts';
import { api } from '../api.ts';
import { commonMessages } from '../common.messages.ts';
import { DetailScreen, Timeline, TimelineEvent } from '../detail-screen.tsx';
import { useFormat, useMessages } from '../i18n.ts';
import { joined, ReportStatusTag, Section, useResource } from '../parts.tsx';
import { hrefFor } from '../router.tsx';
import { ReportActions } from './ReportActions.tsx';
import { reportMessages } from './report.messages.ts';

export function ReportScreen({ id }: { id: string }) {
  const t = useMessages(reportMessages);
  const report = useResource(`report:${id}`, () => api.report(id));
  const code = report.resource.state === 'ready' ? report.resource.data.report.code : '';
  return (
    <DetailScreen
      backHref={hrefFor.reports()}
      title={code ? t('title', { code }) : t('facts')}
      of={report}
    >
      {(detail) => <ReportBody detail={detail} onChanged={report.set} />}
    </DetailScreen>
  );
}

function Location({ location }: { location: ReportLocation }) {
  const t = useMessages(reportMessages);
  const lines =
    location.kind === 'device'
      ? [
          location.place,
          location.address,
          t('coordinates', {
            lat: location.latitude.toFixed(5),
            lng: location.longitude.toFixed(5),
          }),
        ]
      : [location.place, t('communeCode', { code: location.communeCode })];
  return (
    <ul className="staff-plain-list">
      {lines.filter(Boolean).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function ReportBody({
  detail,
  onChanged,
}: {
  detail: ReportDetail;
  onChanged: (detail: ReportDetail) => void;
}) {
  const t = useMessages(reportMessages);
  const common = useMessages(commonMessages);
  const format = useFormat();
  const { report, category } = detail;
  return (
    <>
      <ReportStatusTag status={report.status} />
      <Section id="report-facts-title" title={t('facts')}>
        <SummaryList>
          <SummaryList.Row label={t('category')} value={format.text(category.title)} />
          <SummaryList.Row label={t('agency')} value={format.text(category.agency)} />
          <SummaryList.Row label={t('createdAt')} value={format.dateTime(report.createdAt)} />
          {report.dueDate && (
            <SummaryList.Row label={t('dueDate')} value={format.date(report.dueDate)} />
          )}
          <SummaryList.Row
            label={t('description')}
            value={<span className="staff-pre">{report.description}</span>}
          />
          <SummaryList.Row label={t('location')} value={<Location location={report.location} />} />
          <SummaryList.Row label={t('supporters')} value={format.number(report.supporters)} />
          <SummaryList.Row
            label={t('publish')}
            value={report.publish ? t('published') : t('private')}
          />
          {report.reporterName && (
            <SummaryList.Row label={t('reporterName')} value={report.reporterName} />
          )}
          {report.rating && (
            <SummaryList.Row
              label={t('rating')}
              value={joined(common(`rating.${report.rating.level}`), report.rating.comment)}
            />
          )}
          {report.resolved && (
            <SummaryList.Row
              label={t('resolved')}
              value={joined(
                report.resolved.resolved ? t('resolvedYes') : t('resolvedNo'),
                report.resolved.comment,
              )}
            />
          )}
        </SummaryList>
        {report.photos.length > 0 && (
          <>
            <Heading level={3} size="s">
              {t('photos')}
            </Heading>
            <ul className="staff-photos">
              {report.photos.map((photo, index) => (
                <li key={photo.id}>
                  <a href={photo.url} target="_blank" rel="noopener">
                    <img
                      src={photo.url}
                      alt={t('photoAlt', { n: index + 1, code: report.code })}
                      loading="lazy"
                      width={photo.width}
                      height={photo.height}
                    />
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
      {report.answer && (
        <Section id="report-answer-title" title={t('answer')}>
          <p className="gm-hint">
            {t('answeredAt', { at: format.dateTime(report.answer.answeredAt) })}
          </p>
          <p className="staff-pre">{report.answer.text}</p>
          {report.answer.attachments.length > 0 && (
            <ul className="staff-photos">
              {report.answer.attachments.map((photo, index) => (
                <li key={photo.id}>
                  <img src={photo.url} alt={t('answerPhotoAlt', { n: index + 1 })} loading="lazy" />
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
      <ReportActions detail={detail} onChanged={onChanged} />
      <Section id="report-history-title" title={t('history')}>
        <Timeline events={report.history}>
          {(event) => (
            <TimelineEvent
              status={common(`report.${event.status}`)}
              at={event.at}
              note={event.note}
            >
              {event.reopened && <p>{t('reopened')}</p>}
            </TimelineEvent>
          )}
        </Timeline>
      </Section>
    </>
  );
}
