import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithFeedback } from '../test-support';
import { LocationField } from './LocationField';
import { type LocationValue, toReportLocation } from './location-value';

let latest: LocationValue = {};
function Kept({ error }: { error?: string }) {
  const [value, setValue] = useState<LocationValue>({});
  latest = value;
  return <LocationField id="vi-tri" value={value} onChange={setValue} error={error} />;
}

describe('LocationField', () => {
  it('exchanges the location token through the backend and shows the address to check', async () => {
    const { world } = await renderWithFeedback(<Kept />);
    fireEvent.click(screen.getByRole('button', { name: 'Dùng vị trí hiện tại' }));
    await screen.findByText('Phố Đinh Tiên Hoàng, Phường Hoàn Kiếm, Thành phố Hà Nội');
    expect(world.platform.controls.history.some((c) => c.api === 'getLocation')).toBe(true);
    fireEvent.change(screen.getByLabelText(/Ghi rõ thêm về địa điểm/), {
      target: { value: 'Cột điện số 5' },
    });
    expect(toReportLocation(latest)).toMatchObject({
      kind: 'device',
      communeCode: '00070',
      place: 'Cột điện số 5',
    });
  });

  it('when the location is refused: says so, offers the settings, and opens choosing by hand', async () => {
    await renderWithFeedback(<Kept />, { simulator: { permissions: { location: 'prompt-deny' } } });
    fireEvent.click(screen.getByRole('button', { name: 'Dùng vị trí hiện tại' }));
    await screen.findByText(/Chưa được phép lấy vị trí của điện thoại/);
    expect(screen.getByRole('button', { name: 'Mở cài đặt quyền' })).toBeTruthy();
    expect(screen.getByLabelText('Tỉnh hoặc thành phố')).toBeTruthy();
    expect(latest.mode).toBe('hand');
  });

  it('offline: says the location cannot be had and opens choosing by hand', async () => {
    await renderWithFeedback(<Kept />, { online: false });
    fireEvent.click(screen.getByRole('button', { name: 'Dùng vị trí hiện tại' }));
    await screen.findByText(/Điện thoại đang mất mạng nên chưa lấy được vị trí/);
    expect(latest.mode).toBe('hand');
  });

  it('ties its error to the fieldset', async () => {
    await renderWithFeedback(<Kept error="Vui lòng cho biết nơi xảy ra vấn đề." />);
    const group = screen.getByRole('group', { name: 'Vấn đề ở đâu?' });
    const described = (group.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent)).toContain(
      'Lỗi: Vui lòng cho biết nơi xảy ra vấn đề.',
    );
  });
});
