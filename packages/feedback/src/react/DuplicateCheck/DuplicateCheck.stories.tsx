import type { Meta, StoryObj } from '@storybook/react-vite';
import { feedbackError } from '../../core/errors';
import type { PublicReport } from '../../core/types';
import { createMemoryFeedbackService } from '../../testing/memory-service';
import { clickText, feedbackStoryMeta, settle, storyCategories, waitFor } from '../stories-support';
import { DuplicateCheck } from './DuplicateCheck';

// A drawn photo as a data: URL (no network in stories).
const photoUrl = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96"><rect width="96" height="40" fill="#9ec9e8"/><rect y="40" width="96" height="56" fill="#6b6b6b"/><ellipse cx="48" cy="70" rx="22" ry="9" fill="#2f2a24"/></svg>',
)}`;

const report = (n: number, changes: Partial<PublicReport> = {}): PublicReport => ({
  id: `rep-${n}`,
  code: `PA-260301-000${n}`,
  categoryId: 'ha-tang-giao-thong',
  description:
    'Ổ gà lớn giữa đường trước số nhà 12 phố Đinh Tiên Hoàng, xe máy đi qua dễ ngã, nhất là buổi tối.',
  photos: [{ id: `photo-${n}`, url: photoUrl, type: 'image/svg+xml' }],
  location: {
    kind: 'device',
    latitude: 21.0287,
    longitude: 105.8524,
    address: 'Phường Hoàn Kiếm, Hà Nội',
  },
  status: 'received',
  history: [{ status: 'sent', at: '2026-03-01T08:15:00+07:00' }],
  supporters: 4,
  createdAt: '2026-03-01T08:15:00+07:00',
  ...changes,
});

const meta = {
  title: 'Phản ánh/DuplicateCheck',
  component: DuplicateCheck,
  ...feedbackStoryMeta,
  args: {
    duplicates: [
      report(1),
      report(2, {
        status: 'in_progress',
        supporters: 0,
        description: 'Mặt đường <sụt lún> gần cổng chợ, nước đọng khi mưa.',
      }),
    ],
    onSupported: () => undefined,
    onFileNew: () => undefined,
  },
} satisfies Meta<typeof DuplicateCheck>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Found: Story = {};

/** One report, no photo. */
export const WithoutPhoto: Story = { args: { duplicates: [report(3, { photos: [] })] } };

/** "Tôi cũng gặp" offline: what happened and what to do, nothing lost. */
export const SupportFailed: Story = {
  parameters: { feedback: { online: true, service: () => offlineService() } },
  play: async ({ canvasElement }) => {
    const button = [...canvasElement.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('Tôi cũng gặp'),
    );
    button?.click();
    await waitFor(() => canvasElement.querySelector('.gm-notice'));
    await settle();
  },
};

export const Filing: Story = { args: { filing: true } };

/** Checks that clicking "Không, gửi phản ánh mới" is a real button (no navigation). */
export const FileNew: Story = {
  play: async ({ canvasElement }) => {
    clickText(canvasElement, 'Không, gửi phản ánh mới', 'button');
    await settle();
  },
};

function offlineService() {
  const service = createMemoryFeedbackService({ categories: storyCategories });
  return { ...service, support: () => Promise.reject(feedbackError('offline')) };
}
