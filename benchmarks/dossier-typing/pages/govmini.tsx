// Ours: GovMini's QuestionPage on the generated 100-field procedure, inside the providers an app
// has (GovMiniProvider on the simulated Zalo platform, DossierProvider over the memory backend),
// with @govmini/ui's stylesheet. onChange is passed, as an app passes it to save the draft.
import './harness';
import '@govmini/ui/styles.css';
import { DossierProvider, QuestionPage } from '@govmini/dossier';
import { createMemoryDossierService } from '@govmini/dossier/testing';
import { createSimulatedPlatform } from '@govmini/platform';
import { GovMiniProvider } from '@govmini/ui';
import { createRoot } from 'react-dom/client';
import { makeProcedure, PAGE_ID } from '../procedure';
import { renderStarted } from './harness';

const procedure = makeProcedure();
const citizen = { id: 'bench-user', name: 'Nguyễn Văn Bình' };
const platform = createSimulatedPlatform({ user: citizen });
const service = createMemoryDossierService({ procedures: [procedure] });
const getSessionToken = async () => citizen.id;

function Bench() {
  return (
    <GovMiniProvider platform={platform} locale="vi">
      <DossierProvider service={service} getSessionToken={getSessionToken} userId={citizen.id}>
        <QuestionPage
          procedure={procedure}
          pageId={PAGE_ID}
          onChange={() => {
            window.bench.changes += 1;
          }}
          onContinue={() => {}}
        />
      </DossierProvider>
    </GovMiniProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('govmini.html: #root is missing');
renderStarted();
createRoot(root).render(<Bench />);
