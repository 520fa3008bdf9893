import { useCallback, useSyncExternalStore } from 'react';
import { useProvidedPlatform } from './PlatformProvider';

/** Whether the phone is online; re-renders when that changes. */
export function useOnline(): boolean {
  const { system } = useProvidedPlatform('useOnline');
  const subscribe = useCallback(
    (onChange: () => void) => system.onNetworkChange(onChange),
    [system],
  );
  const online = () => system.getNetwork().online;
  return useSyncExternalStore(subscribe, online, online);
}
