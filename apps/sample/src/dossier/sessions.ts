// Memory mode only: which citizen an app session token belongs to, for the in-browser dossier
// and feedback backends.
//
// The auth backend (simulatorBackedAuthService) issues `mem-session.<uuid>` tokens but has no
// public way to say whose a token is, so the dossier backend could not check a session. This
// wraps the auth service and notes every session it opens, as one province database would hold
// both. The note is kept in the browser's localStorage under the simulated *backend's* key (not
// in platform storage, which is the phone's): after a reload the phone still holds its session,
// and the backend, which restarts with the page, must still recognise it.
// In server mode (src/backend/index.ts) the reference server holds sessions and none of this
// runs.
import type { AppSession, AuthService } from '@govmini/auth';

const KEY = 'tinh-mau:simulated-backend:sessions';

type Directory = Record<string, { zaloId: string; expiresAt: number }>;

function read(): Directory {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Directory) : {};
  } catch {
    return {};
  }
}

function write(directory: Directory): void {
  const now = Date.now();
  const live = Object.fromEntries(Object.entries(directory).filter(([, s]) => s.expiresAt > now));
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(live));
  } catch {
    // A full or blocked localStorage: sessions are then known until the page reloads.
  }
}

export interface SessionDirectory {
  /** The auth service, noting each session it opens and forgetting those it closes. */
  readonly authService: AuthService;
  /** The citizen (Zalo id) behind a live session token, or undefined. */
  citizenOf(token: string): string | undefined;
}

export function createSessionDirectory(auth: AuthService): SessionDirectory {
  let directory = read();
  const remember = (session: AppSession): AppSession => {
    directory = {
      ...directory,
      [session.token]: { zaloId: session.profile.zaloId, expiresAt: session.expiresAt },
    };
    write(directory);
    return session;
  };
  const forget = (token: string) => {
    const { [token]: _closed, ...rest } = directory;
    directory = rest;
    write(directory);
  };
  return {
    authService: {
      signIn: async (request) => remember(await auth.signIn(request)),
      refresh: async (token) => {
        const next = await auth.refresh(token);
        forget(token); // rotated: the old token stops working, as in the auth backend
        return remember(next);
      },
      signOut: async (token) => {
        forget(token);
        await auth.signOut(token);
      },
      exchangePhoneToken: (token, phoneToken) => auth.exchangePhoneToken(token, phoneToken),
      exchangeLocationToken: (token, locationToken) =>
        auth.exchangeLocationToken(token, locationToken),
      recordConsents: (token, records) => auth.recordConsents(token, records),
      getConsents: (token) => auth.getConsents(token),
    },
    citizenOf(token) {
      const session = directory[token];
      return session && session.expiresAt > Date.now() ? session.zaloId : undefined;
    },
  };
}
