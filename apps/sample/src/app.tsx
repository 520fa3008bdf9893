// The app shell: zmp-ui's App and router (re-themed in styles.css), our pages inside.
import { AnimationRoutes, App, Route, ZMPRouter } from 'zmp-ui';
import { I18nProvider } from './messages';
import { AdminSearchPage } from './pages/admin-search';
import { HomePage } from './pages/home';

export const routes = { home: '/', adminSearch: '/dia-ban' } as const;

export function SampleApp() {
  return (
    <I18nProvider>
      <App>
        <ZMPRouter>
          <AnimationRoutes>
            <Route path={routes.home} element={<HomePage />} />
            <Route path={routes.adminSearch} element={<AdminSearchPage />} />
          </AnimationRoutes>
        </ZMPRouter>
      </App>
    </I18nProvider>
  );
}
