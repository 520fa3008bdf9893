import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderTracking } from '../DossierDetail/local-render';
import { sampleDossier } from '../DossierDetail/sample-dossiers';
import { DueDate } from './DueDate';
import { formatDateTime, formatDay, todayIso, workingDaysLeft } from './dossier-dates';
import { StatusTimeline } from './StatusTimeline';

describe('dates in Vietnam time', () => {
  it('formats date-times in UTC+7 whatever the offset they were written with', () => {
    expect(formatDateTime('2026-11-25T08:15:00+07:00')).toBe('25/11/2026 08:15');
    expect(formatDateTime('2026-11-25T18:30:00Z')).toBe('26/11/2026 01:30');
    expect(formatDay('2026-11-25T18:30:00Z')).toBe('26/11/2026');
    expect(formatDay('2026-02-03')).toBe('03/02/2026');
    expect(formatDateTime('not a date')).toBe('');
    expect(formatDay(undefined)).toBe('');
  });

  it('takes today from Vietnam, not from the phone zone', () => {
    expect(todayIso(new Date('2026-12-01T17:30:00Z'))).toBe('2026-12-02');
  });

  it('counts working days left, skipping weekends and public holidays', () => {
    // Wednesday 2/12/2026 → Friday 4/12: Thursday and Friday.
    expect(workingDaysLeft('2026-12-02', '2026-12-04')).toBe(2);
    // Friday → Monday: only Monday counts.
    expect(workingDaysLeft('2026-12-04', '2026-12-07')).toBe(1);
    // Saturday → Monday: still 1 day left, never "due today".
    expect(workingDaysLeft('2026-12-05', '2026-12-07')).toBe(1);
    expect(workingDaysLeft('2026-12-02', '2026-12-02')).toBe(0);
    // National Day: 1 and 2/9/2026 are days off, so Monday 31/8 → Friday 4/9 leaves 2.
    expect(workingDaysLeft('2026-08-31', '2026-09-04')).toBe(2);
  });

  it('counts overdue working days as negative', () => {
    // Due Monday 30/11, today Wednesday 2/12: Tuesday and Wednesday late.
    expect(workingDaysLeft('2026-12-02', '2026-11-30')).toBe(-2);
    // Due Friday, seen Saturday: 1 day late, not "due today".
    expect(workingDaysLeft('2026-12-05', '2026-12-04')).toBe(-1);
    expect(() => workingDaysLeft('2026-12-02', 'soon')).toThrow(RangeError);
  });
});

describe('DueDate', () => {
  it('says the days left while the office works on it, and lateness in words', () => {
    const { rerender } = renderTracking(
      <DueDate dueDate="2026-12-04" status={4} today="2026-12-02" />,
    );
    expect(document.body.textContent).toBe('04/12/2026 (còn 2 ngày làm việc)');
    rerender(<DueDate dueDate="2026-11-30" status={4} today="2026-12-02" />);
    expect(screen.getByText('(quá hạn 2 ngày làm việc)').tagName).toBe('STRONG');
    rerender(<DueDate dueDate="2026-12-02" status={2} today="2026-12-02" />);
    expect(document.body.textContent).toBe('02/12/2026 (hạn trả là hôm nay)');
  });

  it('shows no countdown once the office is not working on it', () => {
    const { rerender } = renderTracking(
      <DueDate dueDate="2026-11-30" status={10} today="2026-12-02" />,
    );
    expect(document.body.textContent).toBe('30/11/2026');
    rerender(<DueDate dueDate={undefined} status={1} />);
    expect(document.body.textContent).toBe('Chưa có ngày hẹn trả');
  });

  it('speaks English when the app does', () => {
    renderTracking(<DueDate dueDate="2026-12-04" status={4} today="2026-12-02" />, {
      locale: 'en',
    });
    expect(document.body.textContent).toBe('04/12/2026 (2 working days left)');
  });
});

describe('StatusTimeline', () => {
  it('is an ordered list, oldest first, with times, who acted and notes', () => {
    const history = [...sampleDossier(5).history].reverse();
    renderTracking(<StatusTimeline history={history} aria-label="Quá trình giải quyết" />);
    const list = screen.getByRole('list', { name: 'Quá trình giải quyết' });
    expect(list.tagName).toBe('OL');
    const steps = within(list).getAllByRole('listitem');
    expect(
      steps.map((s) => s.querySelector('.gm-timeline__title')?.firstChild?.textContent),
    ).toEqual([
      'Đã nộp hồ sơ',
      'Cơ quan đã tiếp nhận hồ sơ',
      'Hồ sơ được chuyển đi xử lý',
      'Cơ quan yêu cầu bổ sung giấy tờ',
    ]);
    expect(steps[0]?.textContent).toContain('25/11/2026 08:15');
    expect(steps[0]?.textContent).toContain('Thực hiện: Người nộp hồ sơ');
    expect(steps[1]?.textContent).toContain('Thực hiện: UBND xã Tân Phong');
    expect(steps[3]?.textContent).toContain('Ghi chú: Cần bổ sung giấy tờ chứng minh nơi cư trú');
    expect(steps[0]?.querySelector('time')?.getAttribute('dateTime')).toBe(
      '2026-11-25T08:15:00+07:00',
    );
  });

  it('marks the current step in words, on the last step only', () => {
    renderTracking(<StatusTimeline history={sampleDossier(4).history} />);
    const marks = screen.getAllByText('Bước hiện tại');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.closest('li')?.textContent).toContain('Hồ sơ được chuyển đi xử lý');
  });

  it('words a citizen reply as one', () => {
    renderTracking(
      <StatusTimeline
        history={[
          ...sampleDossier(5).history,
          { status: 4, at: '2026-11-28T08:00:00+07:00', by: 'citizen' },
        ]}
      />,
    );
    expect(screen.getByText('Đã gửi bổ sung, hồ sơ tiếp tục được xử lý')).toBeTruthy();
  });
});
