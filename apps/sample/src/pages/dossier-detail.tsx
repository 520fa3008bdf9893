// One filed dossier (`/ho-so/:code`): its status and history, what the office asked for, and
// what the citizen can do (supplement, withdraw, rate), from @govmini/dossier's DossierDetail.
// Below it, for developers, the simulated agency's panel (src/dossier/agency-panel.tsx).
import { RequireAuth } from '@govmini/auth';
import { DossierDetail } from '@govmini/dossier';
import { useState } from 'react';
import { Page, useLocation, useNavigate, useParams } from 'zmp-ui';
import { AppHeader } from '../components/app-header';
import { AgencyPanel } from '../dossier/agency-panel';
import { useI18n } from '../messages';
import { routes } from '../routes';

export function DossierDetailPage() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const code = useParams().code ?? '';
  // Bumped when the simulated officer acts: the detail reads the dossier again.
  const [version, setVersion] = useState(0);
  // Bumped when the citizen acts (supplement, withdraw): the panel shows the new status.
  const [, setChanged] = useState(0);
  return (
    <Page className="gm-page">
      <AppHeader title={t('app.name')} showBack />
      <main className="gm-content">
        <RequireAuth location={location.pathname}>
          <DossierDetail
            key={version}
            code={code}
            onBack={() => navigate(routes.myDossiers)}
            onChange={() => setChanged((n) => n + 1)}
          />
          <AgencyPanel code={code} onActed={() => setVersion((v) => v + 1)} />
        </RequireAuth>
      </main>
    </Page>
  );
}
