// "Hồ sơ đang làm dở" (`/ho-so-dang-lam`): dossiers started on this phone and not sent yet;
// "Làm tiếp" opens the exact page where the citizen stopped.
import { RequireAuth } from '@govmini/auth';
import { DraftList } from '@govmini/dossier';
import { Page, useLocation, useNavigate } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { RouterLink } from '../dossier/internal-links';
import { procedurePath } from '../dossier/paths';
import { useI18n } from '../messages';
import { routes } from '../routes';

export function DraftsPage() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <RequireAuth location={location.pathname}>
          <DraftList
            onResume={(draft) => navigate(procedurePath(draft.procedureId, draft.pageId, draft.id))}
            emptyAction={<RouterLink to={routes.procedures}>{t('drafts.toProcedures')}</RouterLink>}
          />
        </RequireAuth>
      </main>
    </Page>
  );
}
