import { createContext, type ReactNode, useContext } from 'react';
import type { Platform } from '../core/types';

const PlatformContext = createContext<Platform | null>(null);
PlatformContext.displayName = 'GovMiniPlatform';

export interface PlatformProviderProps {
  /** `createPlatform()` (Zalo inside Zalo, the simulator elsewhere), made once per app. */
  platform: Platform;
  children?: ReactNode;
}

/** Gives every hook below it the app's Platform. `GovMiniProvider` (@govmini/ui) includes it. */
export function PlatformProvider({ platform, children }: PlatformProviderProps) {
  return <PlatformContext.Provider value={platform}>{children}</PlatformContext.Provider>;
}

/** A hook that needs the Platform was used outside `<PlatformProvider>`: a developer error. */
export class MissingPlatformProviderError extends Error {
  override readonly name = 'MissingPlatformProviderError';
  constructor(readonly hook: string) {
    super(
      `${hook}() was called outside <PlatformProvider>. Wrap the app in ` +
        '<PlatformProvider platform={createPlatform()}> from @govmini/platform/react, ' +
        'or in <GovMiniProvider> from @govmini/ui, which includes it.',
    );
  }
}

/** The app's Platform. Throws `MissingPlatformProviderError` outside the provider. */
export function usePlatform(): Platform {
  return useProvidedPlatform('usePlatform');
}

/** For this package's hooks: the error then names the hook the developer called. */
export function useProvidedPlatform(hook: string): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new MissingPlatformProviderError(hook);
  return platform;
}
