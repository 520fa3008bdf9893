import type { Meta, StoryObj } from '@storybook/react-vite';
import type { DossierStatusCode } from '../../core/service/types';
import { DossierDetail } from './DossierDetail';
import { clickText, settle, trackingStoryMeta, typeInto } from './local-support';
import { ratedDossier, SAMPLE_TODAY, sampleDossier } from './sample-dossiers';
import './DossierDetail.css';
import '../CancelDossier/CancelDossier.css';
import '../StatusTimeline/StatusTimeline.css';

const meta = {
  title: 'Hồ sơ/DossierDetail',
  component: DossierDetail,
  ...trackingStoryMeta,
  args: { code: sampleDossier(4).code, today: SAMPLE_TODAY, onBack: () => {} },
} satisfies Meta<typeof DossierDetail>;
export default meta;

type Story = StoryObj<typeof meta>;

const at = (status: DossierStatusCode): Story => ({
  args: { code: sampleDossier(status).code },
  parameters: { dossiers: { dossiers: [sampleDossier(status)] } },
});

export const Submitted: Story = at(1);
export const Accepted: Story = at(2);
/** "Không được tiếp nhận", with the officer's reason. */
export const Rejected: Story = at(3);
export const Processing: Story = at(4);
/** "Yêu cầu bổ sung": the request and the form to answer it. */
export const SupplementRequested: Story = at(5);
export const FeesToPay: Story = at(6);
export const Withdrawn: Story = at(7);
export const Stopped: Story = at(8);
/** Result ready: where to collect it, and the rating. */
export const ResultReady: Story = at(9);
export const ResultDeliveredOnline: Story = {
  ...at(10),
  args: { code: sampleDossier(10).code, resultFileHref: (file) => `#tep/${file.id}` },
};
export const Rated: Story = {
  args: { code: ratedDossier().code },
  parameters: { dossiers: { dossiers: [ratedDossier()] } },
};

export const Loading: Story = { parameters: { dossiers: { pending: true } } };

/** Someone else's code reads exactly like an unknown one. */
export const NotFound: Story = { parameters: { dossiers: { dossiers: [] } } };

export const LoadFailed: Story = {
  ...at(4),
  parameters: { dossiers: { dossiers: [sampleDossier(4)], failWith: 'timeout' } },
};

/** After answering the request: back to processing, focus on the confirmation. */
export const SupplementSent: Story = {
  ...at(5),
  play: async ({ canvasElement }) => {
    await settle();
    typeInto(
      canvasElement,
      'Ghi chú cho cán bộ',
      'Giấy xác nhận cư trú sẽ nộp bản giấy tại Bộ phận Một cửa.',
    );
    clickText(canvasElement, 'Gửi bổ sung');
    await settle(150);
  },
};

/** After withdrawing: status 7, focus on the confirmation. */
export const JustWithdrawn: Story = {
  ...at(2),
  play: async ({ canvasElement }) => {
    await settle();
    clickText(canvasElement, 'Rút hồ sơ');
    await settle();
    typeInto(canvasElement, 'Lý do rút hồ sơ', 'Nộp nhầm thủ tục.');
    clickText(canvasElement, 'Xác nhận rút hồ sơ');
    await settle(150);
  },
};
