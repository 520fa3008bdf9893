// Identity, permissions and location over zmp-sdk. Name, avatar, phone and location need the
// citizen's consent; phone and location only ever reach the app as one-time tokens that the
// province backend exchanges with Zalo (research §0.1).
import { PlatformError } from '../core/errors';
import { createSingleFlight } from '../core/scheduler';
import type {
  ExchangeToken,
  ExplainPermission,
  IdentityApi,
  LocationApi,
  PermissionScope,
  PermissionSettings,
  PermissionsApi,
  UserProfile,
} from '../core/types';
import { explainFirst, isRefusal, type ZaloContext } from './context';
import type { ZaloAuthorizeScope, ZaloSettingScope, ZmpUserInfo } from './zmp-sdk-like';

/** Zalo's consent tokens live 2 minutes (d.ts getPhoneNumber/getLocation). */
export const TOKEN_TTL_MS = 120_000;

const ZALO_SCOPE: Readonly<Record<PermissionScope, ZaloSettingScope>> = {
  userInfo: 'scope.userInfo',
  phoneNumber: 'scope.userPhonenumber',
  location: 'scope.userLocation',
  camera: 'scope.camera',
  microphone: 'scope.micro',
};
const SCOPES = Object.keys(ZALO_SCOPE) as PermissionScope[];
/** What `authorize` can ask for; camera has its own prompt; the microphone has none. */
const AUTHORIZABLE: readonly PermissionScope[] = ['userInfo', 'phoneNumber', 'location'];
/** zod in apis/authorize.js: `scopes: array().max(2)`. */
const MAX_SCOPES_PER_PROMPT = 2;

const toSettings = (raw: Partial<Record<ZaloSettingScope, boolean>> | undefined) => {
  const settings: PermissionSettings = {};
  for (const scope of SCOPES) {
    const value = raw?.[ZALO_SCOPE[scope]];
    if (typeof value === 'boolean') settings[scope] = value;
  }
  return settings;
};

const toProfile = (info: ZmpUserInfo): UserProfile => ({
  id: String(info.id),
  name: info.name ?? '',
  ...(info.avatar ? { avatarUrl: info.avatar } : {}),
  ...(typeof info.isSensitive === 'boolean' ? { isSensitive: info.isSensitive } : {}),
  ...(info.idByOA ? { idByOA: info.idByOA } : {}),
  ...(typeof info.followedOA === 'boolean' ? { followedOA: info.followedOA } : {}),
});

export function createPermissions(ctx: ZaloContext): PermissionsApi & {
  /** `explain` only when Zalo will really prompt for `scope`. */
  explainIfNeeded(
    scope: PermissionScope,
    explain: ExplainPermission | undefined,
    api: string,
  ): Promise<void>;
} {
  const getSettings = () =>
    ctx
      .call('getSetting', (sdk) => sdk.getSetting())
      .then((result) => toSettings(result?.authSetting));
  const flight = createSingleFlight<PermissionSettings>();

  /** The prompts themselves; resolves with what the citizen answered, per scope. */
  const ask = async (scopes: readonly PermissionScope[]): Promise<PermissionSettings> => {
    const answers: PermissionSettings = {};
    const zaloScopes = scopes.filter((scope) => AUTHORIZABLE.includes(scope));
    for (let i = 0; i < zaloScopes.length; i += MAX_SCOPES_PER_PROMPT) {
      const batch = zaloScopes.slice(i, i + MAX_SCOPES_PER_PROMPT);
      try {
        const result = await ctx.call(
          'authorize',
          (sdk) => sdk.authorize({ scopes: batch.map((s) => ZALO_SCOPE[s] as ZaloAuthorizeScope) }),
          { timeoutMs: ctx.promptTimeoutMs },
        );
        for (const scope of batch) {
          const value = result?.[ZALO_SCOPE[scope] as ZaloAuthorizeScope];
          if (typeof value === 'boolean') answers[scope] = value;
        }
      } catch (error) {
        // A refusal is an answer (false), not an error; a dismissal (-2003) stays an error.
        if (!isRefusal(error)) throw error;
        for (const scope of batch) answers[scope] = false;
      }
    }
    if (scopes.includes('camera')) {
      const { userAllow } = await ctx.call(
        'requestCameraPermission',
        (sdk) => sdk.requestCameraPermission(),
        {
          timeoutMs: ctx.promptTimeoutMs,
        },
      );
      answers.camera = userAllow === true;
    }
    return answers;
  };

  return {
    getSettings,
    authorize(scopes, options = {}) {
      const wanted = [...new Set(scopes)].sort();
      return flight(wanted.join(' '), async () => {
        const before = await getSettings();
        // Zalo asks once and remembers the answer: only undecided scopes get a prompt (a refused
        // one stays false; openSettings is the way back). The microphone cannot be asked for
        // through zmp-sdk at all: it only shows in the settings.
        const open = wanted.filter(
          (scope) => before[scope] === undefined && scope !== 'microphone',
        );
        if (open.length === 0) return before;
        await explainFirst(open, options.explain, 'authorize');
        const answers = await ctx.prompt(() => ask(open));
        if (open.every((scope) => typeof answers[scope] === 'boolean')) {
          return { ...before, ...answers };
        }
        // Zalo answered without saying (some of) it: read what it stored.
        const after = await getSettings().catch(() => before);
        return { ...after, ...answers };
      });
    },
    openSettings: () =>
      ctx.call('openPermissionSetting', (sdk) => sdk.openPermissionSetting()).then(() => undefined),
    async explainIfNeeded(scope, explain, api) {
      if (!explain) return;
      const settings = await getSettings();
      if (settings[scope] !== true) await explainFirst([scope], explain, api);
    },
  };
}

export function createIdentity(
  ctx: ZaloContext,
  permissions: ReturnType<typeof createPermissions>,
): { identity: IdentityApi; location: LocationApi } {
  const profileFlight = createSingleFlight<UserProfile>();

  const nonEmpty = (value: unknown, api: string, what: string): string => {
    if (typeof value === 'string' && value.length > 0) return value;
    throw new PlatformError('unknown', { api, detail: `Zalo returned no ${what}` });
  };

  /** One prompt at a time, and each caller its own token (tokens work once). */
  const token = async (
    kind: ExchangeToken['kind'],
    explain: ExplainPermission | undefined,
  ): Promise<ExchangeToken> => {
    const api = kind === 'phoneNumber' ? 'getPhoneNumber' : 'getLocation';
    await permissions.explainIfNeeded(kind, explain, api);
    const result = await ctx.prompt(() =>
      ctx.call(api, (sdk) => (kind === 'phoneNumber' ? sdk.getPhoneNumber() : sdk.getLocation()), {
        timeoutMs: ctx.promptTimeoutMs,
      }),
    );
    const value = result?.token;
    if (typeof value !== 'string' || value.length === 0) {
      // Zalo's localhost mock answers `{ number: "" }` / `{ token: "" }`; real Zalo without a
      // token rejects -1404 itself. Either way this Zalo cannot give one.
      throw new PlatformError('unsupported', { api, detail: 'Zalo returned no token' });
    }
    return { kind, token: value, expiresAt: ctx.clock.now() + TOKEN_TTL_MS };
  };

  const identity: IdentityApi = {
    isInZalo: () => true,
    getAccessToken: () =>
      ctx
        .call('getAccessToken', (sdk) => sdk.getAccessToken())
        .then((value) => nonEmpty(value, 'getAccessToken', 'access token')),
    getUserId: () =>
      ctx
        .call('getUserID', (sdk) => sdk.getUserID())
        .then((value) => nonEmpty(value, 'getUserID', 'user id')),
    getProfile(options = {}) {
      if (!options.request) {
        return ctx
          .call('getUserInfo', (sdk) => sdk.getUserInfo({ autoRequestPermission: false }))
          .then((result) => toProfile(result.userInfo));
      }
      return profileFlight('request', async () => {
        await permissions.explainIfNeeded('userInfo', options.explain, 'getUserInfo');
        const result = await ctx.prompt(() =>
          ctx.call('getUserInfo', (sdk) => sdk.getUserInfo({ autoRequestPermission: true }), {
            timeoutMs: ctx.promptTimeoutMs,
          }),
        );
        return toProfile(result.userInfo);
      });
    },
    getPhoneNumberToken: (options = {}) => token('phoneNumber', options.explain),
  };
  return { identity, location: { getToken: (options = {}) => token('location', options.explain) } };
}
