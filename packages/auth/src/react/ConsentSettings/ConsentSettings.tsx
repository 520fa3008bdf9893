// The citizen's consent, reviewable at any time: each purpose with its latest decision and
// date. An optional purpose that was agreed to can be withdrawn after an inline confirmation
// that says what withdrawing changes (`withdrawEffect`); a required one explains it can only
// be withdrawn by stopping the service (sign out and contact the province). An optional purpose
// withdrawn or refused can be agreed to again, with what that turns back on said beside it.
import { Button, Heading, Notice, Spinner, SummaryListRow, Text, useFieldIds } from '@govmini/ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuthError, ConsentPurpose, ConsentRecord } from '../../core/types';
import { useAuth } from '../AuthProvider/AuthProvider';
import { PurposeSection, useText } from '../ConsentScreen/PurposeDetails';
import { actions, focusOnMount, stack } from '../layout';
import { useAuthErrorText, useAuthMessages, useLocalized } from '../messages';
import { consentSettingsMessages } from './messages';

export interface ConsentSettingsProps {
  /** Every purpose of the service; default: the AuthProvider's `purposes`. */
  purposes?: readonly ConsentPurpose[];
  /** Level of the screen's heading (default 1). */
  headingLevel?: 1 | 2;
}

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
  const { getConsentRecords } = auth;
  const signedIn = auth.status === 'signed_in';
  const idPrefix = useFieldIds().control;
  // undefined while loading, null when loading failed.
  const [records, setRecords] = useState<readonly ConsentRecord[] | null>();
  const [confirming, setConfirming] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();
  // Which purpose's action failed, and why.
  const [failure, setFailure] = useState<{ id: string; text: string }>();
  // After "Giữ nguyên", focus goes back to the withdraw button that opened the confirmation.
  const returnTo = useRef<string>();

  const reload = useCallback(() => {
    setRecords(undefined);
    getConsentRecords().then(setRecords, () => setRecords(null));
  }, [getConsentRecords]);
  useEffect(() => {
    if (signedIn) reload();
  }, [signedIn, reload]);

  const change = async (purpose: ConsentPurpose, grant?: boolean) => {
    setBusy(true);
    setDone(undefined);
    setFailure(undefined);
    try {
      await (grant ? auth.grantConsent : auth.withdrawConsent)(purpose.id);
      setConfirming(undefined);
      setDone(t(grant ? 'grantDone' : 'done', { title: localize(purpose.title).text }));
      reload();
    } catch (error) {
      setFailure({ id: purpose.id, text: errorText((error as AuthError).code) });
    } finally {
      setBusy(false);
    }
  };

  const sub = (headingLevel + 1) as 2 | 3;
  return (
    <section className="gm-auth-screen" style={stack}>
      {/* Sized by its level: a page's title at 1, one section among the page's others at 2. */}
      <Heading level={headingLevel}>{t('title')}</Heading>
      {!signedIn ? (
        <Text>{t('notSignedIn')}</Text>
      ) : records === undefined ? (
        <Spinner label={t('loading')} showLabel />
      ) : records === null ? (
        <Notice variant="error" title={t('loadError')} headingLevel={false}>
          <Button variant="secondary" onClick={reload}>
            {t('retry')}
          </Button>
        </Notice>
      ) : (
        <>
          <Text variant="lead">{t('lead')}</Text>
          {done ? (
            // Focused when it appears: the button the citizen pressed is gone.
            <Notice
              variant="success"
              ref={focusOnMount}
              tabIndex={-1}
              headingLevel={false}
              title={done}
            />
          ) : null}
          {purposes(given ?? auth.purposes)}
        </>
      )}
    </section>
  );

  function purposes(list: readonly ConsentPurpose[]) {
    return list.map((purpose) => {
      const { id, required } = purpose;
      const record = records?.filter((r) => r.purposeId === id).pop();
      const current = record?.version === purpose.version ? record : undefined;
      const titleId = `${idPrefix}-${id}`;
      const effectId = `${titleId}-grant-effect`;
      const failed =
        failure?.id === id ? (
          <Notice variant="error" headingLevel={false} announce>
            <p>{failure.text}</p>
          </Notice>
        ) : null;
      const title = localize(purpose.title).text;
      return (
        <PurposeSection
          key={id}
          purpose={purpose}
          titleId={titleId}
          level={sub}
          rows={
            <>
              <SummaryListRow label={t('kind')} value={t(required ? 'required' : 'optional')} />
              <SummaryListRow
                label={t('decision')}
                value={
                  current
                    ? t(current.decision, { date: formatDecisionDate(current.decidedAt) })
                    : t('undecided')
                }
              />
            </>
          }
        >
          {required ? (
            <Text secondary>{t('requiredNote')}</Text>
          ) : !current ? null : current.decision !== 'granted' ? (
            <>
              <Text id={effectId}>{t('grantEffect')}</Text>
              {failed}
              <Button
                variant="secondary"
                loading={busy}
                aria-describedby={`${titleId} ${effectId}`}
                onClick={() => void change(purpose, true)}
              >
                {t('grantAgain')}
              </Button>
            </>
          ) : confirming === id ? (
            <Notice
              ref={focusOnMount}
              tabIndex={-1}
              variant="warning"
              headingLevel={(sub + 1) as 3 | 4}
              title={t('confirmTitle', { title })}
            >
              <p>
                {t('effect')}{' '}
                {purpose.withdrawEffect ? text(purpose.withdrawEffect) : t('defaultEffect')}
              </p>
              {failed}
              <div className="gm-auth-actions" style={actions}>
                <Button variant="warning" loading={busy} onClick={() => void change(purpose)}>
                  {t('confirm')}
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => {
                    returnTo.current = id;
                    setConfirming(undefined);
                  }}
                >
                  {t('keep')}
                </Button>
              </div>
            </Notice>
          ) : (
            <Button
              variant="secondary"
              ref={(button) => {
                if (button && returnTo.current === id) {
                  returnTo.current = undefined;
                  button.focus();
                }
              }}
              aria-describedby={titleId}
              onClick={() => {
                setDone(undefined);
                setFailure(undefined);
                setConfirming(id);
              }}
            >
              {t('withdraw')}
            </Button>
          )}
        </PurposeSection>
      );
    });
  }
}
