import type { Meta, StoryObj } from '@storybook/react-vite';
import { authStoryMeta, settle } from '../stories-support';
import { LocationRequest } from './LocationRequest';

const meta = {
  title: 'Đăng nhập/LocationRequest',
  component: LocationRequest,
  ...authStoryMeta,
  parameters: { auth: { setup: 'signed_in' } },
  args: {
    reason: 'Vị trí để gửi phản ánh đúng nơi xảy ra sự việc.',
    onAddress: () => undefined,
  },
} satisfies Meta<typeof LocationRequest>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Explaining: Story = {
  play: () => settle(),
};

/** Refused: the address is chosen by hand instead. */
export const Refused: Story = {
  parameters: { auth: { setup: 'signed_in', simulator: { permissions: { location: 'denied' } } } },
  play: () => settle(),
};

export const Received: Story = {
  parameters: { auth: { setup: 'signed_in', simulator: { permissions: { location: 'granted' } } } },
  play: () => settle(),
};
