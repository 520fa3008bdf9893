import type { Meta, StoryObj } from '@storybook/react-vite';
import { createFeedbackOutbox, type QueuedReport } from '../../core/outbox';
import { removePhotos, savePhoto } from '../../core/photos/store';
import { type FeedbackWorld, feedbackStoryMeta, settle, waitFor } from '../stories-support';
import { storyPhoto } from '../story-photos';
import { OutboxStatus } from './OutboxStatus';

/** Queues a report on the world's phone, as ReportForm would. */
async function queue(world: FeedbackWorld, n: number, options: { dropPhotos?: boolean } = {}) {
  const photo = await savePhoto(world.storage, await storyPhoto(n % 2 ? 'pothole' : 'rubbish'), {
    name: 'anh.jpg',
  });
  if (options.dropPhotos) await removePhotos(world.storage, [photo.id]); // evicted by Zalo
  const outbox = createFeedbackOutbox({
    storage: world.storage,
    service: world.service,
    getSessionToken: async () => world.sessionToken,
    system: world.platform.system,
  });
  const request: QueuedReport = {
    idempotencyKey: `story-outbox-${n}`,
    report: {
      categoryId: n % 2 ? 'ha-tang-giao-thong' : 've-sinh-moi-truong',
      description:
        n % 2
          ? 'Ổ gà lớn trước số nhà 12, xe máy dễ ngã.'
          : 'Rác không được thu gom ba ngày nay ở đầu ngõ 5.',
      location: { kind: 'device', latitude: 21.0287, longitude: 105.8524 },
      showName: false,
      publish: true,
      notify: false,
    },
    photos: [photo],
  };
  await outbox.queue(request);
  // Online, let it finish (sent, or failed for good) before the story renders.
  if (world.platform.system.getNetwork().online) {
    await outbox.whenSent(request.idempotencyKey).catch(() => undefined);
  }
  outbox.dispose();
}

const meta = {
  title: 'Phản ánh/OutboxStatus',
  component: OutboxStatus,
  ...feedbackStoryMeta,
} satisfies Meta<typeof OutboxStatus>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

/** Made offline: kept on the phone with their photos, "Đang chờ gửi". */
export const WaitingOffline: Story = {
  parameters: {
    feedback: {
      online: false,
      setup: async (world: FeedbackWorld) => {
        await queue(world, 1);
        await queue(world, 2);
      },
    },
  },
  play: ({ canvasElement }) =>
    waitFor(() => canvasElement.querySelector('.gm-outbox__item')).then(() => settle()),
};

/** Its photos were evicted before upload: why, and deleting it (after a confirmation). */
export const Failed: Story = {
  parameters: {
    feedback: { setup: (world: FeedbackWorld) => queue(world, 3, { dropPhotos: true }) },
  },
  play: async ({ canvasElement }) => {
    const remove = await waitFor(() =>
      [...canvasElement.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Xoá')),
    );
    remove.click();
    await settle();
  },
};

/** With the reports already sent (their codes). */
export const WithSent: Story = {
  args: { showSent: true },
  parameters: { feedback: { setup: (world: FeedbackWorld) => queue(world, 4) } },
  play: ({ canvasElement }) =>
    waitFor(() => canvasElement.querySelector('.gm-outbox__item')).then(() => settle()),
};
