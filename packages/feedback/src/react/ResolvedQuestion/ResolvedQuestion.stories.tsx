import type { Meta, StoryObj } from '@storybook/react-vite';
import { sampleAnswer, seededId, withReports } from '../ReportDetail/sample-reports';
import { clickText, feedbackStoryMeta, settle } from '../stories-support';
import { ResolvedQuestion } from './ResolvedQuestion';

// Annotated (not `satisfies`): the render reads the story context, whose type is internal.
const meta: Meta<typeof ResolvedQuestion> = {
  title: 'Phản ánh/ResolvedQuestion',
  component: ResolvedQuestion,
  ...feedbackStoryMeta,
  parameters: withReports([{ stage: 'answered' }]),
  args: { report: { id: '', role: 'reporter', status: 'answered', answer: sampleAnswer } },
  render: (args, { loaded }) => (
    <ResolvedQuestion {...args} report={{ ...args.report, id: seededId(loaded) }} />
  ),
};
export default meta;

type Story = StoryObj<typeof meta>;

/** After the answer: solved or not, with an optional comment. */
export const Asked: Story = {};

/** "Chưa giải quyết" chosen: what reopening means is said before sending. */
export const NotSolvedChosen: Story = {
  play: async ({ canvasElement }) => {
    await settle();
    clickText(canvasElement, 'Chưa giải quyết');
    await settle();
  },
};

export const WithError: Story = {
  play: async ({ canvasElement }) => {
    await settle();
    clickText(canvasElement, 'Gửi xác nhận');
    await settle();
  },
};

/** Confirmed solved earlier. */
export const GivenSolved: Story = {
  args: {
    report: {
      id: '',
      role: 'reporter',
      status: 'closed',
      answer: sampleAnswer,
      resolved: { resolved: true, at: '2026-11-19T15:00:00+07:00' },
    },
  },
};

/** Said not solved: the report was reopened and is being handled again. */
export const GivenNotSolved: Story = {
  args: {
    report: {
      id: '',
      role: 'reporter',
      status: 'in_progress',
      answer: sampleAnswer,
      resolved: {
        resolved: false,
        at: '2026-11-19T15:00:00+07:00',
        comment: 'Đã vá nhưng sau trận mưa lại sụt lún.',
      },
    },
  },
};
