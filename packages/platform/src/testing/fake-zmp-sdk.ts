// A fake of the zmp-sdk 2.51.6 subset the Zalo adapter uses (ZmpSdkLike), reproducing what the
// real SDK does rather than what its docs say (read in apis/utils/decorator.js, errorHandler.js,
// common/token.js, apis/events.js, common/eventEmitter.js, native-storage/*; the quirks a page
// on localhost can observe were checked against the real module):
// - rejections are plain `{ code, message, api, detail }` objects, never Errors;
// - a 4th call of a rate-limited API within the burst rejects -1409; the counter resets only
//   when MORE than 1 s has passed since the burst's first call (rejected calls do not count);
// - a `success` callback keeps the promise pending forever (so does `fail` on an async
//   failure; on an argument error `fail` is called and the promise resolves `undefined`);
// - outside Zalo's host everything rejects -2000 (getSystemInfo, chooseImage and events work);
// - phone and location come only as tokens (unique, valid 2 minutes, exchangeable once);
// - one native prompt at a time: another while one is open rejects -1410;
// - `events.on` stores a wrapper, so `events.off(name, fn)` removes nothing; `addListener`
//   recurses (here: throws the RangeError at once);
// - nativeStorage is synchronous, 5 MB, evicts the oldest entries silently, returns null for
//   `""`, and throws -1404 on old Zalo builds;
// - saveImageToGallery takes a data URL of at most 7e6 characters (else -1400), saves it inside
//   Zalo, and on a page off Zalo's host (localhost) resolves WITHOUT saving anything;
// - `authorize` with nothing to answer never settles (its native success is ignored when empty).
// Configuration is plain data; time comes from a Clock so tests can drive it.
import { type Clock, systemClock } from '../core/scheduler';
import type {
  ZaloNetworkType,
  ZaloSettingScope,
  ZmpAppInfo,
  ZmpEventListener,
  ZmpEventsLike,
  ZmpSdkLike,
  ZmpSystemInfo,
} from '../zalo/zmp-sdk-like';

/** What the citizen does with a prompt or dialog. */
export type FakePromptAnswer = 'allow' | 'deny' | 'dismiss';

export type FakeZmpApi = {
  [K in keyof ZmpSdkLike]: ZmpSdkLike[K] extends (...args: never[]) => unknown ? K : never;
}[keyof ZmpSdkLike];

export interface FakeZmpSdkConfig {
  /** `false`: the page is not on Zalo's host (default true). */
  inZalo?: boolean;
  appId?: string;
  user?: {
    id: string;
    name: string;
    avatar?: string;
    idByOA?: string;
    followedOA?: boolean;
    isSensitive?: boolean;
  };
  accessToken?: string;
  /** What Zalo has stored already (getSetting's `authSetting`). */
  permissions?: Partial<Record<ZaloSettingScope, boolean>>;
  /** What the citizen answers when prompted for a scope (default `allow`). */
  answers?: Partial<Record<ZaloSettingScope, FakePromptAnswer>>;
  /** Answers in the OA follow and notification dialogs and the share sheet (default yes). */
  dialogs?: {
    followOA?: FakePromptAnswer;
    notifications?: FakePromptAnswer;
    share?: 'shared' | 'cancelled';
  };
  /** How long (clock ms) a prompt stays open before the citizen answers; default 0. */
  promptMs?: number;
  /** How long (clock ms) every other asynchronous answer takes; default 0. */
  latencyMs?: number;
  online?: boolean;
  /** The connection while online (default `wifi`). */
  networkType?: ZaloNetworkType;
  systemInfo?: Partial<ZmpSystemInfo>;
  /** A Zalo error code every call of the API rejects with (after the throttle, like Zalo). */
  failures?: Partial<Record<FakeZmpApi, number>>;
  neverAnswers?: readonly FakeZmpApi[];
  /** `unsupported`: nativeStorage throws -1404, as on Zalo before Android 757 / iOS 625. */
  nativeStorage?: 'native' | 'unsupported';
  storageQuotaBytes?: number;
  nfc?: { supported?: boolean; error?: number; chip?: Readonly<Record<string, string>> };
  /** What the next pickers return: files by type and size, or `cancel` (the picker is closed). */
  images?: readonly { type: string; size: number }[] | 'cancel';
  /** What the backend's token exchange yields. */
  phoneNumber?: string;
  location?: { latitude: number; longitude: number };
  appInfo?: Partial<ZmpAppInfo>;
}

export interface FakeZmpCall {
  readonly api: string;
  readonly at: number;
  /** Whether `success` or `fail` was passed (the adapter must never do that). */
  readonly callbacks: boolean;
}

/** Zalo's graph API answer to the server-side exchange (GET graph.zalo.me/v2.0/me/info). */
export type FakeExchangeResult =
  | { error: 0; message: 'Success'; data: { number: string } }
  | {
      error: 0;
      message: 'Success';
      data: { latitude: string; longitude: string; provider: string; timestamp: string };
    }
  | { error: number; message: string };

export interface FakeZmpControls {
  /** Permission prompts shown (authorize, getUserInfo, getPhoneNumber, getLocation, camera). */
  promptCount(): number;
  readonly prompts: readonly { readonly api: string; readonly scopes: readonly string[] }[];
  /** Every call of an SDK function, oldest first. */
  readonly calls: readonly FakeZmpCall[];
  /** The province backend's side: exchanges a token once, within its 2 minutes. */
  exchange(token: string): FakeExchangeResult;
  /** The host fires an event (an `EventName` value) with this payload. */
  emit(eventName: string, data?: unknown): void;
  /** The connection changes; fires NetworkChanged like Zalo does. */
  setNetwork(state: { online: boolean; type?: ZaloNetworkType }): void;
  /** Changes the world (merged field by field, `permissions` and `answers` key by key). */
  update(patch: FakeZmpSdkConfig): void;
  /** nativeStorage's entries, oldest first, and the keys it evicted so far. */
  readonly storage: ReadonlyMap<string, string>;
  readonly evicted: readonly string[];
  /** What was shared and which chats were opened. */
  readonly shared: readonly unknown[];
  /** Pictures saveImageToGallery put in the gallery: their type and bytes, oldest first. */
  readonly gallery: readonly { readonly type: string; readonly bytes: Uint8Array }[];
}

export interface FakeZmpEvents extends ZmpEventsLike {
  emit(event: string, ...args: unknown[]): boolean;
  once(event: string, fn: ZmpEventListener, context?: unknown): unknown;
  listenerCount(event: string): number;
  removeAllListeners(event?: string): unknown;
  /** zmp-sdk 2.51.6 overrides it with a self-call: it always ends in RangeError. */
  addListener(event: string, fn: ZmpEventListener, context?: unknown): never;
}

export interface FakeZmpSdk extends ZmpSdkLike {
  readonly events: FakeZmpEvents;
  readonly controls: FakeZmpControls;
}

const MESSAGES: Readonly<Record<number, string>> = {
  [-1400]: 'Invalid parameter',
  [-1401]: 'Login failed: User Authentication Required',
  [-1403]: "You don't have permission to call this api",
  [-1404]: 'This API is not supported in this version of Zalo',
  [-1408]: 'Request timeout. Please try again later.',
  [-1409]: 'Request limit exceeded. Please try again later.',
  [-1410]: 'Duplicate request. Please try again later.',
  [-2000]: 'Unknown error. Please try again later.',
  [-2002]: 'User denied',
  [-2003]: 'User cancel',
  [-2005]: 'Unable to save image',
  [-201]: 'User denied',
  [-600]: 'This device does not support NFC',
  [-604]: 'Invalid MRZ data. Please try again later.',
  [-605]: 'Processing NFC tag. Please wait a moment.',
};

/** apis/constants.js `API`: per-burst limits (3 unless said). */
const RATE_LIMITS: Readonly<Record<string, number>> = {
  addRating: 1,
  authorize: 3,
  isAllowedInteractWithOA: 3,
  favoriteApp: 3,
  followOA: 3,
  getLocation: 3,
  getPhoneNumber: 3,
  getShareableLink: 3,
  getSetting: 3,
  getAppInfo: 3,
  getUserInfo: 3,
  interactOA: 3,
  openProfilePicker: 3,
  openShareSheet: 3,
  unfollowOA: 3,
  checkTransaction: 5,
  createOrder: 5,
  createOrderIAP: 5,
  selectPaymentMethod: 3,
  requestSendNotification: 3,
};

/** The real `EventName` enum (apis/types/enum.js). */
export const FAKE_EVENT_NAMES = {
  AppPaused: 'h5.event.paused',
  AppResumed: 'h5.event.resumed',
  NetworkChanged: 'h5.event.connection.changed',
  OnDataCallback: 'h5.event.webview.result',
  WebviewClosed: 'h5.event.webview.close',
  OpenApp: 'h5.event.open.mp',
  AppClose: 'h5.event.action.close',
  PaymentCallback: 'payment.callback',
  PaymentResult: 'action.payment.result',
  PaymentDone: 'action.payment.done',
  PaymentClose: 'action.payment.close',
  DownloadProgress: 'h5.event.webview.download.progress',
} as const;

const AUTHORIZE_SCOPES = [
  'scope.userInfo',
  'scope.userLocation',
  'scope.userPhonenumber',
  'scope.userFriends',
];
/** These reach Zalo's servers (fetch or native network): they fail while offline. */
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
const TOKEN_TTL_MS = 120_000;
const FAKE_CHIP = 'RkFLRS1DSElQ'; // "FAKE-CHIP"

type ZaloFailure = { code: number; message: string; api: string; detail: unknown };
const failure = (code: number, api: string, message?: string, detail?: unknown): ZaloFailure => ({
  code,
  message: message ?? MESSAGES[code] ?? 'Unknown error',
  api,
  detail,
});
const badRequest = (api: string, path: string, problem: string) =>
  failure(-1400, api, `Error 1: Code: ${problem} ~ Path: ${path}`, [
    { code: problem, path: [path] },
  ]);

const isUrl = (value: unknown) => {
  try {
    return typeof value === 'string' && !!new URL(value);
  } catch {
    return false;
  }
};

function createEvents(): FakeZmpEvents {
  const stored = new Map<string, { fn: ZmpEventListener; context: unknown; once: boolean }[]>();
  const add = (event: string, fn: ZmpEventListener, context: unknown, once: boolean) => {
    // Like MPEEmitter.on: the native side calls (eventId, data); the app's fn gets data only.
    const wrapper: ZmpEventListener = (_eventId: unknown, data: unknown) => fn(data);
    stored.set(event, [...(stored.get(event) ?? []), { fn: wrapper, context, once }]);
  };
  const events: FakeZmpEvents = {
    on(event, fn, context) {
      add(event, fn, context, false);
      return events;
    },
    once(event, fn, context) {
      add(event, fn, context, true);
      return events;
    },
    off(event, fn, context, once) {
      // EventEmitter3.removeListener: matches the stored function, i.e. the wrapper.
      if (!fn) stored.delete(event);
      else {
        const rest = (stored.get(event) ?? []).filter(
          (entry) =>
            entry.fn !== fn ||
            (once && !entry.once) ||
            (context !== undefined && entry.context !== context),
        );
        if (rest.length) stored.set(event, rest);
        else stored.delete(event);
      }
      return events;
    },
    listeners: (event) => (stored.get(event) ?? []).map((entry) => entry.fn),
    listenerCount: (event) => stored.get(event)?.length ?? 0,
    emit(event, ...args) {
      const list = stored.get(event);
      if (!list) return false;
      for (const entry of list) {
        if (entry.once) events.off(event, entry.fn, undefined, true);
        entry.fn(...args);
      }
      return true;
    },
    removeAllListeners(event) {
      if (event === undefined) stored.clear();
      else stored.delete(event);
      return events;
    },
    addListener() {
      throw new RangeError('Maximum call stack size exceeded');
    },
  };
  return events;
}

export function createFakeZmpSdk(
  initial: FakeZmpSdkConfig = {},
  clock: Clock = systemClock,
): FakeZmpSdk {
  let config: FakeZmpSdkConfig = { ...initial };
  let permissions: Partial<Record<ZaloSettingScope, boolean>> = { ...initial.permissions };
  const user = () => config.user ?? { id: '3368637342326461234', name: 'Người dùng Zalo' };
  const online = () => config.online !== false;
  const calls: FakeZmpCall[] = [];
  const prompts: { api: string; scopes: readonly string[] }[] = [];
  const shared: unknown[] = [];
  const gallery: { type: string; bytes: Uint8Array }[] = [];
  const bursts = new Map<string, { start: number; count: number }>();
  const tokens = new Map<string, { kind: 'phone' | 'location'; expiresAt: number }>();
  const store = new Map<string, string>();
  const evicted: string[] = [];
  const followed = new Set<string>();
  const events = createEvents();
  let promptOpen = false;
  let scanning = false;
  let serial = 0;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) =>
      ms > 0 ? clock.setTimeout(resolve, ms) : queueMicrotask(resolve),
    );

  /** decorator.js: 3 calls per burst; reset only when more than 1 s passed since it began. */
  const throttled = (api: string) => {
    const limit = RATE_LIMITS[api];
    if (limit === undefined) return false;
    const now = clock.now();
    let burst = bursts.get(api);
    if (!burst || burst.count === 0 || now - burst.start > 1000) {
      burst = { start: now, count: 0 };
      bursts.set(api, burst);
    }
    if (burst.count >= limit) return true;
    burst.count++;
    return false;
  };

  /** One asynchronous SDK function, with the SDK's wrapper behaviour around `body`. */
  const asyncApi =
    <A, R>(
      api: FakeZmpApi,
      body: (args: A) => R | Promise<R>,
      options: { validate?: (args: A) => ZaloFailure | undefined; anywhere?: boolean } = {},
    ) =>
    (args?: A): Promise<R> => {
      const { success, fail } = (args ?? {}) as { success?: unknown; fail?: unknown };
      calls.push({ api, at: clock.now(), callbacks: success !== undefined || fail !== undefined });
      if (throttled(api)) return Promise.reject(failure(-1409, api));
      const invalid = options.validate?.(args as A);
      if (invalid) {
        if (typeof fail !== 'function') return Promise.reject(invalid);
        fail(invalid);
        return Promise.resolve(undefined as R);
      }
      const run = async () => {
        await sleep(config.latencyMs ?? 0);
        if (config.inZalo === false && !options.anywhere) throw failure(-2000, api);
        if (config.neverAnswers?.includes(api)) return new Promise<R>(() => {});
        const code = config.failures?.[api];
        if (code !== undefined) throw failure(code, api);
        if (!online() && NEEDS_NETWORK.includes(api)) throw failure(-2000, api, 'Failed to fetch');
        return body(args as A);
      };
      return new Promise<R>((resolve, reject) => {
        run().then(
          (value) => (typeof success === 'function' ? success(value) : resolve(value)),
          (error: unknown) => {
            // errorHandler: Errors become -2000 with their message; plain objects keep theirs.
            const plain =
              error instanceof Error ? failure(-2000, api, error.message) : (error as ZaloFailure);
            if (typeof fail === 'function') fail(plain);
            else reject(plain);
          },
        );
      });
    };

  /** A native prompt: one at a time (-1410), answered after `promptMs`. */
  const prompt = async <T>(
    api: string,
    scopes: readonly string[],
    counted: boolean,
    answer: () => T,
  ) => {
    if (promptOpen) throw failure(-1410, api);
    promptOpen = true;
    if (counted) prompts.push({ api, scopes });
    try {
      await sleep(config.promptMs ?? 0);
      return answer();
    } finally {
      promptOpen = false;
    }
  };
  const answerFor = (scope: ZaloSettingScope): FakePromptAnswer =>
    config.answers?.[scope] ?? 'allow';

  /** getPhoneNumber / getLocation: stored consent, else a prompt; then a fresh token. */
  const consentThenToken = async (
    api: string,
    scope: ZaloSettingScope,
    kind: 'phone' | 'location',
  ) => {
    if (permissions[scope] === undefined) {
      const answer = await prompt(api, [scope], true, () => answerFor(scope));
      if (answer === 'dismiss') throw failure(-2003, api);
      permissions = { ...permissions, [scope]: answer === 'allow' };
    }
    if (!permissions[scope]) throw failure(-2002, api);
    const token = `zfake.${kind}.${++serial}.${clock.now().toString(36)}`;
    tokens.set(token, { kind, expiresAt: clock.now() + TOKEN_TTL_MS });
    return { token };
  };

  const dialog = async (api: string, answer: FakePromptAnswer | undefined) => {
    const given = await prompt(api, [], false, () => answer ?? 'allow');
    if (given === 'deny') throw failure(-201, api);
    if (given === 'dismiss') throw failure(-2003, api);
  };

  const nativeCall = <R>(api: string, body: () => R): R => {
    // Synchronous: errors are thrown, already as plain objects.
    if (config.inZalo === false) throw failure(-2000, api);
    if (config.nativeStorage === 'unsupported') throw failure(-1404, api);
    return body();
  };
  const checkKey = (api: string, key: unknown) => {
    if (typeof key !== 'string' || !key.trim()) throw badRequest(api, '', 'invalid_string');
  };
  const quota = () => config.storageQuotaBytes ?? 5 * 1024 * 1024;
  const sizeOf = (key: string, value: string) => 2 * (key.length + value.length);
  const used = () => [...store].reduce((sum, [key, value]) => sum + sizeOf(key, value), 0);

  const sdk: FakeZmpSdk = {
    getAccessToken: asyncApi('getAccessToken', () => config.accessToken ?? 'zfake-access-token'),
    getUserID: asyncApi('getUserID', () => user().id),
    getUserInfo: asyncApi(
      'getUserInfo',
      async (args: { autoRequestPermission?: boolean; avatarType?: string } | undefined) => {
        const scope = 'scope.userInfo';
        if (permissions[scope] === undefined && args?.autoRequestPermission) {
          const answer = await prompt('getUserInfo', [scope], true, () => answerFor(scope));
          if (answer !== 'dismiss') permissions = { ...permissions, [scope]: answer === 'allow' };
        }
        if (!permissions[scope]) throw failure(-1401, 'getUserInfo');
        const { id, name, avatar, idByOA, followedOA, isSensitive } = user();
        return {
          userInfo: {
            id,
            name,
            avatar: avatar ?? '',
            followedOA: !!followedOA,
            ...(idByOA === undefined ? {} : { idByOA }),
            ...(isSensitive === undefined ? {} : { isSensitive }),
          },
        };
      },
      {
        validate: (args) =>
          args?.avatarType !== undefined && !['small', 'normal', 'large'].includes(args.avatarType)
            ? badRequest('getUserInfo', 'avatarType', 'invalid_enum_value')
            : undefined,
      },
    ),
    getPhoneNumber: asyncApi('getPhoneNumber', () =>
      consentThenToken('getPhoneNumber', 'scope.userPhonenumber', 'phone'),
    ),
    getLocation: asyncApi('getLocation', () =>
      consentThenToken('getLocation', 'scope.userLocation', 'location'),
    ),
    getSetting: asyncApi('getSetting', () => ({ authSetting: { ...permissions } })),
    authorize: asyncApi(
      'authorize',
      async ({ scopes = [] }: { scopes?: string[] }) => {
        const asked = scopes as ZaloSettingScope[];
        const open = asked.filter((scope) => permissions[scope] === undefined);
        if (open.length) {
          const answers = await prompt('authorize', open, true, () => open.map(answerFor));
          if (answers.includes('dismiss')) throw failure(-2003, 'authorize');
          const decided: Partial<Record<ZaloSettingScope, boolean>> = {};
          open.forEach((scope, i) => {
            decided[scope] = answers[i] === 'allow';
          });
          permissions = { ...permissions, ...decided };
          if (!answers.includes('allow')) throw failure(-201, 'authorize');
        }
        const result: Partial<Record<ZaloSettingScope, boolean>> = {};
        for (const scope of asked) result[scope] = permissions[scope] === true;
        // authorize.js resolves only a non-empty native answer: nothing asked, no answer ever.
        return asked.length ? result : new Promise<never>(() => {});
      },
      {
        validate: (args) => {
          const scopes = args?.scopes ?? [];
          if (!Array.isArray(scopes) || scopes.length > 2)
            return badRequest('authorize', 'scopes', 'too_big');
          return scopes.every((scope) => AUTHORIZE_SCOPES.includes(scope))
            ? undefined
            : badRequest('authorize', 'scopes', 'invalid_enum_value');
        },
      },
    ),
    requestCameraPermission: asyncApi('requestCameraPermission', async () => {
      const scope = 'scope.camera';
      if (permissions[scope] === undefined) {
        const answer = await prompt('requestCameraPermission', [scope], true, () =>
          answerFor(scope),
        );
        if (answer !== 'dismiss') permissions = { ...permissions, [scope]: answer === 'allow' };
      }
      const userAllow = permissions[scope] === true;
      return { userAllow, message: userAllow ? 'User allowed' : 'User denied' };
    }),
    openPermissionSetting: asyncApi('openPermissionSetting', () => undefined),
    getSystemInfo: () => ({
      version: '',
      apiVersion: '2.51.6',
      zaloVersion: config.inZalo === false ? '0' : '24.05.01',
      platform: config.inZalo === false ? '' : 'android',
      language: 'vi-VN',
      zaloLanguage: 'vi',
      zaloTheme: 'light',
      ...config.systemInfo,
    }),
    getNetworkType: asyncApi('getNetworkType', () => ({
      networkType: online() ? (config.networkType ?? 'wifi') : 'none',
    })),
    chooseImage: asyncApi(
      'chooseImage',
      ({ count }: { count: number }) => {
        const images = config.images ?? [{ type: 'image/jpeg', size: 1024 }];
        if (images === 'cancel') {
          // The real picker is a hidden <input type=file>: closing it fires `cancel` there and
          // the promise never settles (and the input is never removed).
          const input = document.createElement('input');
          input.type = 'file';
          input.style.display = 'none';
          document.body.append(input);
          queueMicrotask(() => input.dispatchEvent(new Event('cancel', { bubbles: true })));
          return new Promise<never>(() => {});
        }
        if (images.length > count) {
          throw new Error(`You are only allowed to choose a maximum of ${count} images at a time`);
        }
        const urls = images.map(({ type, size }) => new Blob([new Uint8Array(size)], { type }));
        return {
          filePaths: urls.map((blob) => URL.createObjectURL(blob)),
          tempFiles: urls.map((blob) => ({ path: URL.createObjectURL(blob), size: blob.size })),
        };
      },
      {
        anywhere: true,
        validate: (args) =>
          typeof args?.count === 'number' && args.count < 1
            ? badRequest('chooseImage', 'count', 'too_small')
            : undefined,
      },
    ),
    openShareSheet: asyncApi(
      'openShareSheet',
      (args: { type: string; data: unknown }) => {
        if (config.dialogs?.share === 'cancelled')
          return { status: 0 as const, shareType: 0 as const, numberOfUser: 0 };
        shared.push(args);
        return { status: 2 as const, shareType: 0 as const, numberOfUser: 1 };
      },
      {
        validate: ({
          type,
          data,
        }: {
          type: string;
          data: { title?: unknown; thumbnail?: unknown; description?: unknown };
        }) => {
          if (type !== 'zmp_deep_link' && type !== 'zmp') return undefined;
          if (typeof data?.title !== 'string' || data.title.length > 100)
            return badRequest('openShareSheet', 'data.title', 'too_big');
          if (!isUrl(data.thumbnail))
            return badRequest('openShareSheet', 'data.thumbnail', 'invalid_string');
          if (typeof data.description === 'string' && data.description.length > 400) {
            return badRequest('openShareSheet', 'data.description', 'too_big');
          }
          return undefined;
        },
      },
    ),
    getShareableLink: asyncApi(
      'getShareableLink',
      ({
        path,
      }: {
        title?: unknown;
        description?: unknown;
        thumbnail?: unknown;
        path?: string;
      }) => {
        const appId = config.appId ?? '1234567890';
        const tail = path ? path.replace(/^\/+/, '') : '';
        return `https://zalo.me/s/${appId}/${tail}${tail.includes('?') ? '&' : '?'}zshareId=${++serial}`;
      },
      {
        validate: ({
          title,
          description,
          thumbnail,
        }: {
          title?: unknown;
          description?: unknown;
          thumbnail?: unknown;
        }) => {
          if (typeof title !== 'string' || title.length > 100)
            return badRequest('getShareableLink', 'title', 'too_big');
          if (typeof description === 'string' && description.length > 400) {
            return badRequest('getShareableLink', 'description', 'too_big');
          }
          return thumbnail === undefined || isUrl(thumbnail)
            ? undefined
            : badRequest('getShareableLink', 'thumbnail', 'invalid_string');
        },
      },
    ),
    getAppInfo: asyncApi('getAppInfo', () => {
      const appId = config.appId ?? '1234567890';
      return {
        name: 'Ứng dụng thử',
        description: '',
        version: '1',
        appUrl: `https://zalo.me/s/${appId}/`,
        qrCodeUrl: `https://qr.zalo.me/s/${appId}.png`,
        logoUrl: `https://h5.zdn.vn/static/${appId}/logo.png`,
        ...config.appInfo,
      };
    }),
    followOA: asyncApi('followOA', async ({ id }: { id: string }) => {
      if (followed.has(id)) return;
      await dialog('followOA', config.dialogs?.followOA);
      followed.add(id);
    }),
    openChat: asyncApi('openChat', (args: { type: string; id: string; message?: string }) => {
      shared.push({ chat: args });
    }),
    requestSendNotification: asyncApi('requestSendNotification', () =>
      dialog('requestSendNotification', config.dialogs?.notifications),
    ),
    checkNFC: asyncApi('checkNFC', () => {
      if (!config.nfc?.supported) throw failure(-600, 'checkNFC');
      return {};
    }),
    scanNFC: asyncApi(
      'scanNFC',
      async ({ data }: { data: { mrz: string } }) => {
        if (!config.nfc?.supported) throw failure(-600, 'scanNFC');
        if (scanning) throw failure(-605, 'scanNFC');
        if (!data.mrz.trim()) throw failure(-604, 'scanNFC');
        if (config.nfc.error !== undefined) throw failure(config.nfc.error, 'scanNFC');
        scanning = true;
        try {
          await sleep(config.promptMs ?? 0);
        } finally {
          scanning = false;
        }
        const chip = config.nfc.chip ?? {
          dg1: FAKE_CHIP,
          dg2: FAKE_CHIP,
          dg13: FAKE_CHIP,
          dg14: FAKE_CHIP,
          sod: FAKE_CHIP,
        };
        const result: Record<string, string> = {};
        for (let i = 1; i <= 16; i++) result[`dg${i}`] = chip[`dg${i}`] ?? '';
        for (const key of ['com', 'sod', 'challenge', 'aAResult', 'eACCAResult'])
          result[key] = chip[key] ?? '';
        return result;
      },
      {
        validate: (args: { type?: unknown; data?: { mrz?: unknown } }) =>
          args?.type !== 'cccd'
            ? badRequest('scanNFC', 'type', 'invalid_enum_value')
            : typeof args.data?.mrz !== 'string' || args.data.mrz.length > 90
              ? badRequest('scanNFC', 'data[mrz]', 'too_big')
              : undefined,
      },
    ),
    saveImageToGallery: asyncApi(
      'saveImageToGallery',
      ({ imageBase64Data }: { imageBase64Data?: string; imageUrl?: string }) => {
        // appEnv.isMpWeb (localhost): the SDK resolves and nothing is saved.
        if (config.inZalo === false) return;
        const data = /^data:(image\/[\w+.-]+);base64,(.*)$/s.exec(imageBase64Data ?? '');
        if (!data) throw failure(-2005, 'saveImageToGallery');
        const binary = atob(data[2] ?? '');
        gallery.push({
          type: data[1] ?? '',
          bytes: Uint8Array.from(binary, (c) => c.charCodeAt(0)),
        });
      },
      {
        anywhere: true,
        validate: (args) =>
          typeof args?.imageBase64Data === 'string' && args.imageBase64Data.length > 7e6
            ? badRequest('saveImageToGallery', 'imageBase64Data', 'too_big')
            : args?.imageUrl !== undefined && !isUrl(args.imageUrl)
              ? badRequest('saveImageToGallery', 'imageUrl', 'invalid_string')
              : undefined,
      },
    ),
    nativeStorage: {
      getItem: (key) =>
        nativeCall('getItem', () => {
          checkKey('getItem', key);
          // storage.js: `get(key) || null`, so an empty string reads back as null.
          return store.get(key) || null;
        }),
      setItem: (key, value) =>
        nativeCall('setItem', () => {
          checkKey('setItem', key);
          if (typeof value !== 'string') throw badRequest('setItem', '', 'invalid_type');
          const size = sizeOf(key, value);
          // The native store reports error keys; the SDK throws Error → -2000 quoting the key.
          if (size > quota()) throw failure(-2000, 'setItem', `Failed to set item: ${key}`);
          store.delete(key);
          // Oldest first, silently (d.ts: "Dữ liệu cũ nhất sẽ bị xoá nếu bộ nhớ đạt giới hạn").
          for (const old of store.keys()) {
            if (used() + size <= quota()) break;
            store.delete(old);
            evicted.push(old);
          }
          store.set(key, value);
        }),
      removeItem: (key) =>
        nativeCall('removeItem', () => {
          checkKey('removeItem', key);
          store.delete(key);
        }),
      clear: () => nativeCall('clear', () => store.clear()),
      getStorageInfo: () =>
        nativeCall('getStorageInfoSync', () => ({
          currentSize: used() / 1024,
          limitSize: quota() / 1024,
        })),
    },
    events,
    EventName: FAKE_EVENT_NAMES,
    controls: {
      promptCount: () => prompts.length,
      prompts,
      calls,
      exchange(token) {
        const entry = tokens.get(token);
        tokens.delete(token);
        if (!entry) return { error: -501, message: 'Invalid or already used code' };
        if (clock.now() > entry.expiresAt) return { error: -502, message: 'Code expired' };
        if (entry.kind === 'phone') {
          return {
            error: 0,
            message: 'Success',
            data: { number: config.phoneNumber ?? '84987654321' },
          };
        }
        const { latitude, longitude } = config.location ?? {
          latitude: 10.7769,
          longitude: 106.7009,
        };
        return {
          error: 0,
          message: 'Success',
          data: {
            latitude: String(latitude),
            longitude: String(longitude),
            provider: 'gps',
            timestamp: String(clock.now()),
          },
        };
      },
      emit: (eventName, data) => {
        events.emit(eventName, `zfake_evt_${++serial}`, data);
      },
      setNetwork({ online: next, type }) {
        config = { ...config, online: next, ...(type === undefined ? {} : { networkType: type }) };
        sdk.controls.emit(FAKE_EVENT_NAMES.NetworkChanged, {
          state: next ? 'CONNECTED' : 'DISCONNECTED',
        });
      },
      update(patch) {
        config = { ...config, ...patch, answers: { ...config.answers, ...patch.answers } };
        if (patch.permissions) permissions = { ...permissions, ...patch.permissions };
      },
      storage: store,
      evicted,
      shared,
      gallery,
    },
  };
  return sdk;
}
