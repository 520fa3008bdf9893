import type { Meta, StoryObj } from '@storybook/react-vite';
import { DateInput } from './DateInput';
import { loadLunarCalendar } from './lunar-hint';

const meta = {
  title: 'Thành phần/DateInput',
  component: DateInput,
  args: { label: 'Ngày sinh', birthday: true },
} satisfies Meta<typeof DateInput>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const Filled: Story = {
  args: { defaultValue: { day: '27', month: '3', year: '1958' } },
};

/** Only the wrong box is marked. */
export const WrongDay: Story = {
  args: {
    defaultValue: { day: '31', month: '2', year: '1958' },
    error: 'Không có ngày 31 tháng 2 năm 1958 trên lịch. Vui lòng kiểm tra lại ngày và tháng.',
    errorFields: ['day'],
  },
};

export const MissingYear: Story = {
  args: {
    defaultValue: { day: '27', month: '3', year: '' },
    error: 'Vui lòng nhập năm.',
    errorFields: ['year'],
  },
};

export const OwnHint: Story = {
  args: {
    label: 'Ngày cấp căn cước',
    birthday: false,
    hint: 'In ở mặt sau thẻ, ví dụ: 15 8 2021',
  },
};

export const Disabled: Story = {
  args: { defaultValue: { day: '5', month: '1', year: '1960' }, disabled: true },
};

export const AsPageHeading: Story = {
  args: { label: 'Ngày sinh của người được khai', legendAsHeading: true },
};

/**
 * The lunar date under the boxes (`showLunar`), for a date of birth older citizens know in the
 * lunar calendar. Type another date: the hint follows, and a screen reader hears it when typing
 * pauses. The loader fetches the lunar calendar first, as an app can with `loadLunarCalendar()`.
 */
export const WithLunarDate: Story = {
  args: { showLunar: true, defaultValue: { day: '27', month: '3', year: '1958' } },
  loaders: [loadLunarCalendar],
  play: ({ canvasElement }) =>
    expectLunarHint(canvasElement, 'Âm lịch: mùng 8 tháng 2 năm Mậu Tuất'),
};

/** A day in a leap month (tháng nhuận): 25/07/2025 is the 1st of the leap 6th month of Ất Tỵ. */
export const LunarLeapMonth: Story = {
  args: {
    label: 'Ngày cần đổi',
    birthday: false,
    showLunar: true,
    defaultValue: { day: '25', month: '7', year: '2025' },
  },
  loaders: [loadLunarCalendar],
  play: ({ canvasElement }) =>
    expectLunarHint(canvasElement, 'Âm lịch: mùng 1 tháng 6 nhuận năm Ất Tỵ'),
};

/** The story checks (Storybook, and every mode in Chromium) see the hint, not just the boxes. */
function expectLunarHint(canvas: HTMLElement, text: string): void {
  const shown = canvas.querySelector('.gm-date-input__lunar')?.textContent;
  if (shown !== text) throw new Error(`lunar hint: expected "${text}", got "${shown}"`);
}
