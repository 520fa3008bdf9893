import type { Meta, StoryObj } from '@storybook/react-vite';
import { clickText, settle, trackingStoryMeta, typeInto } from '../DossierDetail/local-support';
import { sampleDossier } from '../DossierDetail/sample-dossiers';
import { SupplementForm } from './SupplementForm';

const dossier = sampleDossier(5);

const meta = {
  title: 'Hồ sơ/SupplementForm',
  component: SupplementForm,
  ...trackingStoryMeta,
  args: { dossier },
  parameters: { dossiers: { dossiers: [dossier] } },
} satisfies Meta<typeof SupplementForm>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

/** Sent with neither a photo nor a note. */
export const NothingToSend: Story = {
  play: async ({ canvasElement }) => {
    clickText(canvasElement, 'Gửi bổ sung');
    await settle();
  },
};

export const SendFailed: Story = {
  parameters: { dossiers: { dossiers: [dossier], failWith: 'offline' } },
  play: async ({ canvasElement }) => {
    typeInto(canvasElement, 'Ghi chú cho cán bộ', 'Đã có giấy xác nhận cư trú, gửi kèm ảnh.');
    clickText(canvasElement, 'Gửi bổ sung');
    await settle(120);
  },
};

export const Sent: Story = {
  play: async ({ canvasElement }) => {
    typeInto(canvasElement, 'Ghi chú cho cán bộ', 'Giấy tờ sẽ nộp bản giấy tại Bộ phận Một cửa.');
    clickText(canvasElement, 'Gửi bổ sung');
    await settle(120);
  },
};
