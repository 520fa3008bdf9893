import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderSignedIn } from '../test-support';
import { LocationRequest } from './LocationRequest';

const reason = 'Vị trí để gửi phản ánh đúng nơi xảy ra sự việc.';

async function setup(simulator = {}) {
  const onLocation = vi.fn();
  const onAddress = vi.fn();
  const result = await renderSignedIn(
    <LocationRequest reason={reason} onLocation={onLocation} onAddress={onAddress} />,
    { simulator: { location: { latitude: 16.46, longitude: 107.59 }, ...simulator } },
  );
  return { ...result, onLocation, onAddress };
}

describe('LocationRequest', () => {
  it('explains why, then gets the location through the backend', async () => {
    const { onLocation } = await setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Tiếp tục' }));
    await waitFor(() =>
      expect(onLocation).toHaveBeenCalledWith({ latitude: 16.46, longitude: 107.59 }),
    );
    expect(await screen.findByText('Đã nhận vị trí.')).toBeTruthy();
  });

  it('refused: the address is chosen with AddressPicker instead', async () => {
    const { onAddress, onLocation } = await setup({ permissions: { location: 'prompt-deny' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Tiếp tục' }));
    await screen.findByRole('heading', { name: 'Chọn địa chỉ' });
    // Nothing chosen yet: the summary says what is missing.
    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận địa chỉ' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Vui lòng chọn tỉnh hoặc thành phố')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Thành phố Huế' }));
    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận địa chỉ' }));
    expect(onAddress).toHaveBeenCalledWith(
      expect.objectContaining({ province: expect.objectContaining({ name: 'Thành phố Huế' }) }),
    );
    expect(onLocation).not.toHaveBeenCalled();
  });
});
