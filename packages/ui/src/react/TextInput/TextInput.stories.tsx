import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextInput } from './TextInput';

const meta = {
  title: 'Thành phần/TextInput',
  component: TextInput,
  args: { label: 'Họ và tên', autoComplete: 'name' },
} satisfies Meta<typeof TextInput>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const WithHint: Story = {
  args: { hint: 'Ghi đúng như trên thẻ căn cước, có dấu' },
};

export const Filled: Story = {
  args: { defaultValue: 'Nguyễn Thị Hồng Nhung' },
};

export const WithError: Story = {
  args: {
    hint: 'Ghi đúng như trên thẻ căn cước, có dấu',
    error: 'Vui lòng nhập họ và tên',
  },
};

export const Optional: Story = {
  args: { label: 'Email', type: 'email', autoComplete: 'email', optional: true },
};

export const Disabled: Story = {
  args: {
    label: 'Nơi thường trú',
    defaultValue: 'Phường Thuận Hóa, Thành phố Huế',
    disabled: true,
  },
};

/** A box sized to the answer says what is expected. */
export const Widths: Story = {
  render: () => (
    <>
      <TextInput label="Mã số thuế" maxWidth="md" inputMode="numeric" />
      <TextInput label="Số nhà, tên đường" maxWidth="lg" autoComplete="street-address" />
      <TextInput
        label="Mã bưu chính"
        maxWidth="sm"
        inputMode="numeric"
        autoComplete="postal-code"
      />
    </>
  ),
};
