// "Trợ giúp" (`/tro-giup`): how to reach the province — the hotline (a tel: link: one tap
// calls it), office hours, e-mail, the one-stop office — and where to find answers alone. The
// details are the province's (src/theme.ts); Tỉnh Mẫu's are sample data and the page says so.
import { Heading, Notice, Text, useLocalizedText } from '@govmini/ui';
import { Page } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { useI18n } from '../messages';
import { routes } from '../routes';
import { provinceContact } from '../theme';

export function HelpPage() {
  const { t } = useI18n();
  const localized = useLocalizedText();
  const { hotline, email, office, hours } = provinceContact;
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <Heading level={1}>{t('help.title')}</Heading>
        <Text>{t('help.intro')}</Text>
        {provinceContact.sample && (
          <Notice variant="info" title={t('help.sampleTitle')}>
            <p>{t('help.sample')}</p>
          </Notice>
        )}

        <Heading level={2}>{t('help.hotline.title')}</Heading>
        <p className="gm-body">
          <a className="gm-call-link" href={`tel:${hotline.dial}`}>
            {t('help.hotline.call', { hotline: hotline.display })}
          </a>
        </p>
        <Text>{t('help.hotline.body')}</Text>

        <Heading level={2}>{t('help.hours.title')}</Heading>
        <Text>{t('help.hours.body', { morning: hours.morning, afternoon: hours.afternoon })}</Text>

        <Heading level={2}>{t('help.email.title')}</Heading>
        <p className="gm-body">
          <a className="gm-link" href={`mailto:${email}`}>
            {t('help.email.write', { email })}
          </a>
        </p>
        <Text>{t('help.email.body')}</Text>

        <Heading level={2}>{t('help.office.title')}</Heading>
        <Text>
          {t('help.office.body', { name: localized(office.name), address: office.address })}
        </Text>

        <Heading level={2}>{t('help.guides.title')}</Heading>
        <ul className="gm-link-list">
          <li>
            <a className="gm-link" href={routes.guides}>
              {t('help.guides.link')}
            </a>
          </li>
          <li>
            <a className="gm-link" href={routes.lookup}>
              {t('help.lookup.link')}
            </a>
          </li>
        </ul>
      </main>
    </Page>
  );
}
