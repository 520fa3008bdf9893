import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DossierDetail } from './DossierDetail';
import { renderTracking } from './local-render';
import { ratedDossier, SAMPLE_TODAY, sampleDossier } from './sample-dossiers';

const open = (status: Parameters<typeof sampleDossier>[0], extra = {}) => {
  const dossier = sampleDossier(status);
  const rendered = renderTracking(<DossierDetail code={dossier.code} today={SAMPLE_TODAY} />, {
    dossiers: [dossier],
    ...extra,
  });
  return { ...rendered, dossier };
};
const section = (name: string) =>
  screen.getByRole('heading', { name }).closest('section') as HTMLElement;

describe('DossierDetail', () => {
  it('shows the status in words, what to do now, the key facts and the history', async () => {
    const { dossier } = open(4);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }),
    ).toBeTruthy();
    expect(screen.getByText('Đang xử lý')).toBeTruthy();
    expect(screen.getByText(/Hồ sơ đang được xử lý. Kết quả dự kiến/)).toBeTruthy();
    expect(screen.getByText(/Chưa cần làm gì thêm. Khi có kết quả/)).toBeTruthy();
    const facts = section('Thông tin hồ sơ');
    const rows = within(facts)
      .getAllByRole('term')
      .map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(rows).toEqual([
      `Mã hồ sơ: ${dossier.code}`,
      'Thủ tục: Đăng ký khai sinh',
      'Ngày nộp: 25/11/2026 08:15',
      'Ngày hẹn trả: 04/12/2026 (còn 2 ngày làm việc)',
      'Cách nhận kết quả: Nhận trực tiếp tại cơ quan',
      'Phí, lệ phí: Không mất phí',
    ]);
    expect(within(section('Quá trình giải quyết')).getAllByRole('listitem')).toHaveLength(3);
  });

  it('gives the reason of a refusal and what to do', async () => {
    open(3);
    expect(
      await screen.findByText('Lý do: Ảnh Giấy chứng sinh bị mờ, không đọc được họ tên người mẹ.'),
    ).toBeTruthy();
    expect(screen.getByText(/nộp hồ sơ mới/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Rút hồ sơ' })).toBeNull();
  });

  it('says how much to pay at status 6', async () => {
    open(6);
    expect(await screen.findByText(/Vui lòng nộp 200\.000\s₫ phí, lệ phí/)).toBeTruthy();
  });

  it('tells where to collect the result, and offers the rating at 9', async () => {
    open(9);
    const result = section(
      await screen.findByRole('heading', { name: 'Kết quả' }).then((h) => h.textContent ?? ''),
    );
    expect(result.textContent).toContain('Bộ phận Một cửa UBND xã Tân Phong, số 12 đường Lê Lợi');
    expect(result.textContent).toContain('sáng 7:30–11:30');
    expect(
      screen.getByRole('group', { name: 'Mức độ hài lòng với việc giải quyết hồ sơ' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Rút hồ sơ' })).toBeNull();
  });

  it('lists e-result files, as download links when the app gives their address', async () => {
    const dossier = sampleDossier(10);
    renderTracking(
      <DossierDetail code={dossier.code} resultFileHref={(file) => `/tep/${file.id}`} />,
      { dossiers: [dossier] },
    );
    const link = await screen.findByRole('link', {
      name: 'Giấy khai sinh bản điện tử.pdf (242,2 KB)',
    });
    expect(link.getAttribute('href')).toBe('/tep/kq-1');
  });

  it('shows the given rating instead of the form at 10 once rated', async () => {
    const dossier = ratedDossier();
    renderTracking(<DossierDetail code={dossier.code} />, { dossiers: [dossier] });
    expect(await screen.findByText('Đã đánh giá: Hài lòng')).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.getByText(/Không cần làm gì thêm/)).toBeTruthy();
  });

  it.each(['not_found', 'forbidden'] as const)(
    'says the same for %s, without telling whether the code exists',
    async (failWith) => {
      open(4, { failWith });
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy hồ sơ' }),
      ).toBeTruthy();
      expect(screen.getByRole('alert').textContent).toContain(
        'Không tìm thấy hồ sơ này trong tài khoản. Vui lòng kiểm tra lại mã hồ sơ',
      );
      expect(screen.queryByRole('button', { name: 'Thử lại' })).toBeNull();
    },
  );

  it('offers a retry when the network failed, and goes back on request', async () => {
    const onBack = vi.fn();
    const dossier = sampleDossier(2);
    renderTracking(<DossierDetail code={dossier.code} onBack={onBack} />, {
      dossiers: [dossier],
      failWith: 'timeout',
      failTimes: 1,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Thử lại' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Quay lại danh sách hồ sơ' }));
    expect(onBack).toHaveBeenCalledOnce();
  });
});

describe('withdrawing from the dossier screen', () => {
  it('is offered only while the dossier can be withdrawn', async () => {
    for (const status of [1, 2, 4, 5, 6] as const) {
      const { unmount } = open(status);
      expect(await screen.findByRole('button', { name: 'Rút hồ sơ' })).toBeTruthy();
      unmount();
    }
    for (const status of [3, 7, 8, 9, 10] as const) {
      const { unmount } = open(status);
      await screen.findByRole('heading', { level: 1 });
      expect(screen.queryByRole('button', { name: 'Rút hồ sơ' })).toBeNull();
      unmount();
    }
    // The procedure forbids it even early on.
    const locked = sampleDossier(2, { cancellable: false });
    renderTracking(<DossierDetail code={locked.code} />, { dossiers: [locked] });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Rút hồ sơ' })).toBeNull();
  });

  it('asks for a reason, withdraws, and moves focus to what happened', async () => {
    const onChange = vi.fn();
    const dossier = sampleDossier(4);
    const { service } = renderTracking(<DossierDetail code={dossier.code} onChange={onChange} />, {
      dossiers: [dossier],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Rút hồ sơ' }));
    const confirmTitle = screen.getByRole('heading', {
      name: `Xác nhận rút hồ sơ ${dossier.code}`,
    });
    expect(document.activeElement).toBe(confirmTitle);

    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận rút hồ sơ' }));
    const reason = screen.getByRole('textbox', { name: 'Lý do rút hồ sơ' });
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Vui lòng nhập lý do rút hồ sơ.');
    expect(service.calls).not.toContain('cancel');

    fireEvent.change(reason, { target: { value: 'Nộp nhầm thủ tục' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận rút hồ sơ' }));
    const done = await screen.findByRole('heading', { name: /Đã rút hồ sơ/, level: 2 });
    await waitFor(() => expect(document.activeElement).toBe(done.closest('.gm-notice')));
    expect(
      screen.getAllByText('Đã rút hồ sơ').some((el) => el.classList.contains('gm-status-tag')),
    ).toBe(true);
    expect(service.all()[0]?.history.at(-1)).toMatchObject({ status: 7, note: 'Nộp nhầm thủ tục' });
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ status: 7 }));
  });

  it('"Không rút" closes the step, keeps the reason and gives focus back', async () => {
    open(1);
    const opener = await screen.findByRole('button', { name: 'Rút hồ sơ' });
    fireEvent.click(opener);
    fireEvent.change(screen.getByRole('textbox', { name: 'Lý do rút hồ sơ' }), {
      target: { value: 'Đã làm ở xã khác' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Không rút' }));
    const again = screen.getByRole('button', { name: 'Rút hồ sơ' });
    expect(document.activeElement).toBe(again);
    fireEvent.click(again);
    expect(
      (screen.getByRole('textbox', { name: 'Lý do rút hồ sơ' }) as HTMLTextAreaElement).value,
    ).toBe('Đã làm ở xã khác');
  });

  it('keeps the reason and says what to do when withdrawing fails', async () => {
    const dossier = sampleDossier(2);
    // The agency moved it on meanwhile.
    renderTracking(<DossierDetail code={dossier.code} />, {
      dossiers: [dossier],
      failWith: 'not_allowed',
      failMethod: 'cancel',
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Rút hồ sơ' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Lý do rút hồ sơ' }), {
      target: { value: 'Không cần nữa' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận rút hồ sơ' }));
    await screen.findByText(/Hồ sơ ở trạng thái hiện tại không cho phép thao tác này/);
    expect(
      (screen.getByRole('textbox', { name: 'Lý do rút hồ sơ' }) as HTMLTextAreaElement).value,
    ).toBe('Không cần nữa');
  });
});
