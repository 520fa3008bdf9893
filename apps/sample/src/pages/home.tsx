import { Page, useNavigate } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { type MessageKey, useI18n } from '../messages';
import { routes } from '../routes';

const services: readonly { path: string; title: MessageKey; description: MessageKey }[] = [
  {
    path: routes.procedures,
    title: 'home.procedures.title',
    description: 'home.procedures.description',
  },
  {
    path: routes.myDossiers,
    title: 'home.myDossiers.title',
    description: 'home.myDossiers.description',
  },
  {
    path: routes.lookup,
    title: 'home.lookup.title',
    description: 'home.lookup.description',
  },
  {
    path: routes.sendReport,
    title: 'home.sendReport.title',
    description: 'home.sendReport.description',
  },
  {
    path: routes.myReports,
    title: 'home.myReports.title',
    description: 'home.myReports.description',
  },
  {
    path: routes.publicReports,
    title: 'home.publicReports.title',
    description: 'home.publicReports.description',
  },
  {
    path: routes.account,
    title: 'home.account.title',
    description: 'home.account.description',
  },
  {
    path: routes.adminSearch,
    title: 'home.adminSearch.title',
    description: 'home.adminSearch.description',
  },
  {
    path: routes.display,
    title: 'home.display.title',
    description: 'home.display.description',
  },
  {
    path: routes.platform,
    title: 'home.platform.title',
    description: 'home.platform.description',
  },
];

export function HomePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack={false} />
      <main className="gm-content">
        <h1 className="gm-heading-xl">{t('app.tagline')}</h1>
        <p className="gm-body">{t('app.intro')}</p>
        <h2 className="gm-heading-l">{t('home.services')}</h2>
        <ul className="gm-service-list">
          {services.map((service) => (
            <li key={service.path}>
              <a
                className="gm-service-card"
                href={service.path}
                onClick={(event) => {
                  // A real link (works with the keyboard and without JS); the router animates it.
                  event.preventDefault();
                  navigate(service.path);
                }}
              >
                <span className="gm-service-card__title">{t(service.title)}</span>
                <span className="gm-service-card__description">{t(service.description)}</span>
              </a>
            </li>
          ))}
        </ul>
      </main>
    </Page>
  );
}
