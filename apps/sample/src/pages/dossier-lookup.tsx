// "Tra cứu hồ sơ" (`/tra-cuu`): anyone with a dossier code sees its status, without signing in
// (`?ma=` fills the code, e.g. from a QR code on the appointment slip).
import { useAuth } from '@govmini/auth';
import { DossierLookup } from '@govmini/dossier';
import { Page, useSearchParams } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { RouterLink } from '../dossier/internal-links';
import { useI18n } from '../messages';
import { routes } from '../routes';

export function DossierLookupPage() {
  const { t } = useI18n();
  const { status } = useAuth();
  const [params] = useSearchParams();
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <DossierLookup
          defaultCode={params.get('ma') ?? ''}
          signInAction={
            <RouterLink to={routes.myDossiers}>
              {status === 'signed_in' ? t('lookup.mine') : t('lookup.signIn')}
            </RouterLink>
          }
        />
      </main>
    </Page>
  );
}
