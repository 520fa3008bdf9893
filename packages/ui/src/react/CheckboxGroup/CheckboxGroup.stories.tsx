import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextInput } from '../TextInput';
import { Checkbox, CheckboxGroup } from './CheckboxGroup';

const meta = {
  title: 'Thành phần/CheckboxGroup',
  component: CheckboxGroup,
  args: {
    label: 'Giấy tờ đã có',
    hint: 'Chọn tất cả mục phù hợp',
    children: (
      <>
        <Checkbox value="cccd" label="Căn cước" />
        <Checkbox value="khai-sinh" label="Giấy khai sinh" />
        <Checkbox value="cu-tru" label="Giấy xác nhận thông tin cư trú" />
      </>
    ),
  },
} satisfies Meta<typeof CheckboxGroup>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const Filled: Story = {
  args: { defaultValue: ['cccd', 'cu-tru'] },
};

export const WithError: Story = {
  args: { error: 'Vui lòng chọn ít nhất một loại giấy tờ' },
};

export const WithConditional: Story = {
  args: {
    defaultValue: ['khac'],
    children: (
      <>
        <Checkbox value="cccd" label="Căn cước" />
        <Checkbox
          value="khac"
          label="Giấy tờ khác"
          conditional={<TextInput label="Tên giấy tờ" />}
        />
      </>
    ),
  },
};

export const Disabled: Story = {
  args: { defaultValue: ['cccd'], disabled: true },
};

/** One checkbox on its own: a declaration before sending. */
export const SingleCheckbox: Story = {
  render: () => (
    <Checkbox
      name="cam-doan"
      label="Tôi cam đoan những thông tin trên là đúng sự thật"
      hint="Khai sai có thể bị xử lý theo quy định"
    />
  ),
};

export const SingleCheckboxWithError: Story = {
  render: () => (
    <Checkbox
      name="cam-doan"
      label="Tôi cam đoan những thông tin trên là đúng sự thật"
      error="Vui lòng đánh dấu vào ô cam đoan để nộp hồ sơ"
    />
  ),
};
