import type { Meta, StoryObj } from '@storybook/react-vite';
import { Link } from './Link';

const meta = {
  title: 'Thành phần/Link',
  component: Link,
  args: { href: '#thu-tuc', children: 'thủ tục đăng ký khai sinh' },
  // A link inside a sentence, as links are read.
  render: (args) => (
    <p>
      Xem hướng dẫn về <Link {...args} /> trước khi nộp hồ sơ.
    </p>
  ),
} satisfies Meta<typeof Link>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Underlined, with a visited colour. */
export const InText: Story = {};

/** Opens a new page and says so: "(mở trang mới)" is read after the link text. */
export const External: Story = {
  args: {
    href: 'https://dichvucong.gov.vn',
    external: true,
    children: 'Cổng Dịch vụ công quốc gia',
  },
};
