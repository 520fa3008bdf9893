import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { clickText, settle, waitFor } from '../stories-support';
import { storyPhoto } from '../story-photos';
import { PhotoRedactor } from './PhotoRedactor';

// The photo is drawn before the story renders (a loader), then handed in as the `photo` arg.
const withPhoto: Decorator = (Story, context) => (
  <Story args={{ ...context.args, photo: (context.loaded as { photo: Blob }).photo }} />
);

const meta = {
  title: 'Phản ánh/PhotoRedactor',
  component: PhotoRedactor,
  loaders: [async () => ({ photo: await storyPhoto('car') })],
  decorators: [withPhoto],
  args: { number: 1, onApply: () => undefined, onCancel: () => undefined, photo: new Blob() },
} satisfies Meta<typeof PhotoRedactor>;
export default meta;

type Story = StoryObj<typeof meta>;

const ready = (root: HTMLElement) =>
  waitFor(
    () => root.querySelector<HTMLImageElement>('.gm-redactor__stage img')?.complete || undefined,
  );

/** Nothing covered yet. */
export const Empty: Story = {
  play: ({ canvasElement }) => ready(canvasElement).then(() => settle()),
};

/** Two boxes, over the plate and the face; the last one selected, with its buttons. */
export const WithBoxes: Story = {
  args: {
    defaultRegions: [
      { id: 'r1', x: 0.41, y: 0.62, width: 0.18, height: 0.1 },
      { id: 'r2', x: 0.3, y: 0.49, width: 0.12, height: 0.14 },
    ],
  },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    clickText(canvasElement, 'Chỉnh vùng che 2', 'button');
    await settle();
  },
};

/** Added with the button (the keyboard's and screen reader's way). */
export const AddedWithButton: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    clickText(canvasElement, 'Thêm vùng che', 'button');
    await settle();
  },
};

export const Applying: Story = {
  args: {
    applying: true,
    defaultRegions: [{ id: 'r1', x: 0.41, y: 0.62, width: 0.18, height: 0.1 }],
  },
  play: ({ canvasElement }) => ready(canvasElement).then(() => settle()),
};

/** Blurring failed on this phone: the boxes stay, it says to try again. */
export const Failed: Story = {
  args: { error: true, defaultRegions: [{ id: 'r1', x: 0.41, y: 0.62, width: 0.18, height: 0.1 }] },
  play: ({ canvasElement }) => ready(canvasElement).then(() => settle()),
};
