import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSeeded } from '../ReportDetail/render-seeded';
import { PublicReportDetail } from './PublicReportDetail';

const detail = ([id = '']: readonly string[]) => <PublicReportDetail id={id} />;

describe('PublicReportDetail', () => {
  it('shows the answer and how many others have the problem, to anyone', async () => {
    await renderSeeded(
      detail,
      [{ stage: 'answered', byNeighbour: true, supporters: 4, photos: 2 }],
      {
        signedIn: false,
      },
    );
    await screen.findByRole('heading', { level: 1, name: 'Hạ tầng giao thông' });
    expect(document.querySelector('.gm-status-tag')?.textContent).toBe('Đã trả lời');
    expect(screen.getByText('4 người cũng gặp vấn đề này.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Câu trả lời của cơ quan' })).toBeTruthy();
    expect(screen.getAllByRole('img').map((img) => img.getAttribute('alt'))).toEqual([
      'Ảnh 1/2 của phản ánh',
      'Ảnh 2/2 của phản ánh',
    ]);
    // No questions for the reporter here.
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('never shows who reported, unless the reporter chose to show the name', async () => {
    const { unmount } = await renderSeeded(detail, [{ stage: 'answered', byNeighbour: true }]);
    await screen.findByRole('heading', { level: 1, name: 'Hạ tầng giao thông' });
    expect(document.body.textContent).not.toContain('Trần Văn Hùng');
    expect(document.body.textContent).not.toContain('hang-xom');
    expect(screen.queryByText('Người phản ánh')).toBeNull();
    unmount();
    await renderSeeded(detail, [{ stage: 'closed', byNeighbour: true, showName: true }]);
    await screen.findByRole('heading', { level: 1, name: 'Hạ tầng giao thông' });
    const row = screen.getByText('Người phản ánh').closest('div');
    expect(row?.querySelector('dd')?.textContent).toBe('Trần Văn Hùng');
    expect(document.body.textContent).not.toContain('hang-xom');
  });

  it('shows text typed with HTML as text', async () => {
    const html = '<script>alert(1)</script> Cống <i>tắc</i>';
    const { container } = await renderSeeded(detail, [
      {
        stage: 'answered',
        byNeighbour: true,
        description: html,
        answerText: '<b>Đã</b> thông cống.',
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Hạ tầng giao thông' });
    const texts = [...container.querySelectorAll('.gm-report-text')].map((p) => p.textContent);
    expect(texts).toContain(html);
    expect(texts).toContain('<b>Đã</b> thông cống.');
    expect(container.querySelector('script, i, b')).toBeNull();
  });

  it('reads a report that was not published like an unknown one', async () => {
    await renderSeeded(detail, [{ stage: 'answered', publish: false }]);
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy phản ánh' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Thử lại' })).toBeNull();
  });

  it('says what went wrong and loads again on "Thử lại", focus kept on the heading', async () => {
    await renderSeeded(detail, [{ stage: 'answered', byNeighbour: true }], {
      before: (service) => service.controls.failNext(1, { code: 'timeout', method: 'getPublic' }),
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Hệ thống phản hồi quá lâu');
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    const heading = screen.getByRole('heading', { level: 1 });
    expect(document.activeElement).toBe(heading);
    await screen.findByRole('heading', { level: 1, name: 'Hạ tầng giao thông' });
    expect(document.activeElement).toBe(heading);
  });
});
