// The citizen's consent, reviewable at any time: each purpose with its latest decision and
// date. An optional purpose that was agreed to can be withdrawn after an inline confirmation
// that says what withdrawing changes (`withdrawEffect`); a required one explains it can only
// be withdrawn by stopping the service (sign out and contact the province).
import { Button, Heading, Notice, Spinner, SummaryListRow, Text } from '@govmini/ui';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ConsentPurpose, ConsentRecord } from '../../core/types';
import { useAuth } from '../AuthProvider/AuthProvider';
import { PurposeDetails, useText } from '../ConsentScreen/PurposeDetails';
import { actions, stack } from '../layout';
import { type AuthMessageKey, errorKey, useAuthMessages, useLocalized } from '../messages';

export interface ConsentSettingsProps {
  /** Every purpose of the service; default: the AuthProvider's `purposes`. */
  purposes?: readonly ConsentPurpose[];
  /** Level of the screen's heading (default 1). */
  headingLevel?: 1 | 2;
}

type Load =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'loaded'; records: readonly ConsentRecord[] };

/** `2026-11-29T19:30:00+07:00` → `29/11/2026`: the date part is already Vietnam's. */
export function formatDecisionDate(decidedAt: string): string {
  const [y, m, d] = decidedAt.slice(0, 10).split('-');
  return d && m && y ? `${d}/${m}/${y}` : decidedAt;
}

const decisionKey: Record<ConsentRecord['decision'], AuthMessageKey> = {
  granted: 'auth.settings.granted',
  refused: 'auth.settings.refused',
  withdrawn: 'auth.settings.withdrawn',
};

export function ConsentSettings({ purposes: given, headingLevel = 1 }: ConsentSettingsProps) {
  const t = useAuthMessages();
  const text = useText();
  const localize = useLocalized();
  const auth = useAuth('ConsentSettings');
  const purposes = given ?? auth.purposes;
  const signedIn = auth.status === 'signed_in';
  const { getConsentRecords, withdrawConsent } = auth;
  const idPrefix = `gm${useId().replace(/:/g, '')}`;
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [confirming, setConfirming] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const doneRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  // Where focus goes back to after "Giữ nguyên": the button that opened the confirmation.
  const [returnTo, setReturnTo] = useState<string | undefined>();

  const reload = useCallback(() => {
    setLoad({ status: 'loading' });
    getConsentRecords().then(
      (records) => setLoad({ status: 'loaded', records }),
      () => setLoad({ status: 'failed' }),
    );
  }, [getConsentRecords]);
  useEffect(() => {
    if (signedIn) reload();
  }, [signedIn, reload]);
  // The confirmation replaced the button the citizen pressed: focus goes to what happened.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (!returnTo) return;
    document.getElementById(returnTo)?.focus();
    setReturnTo(undefined);
  }, [returnTo]);

  const withdraw = async (purpose: ConsentPurpose) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await withdrawConsent(purpose.id);
      setConfirming(undefined);
      setDone(t('auth.settings.done', { title: localize(purpose.title).text }));
      reload();
    } catch (error) {
      setFailure(t(errorKey((error as { code?: never }).code)));
    } finally {
      setBusy(false);
    }
  };

  const heading = (
    <Heading level={headingLevel} size="xl">
      {t('auth.settings.title')}
    </Heading>
  );
  if (!signedIn) {
    return (
      <section className="gm-auth-screen" style={stack}>
        {heading}
        <Text>{t('auth.settings.notSignedIn')}</Text>
      </section>
    );
  }
  if (load.status !== 'loaded') {
    return (
      <section className="gm-auth-screen" style={stack}>
        {heading}
        {load.status === 'loading' ? (
          <Spinner label={t('auth.settings.loading')} showLabel />
        ) : (
          <Notice variant="error" title={t('auth.settings.loadError')} headingLevel={false}>
            <Button variant="secondary" onClick={reload}>
              {t('auth.settings.retry')}
            </Button>
          </Notice>
        )}
      </section>
    );
  }

  const byPurpose = new Map(load.records.map((r) => [r.purposeId, r]));
  const sub = (headingLevel + 1) as 2 | 3;
  return (
    <section className="gm-auth-screen" style={stack}>
      {heading}
      <Text variant="lead">{t('auth.settings.lead')}</Text>
      {done ? (
        <Notice variant="success" ref={doneRef} tabIndex={-1} headingLevel={false} title={done} />
      ) : null}
      {purposes.map((purpose) => {
        const record = byPurpose.get(purpose.id);
        const current = record?.version === purpose.version ? record : undefined;
        const decision = current
          ? t(decisionKey[current.decision], { date: formatDecisionDate(current.decidedAt) })
          : t('auth.settings.undecided');
        const titleId = `${idPrefix}-${purpose.id}`;
        const canWithdraw = !purpose.required && current?.decision === 'granted';
        const open = confirming === purpose.id;
        return (
          <section
            key={purpose.id}
            className="gm-auth-purpose"
            style={stack}
            aria-labelledby={titleId}
          >
            <Heading level={sub} size="m" id={titleId}>
              {text(purpose.title)}
            </Heading>
            <PurposeDetails purpose={purpose}>
              <SummaryListRow
                label={t('auth.settings.kind')}
                value={t(purpose.required ? 'auth.settings.required' : 'auth.settings.optional')}
              />
              <SummaryListRow label={t('auth.settings.decision')} value={decision} />
            </PurposeDetails>
            {purpose.required ? <Text secondary>{t('auth.settings.requiredNote')}</Text> : null}
            {canWithdraw && !open ? (
              <Button
                variant="secondary"
                id={`${titleId}-withdraw`}
                aria-describedby={titleId}
                onClick={() => {
                  setDone(undefined);
                  setFailure(undefined);
                  setConfirming(purpose.id);
                }}
              >
                {t('auth.settings.withdraw')}
              </Button>
            ) : null}
            {canWithdraw && open ? (
              <Notice
                ref={confirmRef}
                tabIndex={-1}
                variant="warning"
                headingLevel={(sub + 1) as 3 | 4}
                title={t('auth.settings.confirmTitle', { title: localize(purpose.title).text })}
              >
                <p>
                  {t('auth.settings.effect')}{' '}
                  {purpose.withdrawEffect
                    ? text(purpose.withdrawEffect)
                    : t('auth.settings.defaultEffect')}
                </p>
                {failure ? (
                  <Notice variant="error" headingLevel={false} announce>
                    <p>{failure}</p>
                  </Notice>
                ) : null}
                <div className="gm-auth-actions" style={actions}>
                  <Button variant="warning" loading={busy} onClick={() => void withdraw(purpose)}>
                    {t('auth.settings.confirm')}
                  </Button>
                  <Button
                    variant="secondary"
                    onClick={() => {
                      setConfirming(undefined);
                      setReturnTo(`${titleId}-withdraw`);
                    }}
                  >
                    {t('auth.settings.keep')}
                  </Button>
                </div>
              </Notice>
            ) : null}
          </section>
        );
      })}
    </section>
  );
}
