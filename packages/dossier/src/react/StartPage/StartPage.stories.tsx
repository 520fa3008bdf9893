import type { Meta, StoryObj } from '@storybook/react-vite';
import { birthRegistration, judicialRecord, vehicleInspection } from '../../examples/index';
import { type DossierWorld, dossierStoryMeta, sampleProcedure } from '../stories-support';
import { StartPage } from './StartPage';

const meta = {
  title: 'Hồ sơ/StartPage',
  component: StartPage,
  ...dossierStoryMeta,
  args: { procedure: birthRegistration, onStart: () => undefined, onResume: () => undefined },
} satisfies Meta<typeof StartPage>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Đăng ký khai sinh: free, documents with originals and copies, legal basis folded away. */
export const Free: Story = {};

/** A fixed fee and filing for someone else allowed. */
export const FixedFee: Story = { args: { procedure: sampleProcedure } };

/** The fee depends on an answer: the range is shown. */
export const FeeByChoice: Story = { args: { procedure: judicialRecord } };

export const Booking: Story = { args: { procedure: vehicleInspection } };

/** An unfinished draft of this procedure: "Làm tiếp" first, "Bắt đầu hồ sơ mới" after. */
export const WithUnfinishedDraft: Story = {
  args: { procedure: sampleProcedure },
  parameters: {
    dossier: {
      setup: async ({ drafts }: DossierWorld) => {
        const draft = await drafts.create(sampleProcedure);
        drafts.update(draft.id, { answers: { hoTen: 'Nguyễn Thị Mai' }, pageId: 'noi-cu-tru' });
      },
    },
  },
};

export const Starting: Story = { args: { starting: true } };
