import type { Meta, StoryObj } from '@storybook/react-vite';
import { sampleAnswer, seededId, withReports } from '../ReportDetail/sample-reports';
import { clickText, feedbackStoryMeta, settle } from '../stories-support';
import { RatingForm } from './RatingForm';

// Annotated (not `satisfies`): the render reads the story context, whose type is internal.
const meta: Meta<typeof RatingForm> = {
  title: 'Phản ánh/RatingForm',
  component: RatingForm,
  ...feedbackStoryMeta,
  parameters: withReports([{ stage: 'answered' }]),
  args: { report: { id: '', role: 'reporter', status: 'answered', answer: sampleAnswer } },
  render: (args, { loaded }) => (
    <RatingForm {...args} report={{ ...args.report, id: seededId(loaded) }} />
  ),
};
export default meta;

type Story = StoryObj<typeof meta>;

/** Three choices in words; a comment is optional. */
export const Empty: Story = {};

/** "Không hài lòng" makes the reason required. */
export const Unsatisfied: Story = {
  play: async ({ canvasElement }) => {
    await settle();
    clickText(canvasElement, 'Không hài lòng');
    await settle();
  },
};

/** Sent without a choice: the summary and the field say what to do. */
export const WithError: Story = {
  play: async ({ canvasElement }) => {
    await settle();
    clickText(canvasElement, 'Gửi đánh giá');
    await settle();
  },
};

/** Already rated: the rating, not the form. */
export const Given: Story = {
  args: {
    report: {
      id: '',
      role: 'reporter',
      status: 'closed',
      answer: sampleAnswer,
      rating: {
        level: 'unsatisfied',
        comment: 'Mới vá tạm, mưa xuống lại hỏng.',
        ratedAt: '2026-11-19T15:00:00+07:00',
      },
    },
  },
};
