import { cleanup, fireEvent, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProvider } from '../test-utils';
import { TaskList } from './TaskList';

afterEach(cleanup);

describe('TaskList', () => {
  it('makes each task a link described by its status (and hint)', () => {
    renderWithProvider(
      <TaskList aria-label="Các phần của hồ sơ">
        <TaskList.Item title="Thông tin người nộp" href="#nguoi-nop" status="done" />
        <TaskList.Item
          title="Giấy tờ"
          hint="Ảnh hai mặt CCCD"
          href="#giay-to"
          status="inProgress"
        />
        <TaskList.Item title="Nơi nhận" href="#noi-nhan" status="notStarted" />
      </TaskList>,
    );
    expect(screen.getByRole('list', { name: 'Các phần của hồ sơ' })).toBeTruthy();
    const done = screen.getByRole('link', { name: 'Thông tin người nộp' });
    expect(done).toHaveProperty('href', expect.stringContaining('#nguoi-nop'));
    const describedBy = (el: HTMLElement) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' | ');
    expect(describedBy(done)).toBe('Đã xong');
    expect(describedBy(screen.getByRole('link', { name: 'Giấy tờ' }))).toBe(
      'Ảnh hai mặt CCCD | Đang làm',
    );
    expect(describedBy(screen.getByRole('link', { name: 'Nơi nhận' }))).toBe('Chưa bắt đầu');
    expect(screen.getByText('Chưa bắt đầu').tagName).toBe('STRONG');
  });

  it('shows a task that cannot start as text, not a link', () => {
    renderWithProvider(
      <TaskList>
        <TaskList.Item title="Nộp hồ sơ" href="#nop" status="cannotStart" />
      </TaskList>,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('listitem').textContent).toBe('Nộp hồ sơKhông thể bắt đầu');
  });

  it('takes custom status words, onClick, refs and native props', () => {
    const onClick = vi.fn((e: { preventDefault(): void }) => e.preventDefault());
    const list = createRef<HTMLUListElement>();
    const item = createRef<HTMLLIElement>();
    renderWithProvider(
      <TaskList ref={list}>
        <TaskList.Item
          ref={item}
          data-task="giay-to"
          title="Giấy tờ"
          href="#giay-to"
          onClick={onClick}
          status="inProgress"
          statusText="Cần bổ sung"
        />
      </TaskList>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Giấy tờ' }));
    expect(onClick).toHaveBeenCalledOnce();
    expect(screen.getByText('Cần bổ sung')).toBeTruthy();
    expect(list.current?.tagName).toBe('UL');
    expect(item.current?.dataset.task).toBe('giay-to');
  });

  it('speaks English', () => {
    renderWithProvider(
      <TaskList>
        <TaskList.Item title="Applicant" href="#a" status="notStarted" />
        <TaskList.Item title="Submit" status="cannotStart" />
      </TaskList>,
      { locale: 'en' },
    );
    expect(screen.getByText('Not yet started')).toBeTruthy();
    expect(screen.getByText('Cannot start yet')).toBeTruthy();
  });
});
