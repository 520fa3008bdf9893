// The province's dossier backend. Without VITE_GOVMINI_API_URL: simulated in the browser by
// @govmini/dossier's memory service, publishing this app's procedures, with an agency that moves
// each dossier through the statuses in office hours. With it: the backend's HTTP contract
// (node_modules/@govmini/dossier/openapi/dossier.yaml), which the province implements under
// <VITE_GOVMINI_API_URL>/dossier, as GovMini's reference server (apps/server) does.
import { createHttpDossierService, type DossierService } from '@govmini/dossier';
import { createMemoryDossierService } from '@govmini/dossier/testing';
import { apiUrl, sessions } from '../../platform';
import { procedures } from './procedures';

const directory = sessions;

export const dossierService: DossierService = directory
  ? createMemoryDossierService({
      procedures,
      resolveSession: (token) => directory.citizenOf(token),
    })
  : createHttpDossierService({ baseUrl: `${apiUrl}/dossier` });
