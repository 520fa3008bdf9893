import { Heading, Text } from '@govmini/ui';
import { AppPage } from '../components/app-page';
import { useText } from '../i18n';
import { appMessages } from '../messages';

export function NotFoundPage() {
  const t = useText(appMessages);
  return (
    <AppPage>
      <Heading level={1}>{t('notFound.title')}</Heading>
      <Text>{t('notFound.body')}</Text>
    </AppPage>
  );
}
