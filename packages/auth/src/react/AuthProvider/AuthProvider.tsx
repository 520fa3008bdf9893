// AuthProvider: one sign-in controller for the app, its state for every screen below. Given
// `{ platform, service, purposes }` it creates the controller (and disposes of it); given
// `{ controller }` the app owns it. Either way it calls `start()` once, so a stored session is
// restored before any guard decides the citizen must sign in.
import type { Platform } from '@govmini/platform';
import { useGovMini } from '@govmini/ui';
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { type AuthController, createAuthController } from '../../core/controller';
import type {
  AppSession,
  AuthService,
  AuthState,
  CitizenProfile,
  ConsentPurpose,
} from '../../core/types';

interface OwnController {
  platform?: Platform;
  service: AuthService;
  purposes: readonly ConsentPurpose[];
  /** Refresh this long before the session expires (default 5 minutes). */
  refreshMarginMs?: number;
  controller?: never;
}

interface GivenController {
  controller: AuthController;
  /** The purposes the controller was made with, for ConsentSettings (which lists them all). */
  purposes?: readonly ConsentPurpose[];
  platform?: never;
  service?: never;
}

export type AuthProviderProps = (OwnController | GivenController) & { children: ReactNode };

interface AuthContextValue {
  controller: AuthController;
  purposes: readonly ConsentPurpose[];
  /** False until `start()` settled: the stored session may still be on its way. */
  ready: boolean;
}

const AuthContext = createContext<AuthContextValue | null>(null);

/** Thrown when useAuth() or an auth screen is used outside <AuthProvider>. */
export class MissingAuthProviderError extends Error {
  override readonly name = 'MissingAuthProviderError';
  constructor(component: string) {
    super(`${component} must be rendered inside <AuthProvider>, itself inside <GovMiniProvider>.`);
  }
}

export function AuthProvider(props: AuthProviderProps) {
  const govMini = useGovMini('AuthProvider');
  const { controller: given, service } = props;
  const platform = props.platform ?? govMini.platform;
  const margin = given ? undefined : props.refreshMarginMs;
  const purposesKey = JSON.stringify(props.purposes ?? []);
  // Purposes are data, compared by content: an inline array does not restart sign-in.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by content on purpose
  const purposes = useMemo(() => props.purposes ?? [], [purposesKey]);
  // A new controller only when what it is made of changes (not on every render).
  const owned = useMemo(
    () =>
      given || !service
        ? undefined
        : createAuthController({
            platform,
            service,
            purposes,
            refreshMarginMs: margin,
          }),
    [given, platform, service, margin, purposes],
  );
  const controller = (given ?? owned) as AuthController;
  // Disposed of only when really unmounted: StrictMode unmounts and remounts every effect once,
  // and a controller disposed of then would be reused dead (no restore, no refresh). So disposal
  // waits a tick, and is called off if the same controller mounts again.
  const disposal = useRef<{ of: AuthController; timer: ReturnType<typeof setTimeout> }>(undefined);
  useEffect(() => {
    if (!owned) return;
    if (disposal.current?.of === owned) clearTimeout(disposal.current.timer);
    return () => {
      disposal.current = { of: owned, timer: setTimeout(() => owned.dispose(), 0) };
    };
  }, [owned]);

  // The controller whose start() settled.
  const [started, setStarted] = useState<AuthController>();
  useEffect(() => {
    let live = true;
    // start() never rejects by contract; a failure to read storage leaves the citizen signed out.
    controller
      .start()
      .catch(() => undefined)
      .finally(() => live && setStarted(controller));
    return () => {
      live = false;
    };
  }, [controller]);

  const ready = started === controller;
  const value = useMemo(() => ({ controller, purposes, ready }), [controller, ready, purposes]);
  return <AuthContext.Provider value={value}>{props.children}</AuthContext.Provider>;
}

export interface UseAuthResult {
  state: AuthState;
  status: AuthState['status'];
  /** The app session while signed in. */
  session: AppSession | undefined;
  /** The citizen while signed in (or whose session just expired). */
  profile: CitizenProfile | undefined;
  /** False until a stored session had its chance to be restored. */
  ready: boolean;
  purposes: readonly ConsentPurpose[];
  signIn: AuthController['signIn'];
  decideConsents: AuthController['decideConsents'];
  cancelConsent: AuthController['cancelConsent'];
  withdrawConsent: AuthController['withdrawConsent'];
  grantConsent: AuthController['grantConsent'];
  getConsentRecords: AuthController['getConsentRecords'];
  requestPhoneNumber: AuthController['requestPhoneNumber'];
  requestLocation: AuthController['requestLocation'];
  signOut: AuthController['signOut'];
  controller: AuthController;
}

/** The controller's actions useAuth() hands out, each calling the provider's controller. */
const actions = [
  'signIn',
  'decideConsents',
  'cancelConsent',
  'withdrawConsent',
  'grantConsent',
  'getConsentRecords',
  'requestPhoneNumber',
  'requestLocation',
  'signOut',
] as const;

/** The sign-in state and its actions. Re-renders on every state change. */
export function useAuth(component = 'useAuth()'): UseAuthResult {
  const context = useContext(AuthContext);
  if (!context) throw new MissingAuthProviderError(component);
  return useAuthOf(context) as UseAuthResult;
}

/**
 * useAuth() for parts that also work without sign-in (e.g. a dossier provider that prefills
 * from the profile when there is one): `undefined` outside <AuthProvider>, no throw.
 */
export function useOptionalAuth(): UseAuthResult | undefined {
  return useAuthOf(useContext(AuthContext));
}

const noSubscription = () => () => {};

function useAuthOf(context: AuthContextValue | null): UseAuthResult | undefined {
  const controller = context?.controller;
  const state = useSyncExternalStore(
    controller ? (notify) => controller.subscribe(() => notify()) : noSubscription,
    () => controller?.getState(),
    () => controller?.getState(),
  );
  return useMemo(() => {
    if (!context || !controller || !state) return undefined;
    return {
      state,
      status: state.status,
      session: state.status === 'signed_in' ? state.session : undefined,
      profile:
        state.status === 'signed_in'
          ? state.session.profile
          : (state as { profile?: CitizenProfile }).profile,
      ready: context.ready,
      purposes: context.purposes,
      controller,
      ...(Object.fromEntries(
        actions.map((name) => [
          name,
          (...args: unknown[]) => (controller[name] as (...a: unknown[]) => unknown)(...args),
        ]),
      ) as Pick<AuthController, (typeof actions)[number]>),
    };
  }, [state, context, controller]);
}
