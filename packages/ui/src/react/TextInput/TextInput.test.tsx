import { cleanup, fireEvent } from '@testing-library/react';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProvider } from '../test-utils';
import { TextInput } from './TextInput';

afterEach(cleanup);

function UppercaseForm({ onChange }: { onChange: (value: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <TextInput
      label="Họ và tên"
      value={value}
      onChange={(e) => {
        onChange(e.target.value);
        setValue(e.target.value.toUpperCase());
      }}
    />
  );
}

describe('TextInput', () => {
  it('ties the label to the input', () => {
    const { getByLabelText } = renderWithProvider(<TextInput id="ho-ten" label="Họ và tên" />);
    const input = getByLabelText('Họ và tên') as HTMLInputElement;
    expect(input.id).toBe('ho-ten');
    expect(input.type).toBe('text');
    expect(input.className).toContain('gm-input');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });

  it('describes the input by its hint, then its error, and marks it invalid', () => {
    const { getByLabelText, getByText } = renderWithProvider(
      <TextInput
        id="ho-ten"
        label="Họ và tên"
        hint="Ghi đúng như trên thẻ căn cước"
        error="Vui lòng nhập họ và tên"
        aria-describedby="extra"
      />,
    );
    const input = getByLabelText('Họ và tên');
    expect(input.getAttribute('aria-describedby')).toBe('ho-ten-hint ho-ten-error extra');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.className).toContain('gm-input--error');
    expect(getByText('Ghi đúng như trên thẻ căn cước').id).toBe('ho-ten-hint');
    expect(getByText('Vui lòng nhập họ và tên').closest('p')?.id).toBe('ho-ten-error');
    // The group gets the red bar.
    expect(input.closest('.gm-form-group')?.className).toContain('gm-form-group--error');
  });

  it('generates an id when none is given', () => {
    const { getByLabelText } = renderWithProvider(<TextInput label="Nơi thường trú" />);
    expect(getByLabelText('Nơi thường trú').id).toMatch(/^gm/);
  });

  it('shows the optional marker in vi and en', () => {
    const vi = renderWithProvider(<TextInput label="Email" optional />);
    expect(vi.getByText('(không bắt buộc)')).toBeTruthy();
    const en = renderWithProvider(<TextInput label="Email" optional />, { locale: 'en' });
    expect(en.getByText('(optional)')).toBeTruthy();
  });

  it('works uncontrolled', () => {
    const { getByLabelText } = renderWithProvider(
      <TextInput label="Họ và tên" defaultValue="An" />,
    );
    const input = getByLabelText('Họ và tên') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'Nguyễn Văn An' } });
    expect(input.value).toBe('Nguyễn Văn An');
  });

  it('works controlled', () => {
    const onChange = vi.fn();
    const { getByLabelText } = renderWithProvider(<UppercaseForm onChange={onChange} />);
    const input = getByLabelText('Họ và tên') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'an' } });
    expect(onChange).toHaveBeenCalledWith('an');
    expect(input.value).toBe('AN');
  });

  it('forwards the ref and native props to the input', () => {
    const ref = createRef<HTMLInputElement>();
    const { getByLabelText } = renderWithProvider(
      <TextInput
        ref={ref}
        label="Email"
        type="email"
        autoComplete="email"
        maxWidth="lg"
        disabled
      />,
    );
    const input = getByLabelText('Email') as HTMLInputElement;
    expect(ref.current).toBe(input);
    expect(input.type).toBe('email');
    expect(input.autocomplete).toBe('email');
    expect(input.disabled).toBe(true);
    expect(input.className).toContain('gm-input--lg');
  });

  it('is reached with the keyboard and takes typed text', () => {
    const { getByLabelText } = renderWithProvider(<TextInput label="Họ và tên" />);
    const input = getByLabelText('Họ và tên') as HTMLInputElement;
    input.focus();
    expect(document.activeElement).toBe(input);
    expect(input.tabIndex).toBe(0);
  });
});
