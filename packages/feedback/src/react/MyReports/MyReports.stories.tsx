import { Link } from '@govmini/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  failing,
  loadingForever,
  type SampleReport,
  seededToday,
  withReports,
} from '../ReportDetail/sample-reports';
import { feedbackStoryMeta } from '../stories-support';
import { MyReports } from './MyReports';
import './MyReports.css';
import '../ReportDetail/ReportDetail.css';
import '../ReportTimeline/ReportTimeline.css';

/** One of each: sent, received, joined, in progress, answered, not accepted, closed. */
const mixed: readonly SampleReport[] = [
  { stage: 'closed', categoryId: 've-sinh-moi-truong', description: 'Rác tồn đọng ở đầu ngõ 8.' },
  {
    stage: 'rejected',
    categoryId: 'thu-tuc-hanh-chinh',
    description: 'Tranh chấp đất với nhà bên cạnh.',
  },
  {
    stage: 'answered',
    categoryId: 'ngap-ung',
    description: 'Ngập sâu 40 cm sau mỗi trận mưa ở phố Đội Cấn.',
  },
  { stage: 'in_progress' },
  {
    stage: 'received',
    joined: true,
    categoryId: 'chieu-sang',
    description: 'Cả dãy đèn đường ngõ 12 không sáng từ tuần trước.',
  },
  {
    stage: 'sent',
    categoryId: 'ha-tang-giao-thong',
    description: 'Nắp hố ga bị vỡ trước cổng trường tiểu học.',
  },
];

// Annotated (not `satisfies`): the render reads the story context, whose type is internal.
const meta: Meta<typeof MyReports> = {
  title: 'Phản ánh/MyReports',
  component: MyReports,
  ...feedbackStoryMeta,
  args: { onOpen: () => {} },
  parameters: withReports(mixed),
  render: (args, { loaded }) => <MyReports {...args} today={seededToday(loaded)} />,
};
export default meta;

type Story = StoryObj<typeof meta>;

/** Newest first: category, status in words, code, dates, working days left. */
export const Filled: Story = {};

export const Loading: Story = {
  parameters: loadingForever(),
  render: (args) => <MyReports {...args} />,
};

export const Empty: Story = {
  parameters: withReports([]),
  args: { emptyAction: <Link href="#gui-phan-anh">Gửi phản ánh</Link> },
};

export const LoadFailed: Story = { parameters: withReports(mixed, { setup: failing('offline') }) };

export const SignedOut: Story = {
  parameters: { feedback: { signedIn: false } },
  render: (args) => <MyReports {...args} />,
};

/** Cards as the app router's links. */
export const AsLinks: Story = {
  render: ({ onOpen: _ignored, ...args }, { loaded }) => (
    <MyReports
      {...args}
      today={seededToday(loaded)}
      renderLink={({ id, children, ...rest }) => (
        <a href={`#phan-anh/${id}`} {...rest}>
          {children}
        </a>
      )}
    />
  ),
};
