import type { Meta, StoryObj } from '@storybook/react-vite';
import { CCCDInput } from './CCCDInput';

/** Leaves the box, as the citizen would, so the check runs. */
async function leaveTheBox({ canvasElement }: { canvasElement: HTMLElement }) {
  const input = canvasElement.querySelector('input');
  input?.focus();
  input?.blur();
}

const meta = {
  title: 'Thành phần/CCCDInput',
  component: CCCDInput,
  args: { label: 'Số CCCD', hint: '12 chữ số in trên thẻ căn cước' },
} satisfies Meta<typeof CCCDInput>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const Filled: Story = {
  args: { defaultValue: '001203012345' },
};

/** Checked when the citizen leaves the box: one digit short. */
export const TooShort: Story = {
  args: { defaultValue: '00120301234' },
  play: leaveTheBox,
};

export const OldCmnd: Story = {
  args: { defaultValue: '123 456 789' },
  play: leaveTheBox,
};

/** An error from the form (e.g. from the server) wins over the check. */
export const FormError: Story = {
  args: { defaultValue: '001203012345', error: 'Số CCCD này đã có hồ sơ đang xử lý' },
};

export const Disabled: Story = {
  args: { defaultValue: '001203012345', disabled: true },
};
