import { createSimulatedPlatform } from '@govmini/platform';
import { GovMiniProvider } from '@govmini/ui';
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { REPORT_STATUSES } from '../../core/status';
import { ReportStatusTag } from './ReportStatusTag';

afterEach(cleanup);
const show = (
  ui: ReactElement,
  options: { locale?: 'vi' | 'en'; messages?: Record<string, string> } = {},
) =>
  render(
    <GovMiniProvider
      platform={createSimulatedPlatform({ user: null })}
      locale={options.locale ?? 'vi'}
      {...(options.messages && { messages: options.messages })}
      applyTo="none"
    >
      {ui}
    </GovMiniProvider>,
  );

describe('ReportStatusTag', () => {
  it('says each status in plain words, with the tag classes of @govmini/ui', () => {
    show(
      <div>
        {REPORT_STATUSES.map((s) => (
          <ReportStatusTag key={s} status={s} />
        ))}
      </div>,
    );
    const tags = [...document.querySelectorAll('.gm-status-tag')];
    expect(tags.map((t) => t.textContent)).toEqual([
      'Đã gửi',
      'Đã tiếp nhận',
      'Đang xử lý',
      'Đã trả lời',
      'Đã đóng',
      'Không tiếp nhận',
    ]);
    expect(tags.map((t) => t.className.replace('gm-status-tag gm-status-tag--', ''))).toEqual([
      'info',
      'info',
      'info',
      'success',
      'neutral',
      'error',
    ]);
  });

  it('adds what happens now, or a line of the screen’s own', () => {
    show(<ReportStatusTag status="rejected" description />);
    expect(document.querySelector('.gm-status__description')?.textContent).toContain(
      'Vui lòng xem lý do bên dưới',
    );
    cleanup();
    show(<ReportStatusTag status="in_progress" description="Đã mở lại." />);
    expect(document.querySelector('.gm-status__description')?.textContent).toBe('Đã mở lại.');
  });

  it('takes the app’s words and speaks English', () => {
    show(<ReportStatusTag status="answered" description />, {
      messages: {
        'feedback.status.answered': 'Có trả lời',
        'feedback.status.answered.next': 'Xem bên dưới.',
      },
    });
    expect(screen.getByText('Có trả lời')).toBeTruthy();
    expect(screen.getByText('Xem bên dưới.')).toBeTruthy();
    cleanup();
    show(<ReportStatusTag status="rejected" />, { locale: 'en' });
    expect(screen.getByText('Not accepted')).toBeTruthy();
  });
});
