// "04/12/2026 (còn 2 ngày làm việc)": a due date and, while someone is expected to act before
// it, how many working days are left or how many it is late. Late is said in words (and in
// bold), never by colour alone.
import type { DossierStatusCode } from '../../core/service/types';
import { useDossierMessages } from '../messages';
import { formatDay, todayIso, workingDaysLeft } from './dossier-dates';
import { dueDateMessages } from './messages';

/** Statuses during which the office's clock runs (not at 5: time to supplement is not counted). */
export const countsDown = (status: DossierStatusCode): boolean =>
  status === 1 || status === 2 || status === 4 || status === 6;

export interface Countdown {
  /** "còn 2 ngày làm việc", "hạn trả là hôm nay", "quá hạn 1 ngày làm việc". */
  readonly text: string;
  readonly late: boolean;
}

/** `(due, today?) => Countdown`, or undefined when a date is unreadable. */
export function useCountdown(): (due: string, today?: string) => Countdown | undefined {
  const t = useDossierMessages(dueDateMessages);
  return (due, today = todayIso()) => {
    let left: number;
    try {
      left = workingDaysLeft(today, due);
    } catch {
      return undefined; // an unreadable date: no countdown rather than a wrong one
    }
    if (left === 0) return { text: t('today'), late: false };
    return left > 0
      ? { text: t('left', { count: left }), late: false }
      : { text: t('overdue', { count: -left }), late: true };
  };
}

export interface DueDateProps {
  /** `YYYY-MM-DD`. */
  dueDate: string | undefined;
  /** Without it the countdown is always shown; with it, only while the office's clock runs. */
  status?: DossierStatusCode | undefined;
  /** `YYYY-MM-DD`; default today in Vietnam. */
  today?: string | undefined;
}

export function DueDate({ dueDate, status, today }: DueDateProps) {
  const t = useDossierMessages(dueDateMessages);
  const countdown = useCountdown();
  if (!dueDate) return <>{t('none')}</>;
  const shown = status === undefined || countsDown(status) ? countdown(dueDate, today) : undefined;
  return (
    <>
      <time dateTime={dueDate}>{formatDay(dueDate)}</time>
      {shown && (
        <>
          {' '}
          {shown.late ? (
            <strong className="gm-due--late">({shown.text})</strong>
          ) : (
            `(${shown.text})`
          )}
        </>
      )}
    </>
  );
}
