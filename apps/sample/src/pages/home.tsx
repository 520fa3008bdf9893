import { Page, useNavigate } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { useI18n } from '../messages';

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
          <li>
            <a
              className="gm-service-card"
              href="/dia-ban"
              onClick={(event) => {
                // A real link (works without JS, opens with the keyboard); the router animates it.
                event.preventDefault();
                navigate('/dia-ban');
              }}
            >
              <span className="gm-service-card__title">{t('home.adminSearch.title')}</span>
              <span className="gm-service-card__description">
                {t('home.adminSearch.description')}
              </span>
            </a>
          </li>
        </ul>
      </main>
    </Page>
  );
}
