import type { Meta, StoryObj } from '@storybook/react-vite';
import { birthRegistration, judicialRecord } from '../../examples/index';
import { type DossierWorld, dossierStoryMeta, sampleProcedure, settle } from '../stories-support';
import { DraftList } from './DraftList';

const seed = async ({ drafts }: DossierWorld) => {
  const a = await drafts.create(birthRegistration);
  drafts.update(a.id, { answers: { childFullName: 'Nguyễn Minh An' }, pageId: 'noi-sinh' });
  const b = await drafts.create(judicialRecord);
  drafts.update(b.id, { pageId: 'muc-dich' });
  const c = await drafts.create(sampleProcedure);
  drafts.update(c.id, { pageId: 'check' });
};

const meta = {
  title: 'Hồ sơ/DraftList',
  component: DraftList,
  ...dossierStoryMeta,
  args: { onResume: () => undefined },
} satisfies Meta<typeof DraftList>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const Filled: Story = {
  parameters: { dossier: { setup: seed } },
  play: () => settle(100),
};

/** "Xoá" asks first, in place. */
export const ConfirmingDelete: Story = {
  parameters: { dossier: { setup: seed } },
  play: async ({ canvasElement }) => {
    await settle(100);
    const remove = [...canvasElement.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('Xoá'),
    );
    remove?.click();
    await settle();
  },
};
