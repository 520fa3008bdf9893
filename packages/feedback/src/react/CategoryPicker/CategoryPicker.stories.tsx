import type { Meta, StoryObj } from '@storybook/react-vite';
import { storyCategories } from '../stories-support';
import { CategoryPicker } from './CategoryPicker';

const meta = {
  title: 'Phản ánh/CategoryPicker',
  component: CategoryPicker,
  args: { categories: storyCategories, id: 'loai-van-de' },
} satisfies Meta<typeof CategoryPicker>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Nothing chosen (no default: choosing is the citizen's). */
export const Empty: Story = {};

/** A category with a notice: the notice shows while it is chosen. */
export const ChosenWithNotice: Story = { args: { defaultValue: 'ngap-ung' } };

export const WithError: Story = { args: { error: 'Vui lòng chọn loại vấn đề cần phản ánh.' } };

/** The page's only question: the legend is its heading. */
export const AsPageHeading: Story = { args: { legendAsHeading: true } };
