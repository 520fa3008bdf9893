import type { Meta, StoryObj } from '@storybook/react-vite';
import { Heading } from './Heading';

const meta = {
  title: 'Thành phần/Heading',
  component: Heading,
  args: { level: 1, children: 'Đăng ký khai sinh' },
} satisfies Meta<typeof Heading>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Levels 1–4 with their default sizes. */
export const Levels: Story = {
  render: () => (
    <>
      <Heading level={1}>Đăng ký khai sinh</Heading>
      <Heading level={2}>Thông tin người được khai sinh</Heading>
      <Heading level={3}>Nơi sinh</Heading>
      <Heading level={4}>Giấy tờ kèm theo</Heading>
    </>
  ),
};

/** A page's h1 kept small on a dense screen: level for the outline, size for the look. */
export const SizeApartFromLevel: Story = {
  render: () => (
    <>
      <Heading level={1} size="m">
        Hồ sơ của tôi
      </Heading>
      <Heading level={2} size="s">
        Cần bổ sung
      </Heading>
    </>
  ),
};
