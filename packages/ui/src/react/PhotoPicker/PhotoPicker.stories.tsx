import type { PickedImage } from '@govmini/platform';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { PhotoPicker } from './PhotoPicker';

/** A small drawn "photo" (an SVG file) so the story needs no image assets. */
function samplePhoto(name: string, sky: string, ground: string): PickedImage {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120"><rect width="120" height="70" fill="${sky}"/><rect y="70" width="120" height="50" fill="${ground}"/><ellipse cx="60" cy="92" rx="26" ry="9" fill="#3b3b3b"/></svg>`;
  const file = new File([svg], name, { type: 'image/svg+xml' });
  return { file, name, type: file.type, size: file.size };
}

const photos = [
  samplePhoto('IMG_0012.jpg', '#9cc9f0', '#8a8f96'),
  samplePhoto('IMG_0013.jpg', '#f2d39b', '#6f7a52'),
  samplePhoto('IMG_0014.jpg', '#c7dcef', '#7c6a5a'),
  samplePhoto('IMG_0015.jpg', '#a7d3c2', '#5d6670'),
  samplePhoto('IMG_0016.jpg', '#e8c1c1', '#777777'),
];

const meta = {
  title: 'Thành phần/PhotoPicker',
  component: PhotoPicker,
  args: { label: 'Ảnh chụp hiện trường', hint: 'Chụp rõ chỗ hư hỏng.' },
} satisfies Meta<typeof PhotoPicker>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const WithPhotos: Story = { args: { defaultValue: photos.slice(0, 2) } };

/** 5/5: a further tap explains that one must be removed first. */
export const Full: Story = { args: { defaultValue: photos } };

export const WithError: Story = {
  args: { id: 'anh-hien-truong', error: 'Vui lòng thêm ít nhất 1 ảnh chụp hiện trường.' },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: photos.slice(0, 1) } };

/** Other limits, said in the hint: "Tối đa 2 ảnh, mỗi ảnh không quá 1,5 MB." */
export const CustomLimits: Story = {
  args: {
    label: 'Ảnh chụp hai mặt CCCD',
    hint: 'Mặt trước và mặt sau, rõ chữ.',
    max: 2,
    maxBytes: 1.5 * 1024 * 1024,
  },
};
