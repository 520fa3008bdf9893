import { createSimulatedPlatform } from '@govmini/platform';
import { GovMiniProvider } from '@govmini/ui';
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createAuthController } from '../../core/controller';
import { simulatorBackedAuthService } from '../../testing/memory-service';
import { renderWithAuth, samplePurposes, storyUser } from '../test-support';
import { AuthProvider, MissingAuthProviderError, useAuth } from './AuthProvider';

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

  it('an inline purposes array does not recreate the controller on re-render', async () => {
    const { rerender, platform } = renderWithAuth(<Status />, { purposes: [] });
    await screen.findByText('ready:signed_out:');
    rerender(<Status />);
    await waitFor(() => expect(screen.getByText('ready:signed_out:')).toBeTruthy());
    expect(platform.controls.history.filter((c) => c.api === 'getUserID').length).toBeLessThan(2);
  });
});
