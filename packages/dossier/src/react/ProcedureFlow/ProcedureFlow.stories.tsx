import type { Meta, StoryObj } from '@storybook/react-vite';
import { birthRegistration } from '../../examples/index';
import {
  clickText,
  type DossierWorld,
  dossierStoryMeta,
  sampleProcedure,
  settle,
} from '../stories-support';
import { ProcedureFlow } from './ProcedureFlow';

const meta = {
  title: 'Hồ sơ/ProcedureFlow',
  component: ProcedureFlow,
  ...dossierStoryMeta,
  args: { procedure: sampleProcedure },
} satisfies Meta<typeof ProcedureFlow>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Start: Story = { play: () => settle(100) };

/** After "Bắt đầu": who the dossier is for. */
export const OnBehalfChoice: Story = {
  play: async ({ canvasElement }) => {
    await settle(100);
    clickText(canvasElement, 'Bắt đầu', 'button');
    await settle(150);
    clickText(canvasElement, 'Nộp thay người khác', 'label');
    await settle();
  },
};

const draftAt =
  (pageId: string, version = sampleProcedure.version) =>
  async ({ drafts }: DossierWorld) => {
    const draft = await drafts.create({ ...sampleProcedure, version });
    drafts.update(draft.id, {
      answers: {
        hoTen: 'Nguyễn Thị Mai',
        ngaySinh: '1990-05-14',
        soCccd: '001190012345',
        xacNhanCaHo: 'co',
      },
      pageId,
    });
  };

/** Opened at a step of the URL: the newest draft, at that page, the step shown. */
export const ResumedAtPage: Story = {
  args: { step: 'ho-gia-dinh' },
  parameters: { dossier: { setup: draftAt('ho-gia-dinh') } },
  play: () => settle(150),
};

/** A draft of an older version: what must be entered again is said first. */
export const DefinitionChanged: Story = {
  args: { step: 'ho-gia-dinh' },
  parameters: { dossier: { setup: draftAt('ho-gia-dinh', 2) } },
  play: () => settle(150),
};

/** How to get the result, when there is more than one way. */
export const ResultDelivery: Story = {
  args: { step: 'delivery' },
  parameters: { dossier: { setup: draftAt('delivery') } },
  play: () => settle(150),
};

export const BirthRegistrationStart: Story = {
  args: { procedure: birthRegistration },
  play: () => settle(100),
};
