// The pattern PhoneNumberRequest and LocationRequest share: ask Zalo at the point of need,
// explain why first (Zalo calls `explain` only when it is about to show its own prompt), and
// when the citizen refuses or Zalo fails, fall back to typing the value in. Each screen passes
// its own words, its request and the field to type the value in.
import type { ExplainPermission } from '@govmini/platform';
import { Button, ErrorSummary, Heading, Notice, Spinner, Text } from '@govmini/ui';
import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { AuthError } from '../../core/types';
import { actions, stack } from '../layout';
import type { AuthTranslate } from '../messages';

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

/** Asking, explaining, the form (after a refusal or a failure), or done with a value. */
type Stage<T> = 'working' | 'explaining' | 'refused' | 'failed' | { readonly value: T };

export interface PointOfNeedProps<T> {
  t: AuthTranslate<Key>;
  /** Asks Zalo through the controller; `explain` shows the screen's reason first. */
  request: (options: { explain: ExplainPermission }) => Promise<T>;
  /** Whether asking can start: only a signed-in citizen's token can be exchanged. */
  enabled: boolean;
  onValue: ((value: T) => void) | undefined;
  autoStart: boolean;
  headingLevel: 1 | 2 | 3;
  reason: ReactNode;
  fieldId: string;
  error: string | undefined;
  /** The form was sent: the typed value when it is complete (then done), else undefined. */
  typed: () => T | undefined;
  /** The success notice's title. */
  done: (value: T) => string;
  /** The field to type the value in. */
  children: ReactNode;
}

export function PointOfNeed<T>(props: PointOfNeedProps<T>) {
  const { t, fieldId, headingLevel, autoStart, enabled } = props;
  const [stage, setStage] = useState<Stage<T>>(autoStart ? 'working' : 'explaining');
  const answer = useRef<(go: boolean) => void>();
  const live = useRef(true);
  const latest = useRef(props);
  latest.current = props;

  /** `explained`: the citizen already read why and pressed "Tiếp tục"; not asked twice. */
  const start = useCallback((explained?: boolean) => {
    setStage('working');
    latest.current
      .request({
        explain: () =>
          explained ||
          new Promise<boolean>((resolve) => {
            answer.current = resolve;
            if (live.current) setStage('explaining');
          }),
      })
      .then(
        (value) => {
          if (!live.current) return;
          setStage({ value });
          latest.current.onValue?.(value);
        },
        (error: AuthError) => {
          if (live.current) setStage(error?.code === 'zalo_refused' ? 'refused' : 'failed');
        },
      );
  }, []);

  // Once per mount; the ref survives StrictMode's second effect run, so Zalo is asked once.
  const started = useRef(false);
  useEffect(() => {
    live.current = true;
    if (autoStart && enabled && !started.current) {
      started.current = true;
      start();
    }
    return () => {
      live.current = false;
    };
  }, [autoStart, enabled, start]);
  // Leaving the screen while the explanation shows is a "no" (the platform call then settles).
  // Checked a moment later: StrictMode's rehearsal unmount remounts at once (live is true again)
  // and must not answer "no" to an explanation the platform has just asked for.
  useEffect(
    () => () => {
      queueMicrotask(() => {
        if (!live.current) answer.current?.(false);
      });
    },
    [],
  );

  const decide = (go: boolean) => {
    const resolve = answer.current;
    answer.current = undefined;
    if (resolve) {
      if (go) setStage('working');
      resolve(go);
    } else if (go) {
      start(true);
    } else {
      setStage('refused');
    }
  };

  if (stage === 'working') return <Spinner label={t('working')} showLabel />;
  if (typeof stage === 'object') {
    return <Notice variant="success" headingLevel={false} title={props.done(stage.value)} />;
  }
  const explaining = stage === 'explaining';
  const reason = <div className="gm-auth-reason">{props.reason}</div>;
  const buttons = (
    <div className="gm-auth-actions" style={actions}>
      {explaining ? (
        <>
          <Button fullWidth onClick={() => decide(true)}>
            {t('continue')}
          </Button>
          <Button variant="secondary" fullWidth onClick={() => decide(false)}>
            {t('typeInstead')}
          </Button>
        </>
      ) : (
        <>
          <Button type="submit" fullWidth>
            {t('submit')}
          </Button>
          {stage === 'failed' ? (
            <Button variant="secondary" fullWidth onClick={() => start()}>
              {t('retry')}
            </Button>
          ) : null}
        </>
      )}
    </div>
  );
  if (explaining) {
    return (
      <section className="gm-auth-screen" style={stack} aria-labelledby={`${fieldId}-why`}>
        <Heading level={headingLevel} size="l" id={`${fieldId}-why`}>
          {t('explainTitle')}
        </Heading>
        {reason}
        <Text>{t('explainNext')}</Text>
        {buttons}
      </section>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = props.typed();
    if (value !== undefined) setStage({ value });
  };
  return (
    <form className="gm-auth-screen" style={stack} noValidate onSubmit={submit}>
      <ErrorSummary errors={props.error ? [{ fieldId, message: props.error }] : []} />
      <Heading level={headingLevel} size="l">
        {t('fallbackTitle')}
      </Heading>
      <Notice variant="info" headingLevel={false}>
        <p>{t(stage)}</p>
      </Notice>
      {reason}
      {props.children}
      {buttons}
    </form>
  );
}
