import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { UseAuthResult } from '../AuthProvider/AuthProvider';
import { AuthProbe, readySignInButton, renderWithAuth } from '../test-support';
import { RequireAuth } from './RequireAuth';

const page = <h1>Hồ sơ của tôi</h1>;

async function decideAll() {
  // Required: Đồng ý; optional: Không đồng ý.
  const groups = await screen.findAllByRole('group');
  groups.forEach((group, i) => {
    const [agree, refuse] = group.querySelectorAll('input');
    fireEvent.click((i === 0 ? agree : refuse) as HTMLInputElement);
  });
  fireEvent.click(screen.getByRole('button', { name: 'Xác nhận lựa chọn' }));
}

describe('RequireAuth', () => {
  it('signs in and consents in place, then shows the page and returns the intended location', async () => {
    const onReturn = vi.fn();
    renderWithAuth(
      <RequireAuth location="/ho-so/123" onReturn={onReturn}>
        {page}
      </RequireAuth>,
    );
    fireEvent.click(await readySignInButton());
    expect(screen.queryByRole('heading', { name: 'Hồ sơ của tôi' })).toBeNull();
    await screen.findByRole('heading', { name: 'Đồng ý sử dụng dữ liệu cá nhân' });
    await decideAll();
    await screen.findByRole('heading', { name: 'Hồ sơ của tôi' });
    expect(onReturn).toHaveBeenCalledTimes(1);
    expect(onReturn).toHaveBeenCalledWith('/ho-so/123');
  });

  it('with redirectTo hands the intended location to the app and renders nothing', async () => {
    const redirectTo = vi.fn();
    const onReturn = vi.fn();
    let auth: UseAuthResult | undefined;
    const { container } = renderWithAuth(
      <>
        <AuthProbe
          onAuth={(a) => {
            auth = a;
          }}
        />
        <RequireAuth location="/phan-anh/moi" redirectTo={redirectTo} onReturn={onReturn}>
          {page}
        </RequireAuth>
      </>,
      { purposes: [] },
    );
    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith('/phan-anh/moi'));
    expect(container.textContent).toBe('');
    // The app's own sign-in route signs the citizen in; the guard gives the place back.
    await act(async () => {
      await auth?.signIn();
    });
    await screen.findByRole('heading', { name: 'Hồ sơ của tôi' });
    expect(onReturn).toHaveBeenCalledWith('/phan-anh/moi');
    expect(redirectTo).toHaveBeenCalledTimes(1);
  });

  it('never flashes the sign-in screen while a stored session is restored', async () => {
    const first = renderWithAuth(<RequireAuth>{page}</RequireAuth>, { purposes: [] });
    fireEvent.click(await readySignInButton());
    await screen.findByRole('heading', { name: 'Hồ sơ của tôi' });
    first.unmount();

    const seen: string[] = [];
    renderWithAuth(
      <>
        <AuthProbe onAuth={({ ready, status }) => seen.push(`${ready}:${status}`)} />
        <RequireAuth>{page}</RequireAuth>
      </>,
      { platform: first.platform, purposes: [] },
    );
    expect(screen.getByRole('status').textContent).toContain('Đang kiểm tra đăng nhập');
    expect(screen.queryByRole('button', { name: 'Đăng nhập bằng Zalo' })).toBeNull();
    await screen.findByRole('heading', { name: 'Hồ sơ của tôi' });
    expect(seen).not.toContain('true:signed_out');
  });
});
