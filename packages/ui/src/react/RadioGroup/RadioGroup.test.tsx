import { cleanup, fireEvent } from '@testing-library/react';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextInput } from '../TextInput';
import { renderWithProvider } from '../test-utils';
import { Radio, RadioGroup } from './RadioGroup';

afterEach(cleanup);

function ControlledForm() {
  const [value, setValue] = useState('nam');
  return (
    <>
      <RadioGroup label="Giới tính" value={value} onValueChange={setValue}>
        <Radio value="nam" label="Nam" />
        <Radio value="nu" label="Nữ" />
      </RadioGroup>
      <output>{value}</output>
    </>
  );
}

describe('RadioGroup', () => {
  it('is a fieldset with its legend, hint and error', () => {
    const { getByRole, getAllByRole } = renderWithProvider(
      <RadioGroup
        id="gioi-tinh"
        label="Giới tính"
        hint="Như trên giấy khai sinh"
        error="Vui lòng chọn giới tính"
      >
        <Radio value="nam" label="Nam" />
        <Radio value="nu" label="Nữ" />
      </RadioGroup>,
    );
    const group = getByRole('group', { name: 'Giới tính' });
    expect(group.tagName).toBe('FIELDSET');
    expect(group.id).toBe('gioi-tinh');
    expect(group.getAttribute('aria-describedby')).toBe('gioi-tinh-hint gioi-tinh-error');
    const radios = getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.name)).toEqual(['gioi-tinh', 'gioi-tinh']);
    expect(radios[0]?.labels?.[0]?.textContent).toBe('Nam');
  });

  it('puts the legend in an h1 when it is the page heading', () => {
    const { getByRole } = renderWithProvider(
      <RadioGroup label="Nộp hồ sơ cho ai?" legendAsHeading>
        <Radio value="self" label="Cho bản thân" />
      </RadioGroup>,
    );
    expect(getByRole('heading', { level: 1 }).textContent).toBe('Nộp hồ sơ cho ai?');
  });

  it('works uncontrolled', () => {
    const onValueChange = vi.fn();
    const { getByLabelText } = renderWithProvider(
      <RadioGroup label="Giới tính" name="sex" defaultValue="nu" onValueChange={onValueChange}>
        <Radio value="nam" label="Nam" />
        <Radio value="nu" label="Nữ" />
      </RadioGroup>,
    );
    const nam = getByLabelText('Nam') as HTMLInputElement;
    const nu = getByLabelText('Nữ') as HTMLInputElement;
    expect(nu.checked).toBe(true);
    expect(nam.name).toBe('sex');
    fireEvent.click(nam);
    expect(nam.checked).toBe(true);
    expect(nu.checked).toBe(false);
    expect(onValueChange).toHaveBeenCalledWith('nam');
  });

  it('works controlled', () => {
    const { getByLabelText, container } = renderWithProvider(<ControlledForm />);
    fireEvent.click(getByLabelText('Nữ'));
    expect(container.querySelector('output')?.textContent).toBe('nu');
    expect((getByLabelText('Nữ') as HTMLInputElement).checked).toBe(true);
  });

  it('selects with the keyboard (Space on the focused radio) and calls onChange', () => {
    const onChange = vi.fn();
    const { getByLabelText } = renderWithProvider(
      <RadioGroup label="Giới tính">
        <Radio value="nam" label="Nam" onChange={onChange} />
        <Radio value="nu" label="Nữ" />
      </RadioGroup>,
    );
    const nam = getByLabelText('Nam') as HTMLInputElement;
    nam.focus();
    expect(document.activeElement).toBe(nam);
    // A browser turns Space into a click on a radio; jsdom needs the click.
    fireEvent.keyDown(nam, { key: ' ' });
    fireEvent.click(nam);
    expect(nam.checked).toBe(true);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('describes a radio by its own hint, and reveals its conditional part only while chosen', () => {
    const { getByLabelText } = renderWithProvider(
      <RadioGroup id="lien-he" label="Cách liên hệ">
        <Radio value="zalo" label="Qua Zalo" hint="Nhận thông báo trong Zalo" />
        <Radio
          value="phone"
          label="Gọi điện"
          conditional={<TextInput id="so-dt" label="Số điện thoại" />}
        />
      </RadioGroup>,
    );
    const zalo = getByLabelText('Qua Zalo');
    const hintId = zalo.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(hintId)?.textContent).toBe('Nhận thông báo trong Zalo');
    const phone = getByLabelText('Gọi điện');
    const revealId = phone.getAttribute('aria-controls') ?? '';
    const reveal = document.getElementById(revealId) as HTMLElement;
    expect(reveal.hidden).toBe(true);
    fireEvent.click(phone);
    expect(reveal.hidden).toBe(false);
    // What was typed inside stays when the answer changes back and forth.
    const inner = getByLabelText('Số điện thoại') as HTMLInputElement;
    fireEvent.change(inner, { target: { value: '0912 345 678' } });
    fireEvent.click(zalo);
    expect(reveal.hidden).toBe(true);
    fireEvent.click(phone);
    expect((getByLabelText('Số điện thoại') as HTMLInputElement).value).toBe('0912 345 678');
  });

  it('forwards refs: the group to the fieldset, a radio to its input', () => {
    const group = createRef<HTMLFieldSetElement>();
    const radio = createRef<HTMLInputElement>();
    renderWithProvider(
      <RadioGroup ref={group} label="Giới tính" disabled>
        <Radio ref={radio} value="nam" label="Nam" />
      </RadioGroup>,
    );
    expect(group.current?.tagName).toBe('FIELDSET');
    expect(group.current?.disabled).toBe(true);
    expect(radio.current?.type).toBe('radio');
  });
});
