// "Tài khoản": sign in with Zalo (and give consent) in place, then the citizen's profile, each
// consent to review or withdraw, and sign-out (personal data is removed from the phone).
import { ConsentSettings, ProfileSummary, RequireAuth, useAuth } from '@govmini/auth';
import { Button, Heading } from '@govmini/ui';
import { AppPage } from '../components/app-page';
import { useText } from '../i18n';
import { appMessages } from '../messages';

export function AccountPage() {
  const t = useText(appMessages);
  return (
    <AppPage>
      <Heading level={1}>{t('account.title')}</Heading>
      <RequireAuth location="/tai-khoan">
        <SignedIn />
      </RequireAuth>
    </AppPage>
  );
}

function SignedIn() {
  const t = useText(appMessages);
  const { signOut } = useAuth();
  return (
    <>
      <ProfileSummary />
      <ConsentSettings headingLevel={2} />
      <Button variant="secondary" onClick={() => void signOut()}>
        {t('account.signOut')}
      </Button>
    </>
  );
}
