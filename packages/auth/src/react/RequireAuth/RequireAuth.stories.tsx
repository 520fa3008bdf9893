import { Heading, Text } from '@govmini/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { authStoryMeta } from '../stories-support';
import { RequireAuth } from './RequireAuth';

const meta = {
  title: 'Đăng nhập/RequireAuth',
  component: RequireAuth,
  ...authStoryMeta,
  args: {
    location: '/ho-so/000.00.06.H56-231027-0361',
    children: (
      <>
        <Heading level={1}>Hồ sơ 000.00.06.H56-231027-0361</Heading>
        <Text>Đang xử lý tại Trung tâm Phục vụ hành chính công.</Text>
      </>
    ),
  },
} satisfies Meta<typeof RequireAuth>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Not signed in: the sign-in screen in place of the page. */
export const SignedOut: Story = {};

/** After the tap: the consent step, still in place. */
export const Consenting: Story = {
  parameters: { auth: { setup: 'consenting' } },
};

/** Signed in: the page itself. */
export const SignedIn: Story = {
  parameters: { auth: { setup: 'signed_in' } },
};
