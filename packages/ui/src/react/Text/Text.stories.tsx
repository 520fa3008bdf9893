import type { Meta, StoryObj } from '@storybook/react-vite';
import { Text } from './Text';

const meta = {
  title: 'Thành phần/Text',
  component: Text,
  args: { children: 'Hồ sơ được giải quyết trong 5 ngày làm việc kể từ ngày tiếp nhận.' },
} satisfies Meta<typeof Text>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Body: Story = {};

/** The first paragraph of a page, a little larger. */
export const Lead: Story = {
  args: {
    variant: 'lead',
    children: 'Đăng ký khai sinh cho trẻ dưới 60 ngày tuổi, không mất lệ phí.',
  },
};

/** Metadata: small and secondary, never smaller than 16 px. */
export const SmallSecondary: Story = {
  args: {
    variant: 'small',
    secondary: true,
    children: 'Ngày nộp: 12/03/2025 · Mã hồ sơ: 000.00.06.H56-250312-0042',
  },
};
