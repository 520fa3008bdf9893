import { cleanup, fireEvent } from '@testing-library/react';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProvider } from '../test-utils';
import { formatPhoneAsTyped, PhoneInput, type PhoneResult } from './PhoneInput';

afterEach(cleanup);

function ControlledForm({ onBlur }: { onBlur: () => void }) {
  const [value, setValue] = useState('');
  return (
    <>
      <PhoneInput label="Số điện thoại" value={value} onValueChange={setValue} onBlur={onBlur} />
      <output>{value}</output>
    </>
  );
}

describe('formatPhoneAsTyped', () => {
  it('groups as Vietnamese numbers are written', () => {
    expect(formatPhoneAsTyped('0912345678')).toBe('0912 345 678');
    expect(formatPhoneAsTyped('0912.345.678')).toBe('0912 345 678');
    expect(formatPhoneAsTyped('０９１２３４５６７８')).toBe('0912 345 678');
    expect(formatPhoneAsTyped('02431234567')).toBe('024 3123 4567');
    expect(formatPhoneAsTyped('01691234567')).toBe('0169 123 4567');
    expect(formatPhoneAsTyped('+84912345678')).toBe('+84 912 345 678');
    expect(formatPhoneAsTyped('(+84) 24 3123 4567')).toBe('+84 24 3123 4567');
    expect(formatPhoneAsTyped('091')).toBe('091');
    expect(formatPhoneAsTyped('+44 20 7946 0958')).toBe('+442079460958');
  });

  it('leaves text with letters as typed', () => {
    expect(formatPhoneAsTyped('0912 abc')).toBe('0912 abc');
  });
});

describe('PhoneInput', () => {
  it('is a labelled tel box wired to hint and error', () => {
    const ref = createRef<HTMLInputElement>();
    const { getByLabelText } = renderWithProvider(
      <PhoneInput ref={ref} id="sdt" label="Số điện thoại" hint="Để cán bộ gọi lại khi cần" />,
    );
    const input = getByLabelText('Số điện thoại') as HTMLInputElement;
    expect(ref.current).toBe(input);
    expect(input.type).toBe('tel');
    expect(input.autocomplete).toBe('tel');
    expect(input.getAttribute('aria-describedby')).toBe('sdt-hint');
  });

  it('formats as typed, validates on blur and reports the result', () => {
    const results: PhoneResult[] = [];
    const { getByLabelText } = renderWithProvider(
      <PhoneInput id="sdt" label="Số điện thoại" onValidate={(r) => results.push(r)} />,
    );
    const input = getByLabelText('Số điện thoại') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '091234567' } });
    expect(input.value).toBe('0912 345 67');
    fireEvent.blur(input);
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'too_short' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('sdt-error')?.textContent).toContain('còn thiếu chữ số');
    fireEvent.change(input, { target: { value: '0912345678' } });
    expect(results.at(-1)).toMatchObject({ ok: true, value: { e164: '+84912345678' } });
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });

  it('asks about an old prefix and accepts the new number with one tap', () => {
    const results: PhoneResult[] = [];
    const { getByLabelText, getByRole, queryByRole } = renderWithProvider(
      <PhoneInput id="sdt" label="Số điện thoại" onValidate={(r) => results.push(r)} />,
    );
    const input = getByLabelText('Số điện thoại') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '01691234567' } });
    fireEvent.blur(input);
    expect(results.at(-1)).toMatchObject({
      ok: false,
      error: { code: 'old_prefix', suggestion: '0391234567' },
    });
    const question = document.getElementById('sdt-error');
    expect(question?.textContent).toContain(
      'Số này dùng đầu số cũ. Có phải số mới là 0391 234 567?',
    );
    const accept = getByRole('button', { name: 'Dùng số này' });
    expect(accept.getAttribute('aria-describedby')).toBe('sdt-error');
    fireEvent.click(accept);
    expect(input.value).toBe('0391 234 567');
    expect(document.activeElement).toBe(input);
    expect(results.at(-1)).toMatchObject({ ok: true, value: { e164: '+84391234567' } });
    expect(queryByRole('button')).toBeNull();
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });

  it('asks in English too', () => {
    const { getByLabelText, getByRole } = renderWithProvider(
      <PhoneInput label="Phone number" defaultValue="0169 123 4567" />,
      { locale: 'en' },
    );
    fireEvent.blur(getByLabelText('Phone number'));
    expect(getByRole('button', { name: 'Use this number' })).toBeTruthy();
    expect(document.body.textContent).toContain('Is the new number 0391 234 567?');
  });

  it("the form's own error wins over the question", () => {
    const { getByLabelText, queryByRole, getByText } = renderWithProvider(
      <PhoneInput
        label="Số điện thoại"
        defaultValue="01691234567"
        error="Số này đã đăng ký cho tài khoản khác"
      />,
    );
    fireEvent.blur(getByLabelText('Số điện thoại'));
    expect(queryByRole('button')).toBeNull();
    expect(getByText('Số này đã đăng ký cho tài khoản khác')).toBeTruthy();
  });

  it('works controlled, and passes native handlers through', () => {
    const onBlur = vi.fn();
    const { getByLabelText, container } = renderWithProvider(<ControlledForm onBlur={onBlur} />);
    const input = getByLabelText('Số điện thoại');
    fireEvent.change(input, { target: { value: '+84 912-345-678' } });
    expect(container.querySelector('output')?.textContent).toBe('+84 912 345 678');
    fireEvent.blur(input);
    expect(onBlur).toHaveBeenCalledTimes(1);
  });
});
