// What has happened to a dossier, step by step, oldest first: an ordered list a screen reader
// counts ("3 of 4"), each step with its time in Vietnam (dd/mm/yyyy HH:mm), who acted and their
// note. The current step says so in words ("Bước hiện tại"), not only with a filled dot.
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { StatusEvent } from '../../core/service/types';
import { useDossierMessages } from '../messages';
import { formatDateTime } from './dossier-dates';
import { statusTimelineMessages } from './messages';

export interface StatusTimelineProps extends Omit<ComponentPropsWithoutRef<'ol'>, 'children'> {
  /** The dossier's history, in any order (it is sorted by time). */
  history: readonly StatusEvent[];
}

const byTime = (a: StatusEvent, b: StatusEvent) => Date.parse(a.at) - Date.parse(b.at);

export const StatusTimeline = /* @__PURE__ */ forwardRef<HTMLOListElement, StatusTimelineProps>(
  function StatusTimeline({ history, className, ...props }, ref) {
    const t = useDossierMessages(statusTimelineMessages);
    if (history.length === 0) return <p className="gm-text gm-text--body">{t('empty')}</p>;
    const steps = [...history].sort(byTime);
    return (
      <ol ref={ref} className={['gm-timeline', className].filter(Boolean).join(' ')} {...props}>
        {steps.map((event, i) => {
          const current = i === steps.length - 1;
          const fromCitizen = event.by === 'citizen';
          const title =
            event.status === 4 && fromCitizen ? t('event.4.citizen') : t(`event.${event.status}`);
          return (
            <li
              key={`${event.at}-${event.status}`}
              className={
                current ? 'gm-timeline__step gm-timeline__step--current' : 'gm-timeline__step'
              }
            >
              <p className="gm-timeline__title">
                {title}
                {current && (
                  <>
                    {' '}
                    <span className="gm-timeline__current">{t('current')}</span>
                  </>
                )}
              </p>
              <p className="gm-timeline__meta">
                <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                {event.by && (
                  <>
                    <br />
                    {t('by', { by: fromCitizen ? t('citizen') : event.by })}
                  </>
                )}
              </p>
              {event.note && <p className="gm-timeline__note">{t('note', { note: event.note })}</p>}
            </li>
          );
        })}
      </ol>
    );
  },
);
