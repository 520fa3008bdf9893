import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextSizeControl } from './TextSizeControl';

const meta = {
  title: 'Thành phần/TextSizeControl',
  component: TextSizeControl,
} satisfies Meta<typeof TextSizeControl>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Text size and high contrast; the choice is saved through platform storage. */
export const Default: Story = {};

/** Text size only (contrast offered elsewhere). */
export const TextSizeOnly: Story = { args: { contrast: false } };
