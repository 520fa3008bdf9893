import { useCallback, useEffect, useState } from 'react';
import type { PermissionRequestOptions, PermissionScope, PermissionSettings } from '../core/types';
import { useProvidedPlatform } from './PlatformProvider';

export type PermissionState = 'granted' | 'denied' | 'unknown';

export interface UsePermissionResult {
  /** `unknown` until read, and while the citizen has not decided. */
  readonly state: PermissionState;
  /**
   * Asks for the scope (after `explain`). Resolves `true` if granted, `false` if refused or
   * if the citizen declined at `explain`; rejects with a PlatformError for anything else
   * (offline, timeout…).
   */
  request(options?: PermissionRequestOptions): Promise<boolean>;
  /** True while a request is open. */
  readonly pending: boolean;
}

const toState = (settings: PermissionSettings, scope: PermissionScope): PermissionState => {
  const decided = settings[scope];
  return decided === undefined ? 'unknown' : decided ? 'granted' : 'denied';
};

/**
 * One permission's state, and a way to ask for it. Read again when the app is shown, since
 * the citizen may have changed it in Zalo's settings meanwhile.
 */
export function usePermission(scope: PermissionScope): UsePermissionResult {
  const { permissions, lifecycle } = useProvidedPlatform('usePermission');
  const [state, setState] = useState<PermissionState>('unknown');
  const [pending, setPending] = useState(false);

  useEffect(() => {
    let live = true;
    const read = () => {
      permissions.getSettings().then(
        (settings) => {
          if (live) setState(toState(settings, scope));
        },
        () => {
          // Unreadable (outside Zalo, offline…): stays as it was.
        },
      );
    };
    read();
    const off = lifecycle.on('shown', read);
    return () => {
      live = false;
      off();
    };
  }, [permissions, lifecycle, scope]);

  const request = useCallback(
    async (options?: PermissionRequestOptions) => {
      setPending(true);
      try {
        const settings = await permissions.authorize([scope], options);
        setState(toState(settings, scope));
        return settings[scope] === true;
      } catch (error) {
        // Checked by shape: importing PlatformError would pull the message catalogues in.
        if ((error as { code?: unknown } | null)?.code === 'user_cancelled') return false;
        throw error;
      } finally {
        setPending(false);
      }
    },
    [permissions, scope],
  );

  return { state, request, pending };
}
