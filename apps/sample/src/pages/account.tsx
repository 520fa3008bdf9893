// "Tài khoản": sign in with Zalo (simulated) and decide each consent purpose, then the
// citizen's profile, a phone number at the point of need, and signing out (after a
// confirmation) — all from @govmini/auth's screens. Reviewing and withdrawing consent is in
// "Cài đặt", with the other choices the citizen makes about the app.
import { PhoneNumberRequest, ProfileSummary, RequireAuth } from '@govmini/auth';
import { Button, Heading, Notice } from '@govmini/ui';
import { useState } from 'react';
import { Page } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { SignOutSection } from '../components/sign-out';
import { useI18n } from '../messages';
import { routes } from '../routes';

export function AccountPage() {
  const { t } = useI18n();
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        {/* Not signed in: the guard shows the sign-in (and consent) screen in place, then this. */}
        <RequireAuth location={routes.account}>
          <Account />
        </RequireAuth>
      </main>
    </Page>
  );
}

function Account() {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [typedPhone, setTypedPhone] = useState<string | null>(null);
  return (
    <>
      <Heading level={1}>{t('account.title')}</Heading>
      <ProfileSummary headingLevel={2} />
      {typedPhone && (
        <Notice variant="info" title={t('account.typedPhone.title')}>
          <p>{t('account.typedPhone.body', { phone: typedPhone })}</p>
        </Notice>
      )}
      {asking ? (
        <PhoneNumberRequest
          reason={t('account.phoneReason')}
          onPhone={() => setAsking(false)}
          onTyped={(e164) => {
            setTypedPhone(e164);
            setAsking(false);
          }}
        />
      ) : (
        <Button variant="secondary" onClick={() => setAsking(true)}>
          {t('account.addPhone')}
        </Button>
      )}
      <p className="gm-body">
        <a className="gm-link" href={`${routes.settings}#tai-khoan`}>
          {t('account.settings')}
        </a>
      </p>
      <SignOutSection />
    </>
  );
}
