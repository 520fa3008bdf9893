import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { clickText, feedbackStoryMeta, settle, waitFor } from '../stories-support';
import { LocationField, type LocationFieldProps } from './LocationField';
import type { LocationValue } from './location-value';

/** The field with its value kept, as a page would keep it. */
function Kept(props: Omit<LocationFieldProps, 'value' | 'onChange'> & { initial?: LocationValue }) {
  const { initial, ...rest } = props;
  const [value, setValue] = useState<LocationValue>(initial ?? {});
  return <LocationField {...rest} value={value} onChange={setValue} />;
}

const meta = {
  title: 'Phản ánh/LocationField',
  component: Kept,
  ...feedbackStoryMeta,
  args: { id: 'vi-tri' },
} satisfies Meta<typeof Kept>;
export default meta;

type Story = StoryObj<typeof meta>;

const said = (root: HTMLElement, text: string) =>
  waitFor(() => [...root.querySelectorAll('p, h2')].find((el) => el.textContent?.includes(text)));

export const Start: Story = {};

/** "Dùng vị trí hiện tại": the address found, to check, and a place to add. */
export const FoundByDevice: Story = {
  play: async ({ canvasElement }) => {
    clickText(canvasElement, 'Dùng vị trí hiện tại', 'button');
    await said(canvasElement, 'Vị trí đã lấy');
    await settle();
  },
};

/** The citizen refused the location: said plainly, and choosing by hand opens. */
export const LocationDenied: Story = {
  parameters: { feedback: { simulator: { permissions: { location: 'prompt-deny' } } } },
  play: async ({ canvasElement }) => {
    clickText(canvasElement, 'Dùng vị trí hiện tại', 'button');
    await said(canvasElement, 'Chưa được phép');
    await settle();
  },
};

/** Offline: no location token, so by hand (the report waits to be sent). */
export const Offline: Story = {
  parameters: { feedback: { online: false } },
  play: async ({ canvasElement }) => {
    clickText(canvasElement, 'Dùng vị trí hiện tại', 'button');
    await said(canvasElement, 'mất mạng');
    await settle();
  },
};

/** Chosen by hand: province and commune chosen, the place typed. */
export const ByHand: Story = {
  args: {
    initial: {
      mode: 'hand',
      address: {
        province: { code: '01', name: 'Thành phố Hà Nội' },
        commune: { code: '00070', name: 'Phường Hoàn Kiếm' },
        street: 'Đầu ngõ 12 phố Hàng Bạc',
      },
    },
  },
};

export const WithError: Story = {
  args: { error: 'Vui lòng cho biết nơi xảy ra vấn đề: lấy vị trí hiện tại hoặc chọn xã, phường.' },
};
