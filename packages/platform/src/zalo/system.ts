// System info, network and lifecycle over zmp-sdk. `getInfo()` and `getNetwork()` are
// synchronous, but zmp-sdk loads asynchronously: until it has, they answer from the same
// host globals the SDK reads (window.zTheme, zLanguage, the user agent), then from the SDK.
// Zalo has no theme-change event, so the theme is re-read whenever the app comes back.
import { createEmitter } from '../core/emitter';
import type {
  LifecycleApi,
  LifecycleEvent,
  NetworkState,
  NetworkType,
  SafeAreaInsets,
  SystemApi,
  SystemInfo,
} from '../core/types';
import type { ZaloContext } from './context';
import type { SdkEventHub, SdkEventKey } from './sdk-events';
import type { ZmpSdkLike, ZmpSystemInfo } from './zmp-sdk-like';

const LIFECYCLE_EVENTS: Readonly<Record<LifecycleEvent, SdkEventKey>> = {
  hidden: 'AppPaused',
  shown: 'AppResumed',
  closing: 'AppClose',
};

interface HostGlobals {
  zTheme?: unknown;
  zLanguage?: unknown;
  navigator?: { userAgent?: string; onLine?: boolean };
  devicePixelRatio?: number;
  ZaloJavaScriptInterface?: { getStatusBarHeight?: () => unknown };
}
const host = globalThis as HostGlobals;

const language = (value: unknown): SystemInfo['language'] =>
  typeof value === 'string' && value.toLowerCase().startsWith('en') ? 'en' : 'vi';

function readSafeArea(): SafeAreaInsets {
  const insets = { top: 0, right: 0, bottom: 0, left: 0 };
  if (typeof document === 'undefined' || !document.body) return insets;
  try {
    const probe = document.createElement('div');
    probe.style.cssText =
      'position:fixed;visibility:hidden;pointer-events:none;padding:env(safe-area-inset-top) env(safe-area-inset-right) env(safe-area-inset-bottom) env(safe-area-inset-left)';
    document.body.append(probe);
    const style = getComputedStyle(probe);
    insets.top = Number.parseFloat(style.paddingTop) || 0;
    insets.right = Number.parseFloat(style.paddingRight) || 0;
    insets.bottom = Number.parseFloat(style.paddingBottom) || 0;
    insets.left = Number.parseFloat(style.paddingLeft) || 0;
    probe.remove();
  } catch {}
  try {
    // env() is unreliable in Zalo's Android WebView; its bridge knows the status bar (device px).
    const height = Number(host.ZaloJavaScriptInterface?.getStatusBarHeight?.());
    if (height > 0) insets.top = Math.max(insets.top, height / (host.devicePixelRatio || 1));
  } catch {}
  return insets;
}

function infoFrom(raw: Partial<ZmpSystemInfo> | undefined): SystemInfo {
  const ua = host.navigator?.userAgent?.toLowerCase() ?? '';
  const platform =
    raw?.platform ??
    (/android/.test(ua) ? 'android' : /iphone|ipad|ipod|ios/.test(ua) ? 'iOS' : '');
  const zaloVersion = raw?.zaloVersion ?? '';
  return {
    platform: platform === 'android' ? 'android' : platform === 'iOS' ? 'ios' : 'unknown',
    appVersion: raw?.version ?? '',
    zaloVersion: zaloVersion === '0' ? '' : zaloVersion,
    // Zalo's own language, which the citizen chose in Zalo (the device's may differ).
    language: language(raw?.zaloLanguage ?? host.zLanguage),
    darkMode: (raw?.zaloTheme ?? host.zTheme) === 'dark',
    safeArea: readSafeArea(),
  };
}

const sameInfo = (a: SystemInfo, b: SystemInfo) =>
  a.platform === b.platform &&
  a.appVersion === b.appVersion &&
  a.zaloVersion === b.zaloVersion &&
  a.language === b.language &&
  a.darkMode === b.darkMode &&
  (['top', 'right', 'bottom', 'left'] as const).every(
    (side) => a.safeArea[side] === b.safeArea[side],
  );

const NETWORK_TYPES: readonly NetworkType[] = ['wifi', 'cellular', 'none', 'unknown'];

export function createSystem(
  ctx: ZaloContext,
  hub: SdkEventHub,
  /** Starts loading zmp-sdk (synchronous APIs cannot wait for it). */
  touch: () => void,
): {
  system: SystemApi;
  lifecycle: LifecycleApi;
  connect(sdk: ZmpSdkLike): void;
  /** Asks Zalo for the connection now. */
  isOffline(): Promise<boolean>;
  dispose(): void;
} {
  const emitter = createEmitter<{ network: NetworkState; darkMode: boolean }>();
  // Snapshots keep their identity until something changes (useSyncExternalStore needs that).
  let info = infoFrom(undefined);
  let network: NetworkState = { online: host.navigator?.onLine !== false, type: 'unknown' };
  let sdk: ZmpSdkLike | undefined;
  let refreshes = 0;
  let disposed = false;

  const refreshInfo = () => {
    if (!sdk || disposed) return;
    let raw: ZmpSystemInfo | undefined;
    try {
      raw = sdk.getSystemInfo();
    } catch {}
    const next = infoFrom(raw);
    if (sameInfo(next, info)) return;
    const darkModeChanged = next.darkMode !== info.darkMode;
    info = next;
    if (darkModeChanged) emitter.emit('darkMode', next.darkMode);
  };

  /** `connected`: what the NetworkChanged event said, if it said. */
  const refreshNetwork = async (connected?: boolean) => {
    const mine = ++refreshes;
    let type: NetworkType | undefined;
    try {
      const result = await ctx.call('getNetworkType', (loaded) => loaded.getNetworkType());
      const reported = result?.networkType;
      type = NETWORK_TYPES.includes(reported) ? reported : 'unknown';
    } catch {}
    if (mine !== refreshes || disposed) return; // a newer refresh wins
    const online = connected ?? (type === undefined ? network.online : type !== 'none');
    setNetwork(online, type);
  };
  const setNetwork = (online: boolean, type: NetworkType | undefined) => {
    const known = type ?? network.type;
    const next: NetworkState = {
      online,
      type: !online ? 'none' : known === 'none' ? 'unknown' : known,
    };
    if (next.online === network.online && next.type === network.type) return;
    network = next;
    emitter.emit('network', next);
  };

  // Internal, permanent subscriptions: one SDK listener each, shared with the app's.
  const internal = [
    hub.on('NetworkChanged', (data) => {
      // The native payload is { state: "CONNECTED" | … } (apis/common/apis/general/onNetworkStatusChange.js).
      const state = (data as { state?: unknown } | null)?.state;
      const connected = typeof state === 'string' ? state === 'CONNECTED' : undefined;
      // Tell listeners at once; the connection type follows when Zalo reports it.
      if (connected !== undefined) setNetwork(connected, undefined);
      void refreshNetwork(connected);
    }),
    hub.on('AppResumed', () => {
      refreshInfo();
      void refreshNetwork();
    }),
  ];

  return {
    system: {
      getInfo() {
        touch();
        return info;
      },
      getNetwork() {
        touch();
        return network;
      },
      onNetworkChange(listener) {
        touch();
        return emitter.on('network', listener);
      },
      onDarkModeChange(listener) {
        touch();
        return emitter.on('darkMode', listener);
      },
    },
    lifecycle: {
      on(event, listener) {
        touch();
        return hub.on(LIFECYCLE_EVENTS[event], () => listener());
      },
    },
    async isOffline() {
      await refreshNetwork();
      return !network.online;
    },
    connect(loaded) {
      if (sdk || disposed) return;
      sdk = loaded;
      refreshInfo();
      void refreshNetwork();
    },
    dispose() {
      disposed = true;
      for (const off of internal) off();
      emitter.clear();
    },
  };
}
