import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DossierDetail } from '../DossierDetail/DossierDetail';
import { renderTracking } from '../DossierDetail/local-render';
import { SAMPLE_TODAY, sampleDossier } from '../DossierDetail/sample-dossiers';
import { SupplementForm } from './SupplementForm';

const photo = (name: string) => new File([new Uint8Array(2048)], name, { type: 'image/jpeg' });

async function openRequest(extra = {}) {
  const dossier = sampleDossier(5);
  const rendered = renderTracking(<DossierDetail code={dossier.code} today={SAMPLE_TODAY} />, {
    dossiers: [dossier],
    ...extra,
  });
  await screen.findByRole('heading', { name: 'Yêu cầu bổ sung giấy tờ' });
  return { ...rendered, dossier };
}

async function addPhotos(
  platform: { controls: { pickImagesWith(files: File[]): void } },
  ...names: string[]
) {
  platform.controls.pickImagesWith(names.map(photo));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Chọn ảnh có sẵn' }));
  });
  await screen.findByText(`Đã thêm ${names.length} ảnh.`);
}

describe('the supplement request on the dossier screen', () => {
  it('shows the reason, the documents to add and the deadline with working days left', async () => {
    await openRequest();
    const request = screen
      .getByRole('heading', { name: 'Yêu cầu bổ sung giấy tờ' })
      .closest('section') as HTMLElement;
    expect(request.textContent).toContain(
      'Lý do: Cần bổ sung giấy tờ chứng minh nơi cư trú của người mẹ.',
    );
    expect(within(request).getByRole('heading', { name: 'Giấy tờ cần bổ sung' })).toBeTruthy();
    expect(
      within(request)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Giấy xác nhận thông tin về cư trú của người mẹ',
      'Bản sao Giấy chứng nhận kết hôn của cha mẹ (nếu có)',
    ]);
    // Wednesday 2/12 → Monday 7/12: Thursday, Friday, Monday.
    expect(request.textContent).toContain('Hạn gửi bổ sung07/12/2026 (còn 3 ngày làm việc)');
    expect(screen.getByText(/trước ngày 07\/12\/2026/)).toBeTruthy();
  });

  it('asks for a photo or a note before sending anything', async () => {
    const { service } = await openRequest();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi bổ sung' }));
    expect(screen.getByRole('alert').textContent).toContain(
      'Vui lòng chụp ảnh giấy tờ cần bổ sung hoặc ghi chú cho cán bộ.',
    );
    expect(service.calls).not.toContain('supplement');
  });

  it('uploads the photos, sends them with the note, and the dossier returns to processing', async () => {
    const { service, platform, dossier } = await openRequest();
    await addPhotos(platform, 'xac-nhan-cu-tru.jpg', 'giay-ket-hon.jpg');
    fireEvent.change(screen.getByRole('textbox', { name: /Ghi chú cho cán bộ/ }), {
      target: { value: 'Gửi đủ hai giấy tờ.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi bổ sung' }));

    const done = await screen.findByRole('heading', { name: /Đã gửi bổ sung/, level: 3 });
    await waitFor(() => expect(document.activeElement).toBe(done.closest('.gm-notice')));
    const stored = service.all().find((d) => d.code === dossier.code);
    expect(stored?.status).toBe(4);
    expect(stored?.answers.supplementFiles).toEqual([
      { id: 'tep-1', name: 'xac-nhan-cu-tru.jpg', type: 'image/jpeg', size: 2048 },
      { id: 'tep-2', name: 'giay-ket-hon.jpg', type: 'image/jpeg', size: 2048 },
    ]);
    expect(stored?.history.at(-1)).toMatchObject({
      status: 4,
      by: 'citizen',
      note: 'Gửi đủ hai giấy tờ.',
    });
    // The status, the next step and the history follow at once.
    expect(
      screen.getAllByText('Đang xử lý').some((el) => el.classList.contains('gm-status-tag')),
    ).toBe(true);
    expect(screen.getByText('Đã gửi bổ sung, hồ sơ tiếp tục được xử lý')).toBeTruthy();
    expect(screen.getByText(/Đã gửi bổ sung lúc 02\/12\/2026 09:30/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gửi bổ sung' })).toBeNull();
  });

  it('keeps everything on failure, and a retry neither re-uploads nor supplements twice', async () => {
    const { service, platform } = await openRequest({
      failWith: 'offline',
      failTimes: 1,
      failMethod: 'supplement',
    });
    await addPhotos(platform, 'xac-nhan-cu-tru.jpg');
    fireEvent.change(screen.getByRole('textbox', { name: /Ghi chú cho cán bộ/ }), {
      target: { value: 'Đã bổ sung.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi bổ sung' }));
    const failure = await screen.findByText(/Điện thoại đang mất mạng hoặc mạng yếu/);
    expect(failure.textContent).toContain('Thông tin đã nhập vẫn được giữ');
    expect(
      (screen.getByRole('textbox', { name: /Ghi chú cho cán bộ/ }) as HTMLTextAreaElement).value,
    ).toBe('Đã bổ sung.');
    expect(screen.getByRole('img', { name: /xac-nhan-cu-tru\.jpg/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Gửi bổ sung' }));
    await screen.findByRole('heading', { name: /Đã gửi bổ sung/, level: 3 });
    expect(service.calls.filter((c) => c === 'uploadAttachment')).toHaveLength(1);
    expect(service.calls.filter((c) => c === 'supplement')).toHaveLength(2);
    const replies = service.all()[0]?.history.filter((e) => e.by === 'citizen' && e.status === 4);
    expect(replies).toHaveLength(1);
  });

  it('is not offered outside status 5 or once answered', () => {
    const onSupplemented = vi.fn();
    const { container, rerender } = renderTracking(
      <SupplementForm dossier={sampleDossier(4)} onSupplemented={onSupplemented} />,
    );
    expect(container.textContent).toBe('');
    const answered = sampleDossier(5);
    rerender(
      <SupplementForm
        dossier={{
          ...answered,
          supplementRequest: {
            ...(answered.supplementRequest as NonNullable<typeof answered.supplementRequest>),
            answeredAt: '2026-12-01T08:00:00+07:00',
          },
        }}
      />,
    );
    expect(container.textContent).toBe('');
  });
});
