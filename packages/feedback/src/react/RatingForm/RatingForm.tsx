// The reporter's rating of the answer: three large choices in words, a reason required for
// "Không hài lòng", sent once and only after an answer (core/status.ts `canRate`, which the
// backends enforce too). Afterwards the given rating is shown instead of the form, and focus
// moves to it so a screen reader hears that it was sent. Nothing typed is lost on a failure.
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
import { canRate } from '../../core/status';
import type { MyReport, ReportRating as Rating, RatingLevel } from '../../core/types';
import { COMMENT_MAX_CHARACTERS, countCharacters, normalizeDescription } from '../../core/validate';
import { useFeedback } from '../FeedbackProvider/context';
import { useFeedbackMessages } from '../messages';
import { errorCodeOf, useServiceErrorText } from '../ReportDetail/service-error';
import { useSessionToken } from '../ReportDetail/use-remote';
import { formatDateTime } from '../ReportTimeline/report-dates';
import { reportRatingMessages } from './messages';

export const RATING_LEVELS: readonly RatingLevel[] = ['very_satisfied', 'satisfied', 'unsatisfied'];

export interface RatingFormProps {
  report: Pick<MyReport, 'id' | 'role' | 'status' | 'answer' | 'rating'>;
  /** The report as the backend returned it, rated. */
  onRated?: ((report: MyReport) => void) | undefined;
  /** Level of the section's heading (default 2). */
  headingLevel?: 2 | 3;
}

export function RatingForm({ report, onRated, headingLevel = 2 }: RatingFormProps) {
  const t = useFeedbackMessages(reportRatingMessages);
  const errorText = useServiceErrorText();
  const { service } = useFeedback('RatingForm');
  const token = useSessionToken('RatingForm');
  const id = useId().replace(/:/g, '');
  const ids = { level: `${id}-level`, comment: `${id}-comment` };

  const [level, setLevel] = useState<RatingLevel | ''>('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<readonly ErrorSummaryItem[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const [sending, setSending] = useState(false);
  const [given, setGiven] = useState<Rating | undefined>(report.rating);
  const justRated = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (report.rating) setGiven(report.rating);
  }, [report.rating]);
  useEffect(() => {
    if (given && justRated.current) {
      justRated.current = false;
      heading.current?.focus();
    }
  }, [given]);

  if (report.role !== 'reporter' || !(given || canRate(report))) return null;

  const title = (
    <Heading level={headingLevel} size="m" ref={heading} tabIndex={-1}>
      {t('title')}
    </Heading>
  );
  if (given) {
    return (
      <section className="gm-report-rating">
        {title}
        <Notice variant="success" title={t('thanks')} headingLevel={false}>
          <p>{t('given', { level: t(given.level) })}</p>
          {given.comment && (
            <p className="gm-report-text">{t('givenComment', { comment: given.comment })}</p>
          )}
          <p>{t('givenOn', { time: formatDateTime(given.ratedAt) })}</p>
        </Notice>
      </section>
    );
  }

  const unsatisfied = level === 'unsatisfied';
  const fieldError = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;

  const done = (rated: MyReport) => {
    justRated.current = true;
    setGiven(rated.rating);
    onRated?.(rated);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const text = normalizeDescription(comment);
    const found: ErrorSummaryItem[] = [];
    if (!level) found.push({ fieldId: ids.level, message: t('chooseLevel') });
    const over = countCharacters(text) - COMMENT_MAX_CHARACTERS;
    if (unsatisfied && !text) {
      found.push({ fieldId: ids.comment, message: t('reasonRequired') });
    } else if (over > 0) {
      found.push({
        fieldId: ids.comment,
        message: t('tooLong', { max: COMMENT_MAX_CHARACTERS, over }),
      });
    }
    setErrors(found);
    setFailure(undefined);
    if (found.length > 0 || !level) return;
    setSending(true);
    try {
      const sessionToken = await token();
      try {
        done(
          await service.rate(sessionToken, report.id, { level, ...(text && { comment: text }) }),
        );
      } catch (error) {
        // Sent before but the answer was lost (a timeout, then a retry): the rating is there.
        if (errorCodeOf(error) !== 'not_allowed') throw error;
        const latest = await service.getMine(sessionToken, report.id);
        if (!latest.rating) throw error;
        done(latest);
      }
    } catch (error) {
      setFailure(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="gm-report-rating">
      {title}
      <form noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} />
        <p className="gm-text gm-text--body">{t('intro')}</p>
        <RadioGroup
          id={ids.level}
          label={t('question')}
          value={level}
          onValueChange={(value) => setLevel(value as RatingLevel)}
          error={fieldError(ids.level)}
        >
          {RATING_LEVELS.map((value) => (
            <Radio key={value} value={value} label={t(value)} />
          ))}
        </RadioGroup>
        <TextArea
          id={ids.comment}
          label={unsatisfied ? t('reason') : t('comment')}
          hint={unsatisfied ? t('reasonHint') : t('commentHint')}
          optional={!unsatisfied}
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
          {t('send')}
        </Button>
      </form>
    </section>
  );
}
