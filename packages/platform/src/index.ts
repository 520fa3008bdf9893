// @govmini/platform — one typed, honest facade over Zalo, and a simulator that runs the same
// app everywhere else. Only this package imports zmp-sdk, and only lazily, inside
// createZaloPlatform. React bindings: `@govmini/platform/react`; fakes and the conformance
// suite: `@govmini/platform/testing`.

// Choosing and creating a platform
export type { CreatePlatformOptions, DetectOptions, HostLocation } from './core/detect';
export { createPlatform, detectPlatform, isZaloHost } from './core/detect';
// Building blocks, for other hosts (a province's own web portal, a native shell)
export type { Emitter } from './core/emitter';
export { createEmitter } from './core/emitter';
// Errors
export type { PlatformErrorCode, PlatformErrorOptions, PlatformLocale } from './core/errors';
export { isPlatformError, PlatformError, platformErrorMessages } from './core/errors';
export { SAVE_IMAGE_MAX_DATA_URL } from './core/save-image';
export type { CallPolicy, CallScheduler, Clock } from './core/scheduler';
export { createCallScheduler, createSingleFlight, systemClock } from './core/scheduler';
export type {
  ExchangedValue,
  SavedImage,
  SimulatedApi,
  SimulatedCall,
  SimulatedPermission,
  SimulatedPlatform,
  SimulatorControls,
  SimulatorOptions,
} from './core/simulator';
export { createSimulatedPlatform } from './core/simulator';
export type { KeyValueBackend } from './core/storage';
export {
  createMemoryBackend,
  createPlatformStorage,
  createWebStorageBackend,
} from './core/storage';
// The Platform interface
export type {
  CccdChipData,
  ExchangeToken,
  ExplainPermission,
  IdentityApi,
  LifecycleApi,
  LifecycleEvent,
  LocationApi,
  MediaApi,
  NetworkState,
  NetworkType,
  NfcApi,
  OfficialAccountApi,
  PermissionRequestOptions,
  PermissionScope,
  PermissionSettings,
  PermissionsApi,
  PickedImage,
  PickImagesOptions,
  PickImagesResult,
  Platform,
  PlatformKind,
  SafeAreaInsets,
  SaveImageOptions,
  ShareApi,
  ShareContent,
  StorageApi,
  StorageEvictedEvent,
  StorageUsage,
  SystemApi,
  SystemInfo,
  Unsubscribe,
  UserProfile,
} from './core/types';
export type { ZaloErrorContext } from './core/zalo-errors';
export { fromZaloError } from './core/zalo-errors';
export type { ZaloPlatformOptions } from './zalo/create-zalo-platform';
export { createZaloPlatform } from './zalo/create-zalo-platform';
export type {
  ZaloAuthorizeScope,
  ZaloNetworkType,
  ZaloSettingScope,
  ZmpAppInfo,
  ZmpChooseImageResult,
  ZmpEventListener,
  ZmpEventNamesLike,
  ZmpEventsLike,
  ZmpNativeStorageLike,
  ZmpSdkLike,
  ZmpShareSheetResult,
  ZmpStorageInfo,
  ZmpSystemInfo,
  ZmpUserInfo,
} from './zalo/zmp-sdk-like';
