import { cleanup, fireEvent } from '@testing-library/react';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProvider } from '../test-utils';
import { Select } from './Select';

afterEach(cleanup);

const options = (
  <>
    <option value="">Chọn tỉnh</option>
    <option value="tay-ninh">Tây Ninh</option>
    <option value="hue">Huế</option>
  </>
);

function ControlledForm() {
  const [value, setValue] = useState('');
  return (
    <>
      <Select label="Tỉnh" value={value} onChange={(e) => setValue(e.target.value)}>
        {options}
      </Select>
      <output>{value}</output>
    </>
  );
}

describe('Select', () => {
  it('is a native select tied to its label, hint and error', () => {
    const { getByLabelText } = renderWithProvider(
      <Select id="tinh" label="Tỉnh, thành phố" hint="Nơi thường trú" error="Vui lòng chọn tỉnh">
        {options}
      </Select>,
    );
    const select = getByLabelText('Tỉnh, thành phố') as HTMLSelectElement;
    expect(select.tagName).toBe('SELECT');
    expect(select.id).toBe('tinh');
    expect(select.getAttribute('aria-describedby')).toBe('tinh-hint tinh-error');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select.options).toHaveLength(3);
  });

  it('works uncontrolled and controlled', () => {
    const a = renderWithProvider(
      <Select label="Tỉnh" defaultValue="hue">
        {options}
      </Select>,
    );
    const first = a.getByLabelText('Tỉnh') as HTMLSelectElement;
    expect(first.value).toBe('hue');
    fireEvent.change(first, { target: { value: 'tay-ninh' } });
    expect(first.value).toBe('tay-ninh');
    cleanup();

    const b = renderWithProvider(<ControlledForm />);
    fireEvent.change(b.getByLabelText('Tỉnh'), { target: { value: 'hue' } });
    expect(b.container.querySelector('output')?.textContent).toBe('hue');
  });

  it('forwards the ref and native props', () => {
    const ref = createRef<HTMLSelectElement>();
    const { getByLabelText } = renderWithProvider(
      <Select ref={ref} label="Tỉnh" name="tinh" disabled>
        {options}
      </Select>,
    );
    const select = getByLabelText('Tỉnh') as HTMLSelectElement;
    expect(ref.current).toBe(select);
    expect(select.name).toBe('tinh');
    expect(select.disabled).toBe(true);
  });
});
