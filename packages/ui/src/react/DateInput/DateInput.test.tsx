import { act, cleanup, fireEvent } from '@testing-library/react';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProvider } from '../test-utils';
import { DateInput } from './DateInput';
import { LUNAR_ANNOUNCE_DELAY_MS, loadLunarCalendar } from './lunar-hint';
import { type DateInputValue, parseDateInputValue } from './parse-date-input';

afterEach(cleanup);

const date = (day: string, month: string, year: string): DateInputValue => ({ day, month, year });

function ValidatingForm() {
  const [value, setValue] = useState(date('', '', ''));
  const [problem, setProblem] = useState<ReturnType<typeof parseDateInputValue>>();
  const error = problem && !problem.ok ? problem.error : undefined;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setProblem(parseDateInputValue(value));
      }}
    >
      <DateInput
        label="Ngày sinh"
        value={value}
        onValueChange={setValue}
        error={error?.message}
        errorFields={error?.fields}
      />
      <button type="submit">Tiếp tục</button>
    </form>
  );
}

describe('DateInput', () => {
  it('is a fieldset with legend, the example hint, and three labelled numeric boxes', () => {
    const { getByRole, getByLabelText } = renderWithProvider(
      <DateInput id="ngay-sinh" label="Ngày sinh" name="dob" />,
    );
    const group = getByRole('group', { name: 'Ngày sinh' });
    expect(group.id).toBe('ngay-sinh');
    expect(group.getAttribute('aria-describedby')).toBe('ngay-sinh-hint');
    expect(document.getElementById('ngay-sinh-hint')?.textContent).toBe('Ví dụ: 27 3 1958');
    for (const [label, field] of [
      ['Ngày', 'day'],
      ['Tháng', 'month'],
      ['Năm', 'year'],
    ] as const) {
      const box = getByLabelText(label) as HTMLInputElement;
      expect(box.id).toBe(`ngay-sinh-${field}`);
      expect(box.name).toBe(`dob-${field}`);
      expect(box.inputMode).toBe('numeric');
      expect(box.hasAttribute('maxlength')).toBe(false);
    }
  });

  it('marks only the wrong box, or all three by default', () => {
    const one = renderWithProvider(
      <DateInput id="d" label="Ngày sinh" error="Vui lòng nhập năm." errorFields={['year']} />,
    );
    expect(one.getByRole('group').getAttribute('aria-describedby')).toBe('d-hint d-error');
    expect(one.getByLabelText('Năm').getAttribute('aria-invalid')).toBe('true');
    expect(one.getByLabelText('Ngày').hasAttribute('aria-invalid')).toBe(false);
    cleanup();
    const all = renderWithProvider(
      <DateInput label="Ngày sinh" error="Vui lòng nhập ngày sinh." />,
    );
    for (const label of ['Ngày', 'Tháng', 'Năm']) {
      expect(all.getByLabelText(label).getAttribute('aria-invalid')).toBe('true');
    }
  });

  it('keeps exactly what was typed (uncontrolled)', () => {
    const onValueChange = vi.fn();
    const { getByLabelText } = renderWithProvider(
      <DateInput
        label="Ngày sinh"
        defaultValue={date('27', '', '')}
        onValueChange={onValueChange}
      />,
    );
    fireEvent.change(getByLabelText('Tháng'), { target: { value: ' 03' } });
    expect(onValueChange).toHaveBeenLastCalledWith(date('27', ' 03', ''));
    fireEvent.change(getByLabelText('Năm'), { target: { value: '１９５８' } });
    expect(onValueChange).toHaveBeenLastCalledWith(date('27', ' 03', '１９５８'));
    expect((getByLabelText('Năm') as HTMLInputElement).value).toBe('１９５８');
  });

  it('works controlled, with a form validating through parseDateInputValue', () => {
    const { getByLabelText, getByText, getByRole } = renderWithProvider(<ValidatingForm />);
    fireEvent.change(getByLabelText('Ngày'), { target: { value: '31' } });
    fireEvent.change(getByLabelText('Tháng'), { target: { value: '2' } });
    fireEvent.change(getByLabelText('Năm'), { target: { value: '1958' } });
    fireEvent.click(getByText('Tiếp tục'));
    expect(getByRole('group').textContent).toContain('Không có ngày 31 tháng 2 năm 1958 trên lịch');
    expect(getByLabelText('Ngày').getAttribute('aria-invalid')).toBe('true');
    expect(getByLabelText('Tháng').hasAttribute('aria-invalid')).toBe(false);
  });

  it('speaks English, takes a hint of its own, and forwards the ref', () => {
    const ref = createRef<HTMLFieldSetElement>();
    const { getByLabelText, getByRole } = renderWithProvider(
      <DateInput ref={ref} label="Date of birth" hint="For example, 5 1 1960" birthday />,
      { locale: 'en' },
    );
    expect(ref.current).toBe(getByRole('group'));
    expect(getByRole('group').textContent).toContain('For example, 5 1 1960');
    expect(getByLabelText('Month').getAttribute('autocomplete')).toBe('bday-month');
  });
});

describe('parseDateInputValue', () => {
  it('reads a valid date, with leading zeros, spaces and full-width digits', () => {
    expect(parseDateInputValue(date('27', '3', '1958'))).toEqual({
      ok: true,
      value: { year: 1958, month: 3, day: 27 },
    });
    expect(parseDateInputValue(date(' 05', '01 ', '２０２５'))).toEqual({
      ok: true,
      value: { year: 2025, month: 1, day: 5 },
    });
  });

  it('names the empty boxes', () => {
    expect(parseDateInputValue(date('', '', ''))).toMatchObject({
      ok: false,
      error: {
        code: 'empty',
        message: 'Vui lòng nhập ngày, tháng và năm.',
        fields: ['day', 'month', 'year'],
      },
    });
    expect(parseDateInputValue(date('27', '', ''))).toMatchObject({
      error: {
        code: 'incomplete',
        message: 'Vui lòng nhập tháng và năm.',
        fields: ['month', 'year'],
      },
    });
    expect(parseDateInputValue(date('27', '3', ''), { locale: 'en' })).toMatchObject({
      error: { code: 'incomplete', message: 'Please enter the year.', fields: ['year'] },
    });
  });

  it('says which box is wrong', () => {
    const cases: [DateInputValue, string, string[]][] = [
      [date('27', 'ba', '1958'), 'not_digits', ['month']],
      [date('27', '3', '58'), 'year_length', ['year']],
      [date('27', '13', '1958'), 'invalid_date', ['month']],
      [date('30', '2', '2024'), 'invalid_date', ['day']],
      [date('127', '2', '2024'), 'format', ['day']],
    ];
    for (const [value, code, fields] of cases) {
      const result = parseDateInputValue(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect([result.error.code, result.error.fields]).toEqual([code, fields]);
    }
  });

  it('passes min/max, locale and overrides to parseDate', () => {
    const result = parseDateInputValue(date('1', '1', '2030'), {
      max: { year: 2025, month: 12, day: 31 },
      locale: 'en',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'after_max', fields: ['day', 'month', 'year'] },
    });
    if (!result.ok) expect(result.error.message).toContain('31/12/2025');
    const custom = parseDateInputValue(date('', '', ''), {
      messages: { 'dateInput.missing': 'Thiếu {fields}' },
    });
    expect(custom.ok || custom.error.message).toBe('Thiếu ngày, tháng và năm');
  });
});

describe('DateInput showLunar', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const lunarHint = (container: HTMLElement) =>
    container.querySelector('.gm-date-input__lunar') as HTMLElement;
  const liveRegion = (container: HTMLElement) =>
    container.querySelector('[aria-live="polite"]') as HTMLElement;
  const type = (getByLabelText: (label: string) => HTMLElement, values: Record<string, string>) => {
    for (const [label, text] of Object.entries(values)) {
      fireEvent.change(getByLabelText(label), { target: { value: text } });
    }
  };

  it('loads the lunar calendar by itself and shows the lunar date of a whole date', async () => {
    const { findByText, container } = renderWithProvider(
      <DateInput id="dob" label="Ngày sinh" showLunar defaultValue={date('17', '2', '2026')} />,
    );
    const hint = await findByText('Âm lịch: mùng 1 tháng Giêng năm Bính Ngọ');
    expect(hint).toBe(lunarHint(container));
    expect(hint.id).toBe('dob-lunar');
    expect(hint.getAttribute('aria-hidden')).toBe('true');
    // Read with the group, after the example hint.
    expect(container.querySelector('fieldset')?.getAttribute('aria-describedby')).toBe(
      'dob-hint dob-lunar',
    );
    // A restored value is not announced: nothing was typed.
    expect(liveRegion(container).textContent).toBe('');
  });

  it('says it once typing pauses, not on every keystroke', async () => {
    await loadLunarCalendar();
    vi.useFakeTimers();
    const { getByLabelText, container } = renderWithProvider(
      <DateInput label="Ngày sinh" showLunar />,
    );
    type(getByLabelText, { Ngày: '2', Tháng: '3', Năm: '1958' });
    expect(lunarHint(container).textContent).toBe('Âm lịch: ngày 13 tháng Giêng năm Mậu Tuất');
    act(() => vi.advanceTimersByTime(LUNAR_ANNOUNCE_DELAY_MS - 200));
    type(getByLabelText, { Ngày: '27' }); // still typing the day
    expect(lunarHint(container).textContent).toBe('Âm lịch: mùng 8 tháng 2 năm Mậu Tuất');
    act(() => vi.advanceTimersByTime(LUNAR_ANNOUNCE_DELAY_MS - 1));
    expect(liveRegion(container).textContent).toBe('');
    act(() => vi.advanceTimersByTime(1));
    expect(liveRegion(container).textContent).toBe('Âm lịch: mùng 8 tháng 2 năm Mậu Tuất');
  });

  it('shows nothing until the date is whole and real, and clears when it no longer is', async () => {
    await loadLunarCalendar();
    vi.useFakeTimers();
    const { getByLabelText, container } = renderWithProvider(
      <DateInput label="Ngày sinh" showLunar />,
    );
    type(getByLabelText, { Ngày: '31', Tháng: '2' });
    expect(lunarHint(container).textContent).toBe('');
    type(getByLabelText, { Năm: '195' });
    expect(lunarHint(container).textContent).toBe('');
    type(getByLabelText, { Năm: '1958' }); // 31/2 does not exist
    expect(lunarHint(container).textContent).toBe('');
    type(getByLabelText, { Ngày: '28' });
    expect(lunarHint(container).textContent).toBe('Âm lịch: ngày 11 tháng Giêng năm Mậu Tuất');
    act(() => vi.advanceTimersByTime(LUNAR_ANNOUNCE_DELAY_MS));
    expect(liveRegion(container).textContent).not.toBe('');
    type(getByLabelText, { Tháng: '' });
    expect(lunarHint(container).textContent).toBe('');
    act(() => vi.advanceTimersByTime(LUNAR_ANNOUNCE_DELAY_MS));
    expect(liveRegion(container).textContent).toBe('');
  });

  it('marks a leap month, and speaks English', async () => {
    await loadLunarCalendar();
    const vi1 = renderWithProvider(
      <DateInput label="Ngày sinh" showLunar defaultValue={date('25', '7', '2025')} />,
    );
    expect(lunarHint(vi1.container).textContent).toBe('Âm lịch: mùng 1 tháng 6 nhuận năm Ất Tỵ');
    cleanup();
    const en = renderWithProvider(
      <DateInput label="Date of birth" showLunar defaultValue={date('17', '2', '2026')} />,
      { locale: 'en' },
    );
    expect(lunarHint(en.container).textContent).toBe(
      'Lunar calendar: 1st day of the 1st lunar month, year of Bính Ngọ (Horse)',
    );
  });

  it('takes the app’s words through GovMiniProvider messages', async () => {
    await loadLunarCalendar();
    const { container } = renderWithProvider(
      <DateInput label="Ngày sinh" showLunar defaultValue={date('15', '8', '2024')} />,
      { messages: { 'dateInput.lunar': 'Tức ngày âm lịch: {date}', 'lunar.day': 'hôm {n}' } },
    );
    expect(lunarHint(container).textContent).toBe('Tức ngày âm lịch: hôm 12 tháng 7 năm Giáp Thìn');
  });

  it('stays out of the way without showLunar, and outside the checked years', async () => {
    await loadLunarCalendar();
    const plain = renderWithProvider(
      <DateInput id="d" label="Ngày sinh" defaultValue={date('17', '2', '2026')} />,
    );
    expect(lunarHint(plain.container)).toBeNull();
    expect(liveRegion(plain.container)).toBeNull();
    expect(plain.getByRole('group').getAttribute('aria-describedby')).toBe('d-hint');
    cleanup();
    const old = renderWithProvider(
      <DateInput label="Ngày" showLunar defaultValue={date('1', '1', '1899')} />,
    );
    expect(lunarHint(old.container).textContent).toBe('');
  });
});
