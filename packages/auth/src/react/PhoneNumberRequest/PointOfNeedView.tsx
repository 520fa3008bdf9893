// The screens PhoneNumberRequest and LocationRequest share: the spinner, the "why" step before
// Zalo's prompt, and the form to type the value in. Each passes its own words and field.
import { Button, ErrorSummary, Heading, Notice, Spinner, Text } from '@govmini/ui';
import type { FormEvent, ReactNode } from 'react';
import { actions, stack } from '../layout';
import type { AuthTranslate } from '../messages';
import type { PointOfNeedStage } from './use-point-of-need';

type Key =
  | 'working'
  | 'explainTitle'
  | 'explainNext'
  | 'continue'
  | 'typeInstead'
  | 'fallbackTitle'
  | 'refused'
  | 'failed'
  | 'submit'
  | 'retry';

export interface PointOfNeedViewProps {
  t: AuthTranslate<Key>;
  stage: PointOfNeedStage<unknown>;
  /** The success notice's title, once `stage` is done. */
  done: () => string;
  decide: (go: boolean) => void;
  start: () => void;
  fieldId: string;
  headingLevel: 1 | 2 | 3;
  reason: ReactNode;
  error: string | undefined;
  onSubmit: (event: FormEvent) => void;
  /** The field to type the value in. */
  children: ReactNode;
}

export function PointOfNeedView(p: PointOfNeedViewProps) {
  const { t, stage, fieldId, headingLevel, reason } = p;
  if (stage.kind === 'working') return <Spinner label={t('working')} showLabel />;
  if (stage.kind === 'done') {
    return <Notice variant="success" headingLevel={false} title={p.done()} />;
  }
  const explaining = stage.kind === 'explaining';
  const buttons = explaining ? (
    <>
      <Button fullWidth onClick={() => p.decide(true)}>
        {t('continue')}
      </Button>
      <Button variant="secondary" fullWidth onClick={() => p.decide(false)}>
        {t('typeInstead')}
      </Button>
    </>
  ) : (
    <>
      <Button type="submit" fullWidth>
        {t('submit')}
      </Button>
      {stage.why === 'failed' ? (
        <Button variant="secondary" fullWidth onClick={() => p.start()}>
          {t('retry')}
        </Button>
      ) : null}
    </>
  );
  const reasonBox = <div className="gm-auth-reason">{reason}</div>;
  const actionRow = (
    <div className="gm-auth-actions" style={actions}>
      {buttons}
    </div>
  );
  if (explaining) {
    return (
      <section className="gm-auth-screen" style={stack} aria-labelledby={`${fieldId}-why`}>
        <Heading level={headingLevel} size="l" id={`${fieldId}-why`}>
          {t('explainTitle')}
        </Heading>
        {reasonBox}
        <Text>{t('explainNext')}</Text>
        {actionRow}
      </section>
    );
  }
  return (
    <form className="gm-auth-screen" style={stack} noValidate onSubmit={p.onSubmit}>
      <ErrorSummary errors={p.error ? [{ fieldId, message: p.error }] : []} />
      <Heading level={headingLevel} size="l">
        {t('fallbackTitle')}
      </Heading>
      <Notice variant="info" headingLevel={false}>
        <p>{t(stage.why)}</p>
      </Notice>
      {reasonBox}
      {p.children}
      {actionRow}
    </form>
  );
}
