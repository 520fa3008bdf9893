import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextInput } from '../TextInput';
import { Radio, RadioGroup } from './RadioGroup';

const meta = {
  title: 'Thành phần/RadioGroup',
  component: RadioGroup,
  args: {
    label: 'Giới tính',
    children: (
      <>
        <Radio value="nam" label="Nam" />
        <Radio value="nu" label="Nữ" />
      </>
    ),
  },
} satisfies Meta<typeof RadioGroup>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const Filled: Story = {
  args: { defaultValue: 'nu' },
};

export const WithError: Story = {
  args: { error: 'Vui lòng chọn giới tính' },
};

export const Inline: Story = {
  args: {
    label: 'Đã từng cấp căn cước chưa?',
    inline: true,
    children: (
      <>
        <Radio value="co" label="Có" />
        <Radio value="khong" label="Chưa" />
      </>
    ),
  },
};

/** Hints per option, and a field that only one answer needs. */
export const WithHintsAndConditional: Story = {
  args: {
    label: 'Nhận kết quả bằng cách nào?',
    hint: 'Chọn một cách',
    defaultValue: 'buu-dien',
    children: (
      <>
        <Radio
          value="truc-tiep"
          label="Nhận tại bộ phận một cửa"
          hint="Mang theo căn cước khi đến nhận"
        />
        <Radio
          value="buu-dien"
          label="Gửi qua bưu điện"
          hint="Mất thêm 2 đến 3 ngày"
          conditional={<TextInput label="Địa chỉ nhận" autoComplete="street-address" />}
        />
      </>
    ),
  },
};

export const Disabled: Story = {
  args: { defaultValue: 'nam', disabled: true },
};

export const AsPageHeading: Story = {
  args: {
    label: 'Nộp hồ sơ cho ai?',
    legendAsHeading: true,
    children: (
      <>
        <Radio value="ban-than" label="Cho bản thân" />
        <Radio value="nguoi-khac" label="Cho người khác (con, cha mẹ, người được ủy quyền)" />
      </>
    ),
  },
};
