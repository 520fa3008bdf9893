import type { Meta, StoryObj } from '@storybook/react-vite';
import { authError } from '../../core/errors';
import { type AuthStoryParameters, authStoryMeta, storyUser } from '../stories-support';
import { SignInScreen } from './SignInScreen';

const meta = {
  title: 'Đăng nhập/SignInScreen',
  component: SignInScreen,
  ...authStoryMeta,
} satisfies Meta<typeof SignInScreen>;
export default meta;

type Story = StoryObj<typeof meta>;
const auth = (parameters: AuthStoryParameters) => ({ auth: parameters });

export const SignedOut: Story = {};

/** After the tap, while Zalo and the province's backend answer. */
export const SigningIn: Story = {
  parameters: auth({ pin: { status: 'signing_in' } }),
};

export const ErrorOffline: Story = {
  parameters: auth({ pin: { status: 'error', error: authError('offline') } }),
};

export const ErrorZaloRefused: Story = {
  parameters: auth({ pin: { status: 'error', error: authError('zalo_refused') } }),
};

export const Expired: Story = {
  parameters: auth({
    pin: { status: 'expired', profile: { zaloId: storyUser.id, name: storyUser.name } },
  }),
};

export const English: Story = {
  globals: { locale: 'en' },
};
