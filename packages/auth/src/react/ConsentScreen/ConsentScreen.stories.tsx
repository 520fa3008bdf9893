import type { Meta, StoryObj } from '@storybook/react-vite';
import { authStoryMeta, clickText, samplePurposes, settle } from '../stories-support';
import { ConsentScreen } from './ConsentScreen';

const meta = {
  title: 'Đăng nhập/ConsentScreen',
  component: ConsentScreen,
  ...authStoryMeta,
  parameters: { auth: { setup: 'consenting' } },
} satisfies Meta<typeof ConsentScreen>;
export default meta;

type Story = StoryObj<typeof meta>;

/** One required and two optional purposes, nothing chosen. */
export const Pending: Story = {};

/** "Xác nhận lựa chọn" with nothing chosen: every purpose is in the error summary. */
export const ErrorUndecided: Story = {
  play: async ({ canvasElement }) => {
    await settle();
    clickText(canvasElement, 'Xác nhận lựa chọn');
    await settle();
  },
};

/** The required purpose refused: the summary explains the service needs it, and what to do. */
export const ErrorRequiredRefused: Story = {
  play: async ({ canvasElement }) => {
    await settle();
    const radios = canvasElement.querySelectorAll<HTMLInputElement>('input[type=radio]');
    // Order: required (Đồng ý, Không đồng ý), then each optional.
    radios[1]?.click();
    radios[2]?.click();
    radios[5]?.click();
    await settle();
    clickText(canvasElement, 'Xác nhận lựa chọn');
    await settle();
  },
};

/** Only optional purposes left (e.g. a new optional purpose added after sign-in). */
export const OnlyOptional: Story = {
  args: { purposes: samplePurposes.filter((p) => !p.required) },
};

export const English: Story = {
  globals: { locale: 'en' },
};
