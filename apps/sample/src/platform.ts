// The sample app runs on GovMini's simulated platform (no Zalo account needed). Its storage
// persists in localStorage so drafts survive a reload, as they would in Zalo.
import { simulatorBackedAuthService } from '@govmini/auth/testing';
import { createSimulatedPlatform } from '@govmini/platform';
import { createSessionDirectory } from './dossier/sessions';

export const simulator = createSimulatedPlatform({
  appId: 'tinh-mau',
  user: { id: 'sample-citizen-1', name: 'Nguyễn Thị Mẫu' },
  storage: { persist: 'localStorage' },
  // Real tab hide/show and online/offline events drive the simulator, as Zalo's would.
  browserEvents: true,
});

// No server needed to try the app: the province backend is simulated in memory, exchanging the
// simulator's one-time tokens as the real backend exchanges Zalo's (apps/server replaces it).
// The session directory lets the simulated dossier backend (src/dossier/backend.ts) know whose
// session token it is given.
export const sessions = createSessionDirectory(simulatorBackedAuthService(simulator));
export const authService = sessions.authService;
