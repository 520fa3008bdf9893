import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MyReport } from '../../core/types';
import { renderSeeded } from '../ReportDetail/render-seeded';
import { sampleAnswer } from '../ReportDetail/sample-reports';
import { ResolvedQuestion } from './ResolvedQuestion';

type Shown = Pick<MyReport, 'id' | 'role' | 'status' | 'answer' | 'resolved'>;
const answered = (id: string, more: Partial<Shown> = {}): Shown => ({
  id,
  role: 'reporter',
  status: 'answered',
  answer: sampleAnswer,
  ...more,
});

describe('ResolvedQuestion', () => {
  it('is asked of the reporter after an answer only', async () => {
    const { container, rerender, reports } = await renderSeeded(
      ([id = '']) => <ResolvedQuestion report={answered(id)} />,
      [{ stage: 'answered' }],
    );
    const id = reports[0]?.id ?? '';
    expect(screen.getByRole('group', { name: /vấn đề đã được giải quyết chưa/ })).toBeTruthy();
    for (const status of ['sent', 'received', 'in_progress', 'rejected'] as const) {
      rerender(<ResolvedQuestion report={{ id, role: 'reporter', status }} />);
      expect(container.textContent).toBe('');
    }
    rerender(<ResolvedQuestion report={answered(id, { role: 'supporter' })} />);
    expect(container.textContent).toBe('');
  });

  it('explains that "Chưa giải quyết" reopens the report before it is sent', async () => {
    await renderSeeded(
      ([id = '']) => <ResolvedQuestion report={answered(id)} />,
      [{ stage: 'answered' }],
    );
    const no = screen.getByRole('radio', { name: 'Chưa giải quyết' });
    // Said before choosing (the option's hint) and in full once chosen, and on the button.
    expect(no.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(no.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Phản ánh sẽ được mở lại để cơ quan xử lý tiếp.',
    );
    const more = screen
      .getByText(/quay về trạng thái “Đang xử lý”/)
      .closest('.gm-choice__conditional');
    expect(no.getAttribute('aria-controls')).toBe(more?.id);
    expect(more?.hasAttribute('hidden')).toBe(true);
    fireEvent.click(no);
    expect(more?.hasAttribute('hidden')).toBe(false);
    expect(screen.getByRole('button', { name: 'Gửi và mở lại phản ánh' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Đã giải quyết' }));
    expect(screen.getByRole('button', { name: 'Gửi xác nhận' })).toBeTruthy();
  });

  it('needs a choice', async () => {
    const { service } = await renderSeeded(
      ([id = '']) => <ResolvedQuestion report={answered(id)} />,
      [{ stage: 'answered' }],
    );
    const confirm = vi.spyOn(service, 'confirmResolved');
    fireEvent.click(screen.getByRole('button', { name: 'Gửi xác nhận' }));
    expect(screen.getByRole('alert').textContent).toContain(
      'Vui lòng chọn vấn đề đã được giải quyết hay chưa.',
    );
    expect(confirm).not.toHaveBeenCalled();
  });

  it('"Chưa giải quyết" reopens the report, with the comment, and says so', async () => {
    const onAnswered = vi.fn();
    const { service } = await renderSeeded(
      ([id = '']) => <ResolvedQuestion report={answered(id)} onAnswered={onAnswered} />,
      [{ stage: 'answered' }],
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Chưa giải quyết' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Ý kiến thêm/ }), {
      target: { value: 'Vẫn còn ngập.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi và mở lại phản ánh' }));
    expect(await screen.findByText(/phản ánh đã được mở lại để cơ quan xử lý tiếp/)).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { name: 'Đã được giải quyết chưa?' }),
      ),
    );
    const [stored] = await service.listMine('story-user');
    expect(stored?.status).toBe('in_progress');
    expect(stored?.history.at(-1)).toMatchObject({ status: 'in_progress', reopened: true });
    expect(stored?.resolved).toMatchObject({ resolved: false, comment: 'Vẫn còn ngập.' });
    expect(onAnswered).toHaveBeenCalledWith(expect.objectContaining({ status: 'in_progress' }));
  });

  it('"Đã giải quyết" thanks, and the agency closes the report', async () => {
    const { service } = await renderSeeded(
      ([id = '']) => <ResolvedQuestion report={answered(id)} />,
      [{ stage: 'answered' }],
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Đã giải quyết' }));
    fireEvent.click(screen.getByRole('button', { name: 'Gửi xác nhận' }));
    expect(await screen.findByText(/Đã xác nhận vấn đề đã được giải quyết/)).toBeTruthy();
    expect((await service.listMine('story-user'))[0]?.status).toBe('closed');
  });

  it('asks again after a new answer to a reopened report', async () => {
    const { reports } = await renderSeeded(
      ([id = '']) => <ResolvedQuestion report={answered(id)} />,
      [{ stage: 'reanswered' }],
    );
    const report = reports[0];
    expect(report?.resolved?.resolved).toBe(false);
    expect(report?.status).toBe('answered');
    expect(screen.getByRole('radio', { name: 'Đã giải quyết' })).toBeTruthy();
  });

  it('shows an earlier "not solved" while the report is handled again', async () => {
    await renderSeeded(
      ([id = '']) => (
        <ResolvedQuestion
          report={answered(id, {
            status: 'in_progress',
            resolved: { resolved: false, at: '2026-11-19T15:00:00+07:00' },
          })}
        />
      ),
      [{ stage: 'reopened' }],
    );
    expect(
      screen.getByText(/^Đã báo vấn đề chưa được giải quyết; phản ánh đã được mở lại/),
    ).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('keeps the choice and the words when sending fails', async () => {
    await renderSeeded(
      ([id = '']) => <ResolvedQuestion report={answered(id)} />,
      [{ stage: 'answered' }],
      {
        before: (service) =>
          service.controls.failNext(1, { code: 'offline', method: 'confirmResolved' }),
      },
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Chưa giải quyết' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Ý kiến thêm/ }), {
      target: { value: 'Vẫn còn.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi và mở lại phản ánh' }));
    expect(await screen.findByText(/Điện thoại đang mất mạng/)).toBeTruthy();
    expect(
      (screen.getByRole('radio', { name: 'Chưa giải quyết' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(
      (screen.getByRole('textbox', { name: /Ý kiến thêm/ }) as HTMLTextAreaElement).value,
    ).toBe('Vẫn còn.');
  });
});
