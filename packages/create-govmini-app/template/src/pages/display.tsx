// "Cỡ chữ và ngôn ngữ": text size (100–200 %) and high contrast, kept through platform storage by
// GovMiniProvider, and the language.
import { Heading, Radio, RadioGroup, TextSizeControl } from '@govmini/ui';
import { AppPage } from '../components/app-page';
import { useLocale, useText } from '../i18n';
import { appMessages } from '../messages';

export function DisplayPage() {
  const t = useText(appMessages);
  const { locale, setLocale } = useLocale();
  return (
    <AppPage>
      <Heading level={1}>{t('display.title')}</Heading>
      <TextSizeControl />
      <RadioGroup
        id="ngon-ngu"
        label={t('display.language')}
        value={locale}
        onValueChange={(value) => void setLocale(value === 'en' ? 'en' : 'vi')}
      >
        <Radio value="vi" label={t('display.vi')} lang="vi" />
        <Radio value="en" label={t('display.en')} lang="en" />
      </RadioGroup>
    </AppPage>
  );
}
