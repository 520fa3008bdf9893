import { Heading, Notice, ServiceGrid, ServiceTile, Text } from '@govmini/ui';
import { useNavigate } from 'zmp-ui';
import { AppPage } from '../components/app-page';
import { useLocale, useText } from '../i18n';
import { appMessages } from '../messages';
import { modules } from '../modules';
import { apiUrl } from '../platform';

export function HomePage() {
  const t = useText(appMessages);
  const { locale } = useLocale();
  const navigate = useNavigate();
  const tiles = [
    ...modules.flatMap((module) =>
      module.tiles.map((tile) => ({
        path: tile.path,
        label: tile.label[locale],
        description: tile.description[locale],
      })),
    ),
    { path: '/tai-khoan', label: t('home.account'), description: t('home.account.description') },
    { path: '/hien-thi', label: t('home.display'), description: t('home.display.description') },
  ];
  return (
    <AppPage home={false}>
      <Heading level={1}>{t('app.name')}</Heading>
      <Text>{t('home.intro')}</Text>
      {!apiUrl && (
        <Notice variant="info" className="app-demo-note">
          {t('home.demo')}
        </Notice>
      )}
      <Heading level={2}>{t('home.services')}</Heading>
      <ServiceGrid>
        {tiles.map((tile) => (
          <ServiceTile
            key={tile.path}
            href={tile.path}
            label={tile.label}
            description={tile.description}
            onClick={(event) => {
              event.preventDefault();
              navigate(tile.path);
            }}
          />
        ))}
      </ServiceGrid>
    </AppPage>
  );
}
