// The province backend's services, as src/backend/index.ts chose: in server mode the reference
// server's three contracts (./server.ts); in memory mode the in-browser auth service, with the
// session directory that lets the in-browser dossier and feedback services (src/dossier/
// backend.ts, src/feedback/backend.ts) know whose session token they are given. Loaded with
// the app's providers, after the home page (src/platform.ts defers to it).
import type { AuthService } from '@govmini/auth';
import { simulatorBackedAuthService } from '@govmini/auth/testing';
import { createSessionDirectory, type SessionDirectory } from '../dossier/sessions';
import { simulator } from '../platform';
import { inMemory, serverApiUrl } from './index';
import { connectToServer } from './server';

/** The reference server's services in server mode; undefined in memory mode. */
export const server = inMemory ? undefined : connectToServer(simulator, serverApiUrl);

/** Memory mode only: whose each session of the in-browser auth backend is. */
export const sessions: SessionDirectory | undefined = inMemory
  ? createSessionDirectory(simulatorBackedAuthService(simulator))
  : undefined;

export const authService: AuthService = server
  ? server.auth
  : (sessions as SessionDirectory).authService;
