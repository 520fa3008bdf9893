// One screen: zmp-ui's Page (scrolling, Zalo's back gesture) around the screen's content.
import { Link } from '@govmini/ui';
import type { ReactNode } from 'react';
import { Page, useNavigate } from 'zmp-ui';
import { useText } from '../i18n';
import { appMessages } from '../messages';

export function AppPage({ children, home = true }: { children: ReactNode; home?: boolean }) {
  const t = useText(appMessages);
  return (
    <Page className="app-page">
      <main className="app-content">
        {children}
        {home && <HomeLink>{t('back.home')}</HomeLink>}
      </main>
    </Page>
  );
}

function HomeLink({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <Link
      href="/"
      onClick={(event) => {
        event.preventDefault();
        navigate('/');
      }}
    >
      {children}
    </Link>
  );
}
