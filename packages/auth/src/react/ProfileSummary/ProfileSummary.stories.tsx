import type { Meta, StoryObj } from '@storybook/react-vite';
import { authStoryMeta } from '../stories-support';
import { ProfileSummary } from './ProfileSummary';

const meta = {
  title: 'Đăng nhập/ProfileSummary',
  component: ProfileSummary,
  ...authStoryMeta,
  parameters: { auth: { setup: 'signed_in' } },
} satisfies Meta<typeof ProfileSummary>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Phone and CCCD masked: `09•• ••• 678`, `001••••••345`. */
export const WithPhoneAndCccd: Story = {
  args: {
    profile: { zaloId: 'story-user', name: 'Nguyễn Văn Mẫu', phone: '+84912345678' },
    cccd: '001203012345',
  },
};

/** Straight after sign-in: no phone number yet. */
export const SignedIn: Story = {};

export const NotSignedIn: Story = {
  parameters: { auth: { setup: 'signed_out' } },
};
