// Only for running without a backend: the simulated auth backend issues session tokens but
// cannot say whose they are, and the simulated dossier and feedback backends must know. This
// wraps it and notes the citizen behind each token it issues, as one province database would.
// The note is kept in localStorage (the simulated *backend's* memory, not the phone's storage):
// the phone keeps its session across a reload, and the backend, restarted with the page, must
// still recognise it.
import type { AppSession, AuthService } from '@govmini/auth';

export interface SessionDirectory {
  readonly authService: AuthService;
  /** The citizen (Zalo id) behind a live session token, or undefined. */
  citizenOf(token: string): string | undefined;
}

type Sessions = Record<string, { zaloId: string; expiresAt: number }>;

export function createSessionDirectory(auth: AuthService, storageKey: string): SessionDirectory {
  let live = read(storageKey);
  const save = (next: Sessions) => {
    const now = Date.now();
    live = Object.fromEntries(Object.entries(next).filter(([, s]) => s.expiresAt > now));
    try {
      globalThis.localStorage?.setItem(storageKey, JSON.stringify(live));
    } catch {
      // Full or blocked: sessions are then known until the page reloads.
    }
  };
  const remember = (session: AppSession): AppSession => {
    save({
      ...live,
      [session.token]: { zaloId: session.profile.zaloId, expiresAt: session.expiresAt },
    });
    return session;
  };
  const forget = (token: string) => {
    const { [token]: _closed, ...rest } = live;
    save(rest);
  };
  return {
    authService: {
      ...auth,
      signIn: async (request) => remember(await auth.signIn(request)),
      refresh: async (token) => {
        const next = await auth.refresh(token);
        forget(token); // rotated: the old token stops working
        return remember(next);
      },
      signOut: async (token) => {
        forget(token);
        await auth.signOut(token);
      },
    },
    citizenOf(token) {
      const session = live[token];
      return session && session.expiresAt > Date.now() ? session.zaloId : undefined;
    },
  };
}

function read(key: string): Sessions {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(key) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Sessions) : {};
  } catch {
    return {};
  }
}
