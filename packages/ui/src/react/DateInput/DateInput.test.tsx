import { cleanup, fireEvent } from '@testing-library/react';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProvider } from '../test-utils';
import { DateInput } from './DateInput';
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
