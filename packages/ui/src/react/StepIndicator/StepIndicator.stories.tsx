import type { Meta, StoryObj } from '@storybook/react-vite';
import { StepIndicator } from './StepIndicator';

const steps = [
  'Chọn thủ tục',
  'Thông tin người nộp',
  'Giấy tờ đính kèm',
  'Kiểm tra lại thông tin',
  'Nộp hồ sơ',
];

const meta = {
  title: 'Thành phần/StepIndicator',
  component: StepIndicator,
  args: { current: 2, steps },
} satisfies Meta<typeof StepIndicator>;
export default meta;
type Story = StoryObj<typeof meta>;

/** "Bước 2 trên 5: Thông tin người nộp" — the text alone. */
export const Text: Story = {};

export const WithProgressBar: Story = { args: { showProgress: true } };

/** Every step in order; the current one is marked `aria-current="step"`. */
export const List: Story = { args: { current: 3, variant: 'list' } };

export const FirstStep: Story = { args: { current: 1, showProgress: true } };

export const LastStep: Story = { args: { current: 5, variant: 'list', showProgress: true } };

/** Only a count and a title, without the list of names. */
export const CountOnly: Story = {
  args: { steps: undefined, total: 4, current: 3, title: 'Ảnh chụp giấy tờ' },
};
