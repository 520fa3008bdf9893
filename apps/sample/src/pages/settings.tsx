// "Cài đặt": the citizen's own choices in one place — text size and high contrast (kept by
// GovMiniProvider in platform storage), the app's language (English is fetched before the switch;
// offline, the app says so and stays in Vietnamese), and the account: who is signed in, the
// personal data they agreed to share (ConsentSettings), and signing out after a confirmation.
// `#co-chu`, `#ngon-ngu`, `#tai-khoan` open the page at that section.
import { ConsentSettings, useAuth } from '@govmini/auth';
import { Heading, Radio, RadioGroup, Spinner, Text, TextSizeControl } from '@govmini/ui';
import { useEffect, useRef, useState } from 'react';
import { Page, useLocation } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { SignOutSection } from '../components/sign-out';
import { type Locale, useI18n } from '../messages';
import { routes } from '../routes';

export function SettingsPage() {
  const { t } = useI18n();
  const { hash } = useLocation();
  // Opened at a section (e.g. "Use the app in English" on the home page): that section's heading.
  useEffect(() => {
    const heading = hash ? document.getElementById(`${hash.slice(1)}-heading`) : null;
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, [hash]);
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <Heading level={1}>{t('settings.title')}</Heading>

        <section aria-labelledby="co-chu-heading">
          <Heading level={2} id="co-chu-heading" tabIndex={-1}>
            {t('settings.display.title')}
          </Heading>
          <Text>{t('settings.display.intro')}</Text>
          <TextSizeControl />
          <Text variant="small" secondary>
            {t('settings.display.sample')}
          </Text>
        </section>

        <LanguageSection />
        <AccountSection />
      </main>
    </Page>
  );
}

type Switching = { status: 'idle' | 'changed' | 'failed' } | { status: 'loading'; to: Locale };

function LanguageSection() {
  const { t, locale, setLocale } = useI18n();
  const [switching, setSwitching] = useState<Switching>({ status: 'idle' });
  const choose = async (value: string) => {
    const next: Locale = value === 'en' ? 'en' : 'vi';
    if (next === locale) return;
    setSwitching({ status: 'loading', to: next });
    try {
      await setLocale(next);
      setSwitching({ status: 'changed' });
    } catch {
      // LocalePackLoadError (offline): nothing changed, the radio goes back to Vietnamese.
      setSwitching({ status: 'failed' });
    }
  };
  return (
    <section aria-labelledby="ngon-ngu-heading">
      <Heading level={2} id="ngon-ngu-heading" tabIndex={-1}>
        {t('settings.language.title')}
      </Heading>
      <RadioGroup
        label={t('settings.language.legend')}
        hint={t('settings.language.hint')}
        error={switching.status === 'failed' ? t('settings.language.failed') : undefined}
        value={switching.status === 'loading' ? switching.to : locale}
        onValueChange={(value) => void choose(value)}
      >
        {/* Each language named in itself, so that its readers recognise it. */}
        <Radio value="vi" label={<span lang="vi">Tiếng Việt</span>} />
        <Radio value="en" label={<span lang="en">English</span>} />
      </RadioGroup>
      <div role="status" className="gm-settings-status">
        {switching.status === 'loading' && (
          <Spinner label={t('settings.language.loading')} showLabel size="small" />
        )}
        {switching.status === 'changed' && <Text>{t('settings.language.changed')}</Text>}
      </div>
    </section>
  );
}

function AccountSection() {
  const { t } = useI18n();
  const { status, ready, profile } = useAuth('Cài đặt');
  const heading = useRef<HTMLHeadingElement>(null);
  const [signedOut, setSignedOut] = useState(false);
  const signedIn = status === 'signed_in';
  return (
    <section aria-labelledby="tai-khoan-heading">
      <Heading level={2} id="tai-khoan-heading" tabIndex={-1} ref={heading}>
        {t('settings.account.title')}
      </Heading>
      <div role="status">{signedOut && !signedIn && <Text>{t('signOut.done')}</Text>}</div>
      {!ready ? (
        <Spinner label={t('settings.account.checking')} showLabel />
      ) : signedIn ? (
        <>
          <Text>
            {profile?.name
              ? t('settings.account.signedIn', { name: profile.name })
              : t('settings.account.signedInNoName')}
          </Text>
          <p className="gm-body">
            <a className="gm-link" href={routes.account}>
              {t('settings.account.profile')}
            </a>
          </p>
          <div className="gm-settings-consent">
            <ConsentSettings headingLevel={2} />
          </div>
          <SignOutSection
            onSignedOut={() => {
              // The section that had focus is gone: focus goes to where the news is.
              setSignedOut(true);
              heading.current?.focus();
            }}
          />
        </>
      ) : (
        <>
          <Text>{t('settings.account.signedOut')}</Text>
          <p className="gm-body">
            <a className="gm-link" href={routes.account}>
              {t('settings.account.signIn')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
