import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Dossier, DossierPayment } from '../../core/service/types';
import { clickText, settle, trackingStoryMeta } from '../DossierDetail/local-support';
import { SAMPLE_ACCOUNT, sampleDossier, samplePayment } from '../DossierDetail/sample-dossiers';
import { FeePayment } from './FeePayment';
import './FeePayment.css';

/** Status 6, 200.000 ₫ to the Department of Justice's account. */
const due = sampleDossier(6);
const withPayment = (payment: DossierPayment): Dossier => ({ ...due, payment });

const meta = {
  title: 'Hồ sơ/FeePayment',
  component: FeePayment,
  ...trackingStoryMeta,
  args: { dossier: due },
  parameters: { dossiers: { dossiers: [due] } },
} satisfies Meta<typeof FeePayment>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Chưa thanh toán: the amount in figures and words, the VietQR code, the details to copy. */
export const Unpaid: Story = {};

/** After "Tôi đã chuyển khoản": waiting for the office, focus on the notice. */
export const Reported: Story = {
  play: async ({ canvasElement }) => {
    await settle();
    clickText(canvasElement, 'Tôi đã chuyển khoản');
    await settle(150);
  },
};

/** The report did not go through (offline): the citizen is told, the button stays. */
export const ReportFailed: Story = {
  parameters: { dossiers: { dossiers: [due], failWith: 'offline' } },
  play: async ({ canvasElement }) => {
    await settle();
    clickText(canvasElement, 'Tôi đã chuyển khoản');
    await settle(150);
  },
};

/** Đang chờ xác nhận: the transfer details folded away, in case it has not really gone. */
export const PendingConfirmation: Story = {
  args: { dossier: withPayment(samplePayment(due.code, 'pending_confirmation')) },
};

/** Đã thanh toán. */
export const Paid: Story = {
  args: { dossier: withPayment(samplePayment(due.code, 'paid')) },
};

/** The office did not find the reported transfer: why, and the instructions again. */
export const TransferNotFound: Story = {
  args: {
    dossier: withPayment(
      samplePayment(due.code, 'unpaid', {
        note: 'Chưa thấy khoản chuyển có nội dung của hồ sơ này trong sao kê ngày 01/12/2026.',
      }),
    ),
  },
};

/** No account to transfer to: the fee is paid at the desk. */
export const AtTheDesk: Story = {
  args: {
    dossier: withPayment({ status: 'unpaid', amount: 50_000, transferContent: 'HS 1' }),
  },
};

/** A bank the app's list does not know: no QR code, the details still shown. */
export const UnknownBank: Story = {
  args: {
    dossier: withPayment(
      samplePayment(due.code, 'unpaid', { account: { ...SAMPLE_ACCOUNT, bankBin: '970999' } }),
    ),
  },
};

/** A large fee: the words wrap, the figures stay on one line. */
export const LargeAmount: Story = {
  args: {
    dossier: withPayment(samplePayment(due.code, 'unpaid', { amount: 1_234_567_000 })),
  },
};
