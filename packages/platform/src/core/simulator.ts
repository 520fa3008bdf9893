// The simulated platform: a whole, deterministic Zalo for browsers, tests, Storybook and the
// sample app. Its options are plain data (a Storybook toolbar or a test sets them) and every
// call goes through the same scheduler as the real adapter, so latency, timeouts, retries and
// failures behave as they would in Zalo. Failures use Zalo's own codes and the same mapping
// as the Zalo adapter (./zalo-errors).
//
// Decisions, in short:
// - `user: null` simulates a page opened outside Zalo: `isInZalo()` is false and identity,
//   permission, location, share and OA calls fail with `not_in_zalo` (as -2000 does there);
//   storage, system, lifecycle, image picking and `nfc.isSupported()` (false) still work;
//   saving a picture fails `not_in_zalo`, as the Zalo adapter does off Zalo's host.
//   With a user, `isInZalo()` is true: it reports the simulated world (`kind` says it is a
//   simulation).
// - Offline fails, with `offline`, the calls that need Zalo's servers: getAccessToken,
//   getUserInfo, getPhoneNumber, getLocation, openShareSheet and the OA calls. Permission
//   prompts, getUserID, getShareableLink, storage, images (picking and saving) and NFC work
//   offline.
// - `media.saveImage` keeps each picture in `controls.savedImages` and, in a browser, downloads
//   it too (`downloadSavedImages: false` to stop that).
// - Permissions: 'prompt-grant' (default) / 'prompt-deny' show a prompt and remember the answer
//   ('granted' / 'denied'); 'prompt-cancel' dismisses it every time (`user_cancelled`, nothing
//   remembered). All prompts go through `authorize`, single-flight per scope set.
// - A latency at or above the timeout is a call that never answers in time: `timeout`.

import { createEmitter } from './emitter';
import { isPlatformError, PlatformError, type PlatformErrorCode } from './errors';
import { checkSavableImage, downloadInBrowser } from './save-image';
import { type Clock, createCallScheduler, createSingleFlight, systemClock } from './scheduler';
import { createMemoryBackend, createPlatformStorage, createWebStorageBackend } from './storage';
import type {
  CccdChipData,
  ExchangeToken,
  ExplainPermission,
  LifecycleEvent,
  NetworkState,
  NetworkType,
  PermissionScope,
  PermissionSettings,
  PickedImage,
  PickImagesOptions,
  PickImagesResult,
  Platform,
  SafeAreaInsets,
  ShareContent,
  SystemInfo,
  Unsubscribe,
  UserProfile,
} from './types';
import { fromZaloError } from './zalo-errors';

/** The zmp-sdk calls the simulator fakes; keys of `latencyMs`, `failures` and `history`. */
export type SimulatedApi =
  | 'getAccessToken'
  | 'getUserID'
  | 'getUserInfo'
  | 'getPhoneNumber'
  | 'getLocation'
  | 'getSetting'
  | 'authorize'
  | 'openPermissionSetting'
  | 'chooseImage'
  | 'openShareSheet'
  | 'getShareableLink'
  | 'followOA'
  | 'openChat'
  | 'requestSendNotification'
  | 'checkNFC'
  | 'scanNFC'
  | 'saveImageToGallery';

/**
 * What the simulated citizen does about a scope: already decided (`granted`, `denied`), or
 * shown a prompt that they allow, refuse or close.
 */
export type SimulatedPermission =
  | 'granted'
  | 'denied'
  | 'prompt-grant'
  | 'prompt-deny'
  | 'prompt-cancel';

/** Plain data (JSON-serialisable): the world the simulator plays. Every field is optional. */
export interface SimulatorOptions {
  /** Namespaces storage and links (default `govmini-sim`). */
  appId?: string;
  /** The Zalo user; `null` simulates a page opened outside Zalo (see the file comment). */
  user?: UserProfile | null;
  /** Per scope; absent means `prompt-grant`. */
  permissions?: Partial<Record<PermissionScope, SimulatedPermission>>;
  /** Default true. */
  online?: boolean;
  /** The connection when online (default `wifi`); `none` means offline. */
  networkType?: NetworkType;
  /** Milliseconds every call (a number) or each named call takes; default 0. */
  latencyMs?: number | Partial<Record<SimulatedApi, number>>;
  /** Timeout for each call (default 10 s; image picking waits at least 5 min for the citizen). */
  timeoutMs?: number;
  /** A Zalo error code each named call fails with, e.g. `{ getPhoneNumber: -1403 }`. */
  failures?: Partial<Record<SimulatedApi, number>>;
  /** What the citizen answers in the share sheet, OA follow and notification dialogs (all true). */
  answers?: { share?: boolean; followOA?: boolean; notifications?: boolean };
  /** Read once, at creation. `localStorage` keeps data across reloads (the sample app). */
  storage?: { quotaBytes?: number; persist?: 'memory' | 'localStorage' };
  system?: {
    platform?: SystemInfo['platform'];
    darkMode?: boolean;
    language?: 'vi' | 'en';
    textScale?: number;
    safeArea?: SafeAreaInsets;
    appVersion?: string;
    zaloVersion?: string;
  };
  /** Whether the phone reads CCCD chips (default false). */
  nfcSupported?: boolean;
  /**
   * Whether `media.saveImage` also downloads the picture in a browser, as "saving to the
   * gallery" looks there (default true; nothing is downloaded where no browser can).
   */
  downloadSavedImages?: boolean;
  /** What the fake exchange yields for a phone token (Zalo's `84…` form). */
  phoneNumber?: string;
  /** What the fake exchange yields for a location token. */
  location?: { latitude: number; longitude: number };
  /** How long phone and location tokens stay valid (default 120 000 ms, as in Zalo). */
  tokenTtlMs?: number;
  /**
   * Follow the real browser: tab hidden/shown → `hidden`/`shown`, page hide → `closing`,
   * `online`/`offline` events → network state. Default false (tests stay deterministic).
   */
  browserEvents?: boolean;
}

/** One call the app made to the simulated Zalo, as the control panel lists it. */
export interface SimulatedCall {
  readonly api: SimulatedApi;
  /** Clock time when the call settled. */
  readonly at: number;
  readonly outcome: 'ok' | PlatformErrorCode;
  /** Scopes a permission prompt was shown for, if this call showed one. */
  readonly prompted?: readonly PermissionScope[];
}

/** A picture the app saved to the simulated phone's gallery (`media.saveImage`). */
export interface SavedImage {
  readonly image: Blob;
  readonly fileName: string;
  /** From the image's bytes. */
  readonly type: 'image/jpeg' | 'image/png' | 'image/webp';
  /** Clock time when it was saved. */
  readonly at: number;
}

/** What the province backend would get from Zalo's token exchange. */
export type ExchangedValue =
  | { readonly kind: 'phoneNumber'; readonly number: string }
  | { readonly kind: 'location'; readonly latitude: number; readonly longitude: number };

export interface SimulatorControls {
  /** The current world, defaults filled in. A new object after every change. */
  readonly options: Readonly<SimulatorOptions>;
  /**
   * Changes the world. `system` and `permissions` are merged key by key; other fields are
   * replaced (`failures: {}` clears failures). Fires network and dark-mode listeners.
   */
  update(patch: SimulatorOptions): void;
  setPermission(scope: PermissionScope, state: SimulatedPermission): void;
  fire(event: LifecycleEvent): void;
  /**
   * Drops this app's stored entries behind its back, as Zalo's eviction does: the entries with
   * these keys (as the app wrote them, in every namespace), or everything when omitted.
   */
  evictStorage(keys?: readonly string[]): void;
  /** The next `pickImages` returns these files; `null` or `[]` = the citizen cancels. */
  pickImagesWith(files: readonly File[] | null): void;
  /** Every call, oldest first (the last 500). A new array after every call. */
  readonly history: readonly SimulatedCall[];
  /** Pictures saved with `media.saveImage`, oldest first (the last 100). A new array each time. */
  readonly savedImages: readonly SavedImage[];
  /** Called after any change (options, history, events), for a control panel. */
  subscribe(listener: () => void): Unsubscribe;
  /** The backend's exchange, faked: each token works once, and only before it expires. */
  exchangeToken(token: string): ExchangedValue | undefined;
}

export interface SimulatedPlatform extends Platform {
  readonly kind: 'simulated';
  readonly controls: SimulatorControls;
}

/** The options with their defaults, as the simulator keeps them. */
type Resolved = SimulatorOptions &
  Required<Omit<SimulatorOptions, 'user' | 'system' | 'browserEvents' | 'downloadSavedImages'>> & {
    user: UserProfile | null;
    system: Omit<SystemInfo, 'textScale'> & { textScale?: number };
  };

const SCOPES: readonly PermissionScope[] = [
  'userInfo',
  'phoneNumber',
  'location',
  'camera',
  'microphone',
];
// Calls that need Zalo's servers (fail `offline`) and calls that work outside Zalo.
const NEEDS_NETWORK: readonly SimulatedApi[] = [
  'getAccessToken',
  'getUserInfo',
  'getPhoneNumber',
  'getLocation',
  'openShareSheet',
  'followOA',
  'openChat',
  'requestSendNotification',
];
const OUTSIDE_ZALO: readonly SimulatedApi[] = ['chooseImage', 'checkNFC'];
// "SIMULATED" in base64: obviously not a real chip.
const FAKE_CHIP = 'U0lNVUxBVEVE';

export function createSimulatedPlatform(
  input: SimulatorOptions & { clock?: Clock } = {},
): SimulatedPlatform {
  const { clock = systemClock, ...given } = input;
  let options: Resolved = {
    appId: 'govmini-sim',
    user: { id: '1000000000000000001', name: 'Công dân thử' },
    permissions: {},
    online: true,
    networkType: 'wifi',
    latencyMs: 0,
    timeoutMs: 10_000,
    failures: {},
    answers: {},
    storage: {},
    nfcSupported: false,
    phoneNumber: '84900000001',
    location: { latitude: 21.0368, longitude: 105.8342 },
    tokenTtlMs: 120_000,
    ...given,
    system: {
      platform: 'android',
      appVersion: '',
      zaloVersion: '',
      language: 'vi',
      darkMode: false,
      safeArea: { top: 0, right: 0, bottom: 0, left: 0 },
      ...given.system,
    },
  };
  let history: readonly SimulatedCall[] = [];
  let savedImages: readonly SavedImage[] = [];
  let nextPick: readonly File[] | null | undefined;
  let disposed = false;
  let serial = 0;
  // Zalo never issues the same one-time token twice, and a real backend refuses one it has seen:
  // tokens carry this simulator's random id, so a reload (a new simulator) never repeats one.
  const instance = Math.random().toString(36).slice(2, 10);
  const tokens = new Map<string, { expiresAt: number; value: ExchangedValue }>();
  const timers = new Set<unknown>();
  const emitter = createEmitter<{
    network: NetworkState;
    darkMode: boolean;
    hidden: undefined;
    shown: undefined;
    closing: undefined;
    change: undefined;
  }>();
  const notify = () => emitter.emit('change', undefined);

  const computeNetwork = (): NetworkState => {
    const online = options.online && options.networkType !== 'none';
    return { online, type: online ? options.networkType : 'none' };
  };
  const computeInfo = (): SystemInfo => ({ ...options.system });
  // Snapshots keep their identity until something changes (useSyncExternalStore needs that).
  let network = computeNetwork();
  let info = computeInfo();

  const update = (patch: SimulatorOptions) => {
    if (disposed) return;
    options = {
      ...options,
      ...patch,
      system: { ...options.system, ...patch.system },
      permissions: { ...options.permissions, ...patch.permissions },
    };
    const next = computeNetwork();
    if (next.online !== network.online || next.type !== network.type) {
      network = next;
      emitter.emit('network', next);
    }
    const darkMode = info.darkMode;
    info = computeInfo();
    if (info.darkMode !== darkMode) emitter.emit('darkMode', info.darkMode);
    notify();
  };
  const fire = (event: LifecycleEvent) => {
    emitter.emit(event, undefined);
    notify();
  };

  const scheduler = createCallScheduler({
    clock,
    defaults: {
      timeoutMs: 10_000,
      // Zalo's rate limit (-1409) is worth retrying once its 1 s window has passed
      // (350 + 700 ms); nothing else is.
      retry: {
        attempts: 3,
        baseDelayMs: 350,
        when: (error) => isPlatformError(error) && error.zaloCode === -1409,
      },
    },
  });

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      if (!(ms > 0)) return resolve();
      const handle = clock.setTimeout(() => {
        timers.delete(handle);
        resolve();
      }, ms);
      timers.add(handle);
    });
  const zaloError = (code: number, api: SimulatedApi, inZalo = true) =>
    fromZaloError({ code, message: 'Simulated', api }, api, { inZalo });

  /** One call to the simulated Zalo: latency, environment, network, failures, then `perform`. */
  const call = async <T>(
    api: SimulatedApi,
    perform: (note: { prompted?: readonly PermissionScope[] }) => T | Promise<T>,
  ): Promise<T> => {
    if (disposed) throw new PlatformError('unknown', { api, detail: 'platform disposed' });
    const note: { prompted?: readonly PermissionScope[] } = {};
    const record = (outcome: SimulatedCall['outcome']) => {
      const entry: SimulatedCall = { api, at: clock.now(), outcome, ...note };
      history = [...history.slice(-499), entry];
      notify();
    };
    const latency = options.latencyMs;
    const { timeoutMs } = options;
    try {
      const value = await scheduler.run(
        api,
        async () => {
          await wait(typeof latency === 'number' ? latency : (latency[api] ?? 0));
          if (!options.user && !OUTSIDE_ZALO.includes(api)) throw zaloError(-2000, api, false);
          if (!network.online && NEEDS_NETWORK.includes(api)) {
            throw new PlatformError('offline', { api });
          }
          const failure = options.failures[api];
          if (failure !== undefined) throw zaloError(failure, api);
          return perform(note);
        },
        { timeoutMs: api === 'chooseImage' ? Math.max(timeoutMs, 300_000) : timeoutMs },
      );
      record('ok');
      return value;
    } catch (error) {
      const failure = fromZaloError(error, api);
      record(failure.code);
      throw failure;
    }
  };

  const state = (scope: PermissionScope): SimulatedPermission =>
    options.permissions[scope] ?? 'prompt-grant';
  const isOpen = (scope: PermissionScope) => state(scope).startsWith('prompt');
  const settings = (): PermissionSettings => {
    const result: PermissionSettings = {};
    for (const scope of SCOPES) {
      const decided = state(scope);
      if (decided === 'granted' || decided === 'denied') result[scope] = decided === 'granted';
    }
    return result;
  };

  const promptOnce = createSingleFlight<PermissionSettings>();
  /** Explain, then one prompt for the undecided scopes; concurrent askers share it. */
  const ask = (scopes: readonly PermissionScope[], explain?: ExplainPermission) => {
    const wanted = [...new Set(scopes)].sort();
    const open = wanted.filter(isOpen);
    if (open.length === 0) return call('getSetting', settings);
    return promptOnce(wanted.join(' '), async () => {
      let goOn: boolean;
      try {
        goOn = explain ? await explain(open) : true;
      } catch (error) {
        throw new PlatformError('unknown', {
          api: 'authorize',
          detail: 'explain threw',
          cause: error,
        });
      }
      if (!goOn) throw new PlatformError('user_cancelled', { api: 'authorize', detail: 'explain' });
      return call('authorize', (note) => {
        const shown = wanted.filter(isOpen);
        if (shown.length === 0) return settings();
        note.prompted = shown;
        if (shown.some((scope) => state(scope) === 'prompt-cancel'))
          throw zaloError(-2003, 'authorize');
        const decided: Partial<Record<PermissionScope, SimulatedPermission>> = {};
        for (const scope of shown)
          decided[scope] = state(scope) === 'prompt-grant' ? 'granted' : 'denied';
        options = { ...options, permissions: { ...options.permissions, ...decided } };
        return settings();
      });
    });
  };

  const issueToken = async (
    kind: ExchangeToken['kind'],
    api: 'getPhoneNumber' | 'getLocation',
    explain?: ExplainPermission,
  ): Promise<ExchangeToken> => {
    if (isOpen(kind)) await ask([kind], explain);
    return call(api, () => {
      if (state(kind) !== 'granted') throw zaloError(-2002, api);
      const token = `sim-${kind}-${++serial}.${instance}`;
      const expiresAt = clock.now() + options.tokenTtlMs;
      const { latitude, longitude } = options.location;
      tokens.set(token, {
        expiresAt,
        value:
          kind === 'phoneNumber'
            ? { kind, number: options.phoneNumber }
            : { kind, latitude, longitude },
      });
      return { kind, token, expiresAt };
    });
  };

  const pickFromBrowser = (max: number, source: PickImagesOptions['source']) =>
    new Promise<File[] | null>((resolve) => {
      if (typeof document === 'undefined')
        throw new PlatformError('unsupported', { api: 'chooseImage' });
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = 'image/*';
      input.multiple = max > 1;
      input.hidden = true;
      if (source === 'camera') input.setAttribute('capture', 'environment');
      const done = (files: File[] | null) => {
        input.remove();
        resolve(files);
      };
      input.addEventListener('change', () => done(input.files ? [...input.files] : null));
      input.addEventListener('cancel', () => done(null));
      document.body.append(input);
      input.click();
    });

  const checkShare = (content: ShareContent, api: SimulatedApi) => {
    // Zalo's own limits (getShareableLink): a longer text is rejected as a bad request.
    if (content.title.length > 100 || (content.description ?? '').length > 400) {
      throw zaloError(-1400, api);
    }
  };

  const { quotaBytes, persist } = options.storage;
  const { appId } = options;
  const backend =
    persist === 'localStorage' && typeof localStorage !== 'undefined'
      ? createWebStorageBackend(localStorage, quotaBytes)
      : createMemoryBackend({
          evictOldest: true,
          ...(quotaBytes === undefined ? {} : { quotaBytes }),
        });
  const storage = createPlatformStorage(backend, { appId, clock });
  // Backend keys are `gm:<appId>:app:<key>`, `gm:<appId>:u:<user>:<key>` and `gm:<appId>:index`
  // (./storage); the key the app wrote is what follows the namespace.
  const storagePrefix = `gm:${encodeURIComponent(appId)}:`;
  const appKeyOf = (rest: string) =>
    rest.slice(rest.indexOf(':', rest.startsWith('u:') ? 2 : 0) + 1);

  // Real browser events, when asked for.
  const cleanups: (() => void)[] = [];
  if (options.browserEvents && typeof window !== 'undefined') {
    const listen = (target: EventTarget, type: string, listener: () => void) => {
      target.addEventListener(type, listener);
      cleanups.push(() => target.removeEventListener(type, listener));
    };
    listen(document, 'visibilitychange', () =>
      fire(document.visibilityState === 'hidden' ? 'hidden' : 'shown'),
    );
    listen(window, 'pagehide', () => fire('closing'));
    const followNetwork = () => update({ online: navigator.onLine });
    listen(window, 'online', followNetwork);
    listen(window, 'offline', followNetwork);
  }

  return {
    kind: 'simulated',
    identity: {
      isInZalo: () => !!options.user,
      // Opaque to the app; a fake backend may read the user id after the dot.
      getAccessToken: () => call('getAccessToken', () => `sim-access.${options.user?.id}`),
      getUserId: () => call('getUserID', () => options.user?.id ?? ''),
      async getProfile(request = {}) {
        if (request.request && isOpen('userInfo')) await ask(['userInfo'], request.explain);
        return call('getUserInfo', () => {
          if (state('userInfo') !== 'granted' || !options.user)
            throw zaloError(-1401, 'getUserInfo');
          return { ...options.user };
        });
      },
      getPhoneNumberToken: (request) =>
        issueToken('phoneNumber', 'getPhoneNumber', request?.explain),
    },
    permissions: {
      getSettings: () => call('getSetting', settings),
      authorize: (scopes, request) => ask(scopes, request?.explain),
      openSettings: () => call('openPermissionSetting', () => undefined),
    },
    storage,
    location: {
      getToken: (request) => issueToken('location', 'getLocation', request?.explain),
    },
    media: {
      pickImages: ({ max = 1, maxBytes, source } = {}) =>
        call('chooseImage', async (): Promise<PickImagesResult> => {
          const queued = nextPick;
          nextPick = undefined;
          const files = queued === undefined ? await pickFromBrowser(max, source) : queued;
          if (!files?.length) throw zaloError(-2003, 'chooseImage');
          const images: PickedImage[] = [];
          const rejected: PickImagesResult['rejected'][number][] = [];
          for (const file of files) {
            const { name, type, size } = file;
            if (!type.startsWith('image/')) rejected.push({ name, reason: 'not_image' });
            else if (maxBytes !== undefined && size > maxBytes)
              rejected.push({ name, reason: 'too_large' });
            // Beyond `max`, further images are left out (Zalo refuses the whole pick).
            else if (images.length < max) images.push({ file, name, type, size });
          }
          return { images, rejected };
        }),
      async saveImage(image, saveOptions) {
        const type = await checkSavableImage(image, saveOptions);
        return call('saveImageToGallery', () => {
          const { fileName } = saveOptions;
          savedImages = [...savedImages.slice(-99), { image, fileName, type, at: clock.now() }];
          if (options.downloadSavedImages !== false) {
            downloadInBrowser(image, fileName);
          }
        });
      },
    },
    share: {
      share: (content) =>
        call('openShareSheet', () => {
          checkShare(content, 'openShareSheet');
          return { shared: options.answers.share !== false };
        }),
      getLink: (content) =>
        call('getShareableLink', () => {
          checkShare(content, 'getShareableLink');
          const path = (content.path ?? '').replace(/^\/+/, '');
          return `https://zalo.me/s/${encodeURIComponent(appId)}/${path}`;
        }),
    },
    oa: {
      follow: () => call('followOA', () => options.answers.followOA !== false),
      openChat: () => call('openChat', () => undefined),
      requestNotifications: () =>
        call('requestSendNotification', () => options.answers.notifications !== false),
    },
    system: {
      getInfo: () => info,
      getNetwork: () => network,
      onNetworkChange: (listener) => emitter.on('network', listener),
      onDarkModeChange: (listener) => emitter.on('darkMode', listener),
    },
    lifecycle: {
      on: (event, listener) => emitter.on(event, listener),
    },
    nfc: {
      isSupported: () => call('checkNFC', () => !!options.user && options.nfcSupported),
      readCccd: ({ mrz }) =>
        call('scanNFC', (): CccdChipData => {
          if (!options.nfcSupported) throw zaloError(-600, 'scanNFC');
          if (!mrz.trim()) throw zaloError(-604, 'scanNFC');
          return {
            dataGroups: { dg1: FAKE_CHIP, dg2: FAKE_CHIP, dg13: FAKE_CHIP },
            sod: FAKE_CHIP,
          };
        }),
    },
    controls: {
      get options() {
        return options;
      },
      update,
      setPermission: (scope, permission) => update({ permissions: { [scope]: permission } }),
      fire,
      evictStorage(keys) {
        for (const key of backend.keys()) {
          const rest = key.slice(storagePrefix.length);
          if (!key.startsWith(storagePrefix)) continue;
          if (!keys || (rest !== 'index' && keys.includes(appKeyOf(rest)))) backend.removeItem(key);
        }
        notify();
      },
      pickImagesWith(files) {
        nextPick = files;
        notify();
      },
      get history() {
        return history;
      },
      get savedImages() {
        return savedImages;
      },
      subscribe: (listener) => emitter.on('change', listener),
      exchangeToken(token) {
        const entry = tokens.get(token);
        tokens.delete(token);
        return entry && clock.now() <= entry.expiresAt ? entry.value : undefined;
      },
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      scheduler.dispose();
      for (const handle of timers) clock.clearTimeout(handle);
      timers.clear();
      for (const cleanup of cleanups) cleanup();
      emitter.clear();
    },
  };
}
