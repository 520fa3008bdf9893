// "Trang chủ": what a province app opens on. A procedure search (with or without diacritics,
// what was typed kept in the URL), the main services as tiles, the account and settings, the
// province's hotline, and — apart, at the end — the pages for developers.
//
// The home page is the one screen in the first download (see app.tsx): it imports nothing
// heavy itself. The search results, which need the procedure list from the backend, are a
// chunk of their own, fetched when the citizen starts typing.
import { Button, Notice, ServiceGrid, ServiceTile, Spinner } from '@govmini/ui';
import { Suspense, useId, useState } from 'react';
import { Page, useNavigate, useSearchParams } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { lazyScreen, ScreenErrorBoundary } from '../components/page-frame';
import { serviceIcons } from '../components/service-icons';
import { type MessageKey, useI18n } from '../messages';
import { routes } from '../routes';
import { provinceContact } from '../theme';

const HomeSearchResults = lazyScreen(() =>
  import('./home-search').then((module) => module.HomeSearchResults),
);

const services: readonly { path: string; label: MessageKey; icon: keyof typeof serviceIcons }[] = [
  { path: routes.procedures, label: 'home.procedures.title', icon: 'apply' },
  { path: routes.myDossiers, label: 'home.myDossiers.title', icon: 'myDossiers' },
  { path: routes.lookup, label: 'home.lookup.title', icon: 'lookup' },
  { path: routes.sendReport, label: 'home.sendReport.title', icon: 'report' },
  { path: routes.myReports, label: 'home.myReports.title', icon: 'myReports' },
  { path: routes.publicReports, label: 'home.publicReports.title', icon: 'answered' },
  { path: routes.guides, label: 'home.guides.title', icon: 'guides' },
  { path: routes.help, label: 'home.help.title', icon: 'help' },
];

const personal: readonly { path: string; title: MessageKey; description: MessageKey }[] = [
  { path: routes.account, title: 'home.account.title', description: 'home.account.description' },
  {
    path: routes.settings,
    title: 'home.settings.title',
    description: 'home.settings.description',
  },
];

const developer: readonly { path: string; title: MessageKey; description: MessageKey }[] = [
  {
    path: routes.platform,
    title: 'home.platform.title',
    description: 'home.platform.description',
  },
  {
    path: routes.adminSearch,
    title: 'home.adminSearch.title',
    description: 'home.adminSearch.description',
  },
];

/** Links as cards (title and a line of description), followed through the router. */
function LinkCards({ links }: { links: typeof personal }) {
  const { t } = useI18n();
  return (
    <ul className="gm-service-list">
      {links.map((link) => (
        <li key={link.path}>
          <a className="gm-service-card" href={link.path}>
            <span className="gm-service-card__title">{t(link.title)}</span>
            <span className="gm-service-card__description">{t(link.description)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export function HomePage() {
  const { t, locale } = useI18n();
  const ids = { services: useId(), personal: useId(), help: useId(), developer: useId() };
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack={false} />
      <main className="gm-content">
        <h1 className="gm-heading-xl">{t('app.tagline')}</h1>
        <p className="gm-body">{t('app.intro')}</p>
        <ProcedureSearch />

        <h2 className="gm-heading-l" id={ids.services}>
          {t('home.services')}
        </h2>
        <ServiceGrid aria-labelledby={ids.services}>
          {services.map((service) => (
            <ServiceTile
              key={service.path}
              href={service.path}
              icon={serviceIcons[service.icon]}
              label={t(service.label)}
            />
          ))}
        </ServiceGrid>

        <section aria-labelledby={ids.personal}>
          <h2 className="gm-heading-l" id={ids.personal}>
            {t('home.personal')}
          </h2>
          <LinkCards links={personal} />
          <p className="gm-body gm-home-language">
            {/* Written in the other language, for those who read it. */}
            <a
              className="gm-link"
              href={`${routes.settings}#ngon-ngu`}
              lang={locale === 'vi' ? 'en' : 'vi'}
            >
              {t('home.otherLanguage')}
            </a>
          </p>
        </section>

        <section className="gm-hotline" aria-labelledby={ids.help}>
          <h2 className="gm-heading-l" id={ids.help}>
            {t('home.hotline.title')}
          </h2>
          <p className="gm-body">{t('home.hotline.body', { province: t('app.name') })}</p>
          <a className="gm-call-link" href={`tel:${provinceContact.hotline.dial}`}>
            {t('home.hotline.call', { hotline: provinceContact.hotline.display })}
          </a>
          <p className="gm-body">
            <a className="gm-link" href={routes.help}>
              {t('home.hotline.more')}
            </a>
          </p>
        </section>

        <section className="gm-developer" aria-labelledby={ids.developer}>
          <h2 className="gm-heading-l" id={ids.developer}>
            {t('home.developer.title')}
          </h2>
          <p className="gm-body">{t('home.developer.intro')}</p>
          <LinkCards links={developer} />
        </section>
      </main>
    </Page>
  );
}

/**
 * The search box: results appear under it as the citizen types (each leads to the procedure's
 * start page); "Tìm" opens the full list with the same words.
 */
function ProcedureSearch() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const ids = { input: useId(), hint: useId(), status: useId() };
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [status, setStatus] = useState('');
  const searching = query.trim() !== '';
  return (
    <div className="gm-home-search">
      {/* biome-ignore lint/a11y/useSemanticElements: Zalo's older Android WebViews lack <search> */}
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const q = query.trim();
          navigate(q ? `${routes.procedures}?q=${encodeURIComponent(q)}` : routes.procedures);
        }}
      >
        <label className="gm-label" htmlFor={ids.input}>
          {t('home.search.label')}
        </label>
        <p className="gm-hint" id={ids.hint}>
          {t('home.search.hint')}
        </p>
        <div className="gm-home-search__row">
          <input
            id={ids.input}
            className="gm-input"
            type="search"
            inputMode="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${ids.hint} ${ids.status}`}
            value={query}
            // Fetched as the citizen reaches the box, so the first letters show results at once.
            onFocus={() => void HomeSearchResults.preload()}
            onChange={(event) => {
              const value = event.target.value;
              setParams(value ? { q: value } : {}, { replace: true });
            }}
          />
          <button type="submit" className="gm-button gm-button--primary">
            {t('home.search.submit')}
          </button>
        </div>
      </form>
      <p className="gm-result-count" id={ids.status} role="status">
        {searching ? status : ''}
      </p>
      {searching && (
        <ScreenErrorBoundary
          onRetry={HomeSearchResults.reload}
          failed={(retry) => (
            <Notice variant="warning" headingLevel={false} announce>
              <p>{t('home.search.failed')}</p>
              <Button variant="secondary" onClick={retry}>
                {t('procedures.retry')}
              </Button>
            </Notice>
          )}
        >
          <Suspense fallback={<Spinner label={t('home.search.loading')} showLabel />}>
            <HomeSearchResults query={query} onStatus={setStatus} />
          </Suspense>
        </ScreenErrorBoundary>
      )}
    </div>
  );
}
