import type { Meta, StoryObj } from '@storybook/react-vite';
import { clickText, feedbackStoryMeta, settle, waitFor } from '../stories-support';
import { ReportDetail } from './ReportDetail';
import {
  failing,
  loadingForever,
  type SampleReport,
  seededId,
  seededToday,
  withReports,
} from './sample-reports';
import './ReportDetail.css';
import '../ReportTimeline/ReportTimeline.css';

// Annotated (not `satisfies`): the render reads the story context, whose type is internal.
const meta: Meta<typeof ReportDetail> = {
  title: 'Phản ánh/ReportDetail',
  component: ReportDetail,
  ...feedbackStoryMeta,
  args: { id: '', onBack: () => {} },
  render: (args, { loaded }) => (
    <ReportDetail {...args} id={seededId(loaded)} today={seededToday(loaded)} />
  ),
};
export default meta;

type Story = StoryObj<typeof meta>;

const at = (report: SampleReport): Story => ({ parameters: withReports([report]) });

/** Just sent: waiting for the agency to receive it. */
export const Sent: Story = at({ stage: 'sent', photos: 3 });
/** Received: the answer date is set, with the working days left. */
export const Received: Story = at({ stage: 'received', photos: 2, supporters: 2 });
export const InProgress: Story = at({ stage: 'in_progress' });
/** Answered: the answer, then "Đã được giải quyết chưa?" and the rating. */
export const Answered: Story = at({ stage: 'answered', photos: 2, supporters: 4 });
/** Rated: the given rating instead of the form. */
export const Rated: Story = at({ stage: 'rated' });
/** "Chưa giải quyết" reopened it: back to "Đang xử lý", the reason kept in the history. */
export const Reopened: Story = at({ stage: 'reopened' });
/** Answered again after reopening: the question is asked again. */
export const AnsweredAgain: Story = at({ stage: 'reanswered' });
/** Not accepted, with the agency's reason. */
export const Rejected: Story = at({ stage: 'rejected' });
export const Closed: Story = at({ stage: 'closed' });
/** Joined with "Tôi cũng gặp": the answer, no rating or question (those are the reporter's). */
export const Joined: Story = at({ stage: 'answered', joined: true, supporters: 6 });

/** A description typed with HTML in it is shown as the text it is. */
export const HtmlInDescription: Story = at({
  stage: 'received',
  description: 'Đèn đường hỏng <img src=x onerror=alert(1)> <b>đã 3 tuần</b>\nNgõ 12 tối om.',
  categoryId: 'chieu-sang',
});

export const Loading: Story = {
  parameters: loadingForever(),
  render: (args) => <ReportDetail {...args} id="rep-loading" />,
};

/** Someone else's report reads exactly like an unknown one. */
export const NotFound: Story = {
  parameters: withReports([]),
  render: (args) => <ReportDetail {...args} id="rep-khong-co" />,
};

export const LoadFailed: Story = {
  parameters: withReports([{ stage: 'in_progress' }], { setup: failing('timeout') }),
};

/** After "Chưa giải quyết": reopened, focus on the reply. */
export const JustReopened: Story = {
  ...at({ stage: 'answered' }),
  play: async ({ canvasElement }) => {
    await waitFor(() => canvasElement.querySelector('input[type="radio"]'));
    clickText(canvasElement, 'Chưa giải quyết');
    await settle();
    clickText(canvasElement, 'Gửi và mở lại phản ánh');
    await waitFor(() => canvasElement.querySelector('.gm-resolved .gm-notice'));
    await settle();
  },
};
