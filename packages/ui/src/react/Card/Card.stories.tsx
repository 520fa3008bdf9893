import type { Meta, StoryObj } from '@storybook/react-vite';
import { StatusTag } from '../StatusTag/StatusTag';
import { Text } from '../Text/Text';
import { Card } from './Card';

const meta = {
  title: 'Thành phần/Card',
  component: Card,
} satisfies Meta<typeof Card>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A surface with a title. */
export const Plain: Story = {
  args: {
    title: 'Lệ phí',
    children: <Text>Miễn lệ phí đăng ký khai sinh đúng hạn.</Text>,
  },
};

/** A list of dossiers: each card one link, named by its title, the whole card tappable. */
export const LinkedList: Story = {
  render: () => (
    <ul style={{ margin: 0, padding: 0, listStyle: 'none' }}>
      <Card as="li" title="Đăng ký khai sinh" href="#ho-so-1">
        <StatusTag status={5} />
        <Text variant="small" secondary>
          Nộp ngày 12/03/2025
        </Text>
      </Card>
      <Card as="li" title="Đăng ký thường trú" href="#ho-so-2">
        <StatusTag status={4} />
        <Text variant="small" secondary>
          Nộp ngày 02/03/2025
        </Text>
      </Card>
    </ul>
  ),
};
