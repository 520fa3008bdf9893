import type { Meta, StoryObj } from '@storybook/react-vite';
import { authStoryMeta, clickText, settle } from '../stories-support';
import { ConsentSettings } from './ConsentSettings';

const meta = {
  title: 'Đăng nhập/ConsentSettings',
  component: ConsentSettings,
  ...authStoryMeta,
  parameters: { auth: { setup: 'signed_in' } },
} satisfies Meta<typeof ConsentSettings>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Everything agreed: optional purposes can be withdrawn, the required one explains why not. */
export const AllGranted: Story = {
  play: () => settle(),
};

/** The first optional purpose was withdrawn: its date shows, the button is gone. */
export const WithWithdrawn: Story = {
  parameters: { auth: { setup: 'withdrawn' } },
  play: () => settle(),
};

/** "Rút lại đồng ý" pressed: the effect is explained before anything happens. */
export const ConfirmingWithdrawal: Story = {
  play: async ({ canvasElement }) => {
    await settle();
    clickText(canvasElement, 'Rút lại đồng ý');
    await settle();
  },
};

export const NotSignedIn: Story = {
  parameters: { auth: { setup: 'signed_out' } },
};
