import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFeedbackOutbox } from '../../core/outbox';
import { savePhoto } from '../../core/photos/store';
import type { MemoryFeedbackService } from '../../testing/memory-service';
import { type FeedbackWorld, pngFile, renderWithFeedback } from '../test-support';
import { OutboxStatus } from './OutboxStatus';

async function queueOffline(world: FeedbackWorld) {
  const photo = await savePhoto(world.storage, pngFile(), { name: 'anh.png' });
  const outbox = createFeedbackOutbox({
    storage: world.storage,
    service: world.service,
    getSessionToken: async () => world.sessionToken,
    system: world.platform.system,
  });
  await outbox.queue({
    idempotencyKey: 'fb-outbox-test-1',
    report: {
      categoryId: 'chieu-sang',
      description: 'Đèn đường <hỏng> cả dãy phố.',
      location: { kind: 'device', latitude: 21.03, longitude: 105.85 },
      showName: false,
      publish: false,
      notify: false,
    },
    photos: [photo],
  });
  outbox.dispose();
}

describe('OutboxStatus', () => {
  it('lists a report made offline as waiting, in words, with its text as typed', async () => {
    await renderWithFeedback(<OutboxStatus />, { online: false, setup: queueOffline });
    await screen.findByText('Đang chờ gửi');
    expect(screen.getByText('Đèn đường <hỏng> cả dãy phố.')).toBeTruthy();
    expect(
      screen.getByText(/Điện thoại đang mất mạng. Phản ánh đã được lưu trên máy/),
    ).toBeTruthy();
    expect(await screen.findByText('Chiếu sáng công cộng')).toBeTruthy();
  });

  it('sends when the network is back, and then lists nothing', async () => {
    const { world } = await renderWithFeedback(<OutboxStatus />, {
      online: false,
      setup: queueOffline,
    });
    await screen.findByText('Đang chờ gửi');
    act(() => world.platform.controls.update({ online: true }));
    await screen.findByText('Không có phản ánh nào đang chờ gửi.');
    expect((world.service as MemoryFeedbackService).controls.reports()).toHaveLength(1);
  });

  it('"Thử gửi lại ngay" tries at once', async () => {
    const { world } = await renderWithFeedback(<OutboxStatus showSent />, {
      online: false,
      setup: queueOffline,
    });
    await screen.findByText('Đang chờ gửi');
    // Online again but the network event was missed (a WebView asleep): the button still sends.
    world.platform.controls.update({ online: true });
    fireEvent.click(screen.getByRole('button', { name: /^Thử gửi lại ngay/ }));
    await screen.findByText(/Mã phản ánh: PA-/);
  });
});
