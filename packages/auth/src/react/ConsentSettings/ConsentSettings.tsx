// The citizen's consent, reviewable at any time: each purpose with its latest decision and
// date. An optional purpose that was agreed to can be withdrawn after an inline confirmation
// that says what withdrawing changes (`withdrawEffect`); a required one explains it can only
// be withdrawn by stopping the service (sign out and contact the province). An optional purpose
// withdrawn or refused can be agreed to again, with what that turns back on said beside it.
import { Button, Heading, Notice, Spinner, SummaryListRow, Text } from '@govmini/ui';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ConsentPurpose, ConsentRecord } from '../../core/types';
import { useAuth } from '../AuthProvider/AuthProvider';
import { PurposeDetails, useText } from '../ConsentScreen/PurposeDetails';
import { actions, stack } from '../layout';
import { useAuthErrorText, useAuthMessages, useLocalized } from '../messages';
import { consentSettingsMessages } from './messages';

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

export function ConsentSettings({ purposes: given, headingLevel = 1 }: ConsentSettingsProps) {
  const t = useAuthMessages(consentSettingsMessages);
  const errorText = useAuthErrorText();
  const text = useText();
  const localize = useLocalized();
  const auth = useAuth('ConsentSettings');
  const purposes = given ?? auth.purposes;
  const signedIn = auth.status === 'signed_in';
  const { getConsentRecords, withdrawConsent, grantConsent } = auth;
  const idPrefix = `gm${useId().replace(/:/g, '')}`;
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [confirming, setConfirming] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  // Which purpose's action failed, and why.
  const [failure, setFailure] = useState<{ id: string; text: string } | undefined>();
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

  const change = async (purpose: ConsentPurpose, grant: boolean) => {
    setBusy(true);
    setDone(undefined);
    setFailure(undefined);
    try {
      await (grant ? grantConsent : withdrawConsent)(purpose.id);
      setConfirming(undefined);
      setDone(t(grant ? 'grantDone' : 'done', { title: localize(purpose.title).text }));
      reload();
    } catch (error) {
      setFailure({ id: purpose.id, text: errorText((error as { code?: never }).code) });
    } finally {
      setBusy(false);
    }
  };
  const failed = (purpose: ConsentPurpose) =>
    failure?.id === purpose.id ? (
      <Notice variant="error" headingLevel={false} announce>
        <p>{failure.text}</p>
      </Notice>
    ) : null;

  const heading = (
    <Heading level={headingLevel} size="xl">
      {t('title')}
    </Heading>
  );
  if (!signedIn) {
    return (
      <section className="gm-auth-screen" style={stack}>
        {heading}
        <Text>{t('notSignedIn')}</Text>
      </section>
    );
  }
  if (load.status !== 'loaded') {
    return (
      <section className="gm-auth-screen" style={stack}>
        {heading}
        {load.status === 'loading' ? (
          <Spinner label={t('loading')} showLabel />
        ) : (
          <Notice variant="error" title={t('loadError')} headingLevel={false}>
            <Button variant="secondary" onClick={reload}>
              {t('retry')}
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
      <Text variant="lead">{t('lead')}</Text>
      {done ? (
        <Notice variant="success" ref={doneRef} tabIndex={-1} headingLevel={false} title={done} />
      ) : null}
      {purposes.map((purpose) => {
        const record = byPurpose.get(purpose.id);
        const current = record?.version === purpose.version ? record : undefined;
        const decision = current
          ? t(current.decision, { date: formatDecisionDate(current.decidedAt) })
          : t('undecided');
        const titleId = `${idPrefix}-${purpose.id}`;
        const canWithdraw = !purpose.required && current?.decision === 'granted';
        const canGrant = !purpose.required && current !== undefined && !canWithdraw;
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
                label={t('kind')}
                value={t(purpose.required ? 'required' : 'optional')}
              />
              <SummaryListRow label={t('decision')} value={decision} />
            </PurposeDetails>
            {purpose.required ? <Text secondary>{t('requiredNote')}</Text> : null}
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
                {t('withdraw')}
              </Button>
            ) : null}
            {canWithdraw && open ? (
              <Notice
                ref={confirmRef}
                tabIndex={-1}
                variant="warning"
                headingLevel={(sub + 1) as 3 | 4}
                title={t('confirmTitle', { title: localize(purpose.title).text })}
              >
                <p>
                  {t('effect')}{' '}
                  {purpose.withdrawEffect ? text(purpose.withdrawEffect) : t('defaultEffect')}
                </p>
                {failed(purpose)}
                <div className="gm-auth-actions" style={actions}>
                  <Button
                    variant="warning"
                    loading={busy}
                    onClick={() => void change(purpose, false)}
                  >
                    {t('confirm')}
                  </Button>
                  <Button
                    variant="secondary"
                    onClick={() => {
                      setConfirming(undefined);
                      setReturnTo(`${titleId}-withdraw`);
                    }}
                  >
                    {t('keep')}
                  </Button>
                </div>
              </Notice>
            ) : null}
            {canGrant ? (
              <>
                <Text id={`${titleId}-grant-effect`}>{t('grantEffect')}</Text>
                {failed(purpose)}
                <Button
                  variant="secondary"
                  loading={busy}
                  aria-describedby={`${titleId} ${titleId}-grant-effect`}
                  onClick={() => void change(purpose, true)}
                >
                  {t('grantAgain')}
                </Button>
              </>
            ) : null}
          </section>
        );
      })}
    </section>
  );
}
