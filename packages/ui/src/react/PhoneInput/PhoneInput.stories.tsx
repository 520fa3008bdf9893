import type { Meta, StoryObj } from '@storybook/react-vite';
import { PhoneInput } from './PhoneInput';

/** Leaves the box, as the citizen would, so the check runs. */
async function leaveTheBox({ canvasElement }: { canvasElement: HTMLElement }) {
  const input = canvasElement.querySelector('input');
  input?.focus();
  input?.blur();
}

const meta = {
  title: 'Thành phần/PhoneInput',
  component: PhoneInput,
  args: { label: 'Số điện thoại', hint: 'Để cán bộ gọi lại khi cần bổ sung hồ sơ' },
} satisfies Meta<typeof PhoneInput>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const Filled: Story = {
  args: { defaultValue: '0912345678' },
};

export const Landline: Story = {
  args: { label: 'Số máy bàn', hint: undefined, defaultValue: '02431234567' },
};

/** An old 11-digit mobile number: asked as a question, with a button to use the new one. */
export const OldPrefix: Story = {
  args: { defaultValue: '0169 123 4567' },
  play: leaveTheBox,
};

export const TooShort: Story = {
  args: { defaultValue: '0912 345' },
  play: leaveTheBox,
};

export const Optional: Story = {
  args: { optional: true },
};

export const Disabled: Story = {
  args: { defaultValue: '0912345678', disabled: true },
};
