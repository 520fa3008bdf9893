// The app shell: zmp-ui's App and router (re-themed in styles.css), our pages inside, all on
// the simulated platform.

import { AuthProvider } from '@govmini/auth';
import { GovMiniProvider } from '@govmini/ui';
import type { ReactNode } from 'react';
import { AnimationRoutes, App, Route, useLocation, ZMPRouter } from 'zmp-ui';
import { OfflineBanner } from './components/offline-banner';
import { consentPurposes } from './consent-purposes';
import { InternalLinks } from './dossier/internal-links';
import { matchProcedurePath } from './dossier/paths';
import { SampleDossierProvider } from './dossier/provider';
import { SampleFeedbackProvider } from './feedback/provider';
import { I18nProvider, useI18n } from './messages';
import { AccountPage } from './pages/account';
import { AdminSearchPage } from './pages/admin-search';
import { DisplaySettingsPage } from './pages/display-settings';
import { DossierDetailPage } from './pages/dossier-detail';
import { DraftsPage } from './pages/dossier-drafts';
import { DossierLookupPage } from './pages/dossier-lookup';
import { MyDossiersPage } from './pages/dossiers';
import { HomePage } from './pages/home';
import { PlatformPage } from './pages/platform';
import { ProceduresPage } from './pages/procedures';
import { ProcedureJourneyPage } from './pages/procedures-journey';
import { PublicReportDetailPage } from './pages/public-report-detail';
import { PublicReportsPage } from './pages/public-reports';
import { ReportDetailPage } from './pages/report-detail';
import { ReportSendPage } from './pages/report-send';
import { MyReportsPage } from './pages/reports-mine';
import { authService, simulator } from './platform';
import { routes } from './routes';
import { provinceTheme } from './theme';

/** The province's theme and the citizen's text size, in the sample app's language. */
function ThemedApp({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return (
    <GovMiniProvider platform={simulator} theme={provinceTheme} locale={locale}>
      <AuthProvider platform={simulator} service={authService} purposes={consentPurposes}>
        <SampleDossierProvider>
          <SampleFeedbackProvider>{children}</SampleFeedbackProvider>
        </SampleDossierProvider>
      </AuthProvider>
    </GovMiniProvider>
  );
}

function AppRoutes() {
  const { pathname } = useLocation();
  // The filing journey stays mounted from one step to the next, so it is not one of
  // AnimationRoutes' pages (those remount whenever the path changes); same layout classes.
  const journey = matchProcedurePath(pathname);
  if (journey) {
    return (
      <div className="zaui-routes">
        <div className="zaui-routes-item">
          <ProcedureJourneyPage
            key={journey.procedureId}
            procedureId={journey.procedureId}
            segment={journey.segment}
          />
        </div>
      </div>
    );
  }
  return (
    <AnimationRoutes>
      <Route path={routes.home} element={<HomePage />} />
      <Route path={routes.procedures} element={<ProceduresPage />} />
      <Route path={routes.drafts} element={<DraftsPage />} />
      <Route path={routes.myDossiers} element={<MyDossiersPage />} />
      <Route path={routes.dossier} element={<DossierDetailPage />} />
      <Route path={routes.lookup} element={<DossierLookupPage />} />
      <Route path={routes.adminSearch} element={<AdminSearchPage />} />
      <Route path={routes.platform} element={<PlatformPage />} />
      <Route path={routes.display} element={<DisplaySettingsPage />} />
      <Route path={routes.account} element={<AccountPage />} />
      <Route path={routes.sendReport} element={<ReportSendPage />} />
      <Route path={routes.myReports} element={<MyReportsPage />} />
      <Route path={routes.myReport} element={<ReportDetailPage />} />
      <Route path={routes.publicReports} element={<PublicReportsPage />} />
      <Route path={routes.publicReport} element={<PublicReportDetailPage />} />
    </AnimationRoutes>
  );
}

export function SampleApp() {
  return (
    <I18nProvider>
      <ThemedApp>
        <App>
          <OfflineBanner />
          <ZMPRouter>
            <InternalLinks>
              <AppRoutes />
            </InternalLinks>
          </ZMPRouter>
        </App>
      </ThemedApp>
    </I18nProvider>
  );
}
