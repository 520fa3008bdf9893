import type { Meta, StoryObj } from '@storybook/react-vite';
import { sampleDossier } from '../DossierDetail/sample-dossiers';
import { StatusTimeline } from './StatusTimeline';
import './StatusTimeline.css';

const meta = {
  title: 'Hồ sơ/StatusTimeline',
  component: StatusTimeline,
  args: { history: sampleDossier(4).history, 'aria-label': 'Quá trình giải quyết' },
} satisfies Meta<typeof StatusTimeline>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Processing: Story = {};

export const JustSubmitted: Story = { args: { history: sampleDossier(1).history } };

/** The officer's request, then the citizen's reply. */
export const SupplementAnswered: Story = {
  args: {
    history: [
      ...sampleDossier(5).history,
      {
        status: 4,
        at: '2026-11-28T08:05:00+07:00',
        by: 'citizen',
        note: 'Đã gửi Giấy xác nhận thông tin về cư trú của người mẹ.',
      },
    ],
  },
};

export const Delivered: Story = { args: { history: sampleDossier(10).history } };
