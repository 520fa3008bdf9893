import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderSeeded } from '../ReportDetail/render-seeded';
import { publicSamples, type SampleReport } from '../ReportDetail/sample-reports';
import { PublicReports } from './PublicReports';

const items = () =>
  within(document.querySelector('.gm-report-list') as HTMLElement).getAllByRole('listitem');
const liveRegion = () => document.querySelector('.gm-public-reports__count[role="status"]');
const search = () => fireEvent.click(screen.getByRole('button', { name: 'Tìm kiếm' }));
const typeDate = (legend: string, day: string, month: string, year: string) => {
  const group = screen.getByRole('group', { name: new RegExp(`^${legend}`) });
  const [d, m, y] = within(group).getAllByRole('textbox');
  fireEvent.change(d as HTMLElement, { target: { value: day } });
  fireEvent.change(m as HTMLElement, { target: { value: month } });
  fireEvent.change(y as HTMLElement, { target: { value: year } });
};

describe('PublicReports', () => {
  it('lists ten answered reports newest first, with a count and "Xem thêm"', async () => {
    const onOpen = vi.fn();
    await renderSeeded(() => <PublicReports onOpen={onOpen} provinceCode="01" />, publicSamples);
    await waitFor(() => expect(items()).toHaveLength(10));
    expect(items()[0]?.textContent).toContain('Cột đèn nghiêng sau bão.');
    expect(liveRegion()?.textContent).toBe('Tìm thấy 13 phản ánh.');
    expect(screen.getByRole('button', { name: 'Xem thêm (còn 3 phản ánh)' })).toBeTruthy();
    fireEvent.click(
      within(items()[0] as HTMLElement).getByRole('button', { name: 'Chiếu sáng công cộng' }),
    );
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('"Xem thêm" adds the next page, moves focus to the first new report and says how many', async () => {
    await renderSeeded(() => <PublicReports onOpen={() => {}} provinceCode="01" />, publicSamples);
    await waitFor(() => expect(items()).toHaveLength(10));
    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm (còn 3 phản ánh)' }));
    await waitFor(() => expect(items()).toHaveLength(13));
    const first = items()[10] as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(within(first).getByRole('button')));
    expect(liveRegion()?.textContent).toBe('Đã thêm 3 phản ánh. Đang hiện 13 trên 13 phản ánh.');
    // The last page: no more button, and no report twice.
    expect(screen.queryByRole('button', { name: /Xem thêm/ })).toBeNull();
    const codes = items().map((li) => li.querySelector('dd')?.textContent);
    expect(new Set(codes).size).toBe(13);
  });

  it('focuses the card itself when cards are not links', async () => {
    await renderSeeded(() => <PublicReports provinceCode="01" />, publicSamples);
    await waitFor(() => expect(items()).toHaveLength(10));
    fireEvent.click(screen.getByRole('button', { name: /Xem thêm/ }));
    await waitFor(() => expect(document.activeElement).toBe(items()[10]));
    expect(items()[10]?.getAttribute('tabindex')).toBe('-1');
  });

  it('keeps what is shown when "Xem thêm" fails, and tries again', async () => {
    const { service } = await renderSeeded(
      () => <PublicReports provinceCode="01" />,
      publicSamples,
    );
    await waitFor(() => expect(items()).toHaveLength(10));
    service.controls.failNext(1, { code: 'offline', method: 'listPublic' });
    fireEvent.click(screen.getByRole('button', { name: /Xem thêm/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('Chưa tải thêm được');
    expect(items()).toHaveLength(10);
    fireEvent.click(screen.getByRole('button', { name: /Xem thêm/ }));
    await waitFor(() => expect(items()).toHaveLength(13));
  });

  it('filters by category, commune and time, and searches without diacritics', async () => {
    const { service } = await renderSeeded(
      () => <PublicReports provinceCode="01" />,
      publicSamples,
    );
    await waitFor(() => expect(items()).toHaveLength(10));
    const listPublic = vi.spyOn(service, 'listPublic');
    fireEvent.change(screen.getByRole('combobox', { name: 'Lĩnh vực' }), {
      target: { value: 'ngap-ung' },
    });
    const commune = screen.getByRole('combobox', { name: 'Xã, phường' });
    expect([...commune.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Tất cả xã, phường',
      'Phường Ba Đình',
      'Phường Hoàn Kiếm',
      'Phường Ngọc Hà',
      'Xã Bát Tràng',
    ]);
    fireEvent.change(commune, { target: { value: '00008' } });
    typeDate('Từ ngày', '1', '11', '2026');
    typeDate('Đến ngày', '31', '12', '2026');
    search();
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0]?.textContent).toContain('Ngập sâu 40 cm sau mưa');
    expect(listPublic).toHaveBeenLastCalledWith({
      categoryId: 'ngap-ung',
      communeCode: '00008',
      from: '2026-11-01',
      to: '2026-12-31',
      limit: 10,
    });
    expect(screen.getByText('Lọc theo lĩnh vực, xã phường, thời gian (đang lọc)')).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'Lĩnh vực' }), { target: { value: '' } });
    fireEvent.change(commune, { target: { value: '' } });
    fireEvent.change(screen.getByRole('searchbox', { name: /Tìm theo nội dung/ }), {
      target: { value: 'doi can' },
    });
    search();
    await waitFor(() =>
      expect(listPublic).toHaveBeenLastCalledWith({
        text: 'doi can',
        from: '2026-11-01',
        to: '2026-12-31',
        limit: 10,
      }),
    );
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0]?.textContent).toContain('Phố Đội Cấn');
  });

  it('says what is wrong with a date, at its boxes, and searches nothing', async () => {
    const { service } = await renderSeeded(
      () => <PublicReports provinceCode="01" />,
      publicSamples,
    );
    await waitFor(() => expect(items()).toHaveLength(10));
    const listPublic = vi.spyOn(service, 'listPublic');
    typeDate('Từ ngày', '31', '2', '2026');
    search();
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Có vấn đề cần sửa');
    typeDate('Từ ngày', '10', '12', '2026');
    typeDate('Đến ngày', '1', '12', '2026');
    search();
    expect(screen.getByRole('alert').textContent).toContain(
      'Ngày “Đến ngày” phải sau hoặc trùng “Từ ngày”.',
    );
    expect(listPublic).not.toHaveBeenCalled();
    // What was typed stays.
    const to = screen.getByRole('group', { name: /^Đến ngày/ });
    expect((within(to).getAllByRole('textbox')[0] as HTMLInputElement).value).toBe('1');
  });

  it('offers to clear the filters when nothing matches', async () => {
    await renderSeeded(() => <PublicReports provinceCode="01" />, publicSamples);
    await waitFor(() => expect(items()).toHaveLength(10));
    fireEvent.change(screen.getByRole('searchbox', { name: /Tìm theo nội dung/ }), {
      target: { value: 'thang máy' },
    });
    search();
    expect(
      await screen.findByRole('heading', { name: 'Không tìm thấy phản ánh phù hợp' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xoá bộ lọc' }));
    await waitFor(() => expect(items()).toHaveLength(10));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
  });

  it('says when nothing has been answered yet', async () => {
    const open: SampleReport[] = [{ stage: 'in_progress' }, { stage: 'answered', publish: false }];
    await renderSeeded(() => <PublicReports />, open);
    expect(
      await screen.findByRole('heading', { name: 'Chưa có phản ánh nào được trả lời' }),
    ).toBeTruthy();
  });

  it('says what went wrong and loads again on "Thử lại"', async () => {
    await renderSeeded(() => <PublicReports />, publicSamples, {
      before: (service) => service.controls.failNext(1, { code: 'server', method: 'listPublic' }),
    });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Chưa tải được danh sách phản ánh',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(items()).toHaveLength(10));
  });

  it('never shows who reported, except a name the reporter chose to show', async () => {
    await renderSeeded(() => <PublicReports />, publicSamples);
    await waitFor(() => expect(items()).toHaveLength(10));
    expect(document.body.textContent).not.toContain('hang-xom');
    expect(document.body.textContent).not.toContain('Trần Văn Hùng');
  });
});
