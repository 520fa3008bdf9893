import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderSeeded } from '../ReportDetail/render-seeded';
import type { SampleReport } from '../ReportDetail/sample-reports';
import { renderWithFeedback } from '../test-support';
import { excerpt, MyReports } from './MyReports';

const cards = async () => {
  const list = await screen.findByRole('list');
  return within(list).getAllByRole('listitem');
};

const three: readonly SampleReport[] = [
  { stage: 'answered', categoryId: 'ngap-ung', description: 'Ngập sâu sau mưa ở phố Đội Cấn.' },
  { stage: 'received', joined: true, categoryId: 'chieu-sang', description: 'Đèn ngõ 12 hỏng.' },
  { stage: 'sent', description: 'Nắp hố ga vỡ\ntrước cổng trường.' },
];

describe('MyReports', () => {
  it('shows a loading status, then the reports newest first', async () => {
    await renderSeeded((_, today) => <MyReports today={today} />, three);
    expect(screen.getByRole('status').textContent).toBe('Đang tải danh sách phản ánh…');
    const items = await cards();
    expect(items.map((li) => li.querySelector('h2')?.textContent)).toEqual([
      'Hạ tầng giao thông',
      'Chiếu sáng công cộng',
      'Ngập úng, thoát nước',
    ]);
    expect(screen.getByRole('status').textContent).toBe('Có 3 phản ánh.');
  });

  it('gives each card its code, status in words, the start of the text, dates and days left', async () => {
    const { reports } = await renderSeeded((_, today) => <MyReports today={today} />, three);
    const [sent, joined, answered] = await cards();
    expect(sent?.textContent).toContain('Đã gửi');
    expect(sent?.textContent).toContain('Nắp hố ga vỡ trước cổng trường.');
    expect(sent?.textContent).toContain(`Mã phản ánh${reports[2]?.code}`);
    expect(sent?.textContent).not.toContain('Hạn trả lời'); // not received yet: no date
    expect(joined?.textContent).toContain('Cùng gặp (đã bấm “Tôi cũng gặp”)');
    expect(joined?.textContent).toMatch(/Hạn trả lời\d\d\/\d\d\/2026 \(còn \d ngày làm việc\)/);
    expect(answered?.textContent).toContain('Đã trả lời');
    // Answered: the date stays, the countdown goes.
    expect(answered?.textContent).not.toContain('ngày làm việc');
  });

  it('opens a report by its id, with a name that tells two of a kind apart', async () => {
    const onOpen = vi.fn();
    const { reports } = await renderSeeded(() => <MyReports onOpen={onOpen} />, three);
    const code = reports[2]?.code ?? '';
    const button = await screen.findByRole('button', { description: code });
    expect(button.textContent).toBe('Hạ tầng giao thông');
    fireEvent.click(button);
    expect(onOpen).toHaveBeenCalledWith(reports[2]?.id);
  });

  it('renders the app router links when given', async () => {
    const { reports } = await renderSeeded(
      () => (
        <MyReports
          renderLink={({ id, children, ...rest }) => (
            <a href={`/phan-anh/${id}`} {...rest}>
              {children}
            </a>
          )}
        />
      ),
      three,
    );
    const link = await screen.findByRole('link', { name: 'Ngập úng, thoát nước' });
    expect(link.getAttribute('href')).toBe(`/phan-anh/${reports[0]?.id}`);
    expect(link.className).toContain('gm-card__link');
  });

  it('says so when there is nothing yet, with the app action', async () => {
    await renderSeeded(() => <MyReports emptyAction={<a href="/gui">Gửi phản ánh</a>} />, []);
    expect(await screen.findByRole('heading', { name: 'Chưa có phản ánh nào' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gửi phản ánh' })).toBeTruthy();
  });

  it('says what went wrong and loads again on "Thử lại", keeping focus on the screen', async () => {
    await renderSeeded(() => <MyReports />, three, {
      before: (service) => service.controls.failNext(1, { code: 'offline', method: 'listMine' }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Chưa tải được danh sách phản ánh');
    expect(alert.textContent).toContain('Điện thoại đang mất mạng hoặc mạng yếu.');
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(await cards()).toHaveLength(3);
  });

  it('asks to sign in when there is no session, without a retry', async () => {
    await renderWithFeedback(<MyReports />, { signedIn: false });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Vui lòng đăng nhập để xem'),
    );
    expect(screen.queryByRole('button', { name: 'Thử lại' })).toBeNull();
  });

  it('speaks English when the app does', async () => {
    await renderSeeded(() => <MyReports />, three, { locale: 'en' });
    expect(await screen.findByRole('heading', { name: 'My reports' })).toBeTruthy();
    expect((await cards())[0]?.textContent).toContain('Roads and pavements');
  });

  it('cuts a long description at a word, on one line', () => {
    expect(excerpt('Một\nhai  ba')).toBe('Một hai ba');
    const long = 'Ổ gà '.repeat(40);
    const cut = excerpt(long);
    expect(cut.endsWith('gà…') || cut.endsWith('Ổ…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(91);
  });
});
