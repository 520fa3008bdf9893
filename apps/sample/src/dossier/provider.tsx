// The dossier screens' shared state: one DossierProvider for the whole app (so a dossier
// waiting in the outbox is sent whichever screen the citizen is on), over the simulated backend,
// with the session and drafts of @govmini/auth's signed-in citizen (DossierProvider reads them
// from AuthProvider). The 2025 commune list (600 KB) is loaded only once a screen asks for it.
import { DossierProvider } from '@govmini/dossier';
import type { AdminIndex } from '@govmini/vn/admin';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { type AdminIndexState, useAdminIndex } from '../pages/use-admin-index';
import { dossierService } from './backend';

type AdminStatus = AdminIndexState['status'] | 'idle';

interface AdminIndexRequest {
  status: AdminStatus;
  want: () => void;
}

const AdminIndexContext = createContext<AdminIndexRequest>({ status: 'idle', want: () => {} });

export function SampleDossierProvider({ children }: { children: ReactNode }) {
  const [wanted, setWanted] = useState(false);
  const [admin, setAdmin] = useState<{ status: AdminStatus; index?: AdminIndex }>({
    status: 'idle',
  });
  const request = { status: admin.status, want: () => setWanted(true) };
  return (
    <AdminIndexContext.Provider value={request}>
      {wanted && <AdminIndexLoader onState={setAdmin} />}
      <DossierProvider service={dossierService} adminIndex={admin.index}>
        {children}
      </DossierProvider>
    </AdminIndexContext.Provider>
  );
}

function AdminIndexLoader({
  onState,
}: {
  onState: (state: { status: AdminStatus; index: AdminIndex }) => void;
}) {
  const { status, index } = useAdminIndex();
  useEffect(() => onState({ status, index }), [status, index, onState]);
  return null;
}

/**
 * Starts loading the commune list and says where it is. Until it is `ready` (or `failed`:
 * communes are then typed freely) an address on screen could not show a saved commune.
 */
export function useCommuneList(): AdminStatus {
  const { status, want } = useContext(AdminIndexContext);
  // biome-ignore lint/correctness/useExhaustiveDependencies: asked once per screen
  useEffect(want, []);
  return status === 'idle' ? 'loading' : status;
}
