// The part of `zmp-sdk/apis` (2.51.6) that the Zalo adapter uses, written out structurally so
// that nothing here imports zmp-sdk: the real module is assignable to ZmpSdkLike (a type test
// checks it), and the fake in `src/testing` implements it. Signatures follow the SDK's d.ts,
// narrowed to the arguments we pass. There is deliberately no `success`/`fail` here: passing
// either makes the SDK's promise never settle (research §1.2).

/** Scopes `authorize` accepts (d.ts AUTHEN_SCOPE_VALUES); at most two per call. */
export type ZaloAuthorizeScope =
  | 'scope.userInfo'
  | 'scope.userLocation'
  | 'scope.userPhonenumber'
  | 'scope.userFriends';

/** Scopes `getSetting` reports (d.ts GET_SETTINGS_SCOPE_VALUES). */
export type ZaloSettingScope = ZaloAuthorizeScope | 'scope.camera' | 'scope.micro';

export type ZaloNetworkType = 'none' | 'wifi' | 'cellular' | 'unknown';

export interface ZmpUserInfo {
  id: string;
  name: string;
  avatar: string;
  idByOA?: string;
  followedOA?: boolean;
  isSensitive?: boolean;
}

export interface ZmpSystemInfo {
  version: string;
  apiVersion: string;
  zaloVersion: string;
  platform: 'android' | 'iOS' | 'wp' | 'unknown' | '';
  language: string;
  zaloLanguage: string;
  zaloTheme: string;
}

export interface ZmpShareSheetResult {
  /** 0 cancelled, 1 posted to the timeline, 2 sent in a chat. */
  status: 0 | 1 | 2;
  shareType: 0 | 1 | 2;
  numberOfUser: number;
}

export interface ZmpAppInfo {
  name: string;
  description: string;
  version: string;
  appUrl: string;
  qrCodeUrl: string;
  logoUrl?: string;
}

export interface ZmpChooseImageResult {
  /** `blob:` object URLs. */
  filePaths: string[];
  tempFiles: { path: string; size: number }[];
}

/** `getStorageInfo` sizes are in KB. */
export interface ZmpStorageInfo {
  currentSize: number;
  limitSize: number;
}

/** Synchronous; every method throws a plain `{ code, message, api }` object on failure. */
export interface ZmpNativeStorageLike {
  /** Typed `string` in the d.ts, but the SDK returns `null` for a missing key (or for `""`). */
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  clear(): void;
  getStorageInfo(): ZmpStorageInfo;
}

/**
 * A listener as EventEmitter3 stores it. The SDK's `events.on` wraps the function it is given,
 * so `listeners()` returns wrappers, and `off(event, original)` removes nothing.
 */
// biome-ignore lint/suspicious/noExplicitAny: matches EventEmitter3's own listener type.
export type ZmpEventListener = (...args: any[]) => void;

/** The SDK's EventEmitter3 instance, minus `addListener` (it recurses forever in 2.51.6). */
export interface ZmpEventsLike {
  on(event: string, fn: ZmpEventListener, context?: unknown): unknown;
  off(event: string, fn?: ZmpEventListener, context?: unknown, once?: boolean): unknown;
  listeners(event: string): ZmpEventListener[];
}

/** The `EventName` enum values we listen to. */
export interface ZmpEventNamesLike {
  readonly AppPaused: string;
  readonly AppResumed: string;
  readonly AppClose: string;
  readonly NetworkChanged: string;
}

export interface ZmpSdkLike {
  readonly getAccessToken: () => Promise<string>;
  readonly getUserID: () => Promise<string>;
  readonly getUserInfo: (args: {
    avatarType?: 'small' | 'normal' | 'large';
    autoRequestPermission?: boolean;
  }) => Promise<{ userInfo: ZmpUserInfo }>;
  /** Resolves `{ token }` (single use, 2 minutes); rejects -1404 when Zalo gives no token. */
  readonly getPhoneNumber: () => Promise<{ token?: string; number?: string }>;
  readonly getLocation: () => Promise<{ token?: string }>;
  readonly getSetting: () => Promise<{
    authSetting: Partial<Record<ZaloSettingScope, boolean>>;
  }>;
  readonly authorize: (args: {
    scopes: ZaloAuthorizeScope[];
  }) => Promise<Partial<Record<ZaloAuthorizeScope, boolean>>>;
  readonly requestCameraPermission: () => Promise<{ userAllow: boolean; message: string }>;
  readonly openPermissionSetting: () => Promise<void>;
  readonly getSystemInfo: () => ZmpSystemInfo;
  readonly getNetworkType: () => Promise<{ networkType: ZaloNetworkType }>;
  readonly chooseImage: (args: {
    count: number;
    sourceType?: ('album' | 'camera')[];
    cameraType?: 'back' | 'front';
  }) => Promise<ZmpChooseImageResult>;
  readonly openShareSheet: (args: {
    type: 'zmp_deep_link';
    data: { title: string; thumbnail: string; path?: string; description?: string };
  }) => Promise<ZmpShareSheetResult>;
  /** `description` defaults to `""` in the SDK's schema, but its d.ts types it as required. */
  readonly getShareableLink: (args: {
    title: string;
    description: string;
    thumbnail?: string;
    path?: string;
  }) => Promise<string>;
  readonly getAppInfo: () => Promise<ZmpAppInfo>;
  readonly followOA: (args: { id: string; showDialogConfirm?: boolean }) => Promise<void>;
  readonly openChat: (args: { type: 'user' | 'oa'; id: string; message?: string }) => Promise<void>;
  readonly requestSendNotification: () => Promise<void>;
  /** Takes a (callback) object in the d.ts; we always pass `{}`. Resolves `{}` where supported. */
  readonly checkNFC: (args: Record<string, never>) => Promise<unknown>;
  /** Resolves `{ dg1…dg16, com, sod, challenge, aAResult, eACCAResult }` (base64, `""` if absent). */
  readonly scanNFC: (args: {
    type: 'cccd';
    data: { mrz: string };
    /** Required by the d.ts (the schema defaults it to false). */
    skip_active_authen: boolean;
  }) => Promise<unknown>;
  /**
   * SDK ≥ 2.16 (Zalo iOS build ≥ 408). We pass `imageBase64Data` (a data URL, ≤ 7e6 characters
   * by the SDK's schema). Inside Zalo it saves natively; on localhost it resolves without
   * saving anything; elsewhere it rejects -1404.
   */
  readonly saveImageToGallery: (args: {
    imageBase64Data?: string;
    imageUrl?: string;
  }) => Promise<void>;
  readonly nativeStorage: ZmpNativeStorageLike;
  readonly events: ZmpEventsLike;
  readonly EventName: ZmpEventNamesLike;
}
