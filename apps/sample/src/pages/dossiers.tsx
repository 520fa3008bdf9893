// "Hồ sơ của tôi" (`/ho-so`): the signed-in citizen's filed dossiers with their status, and
// where to find the unfinished ones. The chosen filter is kept in the URL.
import { RequireAuth } from '@govmini/auth';
import { type DossierFilter, MyDossiers } from '@govmini/dossier';
import { Page, useLocation, useSearchParams } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { RouterLink } from '../dossier/internal-links';
import { dossierPath } from '../dossier/paths';
import { useI18n } from '../messages';
import { routes } from '../routes';

const filters: readonly DossierFilter[] = ['all', 'in_progress', 'finished'];
const filterOf = (value: string | null): DossierFilter => filters.find((f) => f === value) ?? 'all';

export function MyDossiersPage() {
  const { t } = useI18n();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <RequireAuth location={`${location.pathname}${location.search}`}>
          <MyDossiers
            title={t('myDossiers.title')}
            filter={filterOf(params.get('hien-thi'))}
            onFilterChange={(filter) =>
              setParams(filter === 'all' ? {} : { 'hien-thi': filter }, { replace: true })
            }
            renderLink={({ code, children, ...link }) => (
              <RouterLink to={dossierPath(code)} {...link}>
                {children}
              </RouterLink>
            )}
            emptyAction={
              <RouterLink to={routes.procedures}>{t('myDossiers.newDossier')}</RouterLink>
            }
          />
          <h2 className="gm-heading-l">{t('myDossiers.more')}</h2>
          <ul className="gm-link-list">
            <li>
              <RouterLink to={routes.drafts}>{t('drafts.title')}</RouterLink>
            </li>
            <li>
              <RouterLink to={routes.procedures}>{t('myDossiers.newDossier')}</RouterLink>
            </li>
            <li>
              <RouterLink to={routes.lookup}>{t('lookup.title')}</RouterLink>
            </li>
          </ul>
        </RequireAuth>
      </main>
    </Page>
  );
}
