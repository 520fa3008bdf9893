// The app shell: zmp-ui's App and router (re-themed by the province theme), GovMini's providers
// (platform, theme, text size, language, sign-in), the chosen modules, and the routes.
import { AuthProvider } from '@govmini/auth';
import { GovMiniProvider } from '@govmini/ui';
import type { ReactNode } from 'react';
import { AnimationRoutes, App, Route, useLocation, ZMPRouter } from 'zmp-ui';
import { consentPurposes } from './consent-purposes';
import { I18nProvider, useLocale } from './i18n';
import { modules } from './modules';
import { AccountPage } from './pages/account';
import { DisplayPage } from './pages/display';
import { HomePage } from './pages/home';
import { NotFoundPage } from './pages/not-found';
import { authService, platform } from './platform';
import { provinceTheme } from './theme';

function Providers({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  const withModules = modules.reduceRight<ReactNode>(
    (inner, module) => <module.Provider key={module.id}>{inner}</module.Provider>,
    children,
  );
  return (
    <GovMiniProvider platform={platform} theme={provinceTheme} locale={locale}>
      <AuthProvider platform={platform} service={authService} purposes={consentPurposes}>
        {withModules}
      </AuthProvider>
    </GovMiniProvider>
  );
}

function AppRoutes() {
  const { pathname, search } = useLocation();
  for (const module of modules) {
    const screen = module.standalone?.(pathname, search);
    if (screen) {
      return (
        <div className="zaui-routes">
          <div className="zaui-routes-item">{screen}</div>
        </div>
      );
    }
  }
  return (
    <AnimationRoutes>
      <Route path="/" element={<HomePage />} />
      <Route path="/tai-khoan" element={<AccountPage />} />
      <Route path="/hien-thi" element={<DisplayPage />} />
      {modules.flatMap((module) =>
        module.routes.map((route) => (
          <Route key={route.path} path={route.path} element={route.element} />
        )),
      )}
      <Route path="*" element={<NotFoundPage />} />
    </AnimationRoutes>
  );
}

export function ProvinceApp() {
  return (
    <I18nProvider>
      <Providers>
        <App>
          <ZMPRouter>
            <AppRoutes />
          </ZMPRouter>
        </App>
      </Providers>
    </I18nProvider>
  );
}
