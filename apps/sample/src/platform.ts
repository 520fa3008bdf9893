// The sample app runs on GovMini's simulated platform (no Zalo account needed), as one of the
// simulated citizens (src/backend/simulated-citizens.ts). Its storage persists in localStorage
// so drafts survive a reload, as they would in Zalo.
//
// The province backend (src/backend/index.ts decides which, src/backend/services.ts makes it):
// - server mode: the reference server, reached with the packages' HTTP clients; it checks the
//   simulator's Zalo tokens with its dev launcher's simulated Zalo Graph.
// - memory mode: simulated in the page, exchanging the simulator's one-time tokens as the real
//   backend exchanges Zalo's.
import type { AuthService } from '@govmini/auth';
import { createSimulatedPlatform } from '@govmini/platform';
import { citizenForThisPage } from './backend/simulated-citizens';

const citizen = citizenForThisPage();
export const simulator = createSimulatedPlatform({
  appId: 'tinh-mau',
  user: { id: citizen.id, name: citizen.name },
  phoneNumber: citizen.phoneNumber,
  location: citizen.location,
  storage: { persist: 'localStorage' },
  // Real tab hide/show and online/offline events drive the simulator, as Zalo's would.
  browserEvents: true,
});

// The home page imports this module: the auth service (HTTP client or in-browser backend) is
// fetched with the app's other services instead, on its first call.
const services = () => import('./backend/services').then((module) => module.authService);

/** The province's auth service (src/backend/services.ts), loaded when first used. */
export const authService: AuthService = {
  signIn: async (request) => (await services()).signIn(request),
  refresh: async (token) => (await services()).refresh(token),
  signOut: async (token) => (await services()).signOut(token),
  exchangePhoneToken: async (token, phoneToken) =>
    (await services()).exchangePhoneToken(token, phoneToken),
  exchangeLocationToken: async (token, locationToken) =>
    (await services()).exchangeLocationToken(token, locationToken),
  recordConsents: async (token, records) => (await services()).recordConsents(token, records),
  getConsents: async (token) => (await services()).getConsents(token),
};
