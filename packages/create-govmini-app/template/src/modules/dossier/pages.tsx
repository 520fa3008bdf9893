// The dossier screens, from @govmini/dossier: the filing journey (after a choice of procedure
// when the app has several), my dossiers, one dossier, and the lookup by code. Loaded when
// first opened (module.tsx).
import { RequireAuth } from '@govmini/auth';
import { DossierDetail, DossierLookup, MyDossiers, ProcedureFlow } from '@govmini/dossier';
import { Heading, ServiceGrid, ServiceTile } from '@govmini/ui';
import type { MouseEvent } from 'react';
import { useNavigate, useParams } from 'zmp-ui';
import { AppPage } from '../../components/app-page';
import { RouterLink } from '../../components/router-link';
import { useLocale, useText } from '../../i18n';
import { NotFoundPage } from '../../pages/not-found';
import { dossierMessages } from './messages';
import { journeyPath, paths } from './paths';
import { procedures } from './procedures';

export function JourneyScreen({
  procedureId,
  step,
  draftId,
}: {
  procedureId: string | undefined;
  step: string | undefined;
  draftId: string | undefined;
}) {
  const navigate = useNavigate();
  // `/thu-tuc` opens the only procedure at once, or lets the citizen choose among several.
  const procedure = procedureId
    ? procedures.find((p) => p.id === procedureId)
    : procedures.length === 1
      ? procedures[0]
      : undefined;
  if (!procedure) return procedureId ? <NotFoundPage /> : <ProcedureChoice />;
  const here = step ? journeyPath(procedure.id, step, draftId) : paths.procedure(procedure.id);
  return (
    <AppPage>
      <RequireAuth location={here}>
        <ProcedureFlow
          key={procedure.id}
          procedure={procedure}
          step={step}
          draftId={draftId}
          onStepChange={(next, id) => navigate(journeyPath(procedure.id, next, id))}
          onExit={() => navigate('/')}
          myDossiersHref={paths.mine}
          dossierHref={paths.dossier}
          renderLink={({ href, ...link }) => <RouterLink to={href} {...link} />}
        />
      </RequireAuth>
    </AppPage>
  );
}

function ProcedureChoice() {
  const t = useText(dossierMessages);
  const { locale } = useLocale();
  const navigate = useNavigate();
  return (
    <AppPage>
      <Heading level={1}>{t('journey.choose')}</Heading>
      <ServiceGrid>
        {procedures.map((procedure) => (
          <ServiceTile
            key={procedure.id}
            href={paths.procedure(procedure.id)}
            label={procedure.title[locale] ?? procedure.title.vi}
            description={procedure.agency.name[locale] ?? procedure.agency.name.vi}
            onClick={(event: MouseEvent<HTMLAnchorElement>) => {
              event.preventDefault();
              navigate(paths.procedure(procedure.id));
            }}
          />
        ))}
      </ServiceGrid>
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
