// One report as an officer handles it: what the citizen wrote and photographed, where, who
// else has the same problem, the history and any answer so far, then what can be done now.

import type { ReportLocation } from '@govmini/feedback/core';
import { Heading, SummaryList } from '@govmini/ui';
import type { ReportDetail } from '../../../src/staff/wire.ts';
import { api } from '../api.ts';
import { commonMessages } from '../common.messages.ts';
import { useFormat, useMessages } from '../i18n.ts';
import { LoadError, Loading, PageHeading, ReportStatusTag, useResource } from '../parts.tsx';
import { hrefFor, RouterLink } from '../router.tsx';
import { ReportActions } from './ReportActions.tsx';
import { reportMessages } from './report.messages.ts';

export function ReportScreen({ id }: { id: string }) {
  const t = useMessages(reportMessages);
  const common = useMessages(commonMessages);
  const { resource, reload, set } = useResource(`report:${id}`, () => api.report(id));
  const code = resource.state === 'ready' ? resource.data.report.code : '';
  const title = code ? t('title', { code }) : t('facts');
  return (
    <>
      <p>
        <RouterLink className="gm-link" href={hrefFor.reports()}>
          {common('back')}
        </RouterLink>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {resource.state === 'loading' && <Loading />}
      {resource.state === 'error' && <LoadError error={resource.error} onRetry={reload} />}
      {resource.state === 'ready' && <ReportBody detail={resource.data} onChanged={set} />}
    </>
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
      <section aria-labelledby="report-facts-title" className="staff-section">
        <Heading level={2} id="report-facts-title">
          {t('facts')}
        </Heading>
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
              value={[common(`rating.${report.rating.level}`), report.rating.comment]
                .filter(Boolean)
                .join(' – ')}
            />
          )}
          {report.resolved && (
            <SummaryList.Row
              label={t('resolved')}
              value={[
                report.resolved.resolved ? t('resolvedYes') : t('resolvedNo'),
                report.resolved.comment,
              ]
                .filter(Boolean)
                .join(' – ')}
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
      </section>
      {report.answer && (
        <section aria-labelledby="report-answer-title" className="staff-section">
          <Heading level={2} id="report-answer-title">
            {t('answer')}
          </Heading>
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
        </section>
      )}
      <ReportActions detail={detail} onChanged={onChanged} />
      <section aria-labelledby="report-history-title" className="staff-section">
        <Heading level={2} id="report-history-title">
          {t('history')}
        </Heading>
        <ol className="staff-timeline" reversed>
          {[...report.history].reverse().map((event, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: history only grows; the order is fixed
            <li key={index}>
              <p className="staff-timeline__head">
                <strong>{common(`report.${event.status}`)}</strong>{' '}
                <time dateTime={event.at}>{format.dateTime(event.at)}</time>
              </p>
              {event.reopened && <p>{t('reopened')}</p>}
              {event.note && <p className="staff-pre">{event.note}</p>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
