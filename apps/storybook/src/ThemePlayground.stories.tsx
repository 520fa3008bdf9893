// The theme playground as a story too: it runs inside the global decorator, so the pipeline
// (Vite aliases, shared preview, a11y addon) is exercised even before any component lands.

import { themes } from '@govmini/ui/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { ThemePlayground } from './ThemePlayground';

const meta = {
  title: 'Tài liệu/Thử chủ đề màu',
  component: ThemePlayground,
} satisfies Meta<typeof ThemePlayground>;
export default meta;

type Story = StoryObj<typeof meta>;

export const TinhMau: Story = {};
export const DaNang: Story = { args: { initial: themes.daNang } };
