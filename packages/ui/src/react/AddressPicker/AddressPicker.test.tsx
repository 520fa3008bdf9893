import { createAdminIndex } from '@govmini/vn/admin';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProvider } from '../test-utils';
import { AddressPicker, type AddressValue } from './AddressPicker';
import { sampleAdminData } from './sample-data';

afterEach(cleanup);

const index = createAdminIndex(sampleAdminData);
const type = (label: RegExp | string, text: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value: text } });
const hcm = { code: '79', name: 'Thành phố Hồ Chí Minh' };
const benThanh = { code: '26743', name: 'Phường Bến Thành' };

describe('AddressPicker: province step', () => {
  it('is a fieldset with a legend, hint and a labelled search input', () => {
    renderWithProvider(<AddressPicker label="Nơi thường trú" hint="Như trên CCCD" index={index} />);
    const group = screen.getByRole('group', { name: 'Nơi thường trú' });
    const hint = screen.getByText('Như trên CCCD');
    expect(group.getAttribute('aria-describedby')).toBe(hint.id);
    const input = screen.getByRole('searchbox', { name: 'Tỉnh hoặc thành phố' });
    expect(input.getAttribute('aria-describedby')).toContain(`${input.id}-step-hint`);
  });

  it('offers all 34 provinces, sorted by name, before any typing', () => {
    renderWithProvider(<AddressPicker label="Nơi thường trú" index={index} />);
    const list = screen.getByRole('list', { name: 'Hoặc chọn trong danh sách dưới đây' });
    const names = within(list)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toHaveLength(34);
    expect(names[0]).toBe('Tỉnh An Giang');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it.each([
    ['hcm', 'Thành phố Hồ Chí Minh'],
    ['sài gòn', 'Thành phố Hồ Chí Minh'],
    ['ha noi', 'Thành phố Hà Nội'],
  ])('finds %s', (query, name) => {
    renderWithProvider(<AddressPicker label="Nơi thường trú" index={index} />);
    type('Tỉnh hoặc thành phố', query);
    expect(screen.getAllByRole('button')[0]?.textContent).toBe(name);
    expect(screen.getByRole('status').textContent).toMatch(/^Có \d+ kết quả$/);
  });

  it('explains a pre-2025 name: "Bình Dương cũ → nay thuộc Thành phố Hồ Chí Minh"', () => {
    const onChange = vi.fn();
    renderWithProvider(<AddressPicker label="Nơi thường trú" index={index} onChange={onChange} />);
    type('Tỉnh hoặc thành phố', 'binh duong');
    // The arrow is for the eyes only; a screen reader hears a pause (a hidden comma).
    const option = screen.getByRole('button', {
      name: /^Bình Dương cũ, ?nay thuộc Thành phố Hồ Chí Minh$/,
    });
    expect(option.textContent).toBe('Bình Dương cũ→ , nay thuộc Thành phố Hồ Chí Minh');
    fireEvent.click(option);
    expect(onChange).toHaveBeenCalledWith({ province: hcm });
  });

  it('says when nothing is found', () => {
    renderWithProvider(<AddressPicker label="Nơi thường trú" index={index} />);
    type('Tỉnh hoặc thành phố', 'xyzw');
    expect(screen.getByRole('status').textContent).toMatch(/^Không tìm thấy/);
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('AddressPicker: the three steps (uncontrolled)', () => {
  it('province → commune → street, moving focus, with "Đổi" to go back', () => {
    const onChange = vi.fn();
    renderWithProvider(<AddressPicker label="Nơi thường trú" index={index} onChange={onChange} />);
    type('Tỉnh hoặc thành phố', 'hcm');
    fireEvent.click(screen.getByRole('button', { name: 'Thành phố Hồ Chí Minh' }));
    const commune = screen.getByRole('searchbox', { name: 'Xã, phường hoặc đặc khu' });
    expect(document.activeElement).toBe(commune);
    expect(screen.getByText('Thành phố Hồ Chí Minh').tagName).toBe('DD');

    // Only this province's communes.
    type('Xã, phường hoặc đặc khu', 'ba dinh');
    expect(screen.getByRole('status').textContent).toMatch(/^Không tìm thấy/);
    type('Xã, phường hoặc đặc khu', 'ben thanh');
    fireEvent.click(screen.getByRole('button', { name: 'Phường Bến Thành' }));
    expect(onChange).toHaveBeenLastCalledWith({ province: hcm, commune: benThanh });

    const street = screen.getByRole('textbox', { name: 'Số nhà, tên đường' });
    expect(document.activeElement).toBe(street);
    expect(street.getAttribute('autocomplete')).toBe('address-line1');
    fireEvent.change(street, { target: { value: '12 Lê Lợi' } });
    expect(onChange).toHaveBeenLastCalledWith({
      province: hcm,
      commune: benThanh,
      street: '12 Lê Lợi',
    });
    expect(document.activeElement).toBe(street);

    fireEvent.click(screen.getByRole('button', { name: 'Đổi Xã, phường' }));
    expect(onChange).toHaveBeenLastCalledWith({ province: hcm, street: '12 Lê Lợi' });
    expect(document.activeElement).toBe(
      screen.getByRole('searchbox', { name: 'Xã, phường hoặc đặc khu' }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Đổi Tỉnh, thành phố' }));
    expect(onChange).toHaveBeenLastCalledWith({ street: '12 Lê Lợi' });
    expect(document.activeElement).toBe(
      screen.getByRole('searchbox', { name: 'Tỉnh hoặc thành phố' }),
    );
  });

  it('starts from defaultValue', () => {
    renderWithProvider(
      <AddressPicker
        label="Nơi thường trú"
        index={index}
        defaultValue={{ province: hcm, commune: benThanh, street: '5 Lê Lợi' }}
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Số nhà, tên đường' })).toHaveProperty(
      'value',
      '5 Lê Lợi',
    );
    expect(screen.getByText('Phường Bến Thành')).toBeTruthy();
  });
});

describe('AddressPicker: controlled', () => {
  it('shows the value it is given and reports changes without keeping them', () => {
    const onChange = vi.fn();
    const { rerender } = renderWithProvider(
      <AddressPicker label="Nơi thường trú" index={index} value={{}} onChange={onChange} />,
    );
    type('Tỉnh hoặc thành phố', 'hcm');
    fireEvent.click(screen.getByRole('button', { name: 'Thành phố Hồ Chí Minh' }));
    expect(onChange).toHaveBeenCalledWith({ province: hcm });
    expect(screen.getByRole('searchbox', { name: 'Tỉnh hoặc thành phố' })).toBeTruthy();
    const next: AddressValue = { province: hcm };
    rerender(
      <AddressPicker label="Nơi thường trú" index={index} value={next} onChange={onChange} />,
    );
    expect(screen.getByRole('searchbox', { name: 'Xã, phường hoặc đặc khu' })).toBeTruthy();
  });
});

describe('AddressPicker: without commune data', () => {
  it('searches provinces only, then takes the commune as free text', () => {
    const onChange = vi.fn();
    renderWithProvider(<AddressPicker label="Nơi thường trú" onChange={onChange} />);
    type('Tỉnh hoặc thành phố', 'binh duong');
    fireEvent.click(screen.getByRole('button', { name: /Bình Dương cũ/ }));
    const commune = screen.getByRole('textbox', { name: 'Xã, phường hoặc đặc khu' });
    expect(document.activeElement).toBe(commune);
    fireEvent.change(commune, { target: { value: 'Phường Thủ Dầu Một' } });
    expect(onChange).toHaveBeenLastCalledWith({
      province: hcm,
      commune: { code: '', name: 'Phường Thủ Dầu Một' },
    });
    expect(screen.getByRole('textbox', { name: 'Số nhà, tên đường' })).toBeTruthy();
  });
});

describe('AddressPicker: errors, ids and ref', () => {
  it('wires the error to the group and the active input, with the given id', () => {
    const ref = createRef<HTMLFieldSetElement>();
    renderWithProvider(
      <AddressPicker
        ref={ref}
        id="thuong-tru"
        label="Nơi thường trú"
        hint="Như trên CCCD"
        index={index}
        error="Vui lòng chọn tỉnh hoặc thành phố"
      />,
    );
    const input = screen.getByRole('searchbox', { name: 'Tỉnh hoặc thành phố' });
    expect(input.id).toBe('thuong-tru');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = screen.getByText('Vui lòng chọn tỉnh hoặc thành phố').closest('p') as HTMLElement;
    expect(error.id).toBe('thuong-tru-error');
    expect(error.textContent).toBe('Lỗi: Vui lòng chọn tỉnh hoặc thành phố');
    expect(input.getAttribute('aria-describedby')).toContain('thuong-tru-error');
    expect(ref.current?.tagName).toBe('FIELDSET');
    expect(ref.current?.getAttribute('aria-describedby')).toBe('thuong-tru-hint thuong-tru-error');
    expect(ref.current?.parentElement?.className).toContain('gm-form-group--error');
  });

  it('has no duplicate ids', () => {
    const { container } = renderWithProvider(
      <AddressPicker
        label="Nơi thường trú"
        hint="Như trên CCCD"
        error="Lỗi"
        index={index}
        defaultValue={{ province: hcm, commune: benThanh }}
      />,
    );
    const all = [...container.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('AddressPicker: keyboard', () => {
  it('arrows move between the input and the results; Enter never submits; Escape clears', () => {
    const onSubmit = vi.fn((e: { preventDefault(): void }) => e.preventDefault());
    renderWithProvider(
      <form onSubmit={onSubmit}>
        <AddressPicker label="Nơi thường trú" index={index} />
      </form>,
    );
    const input = screen.getByRole('searchbox', { name: 'Tỉnh hoặc thành phố' });
    type('Tỉnh hoặc thành phố', 'ha');
    const options = within(screen.getByRole('list')).getAllByRole('button');
    expect(options.length).toBeGreaterThan(1);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(document.activeElement).toBe(options[0]);
    fireEvent.keyDown(options[0] as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(options[1]);
    fireEvent.keyDown(options[1] as HTMLElement, { key: 'ArrowUp' });
    fireEvent.keyDown(options[0] as HTMLElement, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(input);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(options[0]);
    fireEvent.keyDown(options[0] as HTMLElement, { key: 'Escape' });
    expect(document.activeElement).toBe(input);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input).toHaveProperty('value', '');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('AddressPicker: messages', () => {
  it('speaks English', () => {
    renderWithProvider(
      <AddressPicker label="Address" index={index} defaultValue={{ province: hcm }} />,
      {
        locale: 'en',
      },
    );
    expect(screen.getByRole('searchbox', { name: 'Commune, ward or special zone' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Change Province or city' })).toBeTruthy();
    type('Commune, ward or special zone', 'ben');
    expect(screen.getByRole('status').textContent).toBe('Results found: 1');
  });
});
