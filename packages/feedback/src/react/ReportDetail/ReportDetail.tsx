// One report, for the citizen who sent it or joined it ("Tôi cũng gặp"): the status in plain
// words with what happens now, the reason when it was not accepted, the official answer, then
// — for the reporter, after the answer — "Đã được giải quyết chưa?" (which can reopen it) and
// the rating, then what was reported (text, photos, place), the key facts and the history.
// The screen keeps the report each action returns, so status and history change at once.
import { Button, Heading, Notice, SummaryList } from '@govmini/ui';
import { forwardRef, useCallback, useRef } from 'react';
import { canConfirmResolved } from '../../core/status';
import type { MyReport } from '../../core/types';
import { useFeedback } from '../FeedbackProvider/context';
import { useFeedbackMessages, useLocalized } from '../messages';
import { RatingForm } from '../RatingForm/RatingForm';
import { AnswerDue } from '../ReportTimeline/AnswerDue';
import { ReportTimeline } from '../ReportTimeline/ReportTimeline';
import { formatDateTime } from '../ReportTimeline/report-dates';
import { ResolvedQuestion } from '../ResolvedQuestion/ResolvedQuestion';
import { ReportStatusTag } from '../StatusBadge/ReportStatusTag';
import { reportDetailMessages } from './messages';
import { usePendingPage } from './pending';
import { usePhotoRefresh } from './photo-refresh';
import { AnswerSection, CategoryTitle, ReportBody, UserText } from './sections';
import { categoryById, useCategoryList } from './use-categories';
import { useSessionToken, useSignedInRemote } from './use-remote';

export interface ReportDetailProps {
  /** The report's id. */
  id: string;
  /** Shows "Quay lại danh sách phản ánh" at the top. */
  onBack?: (() => void) | undefined;
  /** Every time an action changes the report (resolved question, rating). */
  onChange?: ((report: MyReport) => void) | undefined;
  /** `YYYY-MM-DD` for the working days left; default today in Vietnam. */
  today?: string | undefined;
}

/** The latest event at the report's current status: it carries the agency's note or reason. */
export const currentEvent = (report: Pick<MyReport, 'history' | 'status'>) =>
  [...report.history]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .filter((e) => e.status === report.status)
    .pop();

export const ReportDetail = /* @__PURE__ */ forwardRef<HTMLElement, ReportDetailProps>(
  function ReportDetail({ id, onBack, onChange, today }, ref) {
    const t = useFeedbackMessages(reportDetailMessages);
    const localized = useLocalized();
    const { service } = useFeedback('ReportDetail');
    const categories = useCategoryList('ReportDetail');
    const { remote, retry, set } = useSignedInRemote(
      'ReportDetail',
      (token) => service.getMine(token, id),
      id,
    );
    const heading = useRef<HTMLHeadingElement>(null);
    // Fresh photo URLs when one has expired (private reports'): the same report, quietly.
    const token = useSessionToken('ReportDetail');
    const shownId = useRef(id);
    shownId.current = id;
    const photoRefresh = usePhotoRefresh(
      useCallback(async () => {
        const fresh = await service.getMine(await token(), id);
        if (shownId.current === id) set(fresh);
        return fresh;
      }, [service, token, id, set]),
    );

    const update = (next: MyReport) => {
      set(next);
      onChange?.(next);
    };
    const back = onBack && (
      <Button variant="link" className="gm-report-detail__back" onClick={onBack}>
        {t('back')}
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
    const latest = currentEvent(report);
    const reopened = report.status === 'in_progress' && latest?.reopened === true;
    const next = reopened
      ? t('next.reopened')
      : report.status === 'answered' && report.role === 'supporter'
        ? t('next.answered.supporter')
        : report.status === 'answered' && !canConfirmResolved(report)
          ? t('next.answered.done')
          : true;
    const reporter = report.role === 'reporter';
    return (
      <article ref={ref} className="gm-report-detail">
        {back}
        <Heading level={1} ref={heading} tabIndex={-1}>
          <CategoryTitle category={category} />
        </Heading>
        <p className="gm-report-detail__code">
          {t('code')}: <strong>{report.code}</strong>
        </p>
        <ReportStatusTag status={report.status} description={next} />
        {report.status === 'rejected' && latest?.note && (
          <Notice variant="error" title={t('rejectedTitle')} headingLevel={2}>
            <UserText text={latest.note} />
          </Notice>
        )}
        <AnswerSection
          answer={report.answer}
          level={2}
          earlier={report.status !== 'answered' && report.status !== 'closed'}
          photoRefresh={photoRefresh}
        />
        <ResolvedQuestion key={`resolved-${report.id}`} report={report} onAnswered={update} />
        <RatingForm key={`rating-${report.id}`} report={report} onRated={update} />
        <ReportBody report={report} level={2} photoRefresh={photoRefresh} />
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
            {report.dueDate && (
              <SummaryList.Row
                label={t('due')}
                value={<AnswerDue dueDate={report.dueDate} status={report.status} today={today} />}
              />
            )}
            <SummaryList.Row
              label={t('supporters')}
              value={
                report.supporters > 0
                  ? t('supportersCount', { count: report.supporters })
                  : t('supportersNone')
              }
            />
            <SummaryList.Row label={t('role')} value={t(`role.${report.role}`)} />
            {reporter && (
              <>
                <SummaryList.Row
                  label={t('showName')}
                  value={report.showName ? t('yes') : t('no')}
                />
                <SummaryList.Row label={t('publish')} value={report.publish ? t('yes') : t('no')} />
              </>
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
