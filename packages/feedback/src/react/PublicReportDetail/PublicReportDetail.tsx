// One published report, for anyone: the category, the status, the official answer, how many
// others have the same problem, what was reported (text, photos, place) and the history.
// Never anything about who reported it, except the name the reporter chose to show.
import { Button, Heading, SummaryList } from '@govmini/ui';
import { forwardRef, type ReactNode, useRef } from 'react';
import type { PublicReport } from '../../core/types';
import { useFeedback } from '../FeedbackProvider/context';
import { useFeedbackMessages, useLocalized } from '../messages';
import { reportDetailMessages } from '../ReportDetail/messages';
import { usePendingPage } from '../ReportDetail/pending';
import { AnswerSection, CategoryTitle, ReportBody } from '../ReportDetail/sections';
import { categoryById, useCategoryList } from '../ReportDetail/use-categories';
import { useRemote } from '../ReportDetail/use-remote';
import { ReportTimeline } from '../ReportTimeline/ReportTimeline';
import { formatDateTime } from '../ReportTimeline/report-dates';
import { ReportStatusTag } from '../StatusBadge/ReportStatusTag';
import { publicReportDetailMessages } from './messages';

export interface PublicReportDetailProps {
  /** The report's id. */
  id: string;
  /** Shows "Quay lại danh sách phản ánh" at the top. */
  onBack?: (() => void) | undefined;
  /** Under the supporters count, e.g. the app's "Tôi cũng gặp" button (signed-in citizens). */
  supportAction?: ReactNode;
}

export const PublicReportDetail = /* @__PURE__ */ forwardRef<HTMLElement, PublicReportDetailProps>(
  function PublicReportDetail({ id, onBack, supportAction }, ref) {
    const t = useFeedbackMessages(reportDetailMessages);
    const own = useFeedbackMessages(publicReportDetailMessages);
    const localized = useLocalized();
    const { service } = useFeedback('PublicReportDetail');
    const categories = useCategoryList('PublicReportDetail');
    const { remote, retry } = useRemote<PublicReport>(() => service.getPublic(id), id);
    const heading = useRef<HTMLHeadingElement>(null);

    const back = onBack && (
      <Button variant="link" className="gm-report-detail__back" onClick={onBack}>
        {own('back')}
      </Button>
    );

    const pending = usePendingPage(remote, heading, retry);
    if (pending || remote.state !== 'ready') {
      return (
        <article ref={ref} className="gm-report-detail">
          {back}
          <Heading level={1} ref={heading} tabIndex={-1}>
            {pending?.title}
          </Heading>
          {pending?.body}
        </article>
      );
    }

    const report = remote.data;
    const category = categoryById(categories, report.categoryId);
    return (
      <article ref={ref} className="gm-report-detail">
        {back}
        <Heading level={1} ref={heading} tabIndex={-1}>
          <CategoryTitle category={category} />
        </Heading>
        <p className="gm-report-detail__code">
          {t('code')}: <strong>{report.code}</strong>
        </p>
        <ReportStatusTag status={report.status} />
        <p className="gm-report-detail__supporters">
          {report.supporters > 0
            ? own('supporters', { count: report.supporters })
            : own('supportersNone')}
        </p>
        {supportAction}
        <AnswerSection answer={report.answer} level={2} />
        <ReportBody report={report} level={2} />
        <section>
          <Heading level={2} size="m">
            {t('factsTitle')}
          </Heading>
          <SummaryList>
            <SummaryList.Row label={t('code')} value={report.code} />
            {category && (
              <>
                <SummaryList.Row label={t('category')} value={localized(category.title)} />
                <SummaryList.Row label={t('agency')} value={localized(category.agency.name)} />
              </>
            )}
            <SummaryList.Row
              label={t('sent')}
              value={<time dateTime={report.createdAt}>{formatDateTime(report.createdAt)}</time>}
            />
            {report.reporterName && (
              <SummaryList.Row label={t('reporter')} value={report.reporterName} />
            )}
          </SummaryList>
        </section>
        <section>
          <Heading level={2} size="m">
            {t('historyTitle')}
          </Heading>
          <ReportTimeline history={report.history} />
        </section>
      </article>
    );
  },
);
