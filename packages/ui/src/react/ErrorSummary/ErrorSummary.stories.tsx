import type { Meta, StoryObj } from '@storybook/react-vite';
import { CCCDInput } from '../CCCDInput';
import { DateInput } from '../DateInput';
import { Radio, RadioGroup } from '../RadioGroup';
import { TextInput } from '../TextInput';
import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary';

const meta = {
  title: 'Thành phần/ErrorSummary',
  component: ErrorSummary,
  args: { errors: [] },
} satisfies Meta<typeof ErrorSummary>;
export default meta;

type Story = StoryObj<typeof meta>;

const allErrors: ErrorSummaryItem[] = [
  { fieldId: 'es-ho-ten', message: 'Vui lòng nhập họ và tên' },
  { fieldId: 'es-cccd', message: 'Số CCCD phải có đủ 12 chữ số, số vừa nhập có 11' },
  { fieldId: 'es-ngay-sinh', message: 'Vui lòng nhập năm sinh' },
  { fieldId: 'es-gioi-tinh', message: 'Vui lòng chọn giới tính' },
];

/** The summary above the form, each error linking to its field. */
function Form({ errors }: { errors: ErrorSummaryItem[] }) {
  const error = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <>
      <ErrorSummary errors={errors} />
      <TextInput id="es-ho-ten" label="Họ và tên" autoComplete="name" error={error('es-ho-ten')} />
      <CCCDInput
        id="es-cccd"
        label="Số CCCD"
        defaultValue="001 203 012 34"
        error={error('es-cccd')}
      />
      <DateInput
        id="es-ngay-sinh"
        label="Ngày sinh"
        defaultValue={{ day: '27', month: '3', year: '' }}
        error={error('es-ngay-sinh')}
        errorFields={['year']}
      />
      <RadioGroup id="es-gioi-tinh" label="Giới tính" error={error('es-gioi-tinh')}>
        <Radio value="nam" label="Nam" />
        <Radio value="nu" label="Nữ" />
      </RadioGroup>
    </>
  );
}

export const WithErrors: Story = {
  render: () => <Form errors={allErrors} />,
};

export const OneError: Story = {
  render: () => <Form errors={allErrors.slice(3)} />,
};

/** No errors: nothing is shown. */
export const NoErrors: Story = {
  render: () => <Form errors={[]} />,
};

export const WithDescription: Story = {
  args: {
    errors: [{ fieldId: 'es-dia-chi', message: 'Vui lòng nhập địa chỉ nhận kết quả' }],
    description: 'Hồ sơ chưa gửi được. Vui lòng sửa mục dưới đây rồi bấm Gửi lại.',
  },
  render: (args) => (
    <>
      <ErrorSummary {...args} />
      <TextInput
        id="es-dia-chi"
        label="Địa chỉ nhận kết quả"
        autoComplete="street-address"
        error="Vui lòng nhập địa chỉ nhận kết quả"
      />
    </>
  ),
};
