import { createSimulatedPlatform } from '@govmini/platform';
import { GovMiniProvider } from '@govmini/ui';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportEvent } from '../../core/types';
import { AnswerDue } from './AnswerDue';
import { ReportTimeline } from './ReportTimeline';
import { workingDaysLeft } from './report-dates';

afterEach(cleanup);
const show = (ui: ReactElement, locale: 'vi' | 'en' = 'vi') =>
  render(
    <GovMiniProvider
      platform={createSimulatedPlatform({ user: null })}
      locale={locale}
      applyTo="none"
    >
      {ui}
    </GovMiniProvider>,
  );

const history: ReportEvent[] = [
  { status: 'answered', at: '2026-11-19T09:30:00+07:00' },
  { status: 'sent', at: '2026-11-16T08:30:00+07:00' },
  { status: 'received', at: '2026-11-16T09:30:00+07:00' },
  { status: 'in_progress', at: '2026-11-17T09:30:00+07:00' },
  { status: 'in_progress', at: '2026-11-19T15:00:00+07:00', reopened: true },
];

describe('ReportTimeline', () => {
  it('is an ordered list, oldest first, with times in Vietnam and the current step in words', () => {
    show(<ReportTimeline history={history} />);
    const steps = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(screen.getByRole('list').tagName).toBe('OL');
    expect(steps.map((li) => li.querySelector('.gm-report-timeline__title')?.textContent)).toEqual([
      'Đã gửi phản ánh',
      'Cơ quan đã tiếp nhận phản ánh',
      'Đơn vị phụ trách đang xử lý',
      'Cơ quan đã trả lời',
      'Phản ánh được mở lại vì vấn đề chưa được giải quyết Bước hiện tại',
    ]);
    expect(steps[0]?.querySelector('time')?.textContent).toBe('16/11/2026 08:30');
    expect(steps[0]?.querySelector('time')?.getAttribute('datetime')).toBe(
      '2026-11-16T08:30:00+07:00',
    );
  });

  it('gives the reason for "Không tiếp nhận" and notes as text', () => {
    show(
      <ReportTimeline
        history={[
          { status: 'sent', at: '2026-11-16T08:30:00+07:00', note: '<b>gấp</b>' },
          { status: 'rejected', at: '2026-11-16T10:00:00+07:00', note: 'Không thuộc thẩm quyền.' },
        ]}
      />,
    );
    expect(screen.getByText('Ghi chú: <b>gấp</b>')).toBeTruthy();
    expect(screen.getByText('Lý do: Không thuộc thẩm quyền.')).toBeTruthy();
    expect(document.querySelector('b')).toBeNull();
  });

  it('says when there is nothing yet, and speaks English', () => {
    show(<ReportTimeline history={[]} />);
    expect(screen.getByText('Chưa có bước nào.')).toBeTruthy();
    cleanup();
    show(<ReportTimeline history={history.slice(0, 2)} />, 'en');
    expect(screen.getAllByRole('listitem')[1]?.textContent).toContain('The office answered');
  });
});

describe('AnswerDue', () => {
  it('counts working days while the report waits, and says late in words', () => {
    show(
      <ul>
        <li>
          <AnswerDue dueDate="2026-11-27" status="received" today="2026-11-24" />
        </li>
        <li>
          <AnswerDue dueDate="2026-11-27" status="in_progress" today="2026-11-27" />
        </li>
        <li>
          <AnswerDue dueDate="2026-11-20" status="sent" today="2026-11-24" />
        </li>
        <li>
          <AnswerDue dueDate="2026-11-20" status="answered" today="2026-11-24" />
        </li>
        <li>
          <AnswerDue dueDate={undefined} status="sent" />
        </li>
      </ul>,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '27/11/2026 (còn 3 ngày làm việc)',
      '27/11/2026 (hạn trả lời là hôm nay)',
      '20/11/2026 (quá hạn 2 ngày làm việc)',
      '20/11/2026',
      'Chưa có hạn trả lời',
    ]);
    expect(screen.getByText('(quá hạn 2 ngày làm việc)').tagName).toBe('STRONG');
  });

  it('skips weekends and public holidays', () => {
    // Weekends never count; nor does National Day (2/9) with the day off declared beside it.
    expect(workingDaysLeft('2026-11-27', '2026-11-30')).toBe(1); // Fri → Mon
    expect(workingDaysLeft('2026-08-28', '2026-09-03')).toBe(2); // 2/9 and its extra day off
    expect(workingDaysLeft('2026-11-30', '2026-11-27')).toBe(-1);
  });
});
