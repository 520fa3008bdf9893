import { Button } from '@govmini/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { failing, loadingForever, seededId, withReports } from '../ReportDetail/sample-reports';
import { feedbackStoryMeta } from '../stories-support';
import { PublicReportDetail } from './PublicReportDetail';
import '../ReportDetail/ReportDetail.css';
import '../ReportTimeline/ReportTimeline.css';

// Annotated (not `satisfies`): the render reads the story context, whose type is internal.
const meta: Meta<typeof PublicReportDetail> = {
  title: 'Phản ánh/PublicReportDetail',
  component: PublicReportDetail,
  ...feedbackStoryMeta,
  args: { id: '', onBack: () => {} },
  parameters: withReports([{ stage: 'answered', byNeighbour: true, photos: 3, supporters: 12 }]),
  render: (args, { loaded }) => <PublicReportDetail {...args} id={seededId(loaded)} />,
};
export default meta;

type Story = StoryObj<typeof meta>;

/** The answer, twelve others affected; the reporter chose not to show a name. */
export const Answered: Story = {};

/** The reporter chose to show the name; the agency has closed it. */
export const ClosedWithName: Story = {
  parameters: withReports([{ stage: 'closed', byNeighbour: true, showName: true }]),
};

/** With the app's "Tôi cũng gặp" under the count. */
export const WithSupportAction: Story = {
  args: { supportAction: <Button variant="secondary">Tôi cũng gặp</Button> },
};

export const NotFound: Story = {
  parameters: withReports([]),
  render: (args) => <PublicReportDetail {...args} id="rep-khong-co" />,
};

export const LoadFailed: Story = {
  parameters: withReports([{ stage: 'answered', byNeighbour: true }], {
    setup: failing('offline'),
  }),
};

export const Loading: Story = {
  parameters: loadingForever(),
  render: (args) => <PublicReportDetail {...args} id="rep-loading" />,
};
