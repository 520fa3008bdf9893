// An AuthService kept in memory, faithful to the contract (openapi/auth.yaml): sessions
// expire and refresh only before expiry, sign-out revokes, a one-time token works once,
// consent records are append-only (exact duplicates ignored) with the latest per purpose.
// For tests, Storybook and the sample app; `simulatorBackedAuthService` wires it to the
// simulated platform's fake Zalo exchange.
import type { Clock, SimulatedPlatform } from '@govmini/platform';
import { systemClock } from '@govmini/platform';
import { latestRecords } from '../core/consent';
import { authError } from '../core/errors';
import type { AppSession, AuthService, CitizenProfile, ConsentRecord } from '../core/types';

export interface VerifiedZaloUser {
  zaloId: string;
  name: string;
  avatarUrl?: string;
}

export interface MemoryAuthServiceOptions {
  clock?: Clock;
  /** Default 30 minutes. */
  sessionTtlMs?: number;
  /** Default: accepts the simulator's `sim-access.<userId>` tokens. */
  verifyZaloToken?: (token: string) => Promise<VerifiedZaloUser>;
  /** Default: refuses every token (`invalid_token`). */
  exchangePhone?: (token: string) => Promise<{ phone: string }>;
  /** Default: refuses every token (`invalid_token`). */
  exchangeLocation?: (token: string) => Promise<{ latitude: number; longitude: number }>;
}

export interface MemoryAuthService extends AuthService {
  /** Every consent record received for a user, oldest first (the append-only log). */
  consentLog(zaloId: string): readonly ConsentRecord[];
  /** Sessions neither expired nor revoked. */
  readonly activeSessions: number;
}

const SIM_PREFIX = 'sim-access.';
const refuse = async (): Promise<never> => {
  throw authError('invalid_token', { status: 400 });
};

const isRecord = (value: unknown): value is ConsentRecord => {
  const r = value as ConsentRecord | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.purposeId === 'string' &&
    Number.isSafeInteger(r.version) &&
    ['granted', 'refused', 'withdrawn'].includes(r.decision) &&
    typeof r.decidedAt === 'string' &&
    !Number.isNaN(Date.parse(r.decidedAt)) &&
    /^[0-9a-f]{64}$/.test(r.textHash)
  );
};

export function createMemoryAuthService(options: MemoryAuthServiceOptions = {}): MemoryAuthService {
  const clock = options.clock ?? systemClock;
  const ttl = options.sessionTtlMs ?? 30 * 60_000;
  const verify =
    options.verifyZaloToken ??
    (async (token: string): Promise<VerifiedZaloUser> => {
      const id = token.startsWith(SIM_PREFIX) ? token.slice(SIM_PREFIX.length) : '';
      if (!/^[\w-]{1,64}$/.test(id)) throw authError('invalid_token', { status: 401 });
      return { zaloId: id, name: 'Công dân thử' };
    });
  const exchangePhone = options.exchangePhone ?? refuse;
  const exchangeLocation = options.exchangeLocation ?? refuse;

  const sessions = new Map<string, { zaloId: string; expiresAt: number; revoked: boolean }>();
  const profiles = new Map<string, CitizenProfile>();
  const logs = new Map<string, ConsentRecord[]>();
  const usedTokens = new Set<string>();

  const open = (zaloId: string): AppSession => {
    const token = `mem-session.${globalThis.crypto.randomUUID()}`;
    const expiresAt = clock.now() + ttl;
    sessions.set(token, { zaloId, expiresAt, revoked: false });
    const profile = profiles.get(zaloId);
    if (!profile) throw authError('server', { status: 500 });
    return { token, expiresAt, profile };
  };
  /** The live session behind a token; unknown, revoked and expired all mean "sign in again". */
  const live = (token: string) => {
    const entry = sessions.get(token);
    if (!entry || entry.revoked || clock.now() >= entry.expiresAt) {
      throw authError('session_expired', { status: 401 });
    }
    return entry;
  };
  const append = (zaloId: string, records: readonly unknown[]) => {
    if (!records.every(isRecord)) throw authError('unknown', { status: 400 });
    const log = logs.get(zaloId) ?? [];
    for (const record of records) {
      // Idempotent: a client resends its latest records after a failed delivery.
      const same = log.some((r) => JSON.stringify(r) === JSON.stringify(record));
      if (!same) log.push({ ...record });
    }
    logs.set(zaloId, log);
  };
  const consumeOnce = (token: string) => {
    if (usedTokens.has(token)) throw authError('token_reused', { status: 409 });
    usedTokens.add(token);
  };

  return {
    async signIn({ zaloAccessToken, consents }) {
      if (typeof zaloAccessToken !== 'string' || !zaloAccessToken) {
        throw authError('invalid_token', { status: 401 });
      }
      const user = await verify(zaloAccessToken);
      append(user.zaloId, consents);
      const known = profiles.get(user.zaloId);
      profiles.set(user.zaloId, {
        zaloId: user.zaloId,
        name: user.name,
        ...(user.avatarUrl ? { avatarUrl: user.avatarUrl } : {}),
        ...(known?.phone ? { phone: known.phone } : {}),
      });
      return open(user.zaloId);
    },
    async refresh(token) {
      const entry = live(token);
      // Rotation: the old token stops working once a new one is issued.
      entry.revoked = true;
      return open(entry.zaloId);
    },
    async signOut(token) {
      const entry = sessions.get(token);
      if (entry) entry.revoked = true;
    },
    async exchangePhoneToken(session, phoneToken) {
      const { zaloId } = live(session);
      consumeOnce(phoneToken);
      const { phone } = await exchangePhone(phoneToken);
      const profile = profiles.get(zaloId);
      if (profile) profiles.set(zaloId, { ...profile, phone });
      return { phone };
    },
    async exchangeLocationToken(session, locationToken) {
      live(session);
      consumeOnce(locationToken);
      return exchangeLocation(locationToken);
    },
    async recordConsents(session, records) {
      append(live(session).zaloId, records);
    },
    async getConsents(session) {
      return latestRecords(logs.get(live(session).zaloId) ?? []);
    },
    consentLog: (zaloId) => [...(logs.get(zaloId) ?? [])],
    get activeSessions() {
      let count = 0;
      for (const entry of sessions.values()) {
        if (!entry.revoked && clock.now() < entry.expiresAt) count++;
      }
      return count;
    },
  };
}

/**
 * A memory service whose Zalo side is the simulator: its users sign in with their
 * `sim-access.<id>` token and its phone/location tokens go through `controls.exchangeToken`
 * (once, and only before they expire). Pass the simulator's clock to share time.
 */
export function simulatorBackedAuthService(
  platform: SimulatedPlatform,
  options: Pick<MemoryAuthServiceOptions, 'clock' | 'sessionTtlMs'> = {},
): MemoryAuthService {
  const exchange = (token: string) => {
    const value = platform.controls.exchangeToken(token);
    // The simulator forgets a token once used or expired; reuse was caught before this.
    if (!value) throw authError('token_expired', { status: 410 });
    return value;
  };
  return createMemoryAuthService({
    ...options,
    async verifyZaloToken(token) {
      const id = token.startsWith(SIM_PREFIX) ? token.slice(SIM_PREFIX.length) : '';
      const user = platform.controls.options.user;
      if (!id || !user || user.id !== id) throw authError('invalid_token', { status: 401 });
      return {
        zaloId: user.id,
        name: user.name,
        ...(user.avatarUrl ? { avatarUrl: user.avatarUrl } : {}),
      };
    },
    async exchangePhone(token) {
      const value = exchange(token);
      if (value.kind !== 'phoneNumber') throw authError('invalid_token', { status: 400 });
      // Zalo answers `84…`; the profile keeps E.164.
      return { phone: `+${value.number.replace(/^\+/, '')}` };
    },
    async exchangeLocation(token) {
      const value = exchange(token);
      if (value.kind !== 'location') throw authError('invalid_token', { status: 400 });
      return { latitude: value.latitude, longitude: value.longitude };
    },
  });
}
