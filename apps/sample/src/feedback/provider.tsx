// The feedback screens' shared state: one FeedbackProvider for the whole app (so a report
// waiting in the outbox is sent whichever screen the citizen is on), over the simulated
// backend, with the session and per-user storage of @govmini/auth's signed-in citizen (the
// provider reads them from AuthProvider). The 2025 commune list (600 KB) is loaded only once a
// feedback screen asks for it (the same download the dossier screens share, see
// ../pages/use-admin-index.ts), and the sped-up agency runs while the app does.
import '@govmini/feedback/styles.css';
import './feedback.css';
import { FeedbackProvider } from '@govmini/feedback';
import type { AdminIndex } from '@govmini/vn/admin';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { useAdminIndex } from '../pages/use-admin-index';
import { agency, feedbackService } from './backend';
import { sampleCategories } from './categories';

export type CommuneListStatus = 'loading' | 'ready' | 'failed';

const CommuneListContext = createContext<{ status: CommuneListStatus | 'idle'; want: () => void }>({
  status: 'idle',
  want: () => {},
});

export function SampleFeedbackProvider({ children }: { children: ReactNode }) {
  const [wanted, setWanted] = useState(false);
  const [communes, setCommunes] = useState<{
    status: CommuneListStatus | 'idle';
    index?: AdminIndex;
  }>({ status: 'idle' });
  useEffect(() => agency?.start(), []);
  const request = { status: communes.status, want: () => setWanted(true) };
  return (
    <CommuneListContext.Provider value={request}>
      {wanted && <CommuneListLoader onState={setCommunes} />}
      <FeedbackProvider
        service={feedbackService}
        categories={sampleCategories}
        // Only the full list: a provinces-only index would show a commune picker with nothing in it.
        adminIndex={communes.status === 'ready' ? communes.index : undefined}
      >
        {children}
      </FeedbackProvider>
    </CommuneListContext.Provider>
  );
}

function CommuneListLoader({
  onState,
}: {
  onState: (state: { status: CommuneListStatus; index: AdminIndex }) => void;
}) {
  const { status, index } = useAdminIndex();
  useEffect(() => onState({ status, index }), [status, index, onState]);
  return null;
}

/**
 * Starts loading the commune list and says where it is. Until it is `ready` the location step
 * could not offer communes; `failed` (offline on the first visit) means communes are typed.
 */
export function useFeedbackCommunes(): CommuneListStatus {
  const { status, want } = useContext(CommuneListContext);
  // biome-ignore lint/correctness/useExhaustiveDependencies: asked once per screen
  useEffect(want, []);
  return status === 'idle' ? 'loading' : status;
}
