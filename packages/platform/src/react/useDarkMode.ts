import { useCallback, useSyncExternalStore } from 'react';
import { useProvidedPlatform } from './PlatformProvider';

/** Whether the host (Zalo's theme, or the simulator) is in dark mode; follows changes. */
export function useDarkMode(): boolean {
  const { system } = useProvidedPlatform('useDarkMode');
  const subscribe = useCallback(
    (onChange: () => void) => system.onDarkModeChange(onChange),
    [system],
  );
  const darkMode = () => system.getInfo().darkMode;
  return useSyncExternalStore(subscribe, darkMode, darkMode);
}
