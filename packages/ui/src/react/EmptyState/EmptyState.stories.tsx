import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from '../Button/Button';
import { Text } from '../Text/Text';
import { EmptyState } from './EmptyState';

const meta = {
  title: 'Thành phần/EmptyState',
  component: EmptyState,
  args: { title: 'Chưa có hồ sơ nào' },
} satisfies Meta<typeof EmptyState>;
export default meta;
type Story = StoryObj<typeof meta>;

const folder = (
  <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5">
    <path d="M3 6.5h6l2 2h10v10.5H3Z" />
  </svg>
);

/** First visit: what will appear here, and the way to start. */
export const NoDossiers: Story = {
  args: {
    illustration: folder,
    children: <Text>Hồ sơ đã nộp sẽ hiện ở đây, kèm tình trạng xử lý.</Text>,
    action: <Button>Nộp hồ sơ mới</Button>,
  },
};

/** A search found nothing: what to try instead, no action. */
export const NoResults: Story = {
  args: {
    title: 'Không tìm thấy thủ tục phù hợp',
    children: <Text>Vui lòng thử từ khoá ngắn hơn, ví dụ "khai sinh".</Text>,
  },
};
