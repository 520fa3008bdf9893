// What has happened to a report, step by step, oldest first: an ordered list a screen reader
// counts ("3 of 5"), each step with its time in Vietnam (dd/mm/yyyy HH:mm) and the agency's
// note (the reason, for "Không tiếp nhận"). A step reopened by the reporter's "Chưa giải quyết"
// says so. The current step says so in words ("Bước hiện tại"), not only with a filled dot.
// Notes are plain text, shown as text.
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { ReportEvent } from '../../core/types';
import { useFeedbackMessages } from '../messages';
import { reportTimelineMessages } from './messages';
import { formatDateTime } from './report-dates';

export interface ReportTimelineProps extends Omit<ComponentPropsWithoutRef<'ol'>, 'children'> {
  /** The report's history, in any order (it is sorted by time; ties keep their order). */
  history: readonly ReportEvent[];
}

const byTime = (a: ReportEvent, b: ReportEvent) => Date.parse(a.at) - Date.parse(b.at);

export const ReportTimeline = /* @__PURE__ */ forwardRef<HTMLOListElement, ReportTimelineProps>(
  function ReportTimeline({ history, className, ...props }, ref) {
    const t = useFeedbackMessages(reportTimelineMessages);
    if (history.length === 0) return <p className="gm-text gm-text--body">{t('empty')}</p>;
    const steps = [...history].sort(byTime);
    return (
      <ol
        ref={ref}
        className={['gm-report-timeline', className].filter(Boolean).join(' ')}
        {...props}
      >
        {steps.map((event, i) => {
          const current = i === steps.length - 1;
          return (
            <li
              // Two steps may share a time and a status (a retry): the index keeps keys apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: the sorted history never reorders
              key={`${event.at}-${event.status}-${i}`}
              className={[
                'gm-report-timeline__step',
                current && 'gm-report-timeline__step--current',
              ]
                .filter(Boolean)
                .join(' ')}
            >
              <p className="gm-report-timeline__title">
                {t(event.reopened ? 'event.reopened' : `event.${event.status}`)}
                {current && (
                  <>
                    {' '}
                    <span className="gm-report-timeline__current">{t('current')}</span>
                  </>
                )}
              </p>
              <p className="gm-report-timeline__meta">
                <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              </p>
              {event.note && (
                <p className="gm-report-timeline__note">
                  {t(event.status === 'rejected' ? 'reason' : 'note', { note: event.note })}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    );
  },
);
