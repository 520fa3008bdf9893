import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderTracking } from '../DossierDetail/local-render';
import { SAMPLE_TODAY, sampleList } from '../DossierDetail/sample-dossiers';
import { FEE_CODES, feeSampleList } from './fee-samples';
import { MyDossiers } from './MyDossiers';

const cards = async () => {
  const list = await screen.findByRole('list');
  return within(list).getAllByRole('listitem');
};

describe('MyDossiers', () => {
  it('shows a loading status, then the dossiers newest first', async () => {
    renderTracking(<MyDossiers today={SAMPLE_TODAY} />, { dossiers: sampleList() });
    expect(screen.getByRole('status').textContent).toBe('Đang tải danh sách hồ sơ…');
    const items = await cards();
    expect(items.map((li) => li.querySelector('h2')?.firstChild?.textContent)).toEqual([
      'Đăng ký kết hôn', // 27/11
      'Đăng ký khai sinh', // 25/11
      'Cấp Phiếu lý lịch tư pháp', // 24/11
      'Đăng ký khai sinh', // 20/11
      'Đăng ký thường trú', // 15/9
    ]);
    expect(screen.getByRole('status').textContent).toBe('Có 5 hồ sơ.');
  });

  it('gives each card its code, status in words, dates and the working days left', async () => {
    renderTracking(<MyDossiers today={SAMPLE_TODAY} />, { dossiers: sampleList() });
    const [marriage, supplement, fee, rejected, done] = await cards();
    expect(marriage?.textContent).toContain('Mã hồ sơ000.00.06.H56-261127-0004');
    expect(marriage?.textContent).toContain('Đang xử lý');
    expect(marriage?.textContent).toContain('02/12/2026 (hạn trả là hôm nay)');
    expect(supplement?.textContent).toContain('Cần bổ sung giấy tờ');
    // Waiting for the citizen's documents: the office's clock is not running.
    expect(supplement?.textContent).not.toContain('ngày làm việc');
    expect(fee?.textContent).toContain('30/11/2026 (quá hạn 2 ngày làm việc)');
    expect(rejected?.textContent).toContain('Không được tiếp nhận');
    expect(done?.textContent).toContain('Ngày nộp15/09/2026');
    expect(done?.textContent).not.toContain('quá hạn');
  });

  it('flags a fee still to pay or to confirm, beside the status, and no other', async () => {
    renderTracking(<MyDossiers today={SAMPLE_TODAY} />, { dossiers: feeSampleList() });
    const items = await cards();
    const tags = (code: string) => {
      const card = items.find((li) => li.textContent?.includes(code));
      return [...(card?.querySelectorAll('.gm-status-tag') ?? [])].map((el) => el.textContent);
    };
    expect(tags(FEE_CODES.dueFromFiling)).toEqual(['Đã nộp, chờ tiếp nhận', 'Chưa nộp phí']);
    expect(tags(FEE_CODES.reported)).toEqual([
      'Cần nộp phí, lệ phí',
      'Đã báo chuyển khoản, chờ xác nhận',
    ]);
    // Status 6 says it already; paid, or withdrawn: nothing to do.
    expect(tags(FEE_CODES.asked)).toEqual(['Cần nộp phí, lệ phí']);
    expect(tags(FEE_CODES.paid)).toEqual(['Đang xử lý']);
    expect(tags(FEE_CODES.withdrawn)).toEqual(['Đã rút hồ sơ']);
    // Words carry it; the colour groups it (amber: the citizen must act).
    const flag = screen.getByText('Chưa nộp phí');
    expect(flag.className).toBe('gm-status-tag gm-status-tag--warning');
  });

  it('flags a fee in English too', async () => {
    renderTracking(<MyDossiers />, { dossiers: feeSampleList(), locale: 'en' });
    expect(await screen.findByText('Fee not paid')).toBeTruthy();
    expect(screen.getByText('Transfer reported, awaiting confirmation')).toBeTruthy();
  });

  it('opens a dossier by its code, with a link name that tells two of a kind apart', async () => {
    const onOpen = vi.fn();
    renderTracking(<MyDossiers onOpen={onOpen} today={SAMPLE_TODAY} />, { dossiers: sampleList() });
    const button = await screen.findByRole('button', {
      description: '000.00.06.H56-261120-0002',
    });
    expect(button.textContent).toBe('Đăng ký khai sinh');
    fireEvent.click(button);
    expect(onOpen).toHaveBeenCalledWith('000.00.06.H56-261120-0002');
  });

  it('renders the app router links when given', async () => {
    renderTracking(
      <MyDossiers
        renderLink={({ code, children, ...rest }) => (
          <a href={`/ho-so/${code}`} {...rest}>
            {children}
          </a>
        )}
      />,
      { dossiers: sampleList() },
    );
    const link = await screen.findByRole('link', { name: /Đăng ký kết hôn/ });
    expect(link.getAttribute('href')).toBe('/ho-so/000.00.06.H56-261127-0004');
    expect(link.className).toContain('gm-card__link');
    expect(
      screen.getByRole('link', {
        name: 'Đăng ký kết hôn',
        description: '000.00.06.H56-261127-0004',
      }),
    ).toBe(link);
  });

  it('says so when there is nothing yet, with the app action', async () => {
    renderTracking(<MyDossiers emptyAction={<a href="/thu-tuc">Nộp hồ sơ mới</a>} />, {
      dossiers: [],
    });
    expect(await screen.findByRole('heading', { name: 'Chưa có hồ sơ nào' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Nộp hồ sơ mới' })).toBeTruthy();
  });

  it('filters in progress and finished, and reports the choice', async () => {
    const onFilterChange = vi.fn();
    const { rerender } = renderTracking(
      <MyDossiers filter="finished" onFilterChange={onFilterChange} />,
      { dossiers: sampleList() },
    );
    expect((await cards()).map((li) => li.querySelector('.gm-status-tag')?.textContent)).toEqual([
      'Không được tiếp nhận',
      'Đã trả kết quả',
    ]);
    fireEvent.click(screen.getByRole('radio', { name: 'Đang giải quyết' }));
    expect(onFilterChange).toHaveBeenCalledWith('in_progress');
    rerender(<MyDossiers filter="in_progress" onFilterChange={onFilterChange} />);
    expect(await cards()).toHaveLength(3);
  });

  it('says what went wrong and loads again on "Thử lại", keeping focus on the screen', async () => {
    renderTracking(<MyDossiers />, { dossiers: sampleList(), failWith: 'offline', failTimes: 1 });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Chưa tải được danh sách hồ sơ');
    expect(alert.textContent).toContain('Điện thoại đang mất mạng hoặc mạng yếu.');
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(await cards()).toHaveLength(5);
  });

  it('asks to sign in when there is no session', async () => {
    renderTracking(<MyDossiers />, { dossiers: sampleList(), signedIn: false });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Vui lòng đăng nhập để xem'),
    );
    expect(screen.queryByRole('button', { name: 'Thử lại' })).toBeNull();
  });

  it('speaks English when the app does', async () => {
    renderTracking(<MyDossiers today={SAMPLE_TODAY} />, { dossiers: sampleList(), locale: 'en' });
    expect(await screen.findByRole('heading', { name: 'Submitted applications' })).toBeTruthy();
    expect((await cards())[0]?.textContent).toContain('Marriage registration');
  });
});
