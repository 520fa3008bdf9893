import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { authError } from '../../core/errors';
import type { UseAuthResult } from '../AuthProvider/AuthProvider';
import { AuthProbe, renderSignedIn, renderWithAuth, storyUser } from '../test-support';
import { ConsentSettings, formatDecisionDate } from './ConsentSettings';

const purposeRegion = (title: string) => screen.getByRole('region', { name: title });

describe('ConsentSettings', () => {
  it('lists every purpose with its decision and date', async () => {
    await renderSignedIn(<ConsentSettings />);
    const required = await waitFor(() => purposeRegion('Giải quyết hồ sơ dịch vụ công'));
    expect(within(required).getByText(/^Đã đồng ý ngày \d\d\/\d\d\/\d{4}$/)).toBeTruthy();
    expect(within(required).getByText('Bắt buộc')).toBeTruthy();
    // A required purpose: no withdraw button, and how it can be withdrawn instead.
    expect(within(required).queryByRole('button')).toBeNull();
    expect(within(required).getByText(/đăng xuất, rồi liên hệ UBND tỉnh/)).toBeTruthy();
    const optional = purposeRegion('Nhận thông báo qua Zalo');
    expect(within(optional).getByRole('button', { name: 'Rút lại đồng ý' })).toBeTruthy();
  });

  it('withdraws an optional purpose after a confirmation that explains the effect', async () => {
    const { service } = await renderSignedIn(<ConsentSettings />);
    const region = await waitFor(() => purposeRegion('Nhận thông báo qua Zalo'));
    const button = within(region).getByRole('button', { name: 'Rút lại đồng ý' });
    // The button says which purpose it is about.
    expect(button.getAttribute('aria-describedby')).toBe(
      screen.getByRole('heading', { name: 'Nhận thông báo qua Zalo' }).id,
    );

    // "Giữ nguyên": nothing happens, focus goes back to the button.
    fireEvent.click(button);
    const confirm = within(region).getByRole('heading', {
      name: /Rút lại đồng ý cho mục “Nhận thông báo qua Zalo”\?/,
    });
    expect(
      within(region).getByText(/Sẽ không nhận tin nhắn Zalo báo tình trạng hồ sơ/),
    ).toBeTruthy();
    expect(document.activeElement?.contains(confirm)).toBe(true);
    fireEvent.click(within(region).getByRole('button', { name: 'Giữ nguyên' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Rút lại đồng ý'));
    expect(service.consentLog(storyUser.id).some((r) => r.decision === 'withdrawn')).toBe(false);

    // Confirmed: recorded on the server, shown with its date, and said.
    fireEvent.click(within(region).getByRole('button', { name: 'Rút lại đồng ý' }));
    fireEvent.click(within(region).getByRole('button', { name: 'Xác nhận rút lại' }));
    const done = await screen.findByText('Đã rút lại đồng ý cho mục “Nhận thông báo qua Zalo”.');
    expect(done.closest('[role=status]')).toBeTruthy();
    await waitFor(() =>
      expect(
        within(purposeRegion('Nhận thông báo qua Zalo')).getByText(/^Đã rút lại ngày /),
      ).toBeTruthy(),
    );
    expect(
      within(purposeRegion('Nhận thông báo qua Zalo')).queryByRole('button', {
        name: 'Rút lại đồng ý',
      }),
    ).toBeNull();
    const last = service.consentLog(storyUser.id).at(-1);
    expect(last).toMatchObject({ purposeId: 'thong-bao-zalo', decision: 'withdrawn' });
  });

  it('gives consent again to a withdrawn optional purpose, saying what that turns back on', async () => {
    const { service } = await renderSignedIn(<ConsentSettings />);
    const region = await waitFor(() => purposeRegion('Nhận thông báo qua Zalo'));
    fireEvent.click(within(region).getByRole('button', { name: 'Rút lại đồng ý' }));
    fireEvent.click(within(region).getByRole('button', { name: 'Xác nhận rút lại' }));
    const again = await waitFor(() =>
      within(purposeRegion('Nhận thông báo qua Zalo')).getByRole('button', {
        name: 'Đồng ý lại',
      }),
    );
    // The button names its purpose and the effect, which is shown before the tap.
    const effect = within(purposeRegion('Nhận thông báo qua Zalo')).getByText(/^Khi đồng ý lại:/);
    expect(again.getAttribute('aria-describedby')?.split(' ')).toEqual([
      screen.getByRole('heading', { name: 'Nhận thông báo qua Zalo' }).id,
      effect.id,
    ]);
    // A required purpose never offers it.
    expect(within(purposeRegion('Giải quyết hồ sơ dịch vụ công')).queryByRole('button')).toBeNull();

    // Offline: said beside the button, nothing recorded.
    const record = vi.spyOn(service, 'recordConsents').mockRejectedValueOnce(authError('offline'));
    fireEvent.click(again);
    expect(await screen.findByText(/Điện thoại đang mất mạng/)).toBeTruthy();
    expect(service.consentLog(storyUser.id).at(-1)?.decision).toBe('withdrawn');
    record.mockRestore();
    // A later second than the first grant: the server keeps exact duplicates only once.
    const later = Date.now() + 2_000;
    vi.spyOn(Date, 'now').mockReturnValue(later);

    fireEvent.click(
      within(purposeRegion('Nhận thông báo qua Zalo')).getByRole('button', {
        name: 'Đồng ý lại',
      }),
    );
    expect(
      await screen.findByText('Đã đồng ý lại cho mục “Nhận thông báo qua Zalo”.'),
    ).toBeTruthy();
    await waitFor(() =>
      expect(
        within(purposeRegion('Nhận thông báo qua Zalo')).getByRole('button', {
          name: 'Rút lại đồng ý',
        }),
      ).toBeTruthy(),
    );
    expect(service.consentLog(storyUser.id).at(-1)).toMatchObject({
      purposeId: 'thong-bao-zalo',
      decision: 'granted',
    });
    vi.restoreAllMocks();
  });

  it('offers consent again for a refused optional purpose, in English too', async () => {
    let auth: UseAuthResult | undefined;
    renderWithAuth(
      <>
        <AuthProbe
          onAuth={(latest) => {
            auth = latest;
          }}
        />
        <ConsentSettings />
      </>,
      { locale: 'en' },
    );
    await waitFor(() => expect(auth?.ready).toBe(true));
    await act(async () => {
      await auth?.signIn();
    });
    await act(async () => {
      await auth?.decideConsents({
        'ho-so-dich-vu-cong': 'granted',
        'thong-bao-zalo': 'granted',
        'khao-sat': 'refused',
      });
    });
    const region = await waitFor(() => purposeRegion('Satisfaction surveys'));
    await waitFor(() => expect(within(region).getByText(/^Not agreed on /)).toBeTruthy());
    expect(within(region).getByText(/^Not agreed on /)).toBeTruthy();
    expect(within(region).getByText(/^If you give consent again/)).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: 'Give consent again' }));
    expect(
      await screen.findByText('You gave consent again to “Satisfaction surveys”.'),
    ).toBeTruthy();
  });

  it('asks to sign in when nobody is', async () => {
    renderWithAuth(<ConsentSettings />);
    expect(await screen.findByText('Vui lòng đăng nhập để xem các lựa chọn.')).toBeTruthy();
  });

  it('formats the decision date as Vietnamese write it', () => {
    expect(formatDecisionDate('2026-11-29T19:30:00+07:00')).toBe('29/11/2026');
  });
});
