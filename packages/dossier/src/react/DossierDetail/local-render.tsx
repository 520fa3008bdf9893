// Test helper for the tracking screens (until src/react/test-support.tsx exists): renders under
// GovMiniProvider (a simulated platform) and the local in-memory service. Importing it also
// unmounts what each test rendered. Not exported.
import { createSimulatedPlatform, type SimulatedPlatform } from '@govmini/platform';
import { GovMiniProvider } from '@govmini/ui';
import { cleanup, render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { afterEach } from 'vitest';
import { DossierContext } from '../DossierProvider/context';
import {
  createLocalDossierService,
  type LocalDossierService,
  type LocalServiceOptions,
  localContext,
} from './local-support';

afterEach(cleanup);

export interface RenderTrackingOptions extends LocalServiceOptions {
  readonly locale?: 'vi' | 'en';
  readonly platform?: SimulatedPlatform;
}

/** Renders `ui` under GovMiniProvider and the local service; returns both with the result. */
/** What the tests use of a render, typed here (testing-library's own type is not portable). */
export interface TrackingRender {
  readonly service: LocalDossierService;
  readonly platform: SimulatedPlatform;
  readonly container: HTMLElement;
  rerender(ui: ReactElement): void;
  unmount(): void;
}

export function renderTracking(
  ui: ReactElement,
  options: RenderTrackingOptions = {},
): TrackingRender {
  const platform = options.platform ?? createSimulatedPlatform({ user: null });
  const service = createLocalDossierService(options);
  const value = localContext(service, platform, options.signedIn ?? true);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <GovMiniProvider platform={platform} locale={options.locale ?? 'vi'} applyTo="none">
      <DossierContext.Provider value={value}>{children}</DossierContext.Provider>
    </GovMiniProvider>
  );
  const { container, rerender, unmount } = render(ui, { wrapper });
  return { service, platform, container, rerender, unmount };
}
