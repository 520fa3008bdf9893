import type { Meta, StoryObj } from '@storybook/react-vite';
import { Spinner } from './Spinner';

const meta = {
  title: 'Thành phần/Spinner',
  component: Spinner,
} satisfies Meta<typeof Spinner>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Screen readers hear "Đang tải…"; the ring stands still under reduced motion. */
export const Default: Story = {};

/** Say what is loading, visibly. */
export const WithLabel: Story = {
  args: { label: 'Đang tải danh sách hồ sơ…', showLabel: true },
};

export const Large: Story = { args: { size: 'large' } };
