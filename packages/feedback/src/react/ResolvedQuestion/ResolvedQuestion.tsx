// "Đã được giải quyết chưa?", asked of the reporter after each answer (core/status.ts
// `canConfirmResolved`). "Đã giải quyết" thanks and is done; "Chưa giải quyết" reopens the
// report, and that is explained under the choice and on the button before it is sent. After
// sending, the reply is shown in place of the form with focus on it; a reopened report then
// shows its new status through `onAnswered`. Nothing typed is lost on a failure.
import {
  Button,
  ErrorSummary,
  type ErrorSummaryItem,
  Heading,
  Notice,
  Radio,
  RadioGroup,
  TextArea,
} from '@govmini/ui';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { canConfirmResolved } from '../../core/status';
import type { MyReport } from '../../core/types';
import { COMMENT_MAX_CHARACTERS, countCharacters, normalizeDescription } from '../../core/validate';
import { useFeedback } from '../FeedbackProvider/context';
import { useFeedbackMessages } from '../messages';
import { useServiceErrorText } from '../ReportDetail/service-error';
import { useSessionToken } from '../ReportDetail/use-remote';
import { formatDateTime } from '../ReportTimeline/report-dates';
import { resolvedQuestionMessages } from './messages';

export interface ResolvedQuestionProps {
  report: Pick<MyReport, 'id' | 'role' | 'status' | 'answer' | 'resolved'>;
  /** The report as the backend returned it (reopened: back at `in_progress`). */
  onAnswered?: ((report: MyReport) => void) | undefined;
  /** Level of the section's heading (default 2). */
  headingLevel?: 2 | 3;
}

type Choice = '' | 'yes' | 'no';
type Reply = NonNullable<MyReport['resolved']>;

export function ResolvedQuestion({ report, onAnswered, headingLevel = 2 }: ResolvedQuestionProps) {
  const t = useFeedbackMessages(resolvedQuestionMessages);
  const errorText = useServiceErrorText();
  const { service } = useFeedback('ResolvedQuestion');
  const token = useSessionToken('ResolvedQuestion');
  const id = useId().replace(/:/g, '');
  const ids = { choice: `${id}-choice`, comment: `${id}-comment` };

  const [choice, setChoice] = useState<Choice>('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<readonly ErrorSummaryItem[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const [sending, setSending] = useState(false);
  // The reply just sent, shown until the next answer asks again.
  const [sent, setSent] = useState<Reply>();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (sent) heading.current?.focus();
  }, [sent]);

  // The reply just sent counts even before the parent passes the report it returned (a "no"
  // has put it back to work by then).
  const own = sent !== undefined && (!report.resolved || report.resolved.at < sent.at);
  const latest = own ? sent : report.resolved;
  const asked = canConfirmResolved(
    own ? { ...report, resolved: sent, status: sent.resolved ? 'closed' : 'in_progress' } : report,
  );
  // A reply given before (this answer's, or the one that reopened the report) stays in view.
  const shown = asked ? undefined : latest;
  if (report.role !== 'reporter' || !(asked || shown)) return null;

  const title = (
    <Heading level={headingLevel} size="m" ref={heading} tabIndex={-1}>
      {t('title')}
    </Heading>
  );
  if (shown) {
    const now = shown === sent;
    return (
      <section className="gm-resolved">
        {title}
        <Notice variant={now ? 'success' : 'info'} headingLevel={false}>
          <p>{shown.resolved ? t('givenYes') : t('givenNo')}</p>
          {shown.comment && (
            <p className="gm-report-text">{t('givenComment', { comment: shown.comment })}</p>
          )}
          <p>{t('givenOn', { time: formatDateTime(shown.at) })}</p>
        </Notice>
      </section>
    );
  }

  const fieldError = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;
  const no = choice === 'no';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const text = normalizeDescription(comment);
    const found: ErrorSummaryItem[] = [];
    if (!choice) found.push({ fieldId: ids.choice, message: t('choose') });
    const over = countCharacters(text) - COMMENT_MAX_CHARACTERS;
    if (over > 0) {
      found.push({
        fieldId: ids.comment,
        message: t('tooLong', { max: COMMENT_MAX_CHARACTERS, over }),
      });
    }
    setErrors(found);
    setFailure(undefined);
    if (found.length > 0 || !choice) return;
    setSending(true);
    try {
      const answer = { resolved: choice === 'yes', ...(text && { comment: text }) };
      const next = await service.confirmResolved(await token(), report.id, answer);
      setSent(next.resolved ?? { ...answer, at: new Date().toISOString() });
      setChoice('');
      setComment('');
      onAnswered?.(next);
    } catch (error) {
      setFailure(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="gm-resolved">
      {title}
      <form noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} />
        <RadioGroup
          id={ids.choice}
          label={t('question')}
          value={choice}
          onValueChange={(value) => setChoice(value as Choice)}
          error={fieldError(ids.choice)}
        >
          <Radio value="yes" label={t('yes')} />
          <Radio
            value="no"
            label={t('no')}
            hint={t('noHint')}
            conditional={<p className="gm-text gm-text--body">{t('reopenBody')}</p>}
          />
        </RadioGroup>
        <TextArea
          id={ids.comment}
          label={t('comment')}
          hint={no ? t('noCommentHint') : t('commentHint')}
          optional
          maxLength={COMMENT_MAX_CHARACTERS}
          rows={3}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          error={fieldError(ids.comment)}
        />
        {failure !== undefined && (
          <Notice variant="error" title={t('sendFailed')} headingLevel={false} announce>
            <p>{errorText(failure)}</p>
          </Notice>
        )}
        <Button type="submit" loading={sending}>
          {no ? t('sendReopen') : t('send')}
        </Button>
      </form>
    </section>
  );
}
