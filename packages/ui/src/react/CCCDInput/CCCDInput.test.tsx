import { cleanup, fireEvent } from '@testing-library/react';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProvider } from '../test-utils';
import { CCCDInput, type CccdResult, formatCccd } from './CCCDInput';

afterEach(cleanup);

/** Types `value` with the caret at `caret`, as a browser's input event would. */
function type(
  input: HTMLInputElement,
  value: string,
  caret = value.length,
  inputType = 'insertText',
) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.setSelectionRange(caret, caret);
  fireEvent.input(input, { inputType });
}

function ControlledForm() {
  const [value, setValue] = useState('');
  return (
    <>
      <CCCDInput label="Số CCCD" value={value} onValueChange={setValue} />
      <output>{value}</output>
    </>
  );
}

describe('formatCccd', () => {
  it('groups digits by three and tolerates spaces, dots and full-width digits', () => {
    expect(formatCccd('001203012345')).toBe('001 203 012 345');
    expect(formatCccd('001.203.012.345')).toBe('001 203 012 345');
    expect(formatCccd('００１２０３０１２３４５')).toBe('001 203 012 345');
    expect(formatCccd(' 0012 ')).toBe('001 2');
    expect(formatCccd('0012030123456')).toBe('001 203 012 345 6');
    expect(formatCccd('')).toBe('');
  });

  it('leaves text with letters exactly as typed', () => {
    expect(formatCccd('001 2O3')).toBe('001 2O3');
  });
});

describe('CCCDInput', () => {
  it('is a labelled numeric text box', () => {
    const ref = createRef<HTMLInputElement>();
    const { getByLabelText } = renderWithProvider(
      <CCCDInput ref={ref} id="cccd" label="Số CCCD" hint="12 chữ số in trên thẻ căn cước" />,
    );
    const input = getByLabelText('Số CCCD') as HTMLInputElement;
    expect(ref.current).toBe(input);
    expect(input.id).toBe('cccd');
    expect(input.inputMode).toBe('numeric');
    expect(input.getAttribute('aria-describedby')).toBe('cccd-hint');
    expect(input.hasAttribute('maxlength')).toBe(false);
  });

  it('formats as typed and keeps the caret after the same digit', () => {
    const onValueChange = vi.fn();
    const { getByLabelText } = renderWithProvider(
      <CCCDInput label="Số CCCD" onValueChange={onValueChange} />,
    );
    const input = getByLabelText('Số CCCD') as HTMLInputElement;
    input.focus();
    type(input, '0012');
    expect(input.value).toBe('001 2');
    expect(input.selectionStart).toBe(5);
    // A digit typed in the middle: "001 2" → "0091 2" with the caret after the 9.
    type(input, '0091 2', 3);
    expect(input.value).toBe('009 12');
    expect(input.selectionStart).toBe(3);
    expect(onValueChange).toHaveBeenLastCalledWith('009 12');
  });

  it('Backspace just after a group space removes the digit before it', () => {
    const { getByLabelText } = renderWithProvider(
      <CCCDInput label="Số CCCD" defaultValue="001 203" />,
    );
    const input = getByLabelText('Số CCCD') as HTMLInputElement;
    input.focus();
    // The browser removed the space at index 3 ("001203", caret 3).
    type(input, '001203', 3, 'deleteContentBackward');
    expect(input.value).toBe('002 03');
    expect(input.selectionStart).toBe(2);
  });

  it('validates on blur, shows the message, and reports the result', () => {
    const results: CccdResult[] = [];
    const { getByLabelText, getByText } = renderWithProvider(
      <CCCDInput id="cccd" label="Số CCCD" onValidate={(r) => results.push(r)} />,
    );
    const input = getByLabelText('Số CCCD') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '00120301234' } });
    expect(input.hasAttribute('aria-invalid')).toBe(false); // not while typing
    fireEvent.blur(input);
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'length' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('cccd-error');
    expect(getByText(/Số CCCD phải có đủ 12 chữ số, số vừa nhập có 11/)).toBeTruthy();
    // The error goes as soon as the number is right.
    fireEvent.change(input, { target: { value: '001 203 012 345' } });
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(results.at(-1)).toMatchObject({
      ok: true,
      value: { number: '001203012345', birthYear: 2003 },
    });
  });

  it('shows no error for an empty box, but still reports the result', () => {
    const onValidate = vi.fn();
    const { getByLabelText } = renderWithProvider(
      <CCCDInput label="Số CCCD" onValidate={onValidate} />,
    );
    const input = getByLabelText('Số CCCD');
    fireEvent.blur(input);
    expect(onValidate).toHaveBeenCalledWith(
      expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'empty' }) }),
    );
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });

  it('a letter is kept as typed and explained', () => {
    const { getByLabelText, getByText } = renderWithProvider(<CCCDInput label="Số CCCD" />);
    const input = getByLabelText('Số CCCD') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '001 2O3 012 345' } });
    fireEvent.blur(input);
    expect(input.value).toBe('001 2O3 012 345');
    expect(getByText(/chỉ gồm chữ số/)).toBeTruthy();
  });

  it("the form's own error wins; messages follow the locale and the app's overrides", () => {
    const own = renderWithProvider(
      <CCCDInput label="Số CCCD" error="Số này đã được dùng cho hồ sơ khác" />,
    );
    expect(own.getByText('Số này đã được dùng cho hồ sơ khác')).toBeTruthy();
    cleanup();
    const en = renderWithProvider(<CCCDInput label="ID number" defaultValue="123456789" />, {
      locale: 'en',
    });
    fireEvent.blur(en.getByLabelText('ID number'));
    expect(en.getByText(/old, expired identity card/)).toBeTruthy();
    cleanup();
    const custom = renderWithProvider(<CCCDInput label="Số CCCD" defaultValue="123" />, {
      messages: { 'cccd.length': 'Thiếu số ({count}/12).' },
    });
    fireEvent.blur(custom.getByLabelText('Số CCCD'));
    expect(custom.getByText('Thiếu số (3/12).')).toBeTruthy();
  });

  it('works controlled', () => {
    const { getByLabelText, container } = renderWithProvider(<ControlledForm />);
    fireEvent.change(getByLabelText('Số CCCD'), { target: { value: '001203012345' } });
    expect(container.querySelector('output')?.textContent).toBe('001 203 012 345');
  });
});
