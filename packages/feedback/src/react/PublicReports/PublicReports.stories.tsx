import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  failing,
  loadingForever,
  publicSamples,
  withReports,
} from '../ReportDetail/sample-reports';
import { clickText, feedbackStoryMeta, settle, waitFor } from '../stories-support';
import { PublicReports } from './PublicReports';
import './PublicReports.css';
import '../MyReports/MyReports.css';
import '../ReportDetail/ReportDetail.css';

const meta = {
  title: 'Phản ánh/PublicReports',
  component: PublicReports,
  ...feedbackStoryMeta,
  args: { onOpen: () => {}, provinceCode: '01' },
  parameters: withReports(publicSamples),
} satisfies Meta<typeof PublicReports>;
export default meta;

type Story = StoryObj<typeof meta>;

const ready = (root: HTMLElement) => waitFor(() => root.querySelector('.gm-report-list li'));

/** The first ten, newest first, and "Xem thêm" for the rest. */
export const Filled: Story = {};

/** The filters unfolded: kind, commune, from and to. */
export const FiltersOpen: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    canvasElement.querySelector('summary')?.click();
    await settle();
  },
};

/** After "Xem thêm": three more, focus on the first of them. */
export const MorePages: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    clickText(canvasElement, 'Xem thêm (còn 3 phản ánh)');
    await waitFor(() => canvasElement.querySelectorAll('.gm-report-list li').length > 10);
    await settle();
  },
};

/** A wrong date: the summary and the boxes say what to fix. */
export const DateError: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    canvasElement.querySelector('summary')?.click();
    await settle();
    const day = canvasElement.querySelector<HTMLInputElement>('input[id$="-from-day"]');
    if (!day) throw new Error('no day box');
    day.focus();
    document.execCommand('insertText', false, '31');
    clickText(canvasElement, 'Tìm kiếm');
    await settle();
  },
};

export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const box = canvasElement.querySelector<HTMLInputElement>('input[type="search"]');
    box?.focus();
    document.execCommand('insertText', false, 'cầu thang máy');
    clickText(canvasElement, 'Tìm kiếm');
    await waitFor(() => canvasElement.querySelector('.gm-empty-state'));
  },
};

/** Nothing answered yet. */
export const Empty: Story = { parameters: withReports([{ stage: 'in_progress' }]) };

export const LoadFailed: Story = {
  parameters: withReports(publicSamples, { setup: failing('server') }),
};

export const Loading: Story = { parameters: loadingForever() };
