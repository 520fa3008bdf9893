import type { Meta, StoryObj } from '@storybook/react-vite';
import { CategoryIconSvg, categoryIconNames } from './CategoryIconSvg';

const meta = {
  title: 'Phản ánh/CategoryIconSvg',
  component: CategoryIconSvg,
  args: { name: 'road' },
} satisfies Meta<typeof CategoryIconSvg>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Every icon with its name (the icons themselves are hidden from screen readers). */
export const All: Story = {
  render: () => (
    <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', listStyle: 'none', padding: 0 }}>
      {categoryIconNames.map((name) => (
        <li key={name} style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
          <CategoryIconSvg name={name} style={{ width: '2rem', height: '2rem' }} />
          <span>{name}</span>
        </li>
      ))}
    </ul>
  ),
};
