// Reports made on this phone that the backend does not have yet: each with its state in plain
// words ("Đang chờ gửi", "Đang gửi…", "Chưa gửi được" and why), what will happen, and "Thử gửi
// lại ngay". A report that cannot be sent any more (its photos were evicted) can be deleted.
// The citizen's own description is rendered as text.
import { Button, Heading, type HeadingLevel, Notice } from '@govmini/ui';
import { formatDate } from '@govmini/vn';
import { toIsoDateTime, vietnamDay } from '@govmini/vn/calendar';
import { type ReactNode, useState } from 'react';
import type { FeedbackOutboxEntry } from '../../core/outbox';
import { useFeedbackErrorText } from '../error-text';
import { useFeedback } from '../FeedbackProvider/context';
import { useFeedbackMessages, useLocalized } from '../messages';
import { categoryById, useCategoryList } from '../ReportDetail/use-categories';
import { outboxStatusMessages } from './messages';
import { useOnline, useOutboxEntries } from './use-outbox';

export interface OutboxStatusProps {
  /** Default "Phản ánh đang chờ gửi". */
  title?: ReactNode;
  /** Default 2. */
  headingLevel?: HeadingLevel;
  /** Also list reports already sent (with their code). Default false. */
  showSent?: boolean | undefined;
  /** Shown when nothing waits; default a short sentence. `null` renders nothing at all. */
  empty?: ReactNode;
}

const excerpt = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max)}…` : text);
const timeOf = (ms: number) => `${toIsoDateTime(ms).slice(11, 16)} ${formatDate(vietnamDay(ms))}`;

export function OutboxStatus({
  title,
  headingLevel = 2,
  showSent = false,
  empty,
}: OutboxStatusProps) {
  const t = useFeedbackMessages(outboxStatusMessages);
  const localized = useLocalized();
  const errorText = useFeedbackErrorText();
  const { outbox, platform } = useFeedback('OutboxStatus');
  const entries = useOutboxEntries(outbox);
  const online = useOnline(platform);
  const categories = useCategoryList('OutboxStatus');
  const [retrying, setRetrying] = useState<string>();
  const [confirming, setConfirming] = useState<string>();

  if (!entries) return null;
  const shown = entries.filter((e) => showSent || e.state !== 'sent');
  if (shown.length === 0) {
    if (empty === null) return null;
    return <p className="gm-outbox__empty">{empty ?? t('empty')}</p>;
  }

  const reason = (entry: FeedbackOutboxEntry) => {
    const code = entry.lastError;
    if (code === 'photo_missing') return t('photo_missing');
    return errorText(code);
  };
  const retry = async (id: string) => {
    setRetrying(id);
    try {
      await outbox.retry(id);
      await outbox.drain();
    } catch {
      // The entry's own state says what happened.
    } finally {
      setRetrying(undefined);
    }
  };

  return (
    <section className="gm-outbox" aria-labelledby="gm-outbox-title">
      <Heading level={headingLevel} size="m" id="gm-outbox-title">
        {title ?? t('title')}
      </Heading>
      {!online && shown.some((e) => e.state !== 'sent') && (
        <Notice variant="info" headingLevel={false}>
          {t('offline')}
        </Notice>
      )}
      <ul className="gm-outbox__list">
        {shown.map((entry) => {
          const { report, photos } = entry.request;
          const category = categoryById(categories, report.categoryId);
          const time = timeOf(entry.createdAt);
          const tone =
            entry.state === 'failed' ? 'error' : entry.state === 'sent' ? 'success' : 'info';
          return (
            <li key={entry.id} className="gm-outbox__item">
              <p className="gm-outbox__state">
                <span className={`gm-status-tag gm-status-tag--${tone}`}>{t(entry.state)}</span>
              </p>
              {category && <p className="gm-outbox__category">{localized(category.title)}</p>}
              <p className="gm-outbox__text">{excerpt(report.description)}</p>
              <p className="gm-outbox__meta">
                {t('createdAt', { time })} · {t('photos', { count: photos.length })}
              </p>
              {entry.state === 'sent' && entry.result && (
                <p className="gm-outbox__meta">{t('code', { code: entry.result.code })}</p>
              )}
              {entry.state === 'pending' && online && entry.attempts > 0 && (
                <p className="gm-outbox__meta">{t('waiting')}</p>
              )}
              {entry.state === 'failed' && <p className="gm-outbox__reason">{reason(entry)}</p>}
              {(entry.state === 'pending' || entry.state === 'failed') && (
                <div className="gm-feedback-actions">
                  {entry.lastError !== 'photo_missing' && (
                    <Button
                      variant="secondary"
                      loading={retrying === entry.id}
                      onClick={() => retry(entry.id)}
                    >
                      {t('retry')}{' '}
                      <span className="gm-visually-hidden">{t('retryFor', { time })}</span>
                    </Button>
                  )}
                  {entry.state === 'failed' && confirming !== entry.id && (
                    <Button variant="warning" onClick={() => setConfirming(entry.id)}>
                      {t('remove')}
                    </Button>
                  )}
                </div>
              )}
              {confirming === entry.id && (
                <div className="gm-outbox__confirm">
                  <p>{t('confirmRemove')}</p>
                  <div className="gm-feedback-actions">
                    <Button
                      variant="warning"
                      onClick={() =>
                        void outbox.remove(entry.id).finally(() => setConfirming(undefined))
                      }
                    >
                      {t('confirmYes')}
                    </Button>
                    <Button variant="secondary" onClick={() => setConfirming(undefined)}>
                      {t('confirmNo')}
                    </Button>
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
