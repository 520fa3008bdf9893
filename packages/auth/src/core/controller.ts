// The sign-in state machine: signed_out → consenting → signing_in → signed_in, plus expired
// and error. Transitions are data (`transitions`); anything else is a bug and throws.
//
// Storage (through the platform, never a URL):
// - the app session under `auth.session` in the app namespace (one signed-in citizen per phone);
// - consent records under `auth.consents` in the citizen's namespace (`storage.forUser(id)`).
// Sign-out removes both: the session key and the citizen's whole namespace. The proof of
// consent the province must keep (Law 91/2025) lives on the server, where every record was
// sent; a phone that changes hands must not keep what someone agreed to.
import type { Clock, ExplainPermission, Platform } from '@govmini/platform';
import { systemClock } from '@govmini/platform';
import { decide, latestRecords, pendingPurposes } from './consent';
import { authError, toAuthError } from './errors';
import { toRecords, toSession } from './shape';
import type {
  AppSession,
  AuthService,
  AuthState,
  AuthStatus,
  CitizenProfile,
  ConsentDecision,
  ConsentPurpose,
  ConsentRecord,
} from './types';

/** Every legal move. A self-loop on signed_in is a refreshed session or an updated profile. */
export const transitions: Readonly<Record<AuthStatus, readonly AuthStatus[]>> = {
  signed_out: ['consenting', 'signing_in', 'signed_in', 'expired', 'error'],
  consenting: ['signing_in', 'signed_out', 'error'],
  signing_in: ['signed_in', 'signed_out', 'error'],
  signed_in: ['signed_in', 'expired', 'signed_out'],
  expired: ['consenting', 'signing_in', 'signed_out', 'error'],
  error: ['consenting', 'signing_in', 'signed_out'],
};

/** Throws a developer error for a move the table does not list. */
export function assertTransition(from: AuthStatus, to: AuthStatus): void {
  if (!transitions[from].includes(to)) {
    throw new Error(`[@govmini/auth] illegal transition ${from} → ${to}`);
  }
}

export const SESSION_KEY = 'auth.session';
export const CONSENTS_KEY = 'auth.consents';

export interface AuthControllerOptions {
  platform: Platform;
  service: AuthService;
  purposes: readonly ConsentPurpose[];
  clock?: Clock;
  /** Refresh this long before the session expires (default 5 minutes). */
  refreshMarginMs?: number | undefined;
  /** Wait before retrying a refresh that failed offline (default 30 s). */
  refreshRetryMs?: number;
}

export interface AuthController {
  getState(): AuthState;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: (state: AuthState) => void): () => void;
  /** Restores a stored session (expired → `expired`). Call once, before anything else. */
  start(): Promise<AuthState>;
  /** One tap: asks for pending consents first, else signs in. Double taps are harmless. */
  signIn(): Promise<AuthState>;
  /** The citizen's answers on the consent screen; an unanswered purpose counts as refused. */
  decideConsents(decisions: Readonly<Record<string, 'granted' | 'refused'>>): Promise<AuthState>;
  /** Back from the consent screen without deciding. */
  cancelConsent(): void;
  /**
   * Sends a withdrawal to the backend, then keeps it on the phone. Withdrawing a required
   * purpose ends the use of the service, so it also signs out.
   */
  withdrawConsent(purposeId: string): Promise<void>;
  /**
   * Agrees again to an optional purpose withdrawn or refused earlier (the current version's
   * text): sent to the backend first, then kept on the phone.
   */
  grantConsent(purposeId: string): Promise<void>;
  /** Latest decision per purpose: the backend's when reachable, else the phone's copy. */
  getConsentRecords(): Promise<ConsentRecord[]>;
  requestPhoneNumber(options?: { explain?: ExplainPermission }): Promise<{ phone: string }>;
  requestLocation(options?: {
    explain?: ExplainPermission;
  }): Promise<{ latitude: number; longitude: number }>;
  /** Ends the session everywhere it can, and always on the phone. */
  signOut(): Promise<void>;
  dispose(): void;
}

/** Best effort: a failure to read or clean up the phone's storage is not the citizen's problem. */
const quiet = <T>(promise: Promise<T>): Promise<T | undefined> => promise.catch(() => undefined);

export function createAuthController(options: AuthControllerOptions): AuthController {
  const { platform, service, purposes, clock = systemClock } = options;
  const margin = options.refreshMarginMs ?? 5 * 60_000;
  const retryMs = options.refreshRetryMs ?? 30_000;
  const storage = platform.storage;
  const listeners = new Set<(state: AuthState) => void>();
  let state: AuthState = { status: 'signed_out' };
  let timer: unknown;
  // Bumped by signOut/dispose: work started before it must not write state or storage.
  let epoch = 0;
  let disposed = false;
  // The Zalo user whose consents are being asked for, while `consenting`.
  let pending: string | undefined;
  // The Zalo user this controller last worked for, so sign-out can wipe their namespace even
  // when no session was opened (consents decided, then sign-in failed).
  let lastUserId: string | undefined;
  let inFlight: Promise<AuthState> | undefined;
  // start() while it runs: a tap meanwhile waits for it instead of getting its result back.
  let starting: Promise<AuthState> | undefined;

  const set = (next: AuthState) => {
    assertTransition(state.status, next.status);
    state = next;
    for (const listener of [...listeners]) listener(next);
    return next;
  };
  const fail = (error: unknown) => set({ status: 'error', error: toAuthError(error) });
  const readRecords = async (userId: string) =>
    (await quiet(storage.forUser(userId).get(CONSENTS_KEY, toRecords))) ?? [];
  const keepRecords = async (userId: string, records: readonly ConsentRecord[]) =>
    storage
      .forUser(userId)
      .set(CONSENTS_KEY, latestRecords([...(await readRecords(userId)), ...records]));
  const session = () => (state.status === 'signed_in' ? state.session : undefined);

  const stopTimer = () => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
  };
  const schedule = (delayMs: number) => {
    stopTimer();
    timer = clock.setTimeout(
      () => {
        timer = undefined;
        void refresh();
      },
      Math.max(0, delayMs),
    );
  };
  const expire = async (profile: CitizenProfile) => {
    stopTimer();
    await quiet(storage.remove(SESSION_KEY));
    set({ status: 'expired', profile });
  };
  const enter = async (next: AppSession) => {
    await storage.set(SESSION_KEY, next);
    set({ status: 'signed_in', session: next });
    schedule(next.expiresAt - margin - clock.now());
  };
  const refresh = async () => {
    const current = session();
    if (!current || disposed) return;
    const at = epoch;
    const still = () => at === epoch && session() === current;
    try {
      const next = await service.refresh(current.token);
      if (still()) await enter(next);
    } catch (error) {
      if (!still()) return;
      const left = current.expiresAt - clock.now();
      // Offline or a failing backend: retried until the session runs out; a refusal expires.
      if (left > 0 && ['offline', 'server', 'unknown'].includes(toAuthError(error).code)) {
        return schedule(Math.min(retryMs, left));
      }
      await expire(current.profile);
    }
  };

  /** Reads consents, then either asks (consenting) or signs in. */
  const begin = async (at: number): Promise<AuthState> => {
    let userId: string;
    try {
      userId = await platform.identity.getUserId();
    } catch (error) {
      return at === epoch ? fail(error) : state;
    }
    lastUserId = userId;
    const records = await readRecords(userId);
    if (at !== epoch) return state;
    const ask = pendingPurposes(purposes, records);
    if (ask[0]) {
      pending = userId;
      return set({ status: 'consenting', pending: ask });
    }
    return finish(at, records);
  };
  const finish = async (at: number, records: readonly ConsentRecord[]): Promise<AuthState> => {
    set({ status: 'signing_in' });
    try {
      const zaloAccessToken = await platform.identity.getAccessToken();
      // Every latest record goes along: records are idempotent on the server, and one that a
      // failed sign-in never delivered is delivered now.
      const next = await service.signIn({ zaloAccessToken, consents: latestRecords(records) });
      if (at === epoch) await enter(next);
    } catch (error) {
      if (at === epoch) fail(error);
    }
    return state;
  };
  const once = (run: () => Promise<AuthState>): Promise<AuthState> =>
    (inFlight ??= run().finally(() => {
      inFlight = undefined;
    }));
  const requireSession = (): AppSession => {
    const current = session();
    if (!current) throw authError('session_expired');
    return current;
  };
  /** Runs a backend call with the session; a refused session moves to `expired`. */
  const withSession = async <T>(call: (token: string) => Promise<T>): Promise<T> => {
    const current = requireSession();
    try {
      return await call(current.token);
    } catch (error) {
      const failure = toAuthError(error);
      if (failure.code === 'session_expired' && session() === current) {
        await expire(current.profile);
      }
      throw failure;
    }
  };
  /** A one-time token from Zalo (Zalo's failures as AuthErrors), exchanged by the backend. */
  const exchange = async <T>(
    get: (options: { explain?: ExplainPermission }) => Promise<{ token: string }>,
    explain: ExplainPermission | undefined,
    send: (session: string, token: string) => Promise<T>,
  ): Promise<T> => {
    requireSession();
    let token: string;
    try {
      token = (await get(explain ? { explain } : {})).token;
    } catch (error) {
      throw toAuthError(error);
    }
    return withSession((s) => send(s, token));
  };

  /** A new decision from the settings screen: the backend first, then the phone's copy. */
  const change = async (purposeId: string, decision: ConsentDecision) => {
    const purpose = purposes.find((p) => p.id === purposeId);
    if (!purpose) throw new Error(`[@govmini/auth] unknown consent purpose "${purposeId}"`);
    const userId = requireSession().profile.zaloId;
    const record = await decide(purpose, decision, clock.now());
    await withSession((token) => service.recordConsents(token, [record]));
    await keepRecords(userId, [record]);
    return purpose.required;
  };

  const signOut = async (): Promise<void> => {
    epoch++;
    stopTimer();
    pending = undefined;
    const current = session();
    // Signed in or expired, the state names the citizen; else the last one seen.
    const userId =
      (current ?? (state as { profile?: CitizenProfile })).profile?.zaloId ?? lastUserId;
    // Best effort: offline, the local sign-out still happens and the session expires.
    if (current) await quiet(service.signOut(current.token));
    await quiet(storage.remove(SESSION_KEY));
    if (userId) await quiet(storage.forUser(userId).clear());
    if (state.status !== 'signed_out') set({ status: 'signed_out' });
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: () =>
      (starting ??= once(async () => {
        const at = epoch;
        const idle = () => at === epoch && state.status === 'signed_out';
        const stored = idle() && (await quiet(storage.get(SESSION_KEY, toSession)));
        if (!stored || !idle()) return state;
        // Another Zalo account on this phone must not inherit the stored session.
        const userId = await platform.identity.getUserId().catch(() => stored.profile.zaloId);
        if (userId !== stored.profile.zaloId) {
          await quiet(storage.remove(SESSION_KEY));
        } else if (idle()) {
          lastUserId = userId;
          await (stored.expiresAt <= clock.now() ? expire(stored.profile) : enter(stored));
        }
        return state;
      }).finally(() => {
        starting = undefined;
      })),
    async signIn() {
      // An early tap is not lost; a session start() restored is kept as is.
      if (starting) await quiet(starting);
      return once(async () =>
        ['signed_out', 'expired', 'error'].includes(state.status) ? begin(epoch) : state,
      );
    },
    decideConsents: (decisions) =>
      once(async () => {
        const userId = pending;
        if (state.status !== 'consenting' || !userId) {
          throw new Error('[@govmini/auth] decideConsents() outside the consent step');
        }
        const asked = state.pending;
        // Silence is not consent: an unanswered purpose is refused.
        const answer = (purpose: ConsentPurpose) => decisions[purpose.id] ?? 'refused';
        if (asked.some((purpose) => purpose.required && answer(purpose) !== 'granted')) {
          pending = undefined;
          return fail(authError('consent_required'));
        }
        const at = epoch;
        const now = clock.now();
        const fresh = await Promise.all(asked.map((p) => decide(p, answer(p), now)));
        if (at !== epoch) return state;
        pending = undefined;
        await quiet(keepRecords(userId, fresh));
        return finish(at, [...(await readRecords(userId)), ...fresh]);
      }),
    cancelConsent() {
      if (state.status !== 'consenting') return;
      pending = undefined;
      set({ status: 'signed_out' });
    },
    async withdrawConsent(purposeId) {
      // Withdrawing a required purpose ends the use of the service.
      if (await change(purposeId, 'withdrawn')) await signOut();
    },
    async grantConsent(purposeId) {
      await change(purposeId, 'granted');
    },
    async getConsentRecords() {
      const current = session();
      const userId =
        current?.profile.zaloId ??
        (await platform.identity.getUserId().catch((error: unknown) => {
          throw toAuthError(error);
        }));
      if (current) {
        try {
          await keepRecords(userId, await withSession((token) => service.getConsents(token)));
        } catch {
          // Offline or expired: the phone's copy is still what the citizen decided here.
        }
      }
      return latestRecords(await readRecords(userId));
    },
    async requestPhoneNumber(request = {}) {
      const { phone } = await exchange(
        (o) => platform.identity.getPhoneNumberToken(o),
        request.explain,
        (s, token) => service.exchangePhoneToken(s, token),
      );
      const current = session();
      if (current) await enter({ ...current, profile: { ...current.profile, phone } });
      return { phone };
    },
    requestLocation: (request = {}) =>
      exchange(
        (o) => platform.location.getToken(o),
        request.explain,
        (s, token) => service.exchangeLocationToken(s, token),
      ),
    signOut,
    dispose() {
      disposed = true;
      epoch++;
      stopTimer();
      listeners.clear();
    },
  };
}
