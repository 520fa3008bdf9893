// One answered report in the public list: the category (icon and title) as the link, the
// status, the first words of the description, the code, the place, the day of the answer and
// how many others have the same problem. Never anything about who reported it.
import { Card } from '@govmini/ui';
import type { ReactNode } from 'react';
import type { FeedbackCategory, PublicReport } from '../../core/types';
import { cardLink, excerpt, type ReportLinkProps } from '../MyReports/MyReports';
import { useFeedbackMessages } from '../messages';
import { CategoryTitle, usePlaceText } from '../ReportDetail/sections';
import { formatDay } from '../ReportTimeline/report-dates';
import { ReportStatusTag } from '../StatusBadge/ReportStatusTag';
import { publicReportsMessages } from './messages';

export interface PublicReportCardProps {
  report: PublicReport;
  category: FeedbackCategory | undefined;
  /** Unique in the page: the code's id, which the link points at. */
  codeId: string;
  headingLevel: 2 | 3;
  onOpen?: ((id: string) => void) | undefined;
  renderLink?: ((link: ReportLinkProps) => ReactNode) | undefined;
}

export function PublicReportCard({
  report,
  category,
  codeId,
  headingLevel,
  onOpen,
  renderLink,
}: PublicReportCardProps) {
  const t = useFeedbackMessages(publicReportsMessages);
  const placeText = usePlaceText();
  const name = <CategoryTitle category={category} />;
  const link = cardLink(report.id, codeId, name, onOpen, renderLink);
  const place = placeText(report.location);
  return (
    <Card
      as="li"
      title={link}
      headingLevel={headingLevel}
      className={renderLink || onOpen ? 'gm-card--link' : undefined}
    >
      <ReportStatusTag status={report.status} />
      <p className="gm-report-list__excerpt">{excerpt(report.description)}</p>
      <dl className="gm-report-facts">
        <div>
          <dt>{t('code')}</dt>
          <dd id={codeId}>{report.code}</dd>
        </div>
        {place && (
          <div>
            <dt>{t('place')}</dt>
            <dd>{place}</dd>
          </div>
        )}
        {report.answer && (
          <div>
            <dt>{t('answered')}</dt>
            <dd>
              <time dateTime={report.answer.answeredAt}>{formatDay(report.answer.answeredAt)}</time>
            </dd>
          </div>
        )}
      </dl>
      {report.supporters > 0 && (
        <p className="gm-report-list__role">{t('supporters', { count: report.supporters })}</p>
      )}
    </Card>
  );
}
