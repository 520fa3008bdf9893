import type { Meta, StoryObj } from '@storybook/react-vite';
import { clickText, settle, trackingStoryMeta, typeInto } from '../DossierDetail/local-support';
import { ratedDossier, sampleDossier } from '../DossierDetail/sample-dossiers';
import { RatingForm } from './RatingForm';

const dossier = sampleDossier(10);

const meta = {
  title: 'Hồ sơ/RatingForm',
  component: RatingForm,
  ...trackingStoryMeta,
  args: { dossier },
  parameters: { dossiers: { dossiers: [dossier] } },
} satisfies Meta<typeof RatingForm>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Offered: Story = {};

export const NoChoice: Story = {
  play: async ({ canvasElement }) => {
    clickText(canvasElement, 'Gửi đánh giá');
    await settle();
  },
};

/** "Không hài lòng" needs a reason. */
export const ReasonMissing: Story = {
  play: async ({ canvasElement }) => {
    clickText(canvasElement, 'Không hài lòng');
    await settle();
    clickText(canvasElement, 'Gửi đánh giá');
    await settle();
  },
};

export const JustRated: Story = {
  play: async ({ canvasElement }) => {
    clickText(canvasElement, 'Không hài lòng');
    await settle();
    typeInto(canvasElement, 'Lý do không hài lòng', 'Phải chờ lâu ở quầy tiếp nhận.');
    clickText(canvasElement, 'Gửi đánh giá');
    await settle(120);
  },
};

export const RatedBefore: Story = { args: { dossier: ratedDossier() } };
