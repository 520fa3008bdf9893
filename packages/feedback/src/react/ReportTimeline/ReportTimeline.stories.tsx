import type { Meta, StoryObj } from '@storybook/react-vite';
import { AnswerDue } from './AnswerDue';
import { ReportTimeline } from './ReportTimeline';

const meta = {
  title: 'Phản ánh/ReportTimeline',
  component: ReportTimeline,
  args: {
    history: [
      { status: 'sent', at: '2026-11-16T08:30:00+07:00' },
      { status: 'received', at: '2026-11-16T09:30:00+07:00' },
      { status: 'in_progress', at: '2026-11-17T09:30:00+07:00' },
      { status: 'answered', at: '2026-11-19T09:30:00+07:00' },
    ],
  },
} satisfies Meta<typeof ReportTimeline>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Answered: four steps, the last one current. */
export const Answered: Story = {};

/** Reopened by "Chưa giải quyết", then answered again and closed. */
export const Reopened: Story = {
  args: {
    history: [
      { status: 'sent', at: '2026-11-16T08:30:00+07:00' },
      { status: 'received', at: '2026-11-16T09:30:00+07:00' },
      { status: 'in_progress', at: '2026-11-17T09:30:00+07:00' },
      { status: 'answered', at: '2026-11-19T09:30:00+07:00' },
      { status: 'in_progress', at: '2026-11-19T15:00:00+07:00', reopened: true },
      { status: 'answered', at: '2026-11-20T15:00:00+07:00' },
      {
        status: 'closed',
        at: '2026-11-21T08:00:00+07:00',
        note: 'Người phản ánh xác nhận vấn đề đã được giải quyết.',
      },
    ],
  },
};

/** Not accepted, with the agency's reason. */
export const Rejected: Story = {
  args: {
    history: [
      { status: 'sent', at: '2026-11-16T08:30:00+07:00' },
      { status: 'received', at: '2026-11-16T09:30:00+07:00' },
      {
        status: 'rejected',
        at: '2026-11-16T14:00:00+07:00',
        note: 'Nội dung thuộc thẩm quyền giải quyết của Toà án nhân dân.',
      },
    ],
  },
};

export const Empty: Story = { args: { history: [] } };

/** The answer date while waiting: days left, due today, late (said in words). */
export const DueDates: Story = {
  render: () => (
    <ul>
      <li>
        <AnswerDue dueDate="2026-11-27" status="received" today="2026-11-24" />
      </li>
      <li>
        <AnswerDue dueDate="2026-11-27" status="in_progress" today="2026-11-27" />
      </li>
      <li>
        <AnswerDue dueDate="2026-11-20" status="in_progress" today="2026-11-24" />
      </li>
      <li>
        <AnswerDue dueDate="2026-11-20" status="answered" today="2026-11-24" />
      </li>
    </ul>
  ),
};
