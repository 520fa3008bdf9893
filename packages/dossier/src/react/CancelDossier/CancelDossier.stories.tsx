import type { Meta, StoryObj } from '@storybook/react-vite';
import { clickText, settle, trackingStoryMeta, typeInto } from '../DossierDetail/local-support';
import { sampleDossier } from '../DossierDetail/sample-dossiers';
import { CancelDossier } from './CancelDossier';
import './CancelDossier.css';

const dossier = sampleDossier(4);

const meta = {
  title: 'Hồ sơ/CancelDossier',
  component: CancelDossier,
  ...trackingStoryMeta,
  args: { dossier },
  parameters: { dossiers: { dossiers: [dossier] } },
} satisfies Meta<typeof CancelDossier>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Offered: Story = {};

export const Confirming: Story = {
  play: async ({ canvasElement }) => {
    clickText(canvasElement, 'Rút hồ sơ');
    await settle();
  },
};

export const ReasonMissing: Story = {
  play: async ({ canvasElement }) => {
    clickText(canvasElement, 'Rút hồ sơ');
    await settle();
    clickText(canvasElement, 'Xác nhận rút hồ sơ');
    await settle();
  },
};

/** The office moved the dossier on meanwhile. */
export const NotAllowedAnyMore: Story = {
  parameters: { dossiers: { dossiers: [dossier], failWith: 'not_allowed' } },
  play: async ({ canvasElement }) => {
    clickText(canvasElement, 'Rút hồ sơ');
    await settle();
    typeInto(canvasElement, 'Lý do rút hồ sơ', 'Đã giải quyết ở xã khác.');
    clickText(canvasElement, 'Xác nhận rút hồ sơ');
    await settle(120);
  },
};

export const Withdrawn: Story = {
  play: async ({ canvasElement }) => {
    clickText(canvasElement, 'Rút hồ sơ');
    await settle();
    typeInto(canvasElement, 'Lý do rút hồ sơ', 'Nộp nhầm thủ tục.');
    clickText(canvasElement, 'Xác nhận rút hồ sơ');
    await settle(120);
  },
};
