// A path the app does not have (an old or mistyped link): say so and offer the way home.
import { Heading, Text } from '@govmini/ui';
import { Page } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { useI18n } from '../messages';
import { routes } from '../routes';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <Heading level={1}>{t('notFound.title')}</Heading>
        <Text>{t('notFound.body')}</Text>
        <p className="gm-body">
          <a className="gm-link" href={routes.home}>
            {t('page.failed.home')}
          </a>
        </p>
      </main>
    </Page>
  );
}
