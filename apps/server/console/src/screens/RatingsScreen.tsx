// How satisfied citizens are: counts per level for dossiers and for reports, and the comments
// they left (newest first), each linked to what it is about.
import { Heading } from '@govmini/ui';
import type { RatingSummary } from '../../../src/staff/wire.ts';
import { api } from '../api.ts';
import { commonMessages } from '../common.messages.ts';
import { useFormat, useMessages } from '../i18n.ts';
import { Loaded, PageHeading, Section, useResource } from '../parts.tsx';
import { hrefFor, RouterLink } from '../router.tsx';
import { ratingsMessages } from './ratings.messages.ts';

const LEVELS = ['very_satisfied', 'satisfied', 'unsatisfied'] as const;

function Summary({
  id,
  title,
  summary,
  linkOf,
}: {
  id: string;
  title: string;
  summary: RatingSummary;
  linkOf: (ref: string) => string;
}) {
  const t = useMessages(ratingsMessages);
  const common = useMessages(commonMessages);
  const format = useFormat();
  const percent = (n: number) =>
    summary.total === 0 ? '–' : `${format.number(Math.round((n / summary.total) * 100))} %`;
  return (
    <Section id={`${id}-title`} title={title}>
      {summary.total === 0 ? (
        <p>{t('none')}</p>
      ) : (
        // Named by aria-label, not a visually hidden <caption>: Chromium lets a hidden caption's
        // unwrapped text widen the page at 200 % text.
        <table className="staff-table" aria-label={t('caption', { subject: title })}>
          <thead>
            <tr>
              <th scope="col">{t('level')}</th>
              <th scope="col">{t('count')}</th>
              <th scope="col">{t('share')}</th>
            </tr>
          </thead>
          <tbody>
            {LEVELS.map((level) => (
              <tr key={level}>
                <th scope="row">{common(`rating.${level}`)}</th>
                <td>{format.number(summary.counts[level])}</td>
                <td>{percent(summary.counts[level])}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('total')}</th>
              <td>{format.number(summary.total)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      <Heading level={3} size="s">
        {t('comments')}
      </Heading>
      {summary.comments.length === 0 ? (
        <p>{t('noComments')}</p>
      ) : (
        <ul className="staff-cards">
          {summary.comments.map((c) => (
            <li key={`${c.ref}:${c.ratedAt}`} className="staff-card">
              <p className="staff-card__title">
                <RouterLink className="gm-link" href={linkOf(c.ref)}>
                  {t('about', { code: c.code, subject: format.text(c.subject) })}
                </RouterLink>
              </p>
              <p>
                <strong>{common(`rating.${c.level}`)}</strong>{' '}
                <time dateTime={c.ratedAt}>{format.dateTime(c.ratedAt)}</time>
              </p>
              <p className="staff-pre">{c.comment}</p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function RatingsScreen() {
  const t = useMessages(ratingsMessages);
  const ratings = useResource('ratings', () => api.ratings());
  return (
    <>
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <p>{t('intro')}</p>
      <Loaded of={ratings}>
        {(overview) => (
          <>
            <Summary
              id="ratings-dossiers"
              title={t('dossiers')}
              summary={overview.dossiers}
              linkOf={hrefFor.dossier}
            />
            <Summary
              id="ratings-reports"
              title={t('reports')}
              summary={overview.reports}
              linkOf={hrefFor.report}
            />
          </>
        )}
      </Loaded>
    </>
  );
}
