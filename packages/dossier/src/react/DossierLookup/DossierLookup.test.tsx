import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderTracking } from '../DossierDetail/local-render';
import { SAMPLE_TODAY, sampleDossier } from '../DossierDetail/sample-dossiers';
import { DossierLookup } from './DossierLookup';

const lookUp = (value: string) => {
  fireEvent.change(screen.getByRole('textbox', { name: 'Mã hồ sơ' }), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
};

describe('DossierLookup', () => {
  it('needs no sign-in and shows the status only', async () => {
    const dossier = sampleDossier(4);
    renderTracking(<DossierLookup today={SAMPLE_TODAY} />, {
      dossiers: [dossier],
      signedIn: false,
    });
    lookUp(dossier.code);
    const heading = await screen.findByRole('heading', { name: 'Kết quả tra cứu' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const result = heading.closest('section') as HTMLElement;
    expect(result.textContent).toContain('Đăng ký khai sinh');
    expect(result.textContent).toContain('Đang xử lý');
    expect(result.textContent).toContain('04/12/2026 (còn 2 ngày làm việc)');
    expect(result.textContent).toContain('Tra cứu chỉ cho biết tình trạng hồ sơ.');
    // No history, no answers, no officer's notes.
    expect(result.textContent).not.toContain('UBND xã Tân Phong');
  });

  it('accepts the code typed in lower case with spaces and without separators', async () => {
    const dossier = sampleDossier(10);
    const { service } = renderTracking(<DossierLookup />, { dossiers: [dossier] });
    lookUp('  000 00 06 h56 261125 0010 ');
    expect(await screen.findByRole('heading', { name: 'Kết quả tra cứu' })).toBeTruthy();
    expect(screen.getByText('Ngày có kết quả')).toBeTruthy();
    expect(service.calls).toEqual(['lookup']);
  });

  it.each([
    ['', 'Vui lòng nhập mã hồ sơ in trên giấy hẹn trả kết quả'],
    ['12345', 'Mã hồ sơ chưa đúng dạng 000.00.06.H56-231027-0361'],
    ['000.00.06.H56-261345-0001', 'không có thật'],
  ])('explains what is wrong with “%s” before asking the backend', (value, message) => {
    const { service } = renderTracking(<DossierLookup />);
    lookUp(value);
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Có vấn đề cần sửa');
    expect(summary.textContent).toContain(message);
    expect(document.activeElement).toBe(summary);
    const input = screen.getByRole('textbox', { name: 'Mã hồ sơ' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(
      summary.querySelector('a')?.getAttribute('href')?.slice(1) ?? '',
    );
    expect(service.calls).toEqual([]);
  });

  it('says what to check when no dossier has the code', async () => {
    renderTracking(<DossierLookup />, { dossiers: [] });
    lookUp('000.00.06.H56-261129-0001');
    const heading = await screen.findByRole('heading', {
      name: 'Không tìm thấy hồ sơ 000.00.06.H56-261129-0001',
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const notice = heading.closest('.gm-notice') as HTMLElement;
    expect(notice.textContent).toContain(
      'mã hồ sơ đúng từng chữ, từng số như trên giấy hẹn trả kết quả',
    );
    expect(notice.textContent).toContain('vui lòng liên hệ nơi đã nộp hồ sơ');
  });

  it('offers a retry when the lookup itself failed, and keeps the code', async () => {
    const dossier = sampleDossier(2);
    renderTracking(<DossierLookup />, { dossiers: [dossier], failWith: 'offline', failTimes: 1 });
    lookUp(dossier.code);
    expect(await screen.findByRole('heading', { name: 'Chưa tra cứu được' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Mã hồ sơ' }) as HTMLInputElement).value).toBe(
      dossier.code,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('heading', { name: 'Kết quả tra cứu' })).toBeTruthy();
  });

  it('speaks English when the app does, messages from @govmini/vn included', () => {
    renderTracking(<DossierLookup />, { locale: 'en' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Application code' }), {
      target: { value: 'abc' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Look up' }));
    expect(screen.getByRole('alert').textContent).toContain('The dossier code should look like');
  });
});
