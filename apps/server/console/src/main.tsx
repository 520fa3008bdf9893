// The staff console's entry. GovMiniProvider needs a platform: officers work in a desktop or
// phone browser, not in Zalo, so the simulated platform serves as the browser's one (no Zalo
// user; display settings kept in localStorage; browser events followed).
import { createSimulatedPlatform } from '@govmini/platform';
import { GovMiniProvider } from '@govmini/ui';
import '@govmini/ui/styles.css';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { type ConsoleLocale, LocaleContext } from './DisplaySettings.tsx';
import { RouterProvider } from './router.tsx';
import './console.css';

const LOCALE_KEY = 'govmini.staff.locale';

function readLocale(): ConsoleLocale {
  try {
    return window.localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function Root() {
  const platform = useMemo(
    () =>
      createSimulatedPlatform({
        appId: 'govmini-staff',
        user: null,
        storage: { persist: 'localStorage' },
        browserEvents: true,
        system: { darkMode: false },
      }),
    [],
  );
  const [locale, setLocaleState] = useState<ConsoleLocale>(readLocale);
  const localeValue = useMemo(
    () => ({
      locale,
      setLocale(next: ConsoleLocale) {
        setLocaleState(next);
        try {
          window.localStorage.setItem(LOCALE_KEY, next);
        } catch {
          // Private mode: the choice lasts for this visit.
        }
      },
    }),
    [locale],
  );
  return (
    <LocaleContext.Provider value={localeValue}>
      <GovMiniProvider platform={platform} locale={locale}>
        <RouterProvider>
          <App />
        </RouterProvider>
      </GovMiniProvider>
    </LocaleContext.Provider>
  );
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
