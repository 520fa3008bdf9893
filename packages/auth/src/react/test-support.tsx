// Test helper: renders under GovMiniProvider (a simulated Zalo with a chosen citizen) and an
// AuthProvider that creates a real controller over the memory service wired to that simulator.
// Importing this file also unmounts what each test rendered, after it. Not exported.
import {
  createSimulatedPlatform,
  type SimulatedPlatform,
  type SimulatorOptions,
} from '@govmini/platform';
import { GovMiniProvider } from '@govmini/ui';
import { act, cleanup, type RenderResult, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { afterEach, expect } from 'vitest';
import type { ConsentPurpose } from '../core/types';
import { type MemoryAuthService, simulatorBackedAuthService } from '../testing/memory-service';
import { AuthProvider, type UseAuthResult, useAuth } from './AuthProvider/AuthProvider';
import { samplePurposes, storyUser } from './stories-support';

afterEach(cleanup);

export interface RenderWithAuthOptions {
  simulator?: SimulatorOptions;
  platform?: SimulatedPlatform;
  purposes?: readonly ConsentPurpose[];
  locale?: 'vi' | 'en';
  /** The app's text overrides, by full key (GovMiniProvider `messages`). */
  messages?: Readonly<Record<string, string>>;
}

export interface RenderWithAuthResult extends RenderResult {
  platform: SimulatedPlatform;
  service: MemoryAuthService;
}

export function renderWithAuth(
  ui: ReactElement,
  options: RenderWithAuthOptions = {},
): RenderWithAuthResult {
  const platform =
    options.platform ??
    createSimulatedPlatform({ user: storyUser, phoneNumber: '84912345678', ...options.simulator });
  const service = simulatorBackedAuthService(platform);
  const purposes = options.purposes ?? samplePurposes;
  // A wrapper, so `rerender(ui)` keeps the same providers (and controller).
  const wrapper = ({ children }: { children: ReactNode }) => (
    <GovMiniProvider
      platform={platform}
      locale={options.locale ?? 'vi'}
      {...(options.messages && { messages: { ...options.messages } })}
      applyTo="none"
    >
      <AuthProvider platform={platform} service={service} purposes={[...purposes]}>
        {children}
      </AuthProvider>
    </GovMiniProvider>
  );
  const result = render(ui, { wrapper });
  return { ...result, platform, service };
}

/** Hands every render's useAuth() result to `onAuth`: a test's window on the controller. */
export function AuthProbe({ onAuth }: { onAuth: (auth: UseAuthResult) => void }) {
  onAuth(useAuth());
  return null;
}

/**
 * Renders `ui` with the simulated citizen already signed in, every purpose agreed, through the
 * real flow; `auth()` is the useAuth() result of the latest render.
 */
export async function renderSignedIn(
  ui: ReactElement,
  options: RenderWithAuthOptions = {},
): Promise<RenderWithAuthResult & { auth: () => UseAuthResult }> {
  let latest: UseAuthResult | undefined;
  const result = renderWithAuth(
    <>
      <AuthProbe
        onAuth={(auth) => {
          latest = auth;
        }}
      />
      {ui}
    </>,
    options,
  );
  const auth = () => latest as UseAuthResult;
  await waitFor(() => expect(auth().ready).toBe(true));
  await act(async () => {
    await auth().signIn();
  });
  if (auth().status === 'consenting') {
    const purposes = options.purposes ?? samplePurposes;
    await act(async () => {
      await auth().decideConsents(Object.fromEntries(purposes.map((p) => [p.id, 'granted'])));
    });
  }
  await waitFor(() => expect(auth().status).toBe('signed_in'));
  return { ...result, auth };
}

/** The sign-in button, once it is ready to take a tap. */
export async function readySignInButton(name = 'Đăng nhập bằng Zalo'): Promise<HTMLElement> {
  const button = await screen.findByRole('button', { name });
  await waitFor(() => expect(button.getAttribute('aria-busy')).toBeNull());
  return button;
}

export { samplePurposes, storyUser };
