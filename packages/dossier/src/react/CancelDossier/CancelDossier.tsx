// Withdrawing a dossier (status 7), only while the procedure and the status allow it (canCancel). Two steps
// on the page itself rather than a dialog (no extra dependency, nothing hidden behind an
// overlay): "Rút hồ sơ" opens a confirmation with a required reason; "Không rút" closes it and
// puts focus back on the button. After withdrawing, a success message takes focus.
import { Button, countCharacters, ErrorSummary, Heading, Notice, TextArea } from '@govmini/ui';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { canCancel } from '../../core/service/status';
import type { Dossier } from '../../core/service/types';
import { useServiceErrorText } from '../DossierDetail/service-error';
import { useSessionToken } from '../DossierDetail/use-remote';
import { useDossier } from '../DossierProvider/context';
import { useDossierMessages } from '../messages';
import { cancelDossierMessages } from './messages';

export const CANCEL_REASON_MAX = 500;

export interface CancelDossierProps {
  dossier: Pick<Dossier, 'code' | 'status' | 'cancellable'>;
  /** The withdrawn dossier (status 7), as the backend returned it. */
  onCancelled?: (dossier: Dossier) => void;
  /** Level of the section's heading (default 2). */
  headingLevel?: 2 | 3;
}

type Step = 'closed' | 'confirming' | 'done';

export function CancelDossier({ dossier, onCancelled, headingLevel = 2 }: CancelDossierProps) {
  const t = useDossierMessages(cancelDossierMessages);
  const errorText = useServiceErrorText();
  const { service } = useDossier('CancelDossier');
  const token = useSessionToken('CancelDossier');
  const reasonId = `${useId().replace(/:/g, '')}-reason`;

  const [step, setStep] = useState<Step>('closed');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const [sending, setSending] = useState(false);
  const focusNext = useRef<Step | null>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const doneNotice = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusNext.current !== step) return;
    focusNext.current = null;
    const target = { closed: openButton, confirming: confirmHeading, done: doneNotice }[step];
    target.current?.focus();
  }, [step]);
  const go = (next: Step) => {
    focusNext.current = next;
    setStep(next);
  };

  if (step === 'done') {
    return (
      <Notice
        ref={doneNotice}
        tabIndex={-1}
        variant="success"
        title={t('done')}
        headingLevel={headingLevel}
      >
        <p>{t('doneBody', { code: dossier.code })}</p>
      </Notice>
    );
  }
  if (!canCancel(dossier)) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const text = reason.trim().normalize('NFC');
    const problem = !text
      ? t('reasonRequired')
      : countCharacters(text) > CANCEL_REASON_MAX
        ? t('tooLong', { max: CANCEL_REASON_MAX })
        : undefined;
    setError(problem);
    setFailure(undefined);
    if (problem) return;
    setSending(true);
    try {
      const cancelled = await service.cancel(await token(), dossier.code, text);
      go('done');
      onCancelled?.(cancelled);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="gm-cancel-dossier">
      <Heading level={headingLevel} size="m">
        {t('title')}
      </Heading>
      {step === 'closed' ? (
        <>
          <p className="gm-text gm-text--body">{t('intro')}</p>
          <Button ref={openButton} variant="secondary" onClick={() => go('confirming')}>
            {t('open')}
          </Button>
        </>
      ) : (
        <form noValidate onSubmit={submit} className="gm-cancel-dossier__confirm">
          <ErrorSummary errors={error ? [{ fieldId: reasonId, message: error }] : []} />
          <Heading level={headingLevel === 2 ? 3 : 4} size="s" ref={confirmHeading} tabIndex={-1}>
            {t('confirmTitle', { code: dossier.code })}
          </Heading>
          <p className="gm-text gm-text--body">{t('confirmBody')}</p>
          <TextArea
            id={reasonId}
            label={t('reason')}
            hint={t('reasonHint')}
            rows={3}
            maxLength={CANCEL_REASON_MAX}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={error}
          />
          {failure !== undefined && (
            <Notice variant="error" title={t('failed')} headingLevel={false} announce>
              <p>{errorText(failure)}</p>
            </Notice>
          )}
          <div className="gm-dossier-actions">
            <Button type="submit" variant="warning" loading={sending}>
              {t('confirm')}
            </Button>
            <Button variant="secondary" onClick={() => go('closed')}>
              {t('keep')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
