import type { Meta, StoryObj } from '@storybook/react-vite';
import { dossierStatusCodes, StatusTag } from './StatusTag';

const meta = {
  title: 'Thành phần/StatusTag',
  component: StatusTag,
  args: { status: 4 },
} satisfies Meta<typeof StatusTag>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Processing: Story = {};

/** The 10 standard statuses, in plain words. */
export const AllStatuses: Story = {
  render: () => (
    <ul style={{ margin: 0, padding: 0, listStyle: 'none' }}>
      {dossierStatusCodes.map((code) => (
        <li key={code} style={{ marginBottom: '0.5rem' }}>
          <StatusTag status={code} />
        </li>
      ))}
    </ul>
  ),
};

/** With the long form: what happens next, what to do. */
export const WithDescription: Story = { args: { status: 5, description: true } };

/** With the official's own words. */
export const CustomDescription: Story = {
  args: { status: 3, description: 'Ảnh CCCD bị mờ. Vui lòng chụp lại và nộp hồ sơ mới.' },
};
