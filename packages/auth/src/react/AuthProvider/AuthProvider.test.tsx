import { createSimulatedPlatform } from '@govmini/platform';
import { GovMiniProvider } from '@govmini/ui';
import { act, render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createAuthController } from '../../core/controller';
import { simulatorBackedAuthService } from '../../testing/memory-service';
import {
  AuthProbe,
  renderSignedIn,
  renderWithAuth,
  samplePurposes,
  storyUser,
} from '../test-support';
import {
  AuthProvider,
  MissingAuthProviderError,
  type UseAuthResult,
  useAuth,
} from './AuthProvider';

function Status() {
  const { status, ready, profile } = useAuth();
  return <output>{`${ready ? 'ready' : 'starting'}:${status}:${profile?.name ?? ''}`}</output>;
}

describe('AuthProvider and useAuth', () => {
  it('useAuth outside the provider is a clear developer error', () => {
    const platform = createSimulatedPlatform();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() =>
      render(
        <GovMiniProvider platform={platform} applyTo="none">
          <Status />
        </GovMiniProvider>,
      ),
    ).toThrow(MissingAuthProviderError);
    expect(new MissingAuthProviderError('useAuth()').message).toContain('inside <AuthProvider>');
    spy.mockRestore();
  });

  it('creates the controller from { platform, service, purposes } and follows its state', async () => {
    renderWithAuth(<Status />, { purposes: [] });
    await screen.findByText('ready:signed_out:');
  });

  it('takes a controller the app owns, starts it, and does not dispose of it', async () => {
    const platform = createSimulatedPlatform({ user: storyUser });
    const controller = createAuthController({
      platform,
      service: simulatorBackedAuthService(platform),
      purposes: [],
    });
    const dispose = vi.spyOn(controller, 'dispose');
    const { unmount } = render(
      <GovMiniProvider platform={platform} applyTo="none">
        <AuthProvider controller={controller} purposes={samplePurposes}>
          <Status />
        </AuthProvider>
      </GovMiniProvider>,
    );
    await screen.findByText('ready:signed_out:');
    await act(async () => {
      await controller.signIn();
    });
    await screen.findByText(`ready:signed_in:${storyUser.name}`);
    unmount();
    expect(dispose).not.toHaveBeenCalled();
  });

  it('under StrictMode, its own controller restores a stored session, and is disposed of on unmount', async () => {
    const first = await renderSignedIn(<Status />);
    first.unmount();
    // The app is reopened: StrictMode mounts, unmounts and mounts the provider again.
    let latest: UseAuthResult | undefined;
    const { unmount } = render(
      <StrictMode>
        <GovMiniProvider platform={first.platform} applyTo="none">
          <AuthProvider platform={first.platform} service={first.service} purposes={samplePurposes}>
            <AuthProbe
              onAuth={(auth) => {
                latest = auth;
              }}
            />
            <Status />
          </AuthProvider>
        </GovMiniProvider>
      </StrictMode>,
    );
    await screen.findByText(`ready:signed_in:${storyUser.name}`);
    const controller = (latest as UseAuthResult).controller;
    // Still live: it is followed, and its actions work.
    await act(async () => {
      await controller.signOut();
    });
    await screen.findByText('ready:signed_out:');
    const dispose = vi.spyOn(controller, 'dispose');
    unmount();
    await waitFor(() => expect(dispose).toHaveBeenCalledOnce());
  });

  it('an inline purposes array does not recreate the controller on re-render', async () => {
    const { rerender, platform } = renderWithAuth(<Status />, { purposes: [] });
    await screen.findByText('ready:signed_out:');
    rerender(<Status />);
    await waitFor(() => expect(screen.getByText('ready:signed_out:')).toBeTruthy());
    expect(platform.controls.history.filter((c) => c.api === 'getUserID').length).toBeLessThan(2);
  });
});
