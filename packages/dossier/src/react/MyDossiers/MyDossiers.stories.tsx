import { Link } from '@govmini/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { trackingStoryMeta } from '../DossierDetail/local-support';
import { SAMPLE_TODAY, sampleList } from '../DossierDetail/sample-dossiers';
import { feeSampleList } from './fee-samples';
import { type DossierFilter, MyDossiers } from './MyDossiers';
import './MyDossiers.css';
import '../StatusTimeline/StatusTimeline.css';

const meta = {
  title: 'Hồ sơ/MyDossiers',
  component: MyDossiers,
  ...trackingStoryMeta,
  args: { today: SAMPLE_TODAY, onOpen: () => {} },
  parameters: { dossiers: { dossiers: sampleList() } },
} satisfies Meta<typeof MyDossiers>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Newest first: status in words, code, dates, working days left or late. */
export const Filled: Story = {};

/**
 * Fees at every stage: "Chưa nộp phí" on a fee due from filing, "Đã báo chuyển khoản, chờ xác
 * nhận" once reported; none where status 6 says it already, once paid, or on a withdrawn one.
 */
export const FeesDue: Story = { parameters: { dossiers: { dossiers: feeSampleList() } } };

export const Loading: Story = { parameters: { dossiers: { pending: true } } };

export const Empty: Story = {
  parameters: { dossiers: { dossiers: [] } },
  args: { emptyAction: <Link href="#thu-tuc">Nộp hồ sơ mới</Link> },
};

export const LoadFailed: Story = { parameters: { dossiers: { failWith: 'offline' } } };

export const SignedOut: Story = { parameters: { dossiers: { signedIn: false } } };

/** With the "Hiển thị" choice; the app keeps the filter. */
export const WithFilter: Story = {
  render: (args) => {
    const [filter, setFilter] = useState<DossierFilter>('in_progress');
    return <MyDossiers {...args} filter={filter} onFilterChange={setFilter} />;
  },
};

export const FinishedNone: Story = {
  parameters: { dossiers: { dossiers: sampleList().filter((d) => d.status === 4) } },
  args: { filter: 'finished' },
};

/** Cards as the app router's links. */
export const AsLinks: Story = {
  render: ({ onOpen: _ignored, ...args }) => (
    <MyDossiers
      {...args}
      renderLink={({ code, children, ...rest }) => (
        <a href={`#ho-so/${code}`} {...rest}>
          {children}
        </a>
      )}
    />
  ),
};
