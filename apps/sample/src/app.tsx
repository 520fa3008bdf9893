// The app shell: zmp-ui's App and router (re-themed in styles.css) on the simulated platform,
// the province's theme, the citizen's language and text size.
//
// What a citizen downloads first is only what the home page needs (budget: 150 kB of gzipped
// JavaScript with React; `node scripts/home-size.mjs` measures it). So the home page is
// rendered here, beside the rest; everything else — the sign-in, dossier and feedback providers
// with their backends, and every other screen — is components/app-services.tsx. The home page
// uses none of it (its search has its own chunk), so on the home page it is fetched only once the
// page has settled, or when the phone comes back online (an outbox may be waiting); at once when
// the citizen opens another screen, or the app opens on one. The providers are then mounted for
// the rest of the run, whichever screen is open, so their outboxes keep sending; the home page
// never sits under them, so it is not remounted when they arrive.
import { useOnline } from '@govmini/platform/react';
import { GovMiniProvider } from '@govmini/ui';
import { type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { App, useLocation, ZMPRouter } from 'zmp-ui';
import { OfflineBanner } from './components/offline-banner';
import { lazyScreen, PageLoading, RoutesFrame, ScreenErrorBoundary } from './components/page-frame';
import { settled } from './components/quiet';
import { InternalLinks } from './dossier/internal-links';
import { I18nProvider, useI18n } from './messages';
import { HomePage } from './pages/home';
import { simulator } from './platform';
import { routes } from './routes';
import { provinceTheme } from './theme';

const AppServices = lazyScreen(() =>
  import('./components/app-services').then((module) => module.AppServices),
);

/** The province's theme and the citizen's text size, in the app's language. */
function ThemedApp({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return (
    <GovMiniProvider platform={simulator} theme={provinceTheme} locale={locale}>
      {children}
    </GovMiniProvider>
  );
}

/**
 * Whether to fetch the app's services now: at once away from the home page; on it, once the
 * page has settled (loaded, the network quiet for 5 s, the browser idle: see quiet.ts), so the
 * home page has the network and the main thread to itself until it is usable — or as soon as
 * the phone is back online, when a dossier or report may be waiting in an outbox.
 */
function useServicesWanted(home: boolean): boolean {
  const [wanted, setWanted] = useState(!home);
  const online = useOnline();
  const wasOnline = useRef(online);
  useEffect(() => {
    const back = online && !wasOnline.current;
    wasOnline.current = online;
    if (back) setWanted(true);
  }, [online]);
  useEffect(() => {
    if (wanted) return;
    if (!home) return setWanted(true);
    const controller = new AbortController();
    settled(controller.signal).then(
      () => setWanted(true),
      () => undefined, // left the home page or closed: decided again then
    );
    return () => controller.abort();
  }, [home, wanted]);
  return wanted || !home;
}

function Screens() {
  const { pathname } = useLocation();
  const home = pathname === routes.home;
  const wanted = useServicesWanted(home);
  return (
    <>
      {home && (
        <RoutesFrame>
          <HomePage />
        </RoutesFrame>
      )}
      {wanted && (
        // On the home page a failure to fetch them shows nothing; they are fetched again as soon
        // as the citizen opens a screen that needs them.
        <ScreenErrorBoundary onRetry={AppServices.reload} quiet={home}>
          <Suspense
            fallback={
              home ? null : (
                <RoutesFrame>
                  <PageLoading />
                </RoutesFrame>
              )
            }
          >
            <AppServices screens={!home} />
          </Suspense>
        </ScreenErrorBoundary>
      )}
    </>
  );
}

export function SampleApp() {
  return (
    <I18nProvider platform={simulator}>
      <ThemedApp>
        <App>
          <OfflineBanner />
          <ZMPRouter>
            <InternalLinks>
              <Screens />
            </InternalLinks>
          </ZMPRouter>
        </App>
      </ThemedApp>
    </I18nProvider>
  );
}
