import { cleanup, fireEvent } from '@testing-library/react';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextInput } from '../TextInput';
import { renderWithProvider } from '../test-utils';
import { Checkbox, CheckboxGroup } from './CheckboxGroup';

afterEach(cleanup);

const papers = (
  <>
    <Checkbox value="cccd" label="Căn cước" />
    <Checkbox value="khai-sinh" label="Giấy khai sinh" />
    <Checkbox value="ho-khau" label="Giấy xác nhận cư trú" />
  </>
);

function ControlledGroup() {
  const [value, setValue] = useState<string[]>([]);
  return (
    <>
      <CheckboxGroup label="Giấy tờ" value={value} onValueChange={setValue}>
        {papers}
      </CheckboxGroup>
      <output>{value.join(',')}</output>
    </>
  );
}

function ControlledCheckbox() {
  const [on, setOn] = useState(true);
  return (
    <>
      <Checkbox label="Nhận tin qua Zalo" checked={on} onChange={(e) => setOn(e.target.checked)} />
      <output>{String(on)}</output>
    </>
  );
}

function DeclarationForm({ error }: { error?: string }) {
  return (
    <Checkbox
      id="cam-doan"
      label="Tôi cam đoan"
      hint="Bắt buộc để nộp hồ sơ"
      {...(error && { error })}
    />
  );
}

describe('CheckboxGroup', () => {
  it('is a fieldset with its legend, hint and error', () => {
    const { getByRole, getAllByRole } = renderWithProvider(
      <CheckboxGroup
        id="giay-to"
        label="Giấy tờ đã có"
        hint="Chọn tất cả mục phù hợp"
        error="Vui lòng chọn ít nhất một loại giấy tờ"
      >
        {papers}
      </CheckboxGroup>,
    );
    const group = getByRole('group', { name: 'Giấy tờ đã có' });
    expect(group.id).toBe('giay-to');
    expect(group.getAttribute('aria-describedby')).toBe('giay-to-hint giay-to-error');
    const boxes = getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes).toHaveLength(3);
    expect(new Set(boxes.map((b) => b.name))).toEqual(new Set(['giay-to']));
    // In a group the group carries the error; the boxes are not each invalid.
    expect(boxes.some((b) => b.hasAttribute('aria-invalid'))).toBe(false);
  });

  it('works uncontrolled', () => {
    const onValueChange = vi.fn();
    const { getByLabelText } = renderWithProvider(
      <CheckboxGroup label="Giấy tờ" defaultValue={['cccd']} onValueChange={onValueChange}>
        {papers}
      </CheckboxGroup>,
    );
    expect((getByLabelText('Căn cước') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(getByLabelText('Giấy khai sinh'));
    expect(onValueChange).toHaveBeenLastCalledWith(['cccd', 'khai-sinh']);
    fireEvent.click(getByLabelText('Căn cước'));
    expect(onValueChange).toHaveBeenLastCalledWith(['khai-sinh']);
    expect((getByLabelText('Căn cước') as HTMLInputElement).checked).toBe(false);
    expect((getByLabelText('Giấy khai sinh') as HTMLInputElement).checked).toBe(true);
  });

  it('works controlled', () => {
    const { getByLabelText, container } = renderWithProvider(<ControlledGroup />);
    fireEvent.click(getByLabelText('Giấy xác nhận cư trú'));
    fireEvent.click(getByLabelText('Căn cước'));
    expect(container.querySelector('output')?.textContent).toBe('ho-khau,cccd');
  });

  it('reveals a conditional part while ticked', () => {
    const { getByLabelText } = renderWithProvider(
      <CheckboxGroup label="Giấy tờ">
        <Checkbox
          value="khac"
          label="Giấy tờ khác"
          conditional={<TextInput label="Tên giấy tờ" />}
        />
      </CheckboxGroup>,
    );
    const box = getByLabelText('Giấy tờ khác');
    const reveal = document.getElementById(box.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(reveal.hidden).toBe(true);
    fireEvent.click(box);
    expect(reveal.hidden).toBe(false);
  });
});

describe('Checkbox alone', () => {
  it('toggles uncontrolled, with the keyboard focus on the native input', () => {
    const onChange = vi.fn();
    const ref = createRef<HTMLInputElement>();
    const { getByLabelText } = renderWithProvider(
      <Checkbox
        ref={ref}
        name="cam-doan"
        label="Tôi cam đoan thông tin trên là đúng"
        onChange={onChange}
      />,
    );
    const box = getByLabelText('Tôi cam đoan thông tin trên là đúng') as HTMLInputElement;
    expect(ref.current).toBe(box);
    box.focus();
    expect(document.activeElement).toBe(box);
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(box.name).toBe('cam-doan');
  });

  it('works controlled', () => {
    const { getByLabelText, container } = renderWithProvider(<ControlledCheckbox />);
    const box = getByLabelText('Nhận tin qua Zalo') as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(box.checked).toBe(false);
    expect(container.querySelector('output')?.textContent).toBe('false');
  });

  it('shows its own error, keeps focus and state when the error comes and goes', () => {
    const { getByLabelText, rerender } = renderWithProvider(<DeclarationForm />);
    const box = getByLabelText('Tôi cam đoan') as HTMLInputElement;
    fireEvent.click(box);
    box.focus();
    rerender(<DeclarationForm error="Vui lòng đánh dấu vào ô cam đoan" />);
    const same = getByLabelText('Tôi cam đoan') as HTMLInputElement;
    expect(same).toBe(box);
    expect(document.activeElement).toBe(box);
    expect(box.checked).toBe(true);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe('cam-doan-hint cam-doan-error');
    expect(document.getElementById('cam-doan-error')?.textContent).toContain(
      'Vui lòng đánh dấu vào ô cam đoan',
    );
    expect(box.closest('.gm-form-group')?.className).toContain('gm-form-group--error');
  });
});
