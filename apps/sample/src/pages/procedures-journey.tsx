// A procedure's filing journey, `/thu-tuc/:procedureId/:step`: ProcedureFlow with its step in
// the path (the back and forward buttons move between its pages, a reload opens the same page
// of the same draft). Filing needs sign-in: RequireAuth shows Zalo sign-in in place, and the
// citizen carries on at this very page afterwards.
//
// Rendered outside zmp-ui's AnimationRoutes (see app.tsx): those remount a page whenever the
// path changes, and the journey must stay mounted from one step to the next.
import { RequireAuth } from '@govmini/auth';
import { type ProcedureDefinition, ProcedureFlow } from '@govmini/dossier';
import { Button, Spinner } from '@govmini/ui';
import { useEffect, useRef } from 'react';
import { Page, useLocation, useNavigate } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { RouterLink } from '../dossier/internal-links';
import { dossierPath, draftIdOf, procedurePath, stepOfSegment } from '../dossier/paths';
import { useCommuneList } from '../dossier/provider';
import { useProcedure } from '../dossier/use-procedures';
import { useI18n } from '../messages';
import { routes } from '../routes';

export function ProcedureJourneyPage({
  procedureId,
  segment,
}: {
  procedureId: string;
  segment: string | undefined;
}) {
  const { t } = useI18n();
  const location = useLocation();
  const state = useProcedure(procedureId);
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <RequireAuth location={`${location.pathname}${location.search}`}>
          {state.status === 'loading' && <Spinner label={t('journey.loading')} showLabel />}
          {state.status === 'failed' && (
            <>
              <h1 className="gm-heading-xl">{t('journey.failedTitle')}</h1>
              <p className="gm-body">{t('journey.failed')}</p>
              <Button variant="secondary" onClick={state.retry}>
                {t('procedures.retry')}
              </Button>
            </>
          )}
          {state.status === 'notFound' && (
            <>
              <h1 className="gm-heading-xl">{t('journey.notFound.title')}</h1>
              <p className="gm-body">{t('journey.notFound.body')}</p>
              <RouterLink to={routes.procedures}>{t('journey.toList')}</RouterLink>
            </>
          )}
          {state.status === 'ready' && (
            <Journey procedure={state.procedure} segment={segment} search={location.search} />
          )}
        </RequireAuth>
      </main>
    </Page>
  );
}

function Journey({
  procedure,
  segment,
  search,
}: {
  procedure: ProcedureDefinition;
  segment: string | undefined;
  search: string;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const communes = useCommuneList();
  const step = stepOfSegment(segment, procedure);
  const top = useRef<HTMLDivElement>(null);

  // A new step is a new page: it starts at the top (the page's heading then takes focus).
  // biome-ignore lint/correctness/useExhaustiveDependencies: on each step change
  useEffect(() => {
    top.current?.closest('.zaui-page, .zaui-routes-item')?.scrollTo?.(0, 0);
    window.scrollTo(0, 0);
  }, [step]);

  // An address saved in the draft shows its commune only once the list is here.
  if (communes === 'loading') return <Spinner label={t('journey.communesLoading')} showLabel />;
  return (
    <div ref={top}>
      <ProcedureFlow
        procedure={procedure}
        step={step}
        draftId={draftIdOf(search)}
        onStepChange={(next, draftId) =>
          navigate(procedurePath(procedure.id, next, draftId, procedure))
        }
        onExit={() => navigate(routes.procedures)}
        myDossiersHref={routes.myDossiers}
        dossierHref={dossierPath}
      />
    </div>
  );
}
