// The app shell: zmp-ui's App and router (re-themed in styles.css), our pages inside, all on
// the simulated platform.
import { PlatformProvider } from '@govmini/platform/react';
import { AnimationRoutes, App, Route, ZMPRouter } from 'zmp-ui';
import { OfflineBanner } from './components/offline-banner';
import { I18nProvider } from './messages';
import { AdminSearchPage } from './pages/admin-search';
import { HomePage } from './pages/home';
import { PlatformPage } from './pages/platform';
import { simulator } from './platform';
import { routes } from './routes';

export function SampleApp() {
  return (
    <PlatformProvider platform={simulator}>
      <I18nProvider>
        <App>
          <OfflineBanner />
          <ZMPRouter>
            <AnimationRoutes>
              <Route path={routes.home} element={<HomePage />} />
              <Route path={routes.adminSearch} element={<AdminSearchPage />} />
              <Route path={routes.platform} element={<PlatformPage />} />
            </AnimationRoutes>
          </ZMPRouter>
        </App>
      </I18nProvider>
    </PlatformProvider>
  );
}
