import type { Meta, StoryObj } from '@storybook/react-vite';
import { Select } from './Select';

const provinces = (
  <>
    <option value="">Chọn tỉnh, thành phố</option>
    <option value="46">Thành phố Huế</option>
    <option value="48">Thành phố Đà Nẵng</option>
    <option value="72">Tây Ninh</option>
    <option value="19">Thái Nguyên</option>
  </>
);

const meta = {
  title: 'Thành phần/Select',
  component: Select,
  args: { label: 'Tỉnh, thành phố', children: provinces },
} satisfies Meta<typeof Select>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const WithHint: Story = {
  args: { hint: 'Nơi thường trú ghi trên căn cước' },
};

export const Filled: Story = {
  args: { defaultValue: '46' },
};

export const WithError: Story = {
  args: { error: 'Vui lòng chọn tỉnh, thành phố nơi thường trú' },
};

export const Disabled: Story = {
  args: { defaultValue: '72', disabled: true },
};
