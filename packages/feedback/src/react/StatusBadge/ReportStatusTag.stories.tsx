import type { Meta, StoryObj } from '@storybook/react-vite';
import { REPORT_STATUSES } from '../../core/status';
import { ReportStatusTag } from './ReportStatusTag';

const meta = {
  title: 'Phản ánh/ReportStatusTag',
  component: ReportStatusTag,
  args: { status: 'answered' },
} satisfies Meta<typeof ReportStatusTag>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Every status in plain words. */
export const AllStatuses: Story = {
  render: () => (
    <ul className="gm-report-list">
      {REPORT_STATUSES.map((status) => (
        <li key={status} style={{ marginBottom: '0.5rem' }}>
          <ReportStatusTag status={status} />
        </li>
      ))}
    </ul>
  ),
};

/** With the "what happens now" line under each tag. */
export const WithNextStep: Story = {
  render: () => (
    <ul className="gm-report-list">
      {REPORT_STATUSES.map((status) => (
        <li key={status} style={{ marginBottom: '1rem' }}>
          <ReportStatusTag status={status} description />
        </li>
      ))}
    </ul>
  ),
};

/** With a line of the screen's own. */
export const CustomDescription: Story = {
  args: {
    status: 'in_progress',
    description:
      'Phản ánh đã được mở lại vì vấn đề chưa được giải quyết. Đơn vị phụ trách đang xử lý tiếp.',
  },
};
