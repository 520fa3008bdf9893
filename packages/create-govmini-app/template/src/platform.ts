// Where the app runs and who it talks to.
//
// Without VITE_GOVMINI_API_URL (the default: `pnpm dev`, the tests, a first try): GovMini's
// simulated Zalo and the province backend simulated in the browser, in memory, so the app runs
// with no server and no Zalo account. Drafts, the outbox and the text size still survive a reload
// (the simulated phone keeps its storage in localStorage); what was sent does not.
//
// With VITE_GOVMINI_API_URL=https://…/api (in .env.production, before `vite build`): the real
// Zalo inside Zalo (the simulator elsewhere) and the province's backend over HTTP — the OpenAPI
// contracts of @govmini/auth at that URL, @govmini/dossier at …/dossier and @govmini/feedback at
// …/feedback, the layout of GovMini's reference server (apps/server).
import { createHttpAuthService } from '@govmini/auth';
import { simulatorBackedAuthService } from '@govmini/auth/testing';
import { createPlatform, createSimulatedPlatform, type Platform } from '@govmini/platform';
import { createSessionDirectory } from './sessions';

export const apiUrl: string | undefined = import.meta.env.VITE_GOVMINI_API_URL || undefined;

/** The simulated Zalo, when the app runs without a backend. */
export const simulator = apiUrl
  ? undefined
  : createSimulatedPlatform({
      appId: '{{appId}}',
      user: { id: 'cong-dan-thu', name: 'Nguyễn Văn An' },
      storage: { persist: 'localStorage' },
      // Tab hide/show and online/offline drive the simulator, as Zalo's events would.
      browserEvents: true,
    });

export const platform: Platform = simulator ?? createPlatform();

/** Which citizen a session token belongs to, for the in-memory backends (see sessions.ts). */
export const sessions = simulator
  ? createSessionDirectory(
      simulatorBackedAuthService(simulator),
      '{{appId}}:simulated-backend:sessions',
    )
  : undefined;

export const authService = sessions
  ? sessions.authService
  : createHttpAuthService({ baseUrl: apiUrl as string });
