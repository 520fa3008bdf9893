// The Platform inside Zalo, over zmp-sdk. zmp-sdk is imported only here, dynamically, on first
// use: importing `zmp-sdk/apis` runs `login()` at once and crashes where `window` is undefined
// (research §1.1), so `@govmini/platform` must be importable without it (Node, tests, SSR).
//
// Every SDK call goes through one scheduler: a timeout on each (zmp-sdk itself has almost
// none), Zalo's client throttle (3 calls per API per burst of 1 s, -1409) respected up front and
// retried when other code used up the burst, and rejections — plain `{ code, message, api }`
// objects — mapped to PlatformErrors. We never pass `success`/`fail` callbacks: with either, the
// SDK's promise never settles (research §1.2).

import { PlatformError } from '../core/errors';
import { type HostLocation, isZaloHost } from '../core/host';
import { type Clock, createCallScheduler, systemClock } from '../core/scheduler';
import { createPlatformStorage } from '../core/storage';
import type { Platform } from '../core/types';
import { createContext, THROTTLED_APIS, zaloCodeOf } from './context';
import { createIdentity, createPermissions } from './identity';
import { createSdkEventHub } from './sdk-events';
import { createMedia, createNfc, createOfficialAccount, createShare } from './services';
import { createDeferredStorage, createZaloStorageBackend } from './storage-backend';
import { createSystem } from './system';
import type { ZmpSdkLike } from './zmp-sdk-like';

export interface ZaloPlatformOptions {
  /** Namespaces storage; default `window.APP_ID`, which Zalo injects. */
  appId?: string;
  /** Timeout of each SDK call, in ms (default 10 000). */
  timeoutMs?: number;
  /**
   * Timeout of calls that wait for the citizen — permission prompts, share sheet, OA dialogs
   * (default 120 000; the image picker gets at least 300 000).
   */
  promptTimeoutMs?: number;
  /** Timeout of a CCCD chip read (default 70 000: Zalo's own scan gives up after 65 s). */
  nfcTimeoutMs?: number;
  /** How zmp-sdk is loaded (default: a dynamic import of `zmp-sdk/apis`, on first use). */
  loadSdk?: () => Promise<ZmpSdkLike>;
  clock?: Clock;
  /**
   * Where the page runs (default `window.location`). Off Zalo's host zmp-sdk answers nearly
   * everything with -2000, which then means `not_in_zalo` rather than `unknown`.
   */
  location?: HostLocation;
  /** Reads a `blob:` URL from the image picker (default `fetch`). */
  fetchBlob?: (url: string) => Promise<Blob>;
}

/** Zalo rejects a 4th call of a rate-limited API within a burst of (more than) 1 s. */
const ZALO_RATE_LIMIT = { max: 3, perMs: 1000 };

const defaultFetchBlob = async (url: string) => (await fetch(url)).blob();

function browserLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // reading it throws where web storage is disabled
  }
}

export function createZaloPlatform(options: ZaloPlatformOptions = {}): Platform {
  const clock = options.clock ?? systemClock;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const appId =
    options.appId ?? String((globalThis as { APP_ID?: unknown }).APP_ID ?? 'zalo-mini-app');
  const where = options.location ?? (globalThis as { location?: HostLocation }).location;
  const load = options.loadSdk ?? (() => import('zmp-sdk/apis'));

  const scheduler = createCallScheduler({
    clock,
    defaults: { timeoutMs },
    perApi: Object.fromEntries(
      THROTTLED_APIS.map((api) => [
        api,
        {
          throttle: ZALO_RATE_LIMIT,
          // Other code (or a direct zmp-sdk call) may have used up Zalo's burst: 400 + 800 ms
          // later a new one-second window has surely begun.
          retry: {
            attempts: 3,
            baseDelayMs: 400,
            when: (error: unknown) => zaloCodeOf(error) === -1409,
          },
        },
      ]),
    ),
  });

  let disposed = false;
  let loading: Promise<ZmpSdkLike> | undefined;
  const hub = createSdkEventHub();
  const loadSdk = (): Promise<ZmpSdkLike> => {
    if (disposed)
      return Promise.reject(new PlatformError('unknown', { detail: 'platform disposed' }));
    if (loading) return loading;
    loading = load().then(
      (sdk) => {
        if (!disposed) {
          hub.connect(sdk);
          system.connect(sdk);
        }
        return sdk;
      },
      (error: unknown) => {
        loading = undefined; // a failed chunk load may work next time
        throw error;
      },
    );
    return loading;
  };
  const touch = () => {
    loadSdk().catch(() => {});
  };

  const ctx = createContext({
    clock,
    promptTimeoutMs: options.promptTimeoutMs ?? 120_000,
    scheduler,
    loadSdk,
    inZalo: where ? isZaloHost(where) : undefined,
    isOffline: () => system.isOffline(),
  });
  const system = createSystem(ctx, hub, touch);
  const permissions = createPermissions(ctx);
  const { identity, location } = createIdentity(ctx, permissions);

  const storage = createDeferredStorage(async () => {
    // Storage must work even when zmp-sdk does not load (it falls back to web storage).
    const native = await loadSdk().then(
      (sdk) => sdk.nativeStorage,
      () => undefined,
    );
    const { backend } = createZaloStorageBackend(native, {
      appId,
      localStorage: browserLocalStorage(),
    });
    return createPlatformStorage(backend, { appId, clock });
  });

  return {
    kind: 'zalo',
    identity,
    permissions: {
      getSettings: permissions.getSettings,
      authorize: permissions.authorize,
      openSettings: permissions.openSettings,
    },
    storage,
    location,
    media: createMedia(ctx, options.fetchBlob ?? defaultFetchBlob),
    share: createShare(ctx),
    oa: createOfficialAccount(ctx),
    system: system.system,
    lifecycle: system.lifecycle,
    nfc: createNfc(ctx, options.nfcTimeoutMs ?? 70_000),
    dispose() {
      if (disposed) return;
      disposed = true;
      scheduler.dispose();
      hub.dispose();
      system.dispose();
    },
  };
}
