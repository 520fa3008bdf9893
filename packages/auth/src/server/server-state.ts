// What a server-side AuthService remembers between requests: the Zalo access token behind
// each app session (Zalo's /me/info needs it for phone and location exchanges, and it must
// never go back to the phone), the citizen's profile, and which one-time codes were used.
// Memory implementations here; a backend with several processes implements the interfaces
// over a shared store (and should encrypt the Zalo token at rest).
import { createHash } from 'node:crypto';
import type { CitizenProfile } from '../core/types';

export interface ServerSessionState {
  readonly zaloId: string;
  readonly zaloAccessToken: string;
  /** Epoch milliseconds; the entry may be dropped after this. */
  readonly expiresAt: number;
}

export interface ServerStateStore {
  getSession(sessionId: string): Promise<ServerSessionState | undefined>;
  putSession(sessionId: string, state: ServerSessionState): Promise<void>;
  deleteSession(sessionId: string): Promise<void>;
  getProfile(zaloId: string): Promise<CitizenProfile | undefined>;
  putProfile(profile: CitizenProfile): Promise<void>;
}

export function createMemoryServerState(clock: () => number = Date.now): ServerStateStore {
  const sessions = new Map<string, ServerSessionState>();
  const profiles = new Map<string, CitizenProfile>();
  const prune = () => {
    const now = clock();
    for (const [id, state] of sessions) if (state.expiresAt <= now) sessions.delete(id);
  };
  return {
    async getSession(sessionId) {
      const state = sessions.get(sessionId);
      return state && state.expiresAt > clock() ? state : undefined;
    },
    async putSession(sessionId, state) {
      prune();
      sessions.set(sessionId, state);
    },
    async deleteSession(sessionId) {
      sessions.delete(sessionId);
    },
    async getProfile(zaloId) {
      return profiles.get(zaloId);
    },
    async putProfile(profile) {
      profiles.set(profile.zaloId, profile);
    },
  };
}

/** Remembers one-time phone/location codes so a replayed code is refused before Zalo is asked. */
export interface OneTimeCodeStore {
  /** True the first time a code is claimed, false ever after (within the retention window). */
  claim(code: string): Promise<boolean>;
}

export interface MemoryOneTimeCodeStoreOptions {
  clock?: () => number;
  /** How long a used code is remembered. Zalo's codes live ~2 minutes; default 10 minutes. */
  retainMs?: number;
}

export function createMemoryOneTimeCodeStore(
  options: MemoryOneTimeCodeStoreOptions = {},
): OneTimeCodeStore {
  const clock = options.clock ?? Date.now;
  const retainMs = options.retainMs ?? 10 * 60 * 1000;
  // Hashes, not the codes: a heap dump should not hand out usable tokens.
  const used = new Map<string, number>();
  return {
    async claim(code) {
      const now = clock();
      for (const [key, until] of used) if (until <= now) used.delete(key);
      const key = createHash('sha256').update(code).digest('hex');
      if (used.has(key)) return false;
      used.set(key, now + retainMs);
      return true;
    },
  };
}
