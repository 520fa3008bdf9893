import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { readySignInButton, renderWithAuth } from '../test-support';
import { SignInScreen } from './SignInScreen';

describe('SignInScreen', () => {
  it('is one button, with what happens next said beforehand', async () => {
    renderWithAuth(<SignInScreen />);
    await readySignInButton();
    expect(screen.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Đăng nhập' })).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText(/Mật khẩu Zalo không được gửi đi/)).toBeTruthy();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Đăng nhập bằng Zalo',
    ]);
  });

  it('signs in with one tap and tells the app', async () => {
    const onSignedIn = vi.fn();
    renderWithAuth(<SignInScreen onSignedIn={onSignedIn} />, { purposes: [] });
    fireEvent.click(await readySignInButton());
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
  });

  it('shows a failure as an error Notice, announced, and the button tries again', async () => {
    const { platform } = renderWithAuth(<SignInScreen />, {
      purposes: [],
      simulator: { online: false },
    });
    fireEvent.click(await readySignInButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Chưa đăng nhập được');
    expect(alert.textContent).toContain('Điện thoại đang mất mạng');
    platform.controls.update({ online: true });
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập bằng Zalo' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('speaks English when the provider does', async () => {
    renderWithAuth(<SignInScreen />, { locale: 'en' });
    expect(await readySignInButton('Sign in with Zalo')).toBeTruthy();
  });

  it('says the error in English too, from the same pack as the core error texts', async () => {
    renderWithAuth(<SignInScreen />, {
      locale: 'en',
      purposes: [],
      simulator: { online: false },
    });
    fireEvent.click(await readySignInButton('Sign in with Zalo'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not sign in');
    expect(alert.textContent).toContain('Your phone is offline');
  });

  it("lets the app's override of an error text win, under its old key", async () => {
    renderWithAuth(<SignInScreen />, {
      purposes: [],
      simulator: { online: false },
      messages: { 'auth.error.offline': 'Mất mạng rồi, thử lại sau.' },
    });
    fireEvent.click(await readySignInButton());
    expect((await screen.findByRole('alert')).textContent).toContain('Mất mạng rồi, thử lại sau.');
  });
});
