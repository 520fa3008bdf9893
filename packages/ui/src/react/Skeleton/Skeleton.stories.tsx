import type { Meta, StoryObj } from '@storybook/react-vite';
import { Skeleton, SkeletonGroup } from './Skeleton';

const meta = {
  title: 'Thành phần/Skeleton',
  component: Skeleton,
} satisfies Meta<typeof Skeleton>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A paragraph on its way; says "Đang tải…" by itself. */
export const Text: Story = { args: { lines: 3 } };

/** A list of dossiers loading: one "Đang tải danh sách hồ sơ…" for all the shapes. */
export const Group: Story = {
  render: () => (
    <SkeletonGroup label="Đang tải danh sách hồ sơ…">
      {[1, 2, 3].map((n) => (
        <div key={n} style={{ display: 'flex', gap: '0.75rem' }}>
          <Skeleton shape="circle" />
          <div style={{ flex: 1 }}>
            <Skeleton shape="heading" />
            <Skeleton lines={2} />
          </div>
        </div>
      ))}
    </SkeletonGroup>
  ),
};

/** An image or a card. */
export const Block: Story = { args: { shape: 'block', height: '8rem' } };
