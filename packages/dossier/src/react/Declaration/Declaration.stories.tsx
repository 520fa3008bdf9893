import type { Meta, StoryObj } from '@storybook/react-vite';
import { birthRegistration } from '../../examples/index';
import { clickText, dossierStoryMeta, settle } from '../stories-support';
import { Declaration } from './Declaration';

const meta = {
  title: 'Hồ sơ/Declaration',
  component: Declaration,
  ...dossierStoryMeta,
  args: { procedure: birthRegistration, onSubmit: () => undefined, onBack: () => undefined },
} satisfies Meta<typeof Declaration>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** "Gửi hồ sơ" without ticking the box. */
export const NotTicked: Story = {
  play: async ({ canvasElement }) => {
    clickText(canvasElement, 'Gửi hồ sơ', 'button');
    await settle();
  },
};

/** Sending: the button says so and ignores further taps. */
export const Sending: Story = { args: { submitting: true } };

export const SessionExpired: Story = { args: { failure: 'unauthenticated' } };

export const Failed: Story = { args: { failure: 'other' } };
