// @govmini/platform/react — the Platform for React: one provider and small hooks over it.

export type { PlatformProviderProps } from './PlatformProvider';
export { MissingPlatformProviderError, PlatformProvider, usePlatform } from './PlatformProvider';
export type { AppLifecycleHandlers } from './useAppLifecycle';
export { useAppLifecycle } from './useAppLifecycle';
export { useDarkMode } from './useDarkMode';
export { useOnline } from './useOnline';
export type { PermissionState, UsePermissionResult } from './usePermission';
export { usePermission } from './usePermission';
