import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProvider } from '../test-utils';
import { SummaryList } from './SummaryList';

afterEach(cleanup);

describe('SummaryList', () => {
  it('is a <dl> of rows: term, value and a "Thay đổi" link named after the row', () => {
    const { container } = renderWithProvider(
      <SummaryList>
        <SummaryList.Row label="Ngày sinh" value="05/03/1952" changeHref="#ngay-sinh" />
        <SummaryList.Row label="Số CCCD" value="001152012345" />
      </SummaryList>,
    );
    const dl = container.querySelector('dl.gm-summary-list') as HTMLElement;
    expect([...dl.querySelectorAll('dt')].map((e) => e.textContent)).toEqual([
      'Ngày sinh',
      'Số CCCD',
    ]);
    expect(dl.querySelector('dd')?.textContent).toBe('05/03/1952');
    const link = screen.getByRole('link', { name: 'Thay đổi Ngày sinh' });
    expect(link.getAttribute('href')).toBe('#ngay-sinh');
    // The second row has no actions: no empty <dd>.
    expect(dl.querySelectorAll('.gm-summary-list__row')[1]?.querySelectorAll('dd')).toHaveLength(1);
  });

  it('says "Chưa nhập" for an empty answer', () => {
    renderWithProvider(
      <SummaryList>
        <SummaryList.Row label="Số điện thoại" value="" />
      </SummaryList>,
    );
    expect(screen.getByText('Chưa nhập').className).toContain('gm-summary-list__value--empty');
  });

  it('renders several actions as a list, with buttons and custom hidden text', () => {
    const onClick = vi.fn();
    renderWithProvider(
      <SummaryList>
        <SummaryList.Row
          label="Giấy tờ"
          value="2 ảnh"
          actions={[{ href: '#giay-to' }, { children: 'Xoá', hiddenText: 'giấy tờ', onClick }]}
        />
      </SummaryList>,
    );
    const list = screen.getByRole('list');
    expect(within(list).getByRole('link', { name: 'Thay đổi Giấy tờ' })).toBeTruthy();
    fireEvent.click(within(list).getByRole('button', { name: 'Xoá giấy tờ' }));
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('forwards refs and native props', () => {
    const list = createRef<HTMLDListElement>();
    const row = createRef<HTMLDivElement>();
    renderWithProvider(
      <SummaryList ref={list} aria-label="Thông tin người nộp" className="extra">
        <SummaryList.Row ref={row} label="Họ và tên" value="Nguyễn Thị Hoa" data-row="1" />
      </SummaryList>,
    );
    expect(list.current?.tagName).toBe('DL');
    expect(list.current?.className).toBe('gm-summary-list extra');
    expect(row.current?.dataset.row).toBe('1');
  });

  it('speaks English', () => {
    renderWithProvider(
      <SummaryList>
        <SummaryList.Row label="Date of birth" changeHref="#dob" />
      </SummaryList>,
      { locale: 'en' },
    );
    expect(screen.getByRole('link', { name: 'Change Date of birth' })).toBeTruthy();
    expect(screen.getByText('Not provided')).toBeTruthy();
  });

  it('takes message overrides', () => {
    renderWithProvider(
      <SummaryList>
        <SummaryList.Row label="Ngày sinh" value="1952" changeHref="#ns" />
      </SummaryList>,
      { messages: { 'summaryList.change': 'Sửa' } },
    );
    expect(screen.getByRole('link', { name: 'Sửa Ngày sinh' })).toBeTruthy();
  });
});
