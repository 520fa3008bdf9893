import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ReportDetail } from './ReportDetail';
import { renderSeeded } from './render-seeded';

const detail =
  (props: { onChange?: () => void } = {}) =>
  (ids: readonly string[], today: string) => (
    <ReportDetail id={ids[0] ?? ''} today={today} {...props} />
  );

describe('ReportDetail', () => {
  it('shows a loading status, then the report with its status and what happens now', async () => {
    await renderSeeded(detail(), [{ stage: 'received', photos: 3, supporters: 2 }]);
    expect(screen.getByRole('status').textContent).toBe('Đang tải phản ánh…');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Phản ánh');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Hạ tầng giao thông' });
    expect(heading.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(document.querySelector('.gm-status-tag')?.textContent).toBe('Đã tiếp nhận');
    expect(document.querySelector('.gm-status__description')?.textContent).toBe(
      'Cơ quan đã nhận phản ánh và chuyển cho đơn vị phụ trách xem xét.',
    );
    expect(document.querySelector('.gm-report-detail__code')?.textContent).toBe(
      'Mã phản ánh: PA-261116-0001',
    );
  });

  it('shows the description as text with its line breaks, never as HTML', async () => {
    const html = 'Đèn hỏng <img src=x onerror=alert(1)> <b>3 tuần</b>\nNgõ 12 tối om.';
    const { container } = await renderSeeded(detail(), [
      { stage: 'received', description: html, categoryId: 'chieu-sang' },
    ]);
    await screen.findByRole('heading', { name: 'Chiếu sáng công cộng' });
    const text = container.querySelector('.gm-report-text');
    expect(text?.textContent).toBe(html);
    expect(text?.querySelector('img, b')).toBeNull();
    // Only the report's own photo: the <img> typed in the text never became one.
    expect(
      [...container.querySelectorAll('img')].map((img) => img.getAttribute('src')),
    ).not.toContain('x');
    expect(container.querySelectorAll('img')).toHaveLength(1);
  });

  it('gives each photo its place in the set as alt text', async () => {
    await renderSeeded(detail(), [{ stage: 'sent', photos: 3 }]);
    await screen.findByRole('heading', { level: 1, name: 'Hạ tầng giao thông' });
    expect(screen.getAllByRole('img').map((img) => img.getAttribute('alt'))).toEqual([
      'Ảnh 1/3 của phản ánh',
      'Ảnh 2/3 của phản ánh',
      'Ảnh 3/3 của phản ánh',
    ]);
  });

  it('names the place: the citizen’s words, then the commune and province', async () => {
    await renderSeeded(detail(), [{ stage: 'sent' }]);
    const place = await screen.findByRole('heading', { name: 'Địa điểm' });
    expect(place.nextElementSibling?.textContent).toBe(
      'Trước số nhà 45 Phan Đình Phùng, Phường Ba Đình, Thành phố Hà Nội',
    );
  });

  it('counts the working days left to the answer date while it waits', async () => {
    const { reports, today } = await renderSeeded(detail(), [{ stage: 'received' }]);
    await screen.findByRole('heading', { level: 1, name: 'Hạ tầng giao thông' });
    expect(reports[0]?.dueDate).toBe('2026-11-23');
    expect(today).toBe('2026-11-16');
    const row = screen.getByText('Hạn trả lời').closest('div');
    expect(row?.querySelector('dd')?.textContent).toBe('23/11/2026 (còn 5 ngày làm việc)');
  });

  it('shows the answer, then asks whether it is solved and for a rating', async () => {
    await renderSeeded(detail(), [{ stage: 'answered', answerText: 'Đã vá ổ gà.\nCảm ơn.' }]);
    const answer = await screen.findByRole('heading', { name: 'Câu trả lời của cơ quan' });
    const section = answer.closest('section') as HTMLElement;
    expect(section.textContent).toContain('Sở Xây dựng');
    expect(section.textContent).toContain('19/11/2026 09:30');
    expect(section.querySelector('.gm-report-text')?.textContent).toBe('Đã vá ổ gà.\nCảm ơn.');
    expect(screen.getByRole('heading', { name: 'Đã được giải quyết chưa?' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Đánh giá câu trả lời' })).toBeTruthy();
  });

  it('reopens on "Chưa giải quyết": back to in progress, said at the top and in the history', async () => {
    const onChange = vi.fn();
    const { service, reports } = await renderSeeded(detail({ onChange }), [{ stage: 'answered' }]);
    fireEvent.click(await screen.findByRole('radio', { name: /Chưa giải quyết/ }));
    const question = screen.getByRole('heading', { name: 'Đã được giải quyết chưa?' });
    const form = within(question.closest('section') as HTMLElement);
    fireEvent.change(form.getByRole('textbox', { name: /Ý kiến thêm/ }), {
      target: { value: 'Lại sụt lún sau mưa.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi và mở lại phản ánh' }));
    await waitFor(() =>
      expect(document.querySelector('.gm-status-tag')?.textContent).toBe('Đang xử lý'),
    );
    expect(document.querySelector('.gm-status__description')?.textContent).toContain(
      'đã được mở lại',
    );
    const history = screen.getByRole('heading', { name: 'Quá trình xử lý' }).nextElementSibling;
    const steps = within(history as HTMLElement).getAllByRole('listitem');
    expect(steps.at(-1)?.textContent).toContain(
      'Phản ánh được mở lại vì vấn đề chưa được giải quyết',
    );
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ status: 'in_progress' }));
    const stored = (await service.getMine('story-user', reports[0]?.id ?? '')).resolved;
    expect(stored).toMatchObject({ resolved: false, comment: 'Lại sụt lún sau mưa.' });
    expect(screen.getByRole('heading', { name: 'Câu trả lời trước đây của cơ quan' })).toBeTruthy();
    // No rating form while it is being handled again.
    expect(screen.queryByRole('button', { name: 'Gửi đánh giá' })).toBeNull();
  });

  it('gives the reason when the report was not accepted', async () => {
    await renderSeeded(detail(), [{ stage: 'rejected' }]);
    const reason = await screen.findByRole('heading', { name: /Lý do không tiếp nhận/ });
    expect(reason.closest('.gm-notice')?.textContent).toContain('Toà án nhân dân');
    expect(screen.queryByRole('heading', { name: 'Đánh giá câu trả lời' })).toBeNull();
  });

  it('shows a joined report’s answer without the reporter’s questions', async () => {
    await renderSeeded(detail(), [{ stage: 'answered', joined: true, supporters: 2 }]);
    await screen.findByRole('heading', { name: 'Câu trả lời của cơ quan' });
    expect(screen.queryByRole('heading', { name: 'Đã được giải quyết chưa?' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Đánh giá câu trả lời' })).toBeNull();
    expect(document.body.textContent).toContain('Cùng gặp (đã bấm “Tôi cũng gặp”)');
    expect(document.body.textContent).toContain('3 người cũng gặp vấn đề này');
  });

  it('reads someone else’s report like an unknown one, without a retry', async () => {
    await renderSeeded(
      () => <ReportDetail id="rep-khong-co" />,
      [{ stage: 'answered', byNeighbour: true }],
    );
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy phản ánh' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Thử lại' })).toBeNull();
  });

  it('says what went wrong and loads again on "Thử lại"', async () => {
    await renderSeeded(detail(), [{ stage: 'sent' }], {
      before: (service) => service.controls.failNext(1, { code: 'offline', method: 'getMine' }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Điện thoại đang mất mạng');
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(await screen.findByRole('heading', { name: 'Hạ tầng giao thông' })).toBeTruthy();
  });

  it('speaks English when the app does', async () => {
    await renderSeeded(detail(), [{ stage: 'answered' }], { locale: 'en' });
    expect(await screen.findByRole('heading', { name: 'Roads and pavements' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'The office’s answer' })).toBeTruthy();
  });
});
