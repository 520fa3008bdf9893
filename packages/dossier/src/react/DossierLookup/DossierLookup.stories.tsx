import type { Meta, StoryObj } from '@storybook/react-vite';
import { clickText, settle, trackingStoryMeta, typeInto } from '../DossierDetail/local-support';
import { SAMPLE_TODAY, sampleDossier } from '../DossierDetail/sample-dossiers';
import { DossierLookup } from './DossierLookup';
import './DossierLookup.css';
import '../StatusTimeline/StatusTimeline.css';

const meta = {
  title: 'Hồ sơ/DossierLookup',
  component: DossierLookup,
  ...trackingStoryMeta,
  args: { today: SAMPLE_TODAY },
  // Anyone can look up: no session.
  parameters: { dossiers: { dossiers: [sampleDossier(4), sampleDossier(10)], signedIn: false } },
} satisfies Meta<typeof DossierLookup>;
export default meta;

type Story = StoryObj<typeof meta>;

const lookUp = (code: string): Story => ({
  play: async ({ canvasElement }) => {
    typeInto(canvasElement, 'Mã hồ sơ', code);
    clickText(canvasElement, 'Tra cứu');
    await settle(120);
  },
});

export const Empty: Story = {};

export const Invalid: Story = lookUp('H56-2611');

/** Typed in lower case with spaces: still found. */
export const Found: Story = lookUp('000 00 06 h56 261125 0004');

export const FoundWithResult: Story = lookUp(sampleDossier(10).code);

export const NotFound: Story = lookUp('000.00.06.H56-261129-0001');

export const LookupFailed: Story = {
  ...lookUp('000.00.06.H56-261129-0001'),
  parameters: { dossiers: { failWith: 'server' } },
};
