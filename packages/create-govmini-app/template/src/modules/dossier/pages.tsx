// The dossier screens, from @govmini/dossier: the filing journey, my dossiers, one dossier, and
// the lookup by code. Loaded when first opened (module.tsx).
import { RequireAuth } from '@govmini/auth';
import { DossierDetail, DossierLookup, MyDossiers, ProcedureFlow } from '@govmini/dossier';
import { useNavigate, useParams } from 'zmp-ui';
import { AppPage } from '../../components/app-page';
import { RouterLink } from '../../components/router-link';
import { useText } from '../../i18n';
import { dossierMessages } from './messages';
import { journeyPath, paths } from './paths';
import { procedures } from './procedures';

const [procedure] = procedures;

export function JourneyScreen({
  step,
  draftId,
}: {
  step: string | undefined;
  draftId: string | undefined;
}) {
  const navigate = useNavigate();
  if (!procedure) return null;
  return (
    <AppPage>
      <RequireAuth location={step ? journeyPath(step, draftId) : paths.journey}>
        <ProcedureFlow
          procedure={procedure}
          step={step}
          draftId={draftId}
          onStepChange={(next, id) => navigate(journeyPath(next, id))}
          onExit={() => navigate('/')}
          myDossiersHref={paths.mine}
          dossierHref={paths.dossier}
          renderLink={({ href, ...link }) => <RouterLink to={href} {...link} />}
        />
      </RequireAuth>
    </AppPage>
  );
}

export function MyDossiersScreen() {
  const t = useText(dossierMessages);
  return (
    <AppPage>
      <RequireAuth location={paths.mine}>
        <MyDossiers
          renderLink={({ code, ...link }) => <RouterLink to={paths.dossier(code)} {...link} />}
          emptyAction={<RouterLink to={paths.journey}>{t('myDossiers.new')}</RouterLink>}
        />
      </RequireAuth>
    </AppPage>
  );
}

export function DossierScreen() {
  const { code = '' } = useParams();
  const navigate = useNavigate();
  return (
    <AppPage>
      <RequireAuth location={paths.dossier(code)}>
        <DossierDetail code={code} onBack={() => navigate(paths.mine)} />
      </RequireAuth>
    </AppPage>
  );
}

export function LookupScreen() {
  return (
    <AppPage>
      <DossierLookup />
    </AppPage>
  );
}
