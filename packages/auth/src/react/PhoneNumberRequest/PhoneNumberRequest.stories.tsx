import type { Meta, StoryObj } from '@storybook/react-vite';
import { authStoryMeta, settle } from '../stories-support';
import { PhoneNumberRequest } from './PhoneNumberRequest';

const meta = {
  title: 'Đăng nhập/PhoneNumberRequest',
  component: PhoneNumberRequest,
  ...authStoryMeta,
  parameters: { auth: { setup: 'signed_in' } },
  args: {
    reason: 'Số điện thoại để cán bộ gọi lại khi hồ sơ cần bổ sung giấy tờ.',
    onTyped: () => undefined,
  },
} satisfies Meta<typeof PhoneNumberRequest>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Zalo is about to ask: first the service says why, and waits for "Tiếp tục". */
export const Explaining: Story = {
  play: () => settle(),
};

/** The citizen refused before (Zalo remembers): typing the number instead. */
export const Refused: Story = {
  parameters: {
    auth: { setup: 'signed_in', simulator: { permissions: { phoneNumber: 'denied' } } },
  },
  play: () => settle(),
};

/** Allowed, but Zalo failed: typing the number, with "Thử lại với Zalo". */
export const ZaloFailed: Story = {
  parameters: {
    auth: {
      setup: 'signed_in',
      simulator: { permissions: { phoneNumber: 'granted' }, failures: { getPhoneNumber: -1500 } },
    },
  },
  play: () => settle(),
};

/** An old 11-digit number typed: PhoneInput asks whether the new number is meant. */
export const TypingOldPrefix: Story = {
  parameters: {
    auth: { setup: 'signed_in', simulator: { permissions: { phoneNumber: 'denied' } } },
  },
  play: async ({ canvasElement }) => {
    await settle();
    const input = canvasElement.querySelector<HTMLInputElement>('input[type=tel]');
    if (!input) throw new Error('no phone input');
    // React's own value setter, so its onChange sees the typing.
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setValue?.call(input, '01691234567');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.focus();
    input.blur();
    await settle();
  },
};

/** Zalo had already been allowed: the number came through the backend's exchange. */
export const Received: Story = {
  parameters: {
    auth: { setup: 'signed_in', simulator: { permissions: { phoneNumber: 'granted' } } },
  },
  play: () => settle(),
};
