import type { Meta, StoryObj } from '@storybook/react-vite';
import { DateInput } from './DateInput';

const meta = {
  title: 'Thành phần/DateInput',
  component: DateInput,
  args: { label: 'Ngày sinh', birthday: true },
} satisfies Meta<typeof DateInput>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const Filled: Story = {
  args: { defaultValue: { day: '27', month: '3', year: '1958' } },
};

/** Only the wrong box is marked. */
export const WrongDay: Story = {
  args: {
    defaultValue: { day: '31', month: '2', year: '1958' },
    error: 'Không có ngày 31 tháng 2 năm 1958 trên lịch. Vui lòng kiểm tra lại ngày và tháng.',
    errorFields: ['day'],
  },
};

export const MissingYear: Story = {
  args: {
    defaultValue: { day: '27', month: '3', year: '' },
    error: 'Vui lòng nhập năm.',
    errorFields: ['year'],
  },
};

export const OwnHint: Story = {
  args: {
    label: 'Ngày cấp căn cước',
    birthday: false,
    hint: 'In ở mặt sau thẻ, ví dụ: 15 8 2021',
  },
};

export const Disabled: Story = {
  args: { defaultValue: { day: '5', month: '1', year: '1960' }, disabled: true },
};

export const AsPageHeading: Story = {
  args: { label: 'Ngày sinh của người được khai', legendAsHeading: true },
};
