import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderSignedIn } from '../test-support';
import { PhoneNumberRequest } from './PhoneNumberRequest';

const reason = 'Số điện thoại để cán bộ gọi lại khi hồ sơ cần bổ sung giấy tờ.';

function setup(simulator = {}) {
  const onPhone = vi.fn();
  const onTyped = vi.fn();
  return renderSignedIn(
    <PhoneNumberRequest reason={reason} onPhone={onPhone} onTyped={onTyped} />,
    { simulator },
  ).then((result) => ({ ...result, onPhone, onTyped }));
}

const phoneBox = () => screen.getByRole('textbox', { name: 'Số điện thoại di động' });
const typeAndSubmit = (value: string) => {
  fireEvent.change(phoneBox(), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Xác nhận số điện thoại' }));
};

describe('PhoneNumberRequest', () => {
  it('explains why before Zalo’s prompt, then gets the number through the backend', async () => {
    const { onPhone, platform } = await setup();
    await screen.findByRole('heading', { name: 'Vì sao cần số điện thoại' });
    expect(screen.getByText(reason)).toBeTruthy();
    // Zalo's prompt has not been shown yet: the explanation waits for "Tiếp tục".
    expect(platform.controls.history.some((c) => c.api === 'getPhoneNumber')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await waitFor(() => expect(onPhone).toHaveBeenCalledWith('+84912345678'));
    expect(await screen.findByText('Đã nhận số điện thoại 09•• ••• 678.')).toBeTruthy();
  });

  it('refused at Zalo’s prompt: offers typing the number, and hands over E.164', async () => {
    const { onTyped, onPhone } = await setup({ permissions: { phoneNumber: 'prompt-deny' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Tiếp tục' }));
    await screen.findByRole('heading', { name: 'Nhập số điện thoại' });
    expect(screen.getByText(/Số điện thoại chưa được chia sẻ qua Zalo/)).toBeTruthy();
    // Said in the hint: a typed number is checked later by other means.
    expect(phoneBox().getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/Số tự nhập sẽ được xác minh sau/)).toBeTruthy();
    typeAndSubmit('0912 345 678');
    expect(onTyped).toHaveBeenCalledWith('+84912345678');
    expect(onPhone).not.toHaveBeenCalled();
  });

  it('"Tự nhập số điện thoại" skips Zalo’s prompt altogether', async () => {
    const { onTyped } = await setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Tự nhập số điện thoại' }));
    await screen.findByRole('heading', { name: 'Nhập số điện thoại' });
    typeAndSubmit('0987654321');
    expect(onTyped).toHaveBeenCalledWith('+84987654321');
  });

  it('Zalo failing offers typing and trying Zalo again', async () => {
    await setup({ permissions: { phoneNumber: 'granted' }, failures: { getPhoneNumber: -1500 } });
    await screen.findByText(/Chưa lấy được số điện thoại từ Zalo/);
    expect(screen.getByRole('button', { name: 'Thử lại với Zalo' })).toBeTruthy();
  });

  it('an empty or wrong number shows an error summary linked to the box', async () => {
    const { onTyped } = await setup({ permissions: { phoneNumber: 'denied' } });
    await screen.findByRole('heading', { name: 'Nhập số điện thoại' });
    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận số điện thoại' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Vui lòng nhập số điện thoại' });
    expect(link.getAttribute('href')).toBe(`#${phoneBox().id}`);
    expect(phoneBox().getAttribute('aria-invalid')).toBe('true');
    typeAndSubmit('12345');
    expect(onTyped).not.toHaveBeenCalled();
    expect(phoneBox().getAttribute('aria-invalid')).toBe('true');
  });

  it('an old 11-digit number gets PhoneInput’s question, not an error', async () => {
    const { onTyped } = await setup({ permissions: { phoneNumber: 'denied' } });
    await screen.findByRole('heading', { name: 'Nhập số điện thoại' });
    typeAndSubmit('0169 123 4567');
    expect(onTyped).not.toHaveBeenCalled();
    await screen.findByText(/Có phải số mới là 0391 234 567\?/);
    fireEvent.click(screen.getByRole('button', { name: 'Dùng số này' }));
    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận số điện thoại' }));
    expect(onTyped).toHaveBeenCalledWith('+84391234567');
  });
});
