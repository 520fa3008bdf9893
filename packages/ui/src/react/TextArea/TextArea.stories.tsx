import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextArea } from './TextArea';

const meta = {
  title: 'Thành phần/TextArea',
  component: TextArea,
  args: {
    label: 'Nội dung phản ánh',
    hint: 'Mô tả sự việc: ở đâu, từ khi nào, ảnh hưởng thế nào',
  },
} satisfies Meta<typeof TextArea>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const WithCount: Story = {
  args: { maxLength: 500 },
};

export const Filled: Story = {
  args: {
    maxLength: 500,
    defaultValue:
      'Đèn đường trước nhà số 12 đường Lê Lợi bị hỏng đã hai tuần, buổi tối rất tối, người già đi lại khó khăn.',
  },
};

/** Over the limit: the text stays, the count says by how much. */
export const OverLimit: Story = {
  args: {
    maxLength: 60,
    defaultValue:
      'Đèn đường trước nhà số 12 đường Lê Lợi bị hỏng đã hai tuần, buổi tối rất tối, người già đi lại khó khăn.',
  },
};

export const WithError: Story = {
  args: { maxLength: 500, error: 'Vui lòng nhập nội dung phản ánh' },
};

export const Disabled: Story = {
  args: { defaultValue: 'Hồ sơ đã nộp, không sửa được nữa.', disabled: true },
};
