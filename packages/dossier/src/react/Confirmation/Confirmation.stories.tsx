import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Dossier } from '../../core/service/types';
import { birthRegistration, vehicleInspection } from '../../examples/index';
import { dossierStoryMeta } from '../stories-support';
import { Confirmation } from './Confirmation';

const dossier: Dossier = {
  code: '000.00.06.H56-261202-0007',
  procedureId: birthRegistration.id,
  procedureTitle: birthRegistration.title,
  procedureVersion: birthRegistration.version,
  status: 1,
  // Friday before Tết 2027 (6 Feb): the working days skip the holiday week.
  submittedAt: '2027-02-01T09:15:00+07:00',
  answers: {},
  resultDelivery: 'online',
  history: [{ status: 1, at: '2027-02-01T09:15:00+07:00', by: 'citizen' }],
  cancellable: true,
};

const meta = {
  title: 'Hồ sơ/Confirmation',
  component: Confirmation,
  ...dossierStoryMeta,
  args: {
    procedure: birthRegistration,
    dossier,
    myDossiersHref: '#ho-so-cua-toi',
    dossierHref: (code) => `#ho-so/${code}`,
  },
} satisfies Meta<typeof Confirmation>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The code, large and copyable, its QR code, and the result date counted past Tết. */
export const Sent: Story = {};

/** A fee due from filing: said here, with the link to the dossier's page to pay it. */
export const FeeDue: Story = {
  args: {
    dossier: {
      ...dossier,
      payment: { status: 'unpaid', amount: 15_000, transferContent: 'HS 0000006H562612020007' },
    },
  },
};

/** The backend set the result date itself. */
export const WithDueDate: Story = {
  args: { procedure: vehicleInspection, dossier: { ...dossier, dueDate: '2027-02-18' } },
};

/** Offline: stored on the phone, sent by itself once the network is back. */
export const WaitingToSend: Story = { args: { dossier: undefined, onRetry: () => undefined } };

export const Retrying: Story = {
  args: { dossier: undefined, onRetry: () => undefined, sending: true },
};
