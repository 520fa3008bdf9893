// "Cỡ chữ và màu sắc": the citizen's text size and high contrast, kept through platform storage
// by GovMiniProvider (so they survive the app being closed).
import { Heading, Text, TextSizeControl } from '@govmini/ui';
import { Page } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { useI18n } from '../messages';

export function DisplaySettingsPage() {
  const { t } = useI18n();
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <Heading level={1}>{t('display.title')}</Heading>
        <Text>{t('display.intro')}</Text>
        <TextSizeControl />
        <Text variant="small" secondary>
          {t('display.sample')}
        </Text>
      </main>
    </Page>
  );
}
