// After "Gửi phản ánh": the report's outbox entry, followed live. Waiting (offline, retrying):
// "Phản ánh đang chờ gửi", kept on the phone with its photos, with "Thử gửi lại ngay". Sent:
// the tracking code and what happens next (the agency, the answer date in working days). Failed
// for good: why, and "Sửa lại phản ánh", which takes it back into the form with nothing lost.
import { Button, Heading, Link, Notice, Spinner } from '@govmini/ui';
import { formatDate } from '@govmini/vn';
import { addWorkingDays, fromIsoDate, fromIsoDateTime, vietnamDay } from '@govmini/vn/calendar';
import { useEffect, useRef, useState } from 'react';
import type { FeedbackOutboxEntry } from '../../core/outbox';
import type { FeedbackCategory, MyReport } from '../../core/types';
import { useFeedbackErrorText } from '../error-text';
import { useFeedback } from '../FeedbackProvider/context';
import { useFeedbackMessages, useLocalized } from '../messages';
import { outboxStatusMessages } from '../OutboxStatus/messages';
import { useOutboxEntry } from '../OutboxStatus/use-outbox';
import { reportFormMessages } from './messages';

export interface ReportSentProps {
  entryId: string;
  categories: readonly FeedbackCategory[] | undefined;
  myReportsHref?: string | undefined;
  onNewReport?: (() => void) | undefined;
  /** "Sửa lại phản ánh" on a report the backend refused. */
  onFix: (entry: FeedbackOutboxEntry) => void;
  onSent?: ((report: MyReport) => void) | undefined;
}

/** The day the answer is due: the backend's, else receipt + the category's working days. */
function dueDay(report: MyReport, category: FeedbackCategory | undefined) {
  const given = fromIsoDate(report.dueDate);
  if (given) return given;
  const created = fromIsoDateTime(report.createdAt);
  if (!category || !Number.isFinite(created)) return undefined;
  return addWorkingDays(vietnamDay(created), category.answerDays);
}

export function ReportSent({
  entryId,
  categories,
  myReportsHref,
  onNewReport,
  onFix,
  onSent,
}: ReportSentProps) {
  const t = useFeedbackMessages(reportFormMessages);
  const o = useFeedbackMessages(outboxStatusMessages);
  const localized = useLocalized();
  const errorText = useFeedbackErrorText();
  const { outbox } = useFeedback('ReportForm');
  const entry = useOutboxEntry(outbox, entryId);
  const [retrying, setRetrying] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const state = entry?.state;
  // The heading changes with the state: take the screen reader to it each time.
  useEffect(() => {
    if (state) heading.current?.focus();
  }, [state]);
  const told = useRef(false);
  useEffect(() => {
    if (entry?.state === 'sent' && entry.result && !told.current) {
      told.current = true;
      onSent?.(entry.result);
    }
  }, [entry, onSent]);

  if (!entry) return <Spinner label={t('loading')} showLabel />;
  const category = categories?.find((c) => c.id === entry.request.report.categoryId);

  if (entry.state === 'sent' && entry.result) {
    const report = entry.result;
    const due = dueDay(report, category);
    return (
      <div className="gm-feedback-page">
        <div className="gm-feedback-done">
          <Heading level={1} ref={heading} tabIndex={-1}>
            {t('sent.title')}
          </Heading>
          <p className="gm-feedback-done__label">{t('sent.code')}</p>
          <p className="gm-feedback-done__code">{report.code}</p>
        </div>
        <Heading level={2} size="m">
          {t('sent.next')}
        </Heading>
        {category && due && (
          <p>
            {t('sent.agency', {
              agency: localized(category.agency.name),
              date: formatDate(due),
              days: category.answerDays,
            })}
          </p>
        )}
        <p>
          {t(report.subscribed || entry.request.report.notify ? 'sent.notify' : 'sent.noNotify')}
        </p>
        <p>{t(report.publish ? 'sent.public' : 'sent.private')}</p>
        <ul className="gm-feedback-links">
          {myReportsHref && (
            <li>
              <Link href={myReportsHref}>{t('sent.myReports')}</Link>
            </li>
          )}
          {onNewReport && (
            <li>
              <Button variant="secondary" onClick={onNewReport}>
                {t('sent.another')}
              </Button>
            </li>
          )}
        </ul>
      </div>
    );
  }

  if (entry.state === 'failed') {
    const code = entry.lastError;
    const reason = code === 'photo_missing' ? o('photo_missing') : errorText(code);
    return (
      <div className="gm-feedback-page">
        <Heading level={1} ref={heading} tabIndex={-1}>
          {t('failed.title')}
        </Heading>
        <Notice variant="error" headingLevel={false}>
          {reason}
        </Notice>
        <div className="gm-feedback-actions">
          <Button onClick={() => onFix(entry)}>{t('failed.fix')}</Button>
          {code !== 'photo_missing' && (
            <Button
              variant="secondary"
              loading={retrying}
              onClick={() => {
                setRetrying(true);
                void outbox
                  .retry(entry.id)
                  .then(() => outbox.drain())
                  .finally(() => setRetrying(false));
              }}
            >
              {t('queued.retry')}
            </Button>
          )}
        </div>
      </div>
    );
  }

  return (
    <div className="gm-feedback-page">
      <div className="gm-feedback-done gm-feedback-done--waiting">
        <Heading level={1} ref={heading} tabIndex={-1}>
          {t('queued.title')}
        </Heading>
        <p className="gm-feedback-done__label">
          <span className="gm-status-tag gm-status-tag--info">
            {o(entry.state === 'sending' ? 'sending' : 'pending')}
          </span>
        </p>
      </div>
      <p>{t('queued.lead')}</p>
      {entry.state === 'sending' && <Spinner label={t('queued.sending')} showLabel />}
      <div className="gm-feedback-actions">
        <Button
          variant="secondary"
          loading={retrying || entry.state === 'sending'}
          onClick={() => {
            setRetrying(true);
            void outbox.drain().finally(() => setRetrying(false));
          }}
        >
          {t('queued.retry')}
        </Button>
      </div>
    </div>
  );
}
