// What every part of the Zalo adapter shares: the lazily loaded SDK, the scheduler every call
// goes through (timeout, Zalo's 3-per-second throttle, retry on -1409), the error mapping, and
// the lane that keeps Zalo's native prompts one at a time.
import { PlatformError } from '../core/errors';
import type { CallPolicy, CallScheduler, Clock } from '../core/scheduler';
import type { ExplainPermission, PermissionScope } from '../core/types';
import { fromZaloError } from '../core/zalo-errors';
import type { ZmpSdkLike } from './zmp-sdk-like';

export interface ZaloContext {
  readonly clock: Clock;
  /** Whether the page is on Zalo's host; undefined when it cannot tell (no location). */
  readonly inZalo: boolean | undefined;
  /** For calls that wait for the citizen (prompts, pickers, sheets). */
  readonly promptTimeoutMs: number;
  /** zmp-sdk, loaded on first use; rejects with a PlatformError. */
  sdk(): Promise<ZmpSdkLike>;
  /** One SDK call through the scheduler; rejects only with a PlatformError. */
  call<T>(
    api: string,
    invoke: (sdk: ZmpSdkLike) => Promise<T>,
    policy?: Partial<CallPolicy>,
  ): Promise<T>;
  /**
   * Runs `work` after every earlier prompt has settled: Zalo answers a prompt opened while
   * another is showing with -1410, and two token prompts must not share one token.
   */
  prompt<T>(work: () => Promise<T>): Promise<T>;
  toError(error: unknown, api: string): PlatformError;
}

/** zmp-sdk's client-side rate limit table (apis/constants.js `API`): 3 calls per burst. */
export const THROTTLED_APIS: readonly string[] = [
  'authorize',
  'getLocation',
  'getPhoneNumber',
  'getUserInfo',
  'getSetting',
  'followOA',
  'unfollowOA',
  'interactOA',
  'openShareSheet',
  'openProfilePicker',
  'requestSendNotification',
  'getAppInfo',
  'getShareableLink',
  'favoriteApp',
  'isAllowedInteractWithOA',
  'selectPaymentMethod',
];

/** Calls that reach Zalo's servers; when they fail while the phone is offline, that is why. */
const NEEDS_NETWORK: readonly string[] = [
  'getAccessToken',
  'getUserInfo',
  'getPhoneNumber',
  'getLocation',
  'getSetting',
  'authorize',
  'openShareSheet',
  'getShareableLink',
  'getAppInfo',
  'followOA',
  'openChat',
  'requestSendNotification',
];

export const zaloCodeOf = (error: unknown): unknown =>
  error instanceof PlatformError ? error.zaloCode : (error as { code?: unknown } | null)?.code;

/** The citizen said no (-201 authorize/OA, -2002 phone/location); -2003 is a dismissal. */
export const isRefusal = (error: unknown) => {
  const code = zaloCodeOf(error);
  return code === -201 || code === -2002;
};

export function createContext(input: {
  clock: Clock;
  promptTimeoutMs: number;
  scheduler: CallScheduler;
  loadSdk: () => Promise<ZmpSdkLike>;
  inZalo: boolean | undefined;
  /** Whether the phone is offline now (asks Zalo). */
  isOffline: () => Promise<boolean>;
}): ZaloContext {
  const { scheduler, inZalo } = input;
  let lane: Promise<unknown> = Promise.resolve();
  // chooseImage is a plain file input that works anywhere: its -2000 never means "not in Zalo".
  const toError = (error: unknown, api: string) =>
    fromZaloError(error, api, inZalo === undefined || api === 'chooseImage' ? {} : { inZalo });

  const sdk = () =>
    input.loadSdk().catch((error: unknown) => {
      throw error instanceof PlatformError
        ? error
        : new PlatformError('unknown', { detail: 'zmp-sdk could not be loaded', cause: error });
    });

  return {
    clock: input.clock,
    inZalo,
    promptTimeoutMs: input.promptTimeoutMs,
    sdk,
    async call(api, invoke, policy) {
      const loaded = await sdk();
      try {
        return await scheduler.run(api, () => invoke(loaded), policy);
      } catch (error) {
        const mapped = toError(error, api);
        // Zalo says -2000 or nothing at all when offline; the citizen should hear "offline".
        if (
          NEEDS_NETWORK.includes(api) &&
          ['unknown', 'not_in_zalo', 'timeout'].includes(mapped.code) &&
          (await input.isOffline().catch(() => false))
        ) {
          throw new PlatformError('offline', {
            api,
            ...(mapped.zaloCode === undefined ? {} : { zaloCode: mapped.zaloCode }),
            cause: error,
          });
        }
        throw mapped;
      }
    },
    prompt(work) {
      const run = lane.then(work, work);
      lane = run.catch(() => undefined);
      return run;
    },
    toError,
  };
}

/** Calls the app's `explain` before a Zalo prompt; `false` becomes `user_cancelled`. */
export async function explainFirst(
  scopes: readonly PermissionScope[],
  explain: ExplainPermission | undefined,
  api: string,
): Promise<void> {
  if (!explain) return;
  let goOn: boolean;
  try {
    goOn = await explain(scopes);
  } catch (error) {
    throw new PlatformError('unknown', { api, detail: 'explain threw', cause: error });
  }
  if (!goOn) throw new PlatformError('user_cancelled', { api, detail: 'explain' });
}
