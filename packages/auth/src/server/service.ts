// The AuthService a province backend runs: Zalo's token is verified with Zalo's Graph API,
// the citizen gets the backend's own jose session, consents go to the record store, and phone
// and location tokens are exchanged here, with the app secret, once each.
import { authError } from '../core/errors';
import type { AuthService, CitizenProfile, ConsentRecord } from '../core/types';
import { type ConsentRecordStore, isConsentRecord } from './consent-store';
import {
  createMemoryOneTimeCodeStore,
  createMemoryServerState,
  type OneTimeCodeStore,
  type ServerSessionState,
  type ServerStateStore,
} from './server-state';
import { isSessionError, type SessionIssuer } from './sessions';
import { isZaloGraphError, type ZaloGraphClient } from './zalo-graph';

export interface ServerAuthServiceOptions {
  graph: ZaloGraphClient;
  sessions: SessionIssuer;
  consents: ConsentRecordStore;
  /** Used phone/location codes; default in memory (10 minutes). */
  phoneCodes?: OneTimeCodeStore;
  /** Sessions' Zalo tokens and profiles; default in memory. */
  state?: ServerStateStore;
  /** Epoch milliseconds; share it with `sessions` in tests. */
  clock?: () => number;
}

const sessionExpired = () => authError('session_expired', { status: 401 });

// A failed Graph call, as what the citizen can do about it. The ZaloGraphError is not kept as
// `cause`: it is already clean, but nothing about Zalo needs to travel further.
function fromGraph(error: unknown, during: 'sign-in' | 'exchange') {
  if (!isZaloGraphError(error)) return authError('server', { status: 502 });
  if (error.about === 'access_token') {
    // At sign-in the token is the citizen's; later it is the one kept behind the session.
    return during === 'sign-in' ? authError('invalid_token', { status: 401 }) : sessionExpired();
  }
  switch (error.code) {
    case 'invalid_token':
      return authError('invalid_token', { status: during === 'sign-in' ? 401 : 400 });
    case 'token_expired':
      return authError('token_expired', { status: 410 });
    case 'token_reused':
      return authError('token_reused', { status: 409 });
    default:
      // wrong_secret, timeout, unavailable (incl. Zalo's region block), unknown.
      return authError('server', { status: 502 });
  }
}

export function createServerAuthService(options: ServerAuthServiceOptions): AuthService {
  const { graph, sessions, consents } = options;
  const clock = options.clock ?? Date.now;
  const codes = options.phoneCodes ?? createMemoryOneTimeCodeStore({ clock });
  const state = options.state ?? createMemoryServerState(clock);

  async function live(token: string): Promise<{ id: string; state: ServerSessionState }> {
    let jti: string;
    try {
      jti = (await sessions.verify(token)).jti;
    } catch (error) {
      if (isSessionError(error)) throw sessionExpired();
      throw error;
    }
    const entry = await state.getSession(jti);
    // Signed but signed out (or lost on restart): the citizen signs in again.
    if (!entry) throw sessionExpired();
    return { id: jti, state: entry };
  }

  async function open(zaloId: string, zaloAccessToken: string) {
    const profile = await state.getProfile(zaloId);
    if (!profile) throw authError('server', { status: 500 });
    const issued = await sessions.issue({ sub: zaloId });
    await state.putSession(issued.jti, { zaloId, zaloAccessToken, expiresAt: issued.expiresAt });
    return { token: issued.token, expiresAt: issued.expiresAt, profile };
  }

  function checkRecords(records: unknown): readonly ConsentRecord[] {
    if (!Array.isArray(records) || !records.every(isConsentRecord)) {
      throw authError('unknown', { status: 400 });
    }
    return records;
  }

  async function oneTime(token: unknown) {
    if (typeof token !== 'string' || token.length === 0 || token.length > 4096) {
      throw authError('invalid_token', { status: 400 });
    }
    // Refused before Zalo is asked: a replay never reaches the secret-bearing call.
    if (!(await codes.claim(token))) throw authError('token_reused', { status: 409 });
    return token;
  }

  return {
    async signIn({ zaloAccessToken, consents: records }) {
      if (typeof zaloAccessToken !== 'string' || zaloAccessToken.length === 0) {
        throw authError('invalid_token', { status: 401 });
      }
      let identity: Awaited<ReturnType<ZaloGraphClient['verifyAccessToken']>>;
      try {
        identity = await graph.verifyAccessToken(zaloAccessToken);
      } catch (error) {
        throw fromGraph(error, 'sign-in');
      }
      const checked = checkRecords(records);
      if (checked.length > 0) await consents.append(identity.zaloId, checked);
      const known = await state.getProfile(identity.zaloId);
      const profile: CitizenProfile = {
        zaloId: identity.zaloId,
        name: identity.name,
        ...(identity.avatarUrl === undefined ? {} : { avatarUrl: identity.avatarUrl }),
        ...(known?.phone === undefined ? {} : { phone: known.phone }),
      };
      await state.putProfile(profile);
      return open(identity.zaloId, zaloAccessToken);
    },

    async refresh(token) {
      const { id, state: entry } = await live(token);
      // Rotation: the old token stops working once the new one exists.
      const next = await open(entry.zaloId, entry.zaloAccessToken);
      await state.deleteSession(id);
      return next;
    },

    async signOut(token) {
      try {
        const { id } = await live(token);
        await state.deleteSession(id);
      } catch {
        // Already expired or unknown: signed out either way.
      }
    },

    async exchangePhoneToken(token, phoneToken) {
      const { state: entry } = await live(token);
      const code = await oneTime(phoneToken);
      let phone: string;
      try {
        ({ phone } = await graph.exchangePhoneToken(entry.zaloAccessToken, code));
      } catch (error) {
        throw fromGraph(error, 'exchange');
      }
      const profile = await state.getProfile(entry.zaloId);
      if (profile) await state.putProfile({ ...profile, phone });
      return { phone };
    },

    async exchangeLocationToken(token, locationToken) {
      const { state: entry } = await live(token);
      const code = await oneTime(locationToken);
      try {
        const { latitude, longitude } = await graph.exchangeLocationToken(
          entry.zaloAccessToken,
          code,
        );
        return { latitude, longitude };
      } catch (error) {
        throw fromGraph(error, 'exchange');
      }
    },

    async recordConsents(token, records) {
      const { state: entry } = await live(token);
      await consents.append(entry.zaloId, checkRecords(records));
    },

    async getConsents(token) {
      const { state: entry } = await live(token);
      return consents.latest(entry.zaloId);
    },
  };
}
