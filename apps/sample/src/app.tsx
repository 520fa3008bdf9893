// The app shell: zmp-ui's App and router (re-themed in styles.css), our pages inside, all on
// the simulated platform.

import { AuthProvider } from '@govmini/auth';
import { GovMiniProvider } from '@govmini/ui';
import type { ReactNode } from 'react';
import { AnimationRoutes, App, Route, ZMPRouter } from 'zmp-ui';
import { OfflineBanner } from './components/offline-banner';
import { consentPurposes } from './consent-purposes';
import { I18nProvider, useI18n } from './messages';
import { AccountPage } from './pages/account';
import { AdminSearchPage } from './pages/admin-search';
import { DisplaySettingsPage } from './pages/display-settings';
import { HomePage } from './pages/home';
import { PlatformPage } from './pages/platform';
import { authService, simulator } from './platform';
import { routes } from './routes';
import { provinceTheme } from './theme';

/** The province's theme and the citizen's text size, in the sample app's language. */
function ThemedApp({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return (
    <GovMiniProvider platform={simulator} theme={provinceTheme} locale={locale}>
      <AuthProvider platform={simulator} service={authService} purposes={consentPurposes}>
        {children}
      </AuthProvider>
    </GovMiniProvider>
  );
}

export function SampleApp() {
  return (
    <I18nProvider>
      <ThemedApp>
        <App>
          <OfflineBanner />
          <ZMPRouter>
            <AnimationRoutes>
              <Route path={routes.home} element={<HomePage />} />
              <Route path={routes.adminSearch} element={<AdminSearchPage />} />
              <Route path={routes.platform} element={<PlatformPage />} />
              <Route path={routes.display} element={<DisplaySettingsPage />} />
              <Route path={routes.account} element={<AccountPage />} />
            </AnimationRoutes>
          </ZMPRouter>
        </App>
      </ThemedApp>
    </I18nProvider>
  );
}
