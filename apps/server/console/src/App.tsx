// The console's frame (inside RouterProvider): who is signed in (the login screen until
// someone is), the header with the three sections, and the screen for the URL. A 401 from any call brings the login back,
// and the officer returns to the same screen after signing in again.
import { Button, Spinner } from '@govmini/ui';
import { useCallback, useEffect, useState } from 'react';
import type { SessionInfo } from '../../src/staff/wire.ts';
import { api, setCsrfToken, whenUnauthenticated } from './api.ts';
import { commonMessages } from './common.messages.ts';
import { DisplaySettings } from './DisplaySettings.tsx';
import { useMessages } from './i18n.ts';
import { PageHeading } from './parts.tsx';
import { hrefFor, RouterLink, useRouter } from './router.tsx';
import { DossierScreen } from './screens/DossierScreen.tsx';
import { DossiersScreen } from './screens/DossiersScreen.tsx';
import { LoginScreen } from './screens/LoginScreen.tsx';
import { RatingsScreen } from './screens/RatingsScreen.tsx';
import { ReportScreen } from './screens/ReportScreen.tsx';
import { ReportsScreen } from './screens/ReportsScreen.tsx';

type SessionState =
  | { readonly state: 'checking' }
  | { readonly state: 'signedOut'; readonly expired: boolean }
  | { readonly state: 'signedIn'; readonly session: SessionInfo };

export function App() {
  const [session, setSession] = useState<SessionState>({ state: 'checking' });
  const t = useMessages(commonMessages);
  const { navigate } = useRouter();
  // Signing in or out swaps the screen under the officer: focus goes to its heading, as after
  // any navigation (same URL, so the officer lands where they were).
  const refocus = useCallback(
    () => navigate(window.location.pathname + window.location.search, { replace: true }),
    [navigate],
  );

  useEffect(() => {
    whenUnauthenticated(() => {
      setCsrfToken('');
      setSession({ state: 'signedOut', expired: true });
    });
    api.session().then(
      (info) => {
        setCsrfToken(info.csrfToken);
        setSession({ state: 'signedIn', session: info });
      },
      () => setSession({ state: 'signedOut', expired: false }),
    );
  }, []);

  const signedIn = (info: SessionInfo) => {
    setCsrfToken(info.csrfToken);
    setSession({ state: 'signedIn', session: info });
    refocus();
  };

  const logout = async () => {
    await api.logout().catch(() => undefined);
    setCsrfToken('');
    setSession({ state: 'signedOut', expired: false });
    refocus();
  };

  return (
    <>
      <a className="staff-skip-link" href="#main">
        {t('skipLink')}
      </a>
      <header className="staff-header">
        <div className="staff-header__inner">
          <p className="staff-header__name">{t('appName')}</p>
          {session.state === 'signedIn' && (
            <div className="staff-header__account">
              <span>{t('signedInAs', { name: session.session.staff.displayName })}</span>
              <Button variant="secondary" onClick={logout}>
                {t('logout')}
              </Button>
            </div>
          )}
        </div>
        {session.state === 'signedIn' && <MainNav />}
      </header>
      <main id="main" className="staff-main" tabIndex={-1}>
        {session.state === 'checking' && <Spinner label={t('loading')} showLabel />}
        {session.state === 'signedOut' && (
          <LoginScreen expired={session.expired} onSignedIn={signedIn} />
        )}
        {session.state === 'signedIn' && <Screen />}
      </main>
      <footer className="staff-footer">
        <DisplaySettings />
      </footer>
    </>
  );
}

function MainNav() {
  const t = useMessages(commonMessages);
  const { route } = useRouter();
  const section = route.name.startsWith('dossier')
    ? 'dossiers'
    : route.name.startsWith('report')
      ? 'reports'
      : route.name;
  const links = [
    ['dossiers', hrefFor.dossiers(), t('navDossiers')],
    ['reports', hrefFor.reports(), t('navReports')],
    ['ratings', hrefFor.ratings(), t('navRatings')],
  ] as const;
  return (
    <nav aria-label={t('navLabel')} className="staff-nav">
      <ul>
        {links.map(([name, href, label]) => (
          <li key={name}>
            <RouterLink href={href} aria-current={section === name ? 'page' : undefined}>
              {label}
            </RouterLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Screen() {
  const { route } = useRouter();
  const t = useMessages(commonMessages);
  switch (route.name) {
    case 'dossiers':
      return <DossiersScreen query={route.query} />;
    case 'dossier':
      return <DossierScreen code={route.code} />;
    case 'reports':
      return <ReportsScreen query={route.query} />;
    case 'report':
      return <ReportScreen id={route.id} />;
    case 'ratings':
      return <RatingsScreen />;
    default:
      return (
        <>
          <PageHeading title={t('notFoundTitle')}>{t('notFoundTitle')}</PageHeading>
          <p>{t('notFoundBody')}</p>
        </>
      );
  }
}
