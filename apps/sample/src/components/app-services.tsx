// Everything behind the home page, fetched after it has painted (see app.tsx): the app-wide
// providers — sign-in (AuthProvider), dossiers and feedback, whose outboxes send whatever is
// waiting whichever screen is open — and every other screen, each its own chunk: fetched when
// its route opens (a loading page meanwhile, a retry if its code cannot be fetched), or ahead of
// time once the app has been quiet a while (prefetch-screens.ts; the likely next ones first).
//
// The filing journey is rendered beside zmp-ui's AnimationRoutes: those remount a page whenever
// the path changes, and the journey must stay mounted from one step to the next.
import { AuthProvider } from '@govmini/auth';
import { type ComponentProps, Suspense, useEffect } from 'react';
import { AnimationRoutes, Route, useLocation, useNavigate } from 'zmp-ui';
import { consentPurposes } from '../consent-purposes';
import { matchProcedurePath } from '../dossier/paths';
import { SampleDossierProvider } from '../dossier/provider';
import { SampleFeedbackProvider } from '../feedback/provider';
import { authService, simulator } from '../platform';
import { routes } from '../routes';
import {
  type LazyScreen,
  lazyScreen,
  PageLoading,
  RoutesFrame,
  ScreenErrorBoundary,
} from './page-frame';
import { type Link, usePrefetchScreens } from './prefetch-screens';

const screens = {
  procedures: lazyScreen(() => import('../pages/procedures').then((m) => m.ProceduresPage)),
  journey: lazyScreen(() =>
    import('../pages/procedures-journey').then((m) => m.ProcedureJourneyPage),
  ),
  drafts: lazyScreen(() => import('../pages/dossier-drafts').then((m) => m.DraftsPage)),
  myDossiers: lazyScreen(() => import('../pages/dossiers').then((m) => m.MyDossiersPage)),
  dossier: lazyScreen(() => import('../pages/dossier-detail').then((m) => m.DossierDetailPage)),
  lookup: lazyScreen(() => import('../pages/dossier-lookup').then((m) => m.DossierLookupPage)),
  sendReport: lazyScreen(() => import('../pages/report-send').then((m) => m.ReportSendPage)),
  myReports: lazyScreen(() => import('../pages/reports-mine').then((m) => m.MyReportsPage)),
  myReport: lazyScreen(() => import('../pages/report-detail').then((m) => m.ReportDetailPage)),
  publicReports: lazyScreen(() =>
    import('../pages/public-reports').then((m) => m.PublicReportsPage),
  ),
  publicReport: lazyScreen(() =>
    import('../pages/public-report-detail').then((m) => m.PublicReportDetailPage),
  ),
  settings: lazyScreen(() => import('../pages/settings').then((m) => m.SettingsPage)),
  account: lazyScreen(() => import('../pages/account').then((m) => m.AccountPage)),
  guides: lazyScreen(() => import('../pages/guides').then((m) => m.GuidesPage)),
  guide: lazyScreen(() => import('../pages/guides').then((m) => m.GuidePage)),
  help: lazyScreen(() => import('../pages/help').then((m) => m.HelpPage)),
  adminSearch: lazyScreen(() => import('../pages/admin-search').then((m) => m.AdminSearchPage)),
  platform: lazyScreen(() => import('../pages/platform').then((m) => m.PlatformPage)),
  notFound: lazyScreen(() => import('../pages/not-found').then((m) => m.NotFoundPage)),
};

/** A screen with its loading page and its retry. */
function Screen<P extends object>({ of: Lazy, ...props }: { of: LazyScreen<P> } & P) {
  return (
    <ScreenErrorBoundary onRetry={Lazy.reload}>
      <Suspense fallback={<PageLoading />}>
        <Lazy {...(props as unknown as P)} />
      </Suspense>
    </ScreenErrorBoundary>
  );
}

/** An old path: replaced in the history by where its content is now. */
function Redirect({ to }: { to: string }) {
  const navigate = useNavigate();
  useEffect(() => navigate(to, { replace: true, animate: false }), [navigate, to]);
  return null;
}

const plain = (of: LazyScreen<object>) => <Screen of={of} />;

function ServiceRoutes() {
  const { pathname } = useLocation();
  const journey = matchProcedurePath(pathname);
  if (journey) {
    const props: ComponentProps<typeof screens.journey> = {
      procedureId: journey.procedureId,
      segment: journey.segment,
    };
    return (
      <RoutesFrame>
        <Screen key={journey.procedureId} of={screens.journey} {...props} />
      </RoutesFrame>
    );
  }
  return (
    <AnimationRoutes>
      <Route path={routes.procedures} element={plain(screens.procedures)} />
      <Route path={routes.drafts} element={plain(screens.drafts)} />
      <Route path={routes.myDossiers} element={plain(screens.myDossiers)} />
      <Route path={routes.dossier} element={plain(screens.dossier)} />
      <Route path={routes.lookup} element={plain(screens.lookup)} />
      <Route path={routes.sendReport} element={plain(screens.sendReport)} />
      <Route path={routes.myReports} element={plain(screens.myReports)} />
      <Route path={routes.myReport} element={plain(screens.myReport)} />
      <Route path={routes.publicReports} element={plain(screens.publicReports)} />
      <Route path={routes.publicReport} element={plain(screens.publicReport)} />
      <Route path={routes.settings} element={plain(screens.settings)} />
      <Route path={routes.display} element={<Redirect to={`${routes.settings}#co-chu`} />} />
      <Route path={routes.account} element={plain(screens.account)} />
      <Route path={routes.guides} element={plain(screens.guides)} />
      <Route path={routes.guide} element={plain(screens.guide)} />
      <Route path={routes.help} element={plain(screens.help)} />
      <Route path={routes.adminSearch} element={plain(screens.adminSearch)} />
      <Route path={routes.platform} element={plain(screens.platform)} />
      <Route path="*" element={plain(screens.notFound)} />
    </AnimationRoutes>
  );
}

type ScreenName = keyof typeof screens;

/** The screens a citizen on `pathname` is likely to open next. */
function leadsTo(pathname: string): ScreenName[] {
  if (matchProcedurePath(pathname)) return ['myDossiers', 'dossier', 'drafts'];
  switch (pathname) {
    case routes.home:
      return ['procedures', 'journey', 'sendReport'];
    case routes.procedures:
      return ['journey', 'drafts'];
    case routes.sendReport:
      return ['myReports', 'myReport'];
    case routes.myDossiers:
    case routes.drafts:
      return ['dossier', 'journey'];
    case routes.myReports:
      return ['myReport'];
    case routes.publicReports:
      return ['publicReport'];
    case routes.guides:
      return ['guide'];
    default:
      return [];
  }
}

/**
 * What to fetch ahead from `pathname`: what it leads to first, then filing and reporting, then
 * the rest. On a 2G-class link only what a task in progress leads to (a citizen part-way through
 * a form who loses the network can still see what is waiting); with Save-Data, nothing.
 */
function prefetchOrder(pathname: string, link: Link): readonly ScreenName[] {
  if (link === 'save-data') return [];
  const next = leadsTo(pathname);
  if (link === '2g') return pathname === routes.home ? [] : next;
  const rest = Object.keys(screens) as ScreenName[];
  return [...new Set([...next, ...leadsTo(routes.home), ...rest])];
}

/** Fetches the screens' code ahead (renders nothing). */
function PrefetchScreens() {
  const { pathname } = useLocation();
  usePrefetchScreens(screens, prefetchOrder, pathname, routes.home);
  return null;
}

/** The providers, with every screen but the home page under them when `screens` is true. */
export function AppServices({ screens: showScreens }: { screens: boolean }) {
  return (
    <>
      <PrefetchScreens />
      <AuthProvider platform={simulator} service={authService} purposes={consentPurposes}>
        <SampleDossierProvider>
          <SampleFeedbackProvider>{showScreens ? <ServiceRoutes /> : null}</SampleFeedbackProvider>
        </SampleDossierProvider>
      </AuthProvider>
    </>
  );
}
