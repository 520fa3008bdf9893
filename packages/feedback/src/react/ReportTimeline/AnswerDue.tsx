// "04/12/2026 (còn 2 ngày làm việc)": when the agency is expected to answer and, while the
// report waits for that answer, how many working days are left or how many it is late. Late is
// said in words (and in bold), never by colour alone.
import type { ReportStatus } from '../../core/types';
import { useFeedbackMessages } from '../messages';
import { answerDueMessages } from './messages';
import { formatDay, todayIso, workingDaysLeft } from './report-dates';

/** The statuses during which the agency's clock runs. */
export const awaitsAnswer = (status: ReportStatus): boolean =>
  status === 'sent' || status === 'received' || status === 'in_progress';

export interface AnswerDueProps {
  /** `YYYY-MM-DD`. */
  dueDate: string | undefined;
  status: ReportStatus;
  /** `YYYY-MM-DD`; default today in Vietnam. */
  today?: string | undefined;
}

export function AnswerDue({ dueDate, status, today }: AnswerDueProps) {
  const t = useFeedbackMessages(answerDueMessages);
  if (!dueDate) return <>{t('none')}</>;
  const left = awaitsAnswer(status) ? workingDaysLeft(today ?? todayIso(), dueDate) : undefined;
  return (
    <>
      <time dateTime={dueDate}>{formatDay(dueDate)}</time>
      {left !== undefined && (
        <>
          {' '}
          {left < 0 ? (
            <strong className="gm-report-due--late">({t('overdue', { count: -left })})</strong>
          ) : (
            `(${left === 0 ? t('today') : t('left', { count: left })})`
          )}
        </>
      )}
    </>
  );
}
