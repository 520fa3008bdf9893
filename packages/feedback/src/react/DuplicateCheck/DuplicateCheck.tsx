// Before a report is sent: open reports of the same category nearby with similar text (found by
// service.findDuplicates). "Tôi cũng gặp" adds the citizen as a supporter and subscriber of one
// of them (service.support) instead of filing again; "Không, gửi phản ánh mới" files as usual.
// Descriptions are the public's text: rendered as text, never as HTML.
import { Button, Heading, Notice } from '@govmini/ui';
import { formatDate } from '@govmini/vn';
import { fromIsoDate } from '@govmini/vn/calendar';
import { useEffect, useRef, useState } from 'react';
import { feedbackError } from '../../core/errors';
import type { FeedbackErrorCode, MyReport, PublicReport } from '../../core/types';
import { feedbackErrorCodeOf, useFeedbackErrorText } from '../error-text';
import { useFeedback } from '../FeedbackProvider/context';
import { useFeedbackMessages } from '../messages';
import { ReportStatusTag } from '../StatusBadge/ReportStatusTag';
import { duplicateCheckMessages } from './messages';

export interface DuplicateCheckProps {
  /** Similar open reports, most similar first. */
  duplicates: readonly PublicReport[];
  /** "Tôi cũng gặp" done: the citizen now follows this report. */
  onSupported: (report: MyReport) => void;
  /** "Không, gửi phản ánh mới". */
  onFileNew: () => void;
  /** The new report is being queued. */
  filing?: boolean | undefined;
}

/** A long description, cut at a word for the list (the detail page has it whole). */
const excerpt = (text: string, max = 220) => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 30))}…`;
};

export function DuplicateCheck({
  duplicates,
  onSupported,
  onFileNew,
  filing,
}: DuplicateCheckProps) {
  const t = useFeedbackMessages(duplicateCheckMessages);
  const errorText = useFeedbackErrorText();
  const { service, getSessionToken } = useFeedback('DuplicateCheck');
  const [busy, setBusy] = useState<string>();
  // The code, not its words: they follow the locale and the app's overrides.
  const [problem, setProblem] = useState<FeedbackErrorCode>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const support = async (report: PublicReport) => {
    if (busy) return;
    setBusy(report.id);
    setProblem(undefined);
    try {
      const token = await getSessionToken();
      if (!token) throw feedbackError('unauthenticated');
      onSupported(await service.support(token, report.id));
    } catch (error) {
      setProblem(feedbackErrorCodeOf(error));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className="gm-feedback-page gm-duplicates">
      <Heading level={1} ref={heading} tabIndex={-1}>
        {t('title')}
      </Heading>
      <p>{t('lead')}</p>
      {problem && (
        <Notice variant="error" headingLevel={false} announce>
          {problem === 'unauthenticated' ? t('signedOut') : errorText(problem)}
        </Notice>
      )}
      <ul className="gm-duplicates__list">
        {duplicates.map((report) => {
          const photo = report.photos[0];
          const day = fromIsoDate(report.createdAt.slice(0, 10));
          return (
            <li key={report.id} className="gm-duplicates__item">
              {photo && (
                <img
                  className="gm-duplicates__photo"
                  src={photo.url}
                  alt={t('photo', { code: report.code })}
                  loading="lazy"
                />
              )}
              <div className="gm-duplicates__body">
                <p className="gm-duplicates__meta">
                  <ReportStatusTag status={report.status} />{' '}
                  <span>
                    {t('code')}: <strong>{report.code}</strong>
                  </span>
                </p>
                <p className="gm-duplicates__text">{excerpt(report.description)}</p>
                <p className="gm-duplicates__meta">
                  {day && t('sentOn', { date: formatDate(day) })}
                  {day && ' · '}
                  {report.supporters > 0
                    ? t('supporters', { count: report.supporters })
                    : t('noSupporters')}
                </p>
                <Button
                  variant="secondary"
                  loading={busy === report.id}
                  onClick={() => support(report)}
                >
                  {busy === report.id ? t('supporting') : t('support')}{' '}
                  <span className="gm-visually-hidden">
                    {t('supportFor', { code: report.code })}
                  </span>
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      <p>{t('fileNewHint')}</p>
      <div className="gm-feedback-actions">
        <Button loading={filing === true} onClick={onFileNew}>
          {t('fileNew')}
        </Button>
      </div>
    </div>
  );
}
