// The last step: the procedure's own declaration and a box to tick, then "Gửi hồ sơ". Sending
// is the caller's (through the outbox); a second tap while it runs does nothing.
import { Button, Checkbox, ErrorSummary, Notice, Text } from '@govmini/ui';
import { useEffect, useRef, useState } from 'react';
import type { ProcedureDefinition } from '../../core/definition/types';
import { useDossierMessages, useLocalized } from '../messages';
import { declarationMessages } from './messages';

export type SubmitFailure =
  | 'unauthenticated'
  | 'procedure_changed'
  | 'invalid_answers'
  | 'conflict'
  | 'other';

export interface DeclarationProps {
  procedure: ProcedureDefinition;
  /** The box was ticked and "Gửi hồ sơ" pressed; the time it was declared (ISO 8601, +07:00). */
  onSubmit: (declaredAt: string) => void | Promise<void>;
  onBack?: (() => void) | undefined;
  /** Sending now: the button says so and ignores taps. */
  submitting?: boolean | undefined;
  /** Why the last attempt was refused. */
  failure?: SubmitFailure | undefined;
  /** Clock for the declaration time (tests). */
  now?: (() => number) | undefined;
}

/** An instant as ISO 8601 in Vietnam's offset: `2026-12-02T09:15:00+07:00`. */
export function vietnamIso(epochMs: number): string {
  return `${new Date(epochMs + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

const BOX_ID = 'dossier-declaration-agree';

export function Declaration({
  procedure,
  onSubmit,
  onBack,
  submitting,
  failure,
  now = Date.now,
}: DeclarationProps) {
  const t = useDossierMessages(declarationMessages);
  const localized = useLocalized();
  const [agreed, setAgreed] = useState(false);
  const [missing, setMissing] = useState(false);
  // A double tap arrives before `submitting` renders: this flag is set in the same tick.
  const sending = useRef(false);
  useEffect(() => {
    if (!submitting) sending.current = false;
  }, [submitting]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <form
      className="gm-dossier-declaration"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (sending.current || submitting) return;
        if (!agreed) return setMissing(true);
        sending.current = true;
        void Promise.resolve(onSubmit(vietnamIso(now()))).finally(() => {
          sending.current = false;
        });
      }}
    >
      <ErrorSummary
        title={t('errorTitle')}
        errors={missing && !agreed ? [{ fieldId: BOX_ID, message: t('required') }] : []}
      />
      {failure && (
        <Notice variant="error" title={t('failed')} announce>
          <p>{t(`error.${failure}`)}</p>
          <p>{t('kept')}</p>
        </Notice>
      )}
      <h1 ref={heading} tabIndex={-1} className="gm-heading gm-heading--xl">
        {t('title')}
      </h1>
      <Text className="gm-dossier-declaration__text">{localized(procedure.declaration)}</Text>
      <Checkbox
        id={BOX_ID}
        label={t('agree')}
        checked={agreed}
        error={missing && !agreed ? t('required') : undefined}
        onChange={(event) => setAgreed(event.currentTarget.checked)}
      />
      <div className="gm-dossier-actions">
        <Button type="submit" loading={submitting === true}>
          {t('submit')}
        </Button>
        {onBack && (
          <Button variant="secondary" onClick={onBack}>
            {t('back')}
          </Button>
        )}
      </div>
    </form>
  );
}
