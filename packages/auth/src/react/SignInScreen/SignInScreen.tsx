// One tap: "Đăng nhập bằng Zalo", with what happens next said beforehand in plain words, so
// nothing on the following screens comes as a surprise. Errors and an expired session show as
// a Notice above the button, which is also the way to try again.
import { Button, Heading, Notice, Spinner, Text } from '@govmini/ui';
import { useEffect, useId, useRef } from 'react';
import { useAuth } from '../AuthProvider/AuthProvider';
import { stack } from '../layout';
import { useAuthErrorText, useAuthMessages } from '../messages';
import { signInMessages } from './messages';

export interface SignInScreenProps {
  /** Level of the screen's heading (default 1: a screen of its own). */
  headingLevel?: 1 | 2;
  /** Called once the citizen is signed in (e.g. to go back where they were). */
  onSignedIn?: () => void;
}

export function SignInScreen({ headingLevel = 1, onSignedIn }: SignInScreenProps) {
  const t = useAuthMessages(signInMessages);
  const errorText = useAuthErrorText();
  const { state, signIn, ready } = useAuth('SignInScreen');
  const working = state.status === 'signing_in';
  const titleId = useId();

  const signedIn = state.status === 'signed_in';
  const notified = useRef(false);
  useEffect(() => {
    if (signedIn && !notified.current) {
      notified.current = true;
      onSignedIn?.();
    }
  }, [signedIn, onSignedIn]);

  return (
    <section className="gm-auth-screen" style={stack} aria-labelledby={titleId}>
      <Heading level={headingLevel} size="xl" id={titleId}>
        {t('title')}
      </Heading>
      {state.status === 'expired' ? (
        <Notice variant="warning" title={t('expiredTitle')} announce>
          <p>{t('expired')}</p>
        </Notice>
      ) : null}
      {state.status === 'error' ? (
        <Notice variant="error" title={t('errorTitle')} announce>
          <p>{errorText(state.error.code)}</p>
        </Notice>
      ) : null}
      <Text variant="lead">{t('lead')}</Text>
      <Heading level={headingLevel === 1 ? 2 : 3} size="s">
        {t('nextTitle')}
      </Heading>
      <ol className="gm-auth-steps">
        <li>{t('step1')}</li>
        <li>{t('step2')}</li>
        <li>{t('step3')}</li>
      </ol>
      {/* Busy until the stored session was looked at: a tap then would be lost. */}
      <Button fullWidth loading={working || !ready} onClick={() => void signIn()}>
        {t('button')}
      </Button>
      {working ? <Spinner label={t('working')} showLabel /> : null}
    </section>
  );
}
