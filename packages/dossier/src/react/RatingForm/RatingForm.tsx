// The satisfaction rating after a result (status 9 or 10): three large choices in words, a
// reason required for "Không hài lòng", sent once. Afterwards the given rating is shown instead
// of the form, and focus moves to it so a screen reader hears that it was sent.
import {
  Button,
  countCharacters,
  ErrorSummary,
  type ErrorSummaryItem,
  Heading,
  Notice,
  Radio,
  RadioGroup,
  TextArea,
} from '@govmini/ui';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { Dossier, Rating, RatingLevel } from '../../core/service/types';
import { errorCodeOf, useServiceErrorText } from '../DossierDetail/service-error';
import { useSessionToken } from '../DossierDetail/use-remote';
import { useDossier } from '../DossierProvider/context';
import { useDossierMessages } from '../messages';
import { formatDateTime } from '../StatusTimeline/dossier-dates';
import { ratingFormMessages } from './messages';

export const RATING_LEVELS: readonly RatingLevel[] = ['very_satisfied', 'satisfied', 'unsatisfied'];
export const RATING_COMMENT_MAX = 500;

export interface RatingFormProps {
  dossier: Pick<Dossier, 'code' | 'status' | 'rating'>;
  /** The dossier as the backend returned it, rated. */
  onRated?: (dossier: Dossier) => void;
  /** Level of the section's heading (default 2). */
  headingLevel?: 2 | 3;
}

export function RatingForm({ dossier, onRated, headingLevel = 2 }: RatingFormProps) {
  const t = useDossierMessages(ratingFormMessages);
  const errorText = useServiceErrorText();
  const { service } = useDossier('RatingForm');
  const token = useSessionToken('RatingForm');
  const id = useId().replace(/:/g, '');
  const ids = { level: `${id}-level`, comment: `${id}-comment` };

  const [level, setLevel] = useState<RatingLevel | ''>('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<readonly ErrorSummaryItem[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const [sending, setSending] = useState(false);
  const [given, setGiven] = useState<Rating | undefined>(dossier.rating);
  const justRated = useRef(false);
  const result = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (dossier.rating) setGiven(dossier.rating);
  }, [dossier.rating]);
  useEffect(() => {
    if (given && justRated.current) {
      justRated.current = false;
      result.current?.focus();
    }
  }, [given]);

  if (dossier.status !== 9 && dossier.status !== 10) return null;

  const title = (
    <Heading level={headingLevel} size="m" ref={result} tabIndex={-1}>
      {t('title')}
    </Heading>
  );
  if (given) {
    return (
      <section className="gm-rating">
        {title}
        <Notice variant="success" title={t('thanks')} headingLevel={false}>
          <p>{t('given', { level: t(given.level) })}</p>
          {given.comment && <p>{t('givenComment', { comment: given.comment })}</p>}
          <p>{t('givenOn', { time: formatDateTime(given.ratedAt) })}</p>
        </Notice>
      </section>
    );
  }

  const unsatisfied = level === 'unsatisfied';
  const fieldError = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;

  const done = (rated: Dossier) => {
    justRated.current = true;
    setGiven(rated.rating);
    onRated?.(rated);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const found: ErrorSummaryItem[] = [];
    if (!level) found.push({ fieldId: ids.level, message: t('chooseLevel') });
    if (unsatisfied && !comment.trim()) {
      found.push({ fieldId: ids.comment, message: t('reasonRequired') });
    } else if (countCharacters(comment) > RATING_COMMENT_MAX) {
      found.push({ fieldId: ids.comment, message: t('tooLong', { max: RATING_COMMENT_MAX }) });
    }
    setErrors(found);
    setFailure(undefined);
    if (found.length > 0 || !level) return;
    setSending(true);
    try {
      const text = comment.trim().normalize('NFC');
      const sessionToken = await token();
      try {
        done(
          await service.rate(sessionToken, dossier.code, { level, ...(text && { comment: text }) }),
        );
      } catch (error) {
        // Sent before but the answer was lost (a timeout, then a retry): the rating is there.
        if (errorCodeOf(error) !== 'not_allowed') throw error;
        const latest = await service.get(sessionToken, dossier.code);
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
    <section className="gm-rating">
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
          maxLength={RATING_COMMENT_MAX}
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
