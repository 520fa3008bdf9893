import { createSimulatedPlatform } from '@govmini/platform';
import { GovMiniProvider } from '@govmini/ui';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFeedbackOutbox } from '../../core/outbox';
import { savePhoto } from '../../core/photos/store';
import type { MemoryFeedbackService } from '../../testing/memory-service';
import { createFeedbackWorld, pngFile, renderWithFeedback, storyUser } from '../test-support';
import { MissingFeedbackProviderError, useFeedback } from './context';

function Probe() {
  const { userId, platform } = useFeedback('Probe');
  return <p>{`${userId ?? 'none'} ${platform.kind}`}</p>;
}

describe('FeedbackProvider', () => {
  it('gives screens the backend, the outbox and the signed-in citizen', async () => {
    await renderWithFeedback(<Probe />);
    expect(screen.getByText(`${storyUser.id} simulated`)).toBeTruthy();
  });

  it('says what is missing when a screen is outside it', () => {
    const platform = createSimulatedPlatform();
    expect(() =>
      render(
        <GovMiniProvider platform={platform} applyTo="none">
          <Probe />
        </GovMiniProvider>,
      ),
    ).toThrow(MissingFeedbackProviderError);
  });

  it('sends what an earlier run left in the outbox as soon as it mounts', async () => {
    const world = await createFeedbackWorld({
      online: false,
      setup: async (w) => {
        const photo = await savePhoto(w.storage, pngFile(), { name: 'anh.png' });
        const outbox = createFeedbackOutbox({
          storage: w.storage,
          service: w.service,
          getSessionToken: async () => w.sessionToken,
          system: w.platform.system,
        });
        await outbox.queue({
          idempotencyKey: 'fb-left-over-000001',
          report: {
            categoryId: 've-sinh-moi-truong',
            description: 'Rác chưa được thu gom.',
            location: { kind: 'device', latitude: 21.03, longitude: 105.85 },
            showName: false,
            publish: true,
            notify: false,
          },
          photos: [photo],
        });
        outbox.dispose(); // the app was killed
      },
    });
    world.platform.controls.update({ online: true });
    await renderWithFeedback(<Probe />, { world });
    await waitFor(() =>
      expect((world.service as MemoryFeedbackService).controls.reports()).toHaveLength(1),
    );
  });
});
