import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MyReport } from '../../core/types';
import { renderSeeded } from '../ReportDetail/render-seeded';
import { sampleAnswer } from '../ReportDetail/sample-reports';
import { RatingForm } from './RatingForm';

type Shown = Pick<MyReport, 'id' | 'role' | 'status' | 'answer' | 'rating'>;
const answered = (id: string, more: Partial<Shown> = {}): Shown => ({
  id,
  role: 'reporter',
  status: 'answered',
  answer: sampleAnswer,
  ...more,
});
const send = () => fireEvent.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
const rated = async (service: Awaited<ReturnType<typeof renderSeeded>>['service']) =>
  (await service.listMine('story-user'))[0]?.rating;

describe('RatingForm', () => {
  it('offers three levels in words, only to the reporter and only after an answer', async () => {
    const { container, rerender, reports } = await renderSeeded(
      ([id = '']) => <RatingForm report={answered(id)} />,
      [{ stage: 'answered' }],
    );
    const id = reports[0]?.id ?? '';
    expect(
      screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    rerender(<RatingForm report={answered(id, { status: 'closed' })} />);
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    for (const status of ['sent', 'received', 'in_progress', 'rejected'] as const) {
      rerender(<RatingForm report={{ id, role: 'reporter', status }} />);
      expect(container.textContent).toBe('');
    }
    rerender(<RatingForm report={answered(id, { role: 'supporter' })} />);
    expect(container.textContent).toBe('');
  });

  it('needs a choice, and a reason for "Không hài lòng"', async () => {
    const { service } = await renderSeeded(
      ([id = '']) => <RatingForm report={answered(id)} />,
      [{ stage: 'answered' }],
    );
    send();
    expect(screen.getByRole('alert').textContent).toContain('Vui lòng chọn mức độ hài lòng.');
    expect(document.activeElement).toBe(screen.getByRole('alert'));
    fireEvent.click(screen.getByRole('radio', { name: 'Không hài lòng' }));
    const reason = screen.getByRole('textbox', { name: /Lý do không hài lòng/ });
    expect(reason.closest('.gm-form-group')?.textContent).not.toContain('không bắt buộc');
    fireEvent.change(reason, { target: { value: '  \n ' } });
    send();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Vui lòng nhập lý do không hài lòng.');
    expect(await rated(service)).toBeUndefined();
  });

  it('sends once, then shows the rating with focus on it', async () => {
    const onRated = vi.fn();
    const { service } = await renderSeeded(
      ([id = '']) => <RatingForm report={answered(id)} onRated={onRated} />,
      [{ stage: 'answered' }],
    );
    const rate = vi.spyOn(service, 'rate');
    fireEvent.click(screen.getByRole('radio', { name: 'Không hài lòng' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Lý do không hài lòng/ }), {
      target: { value: 'Chỉ vá tạm.' },
    });
    const button = screen.getByRole('button', { name: 'Gửi đánh giá' });
    fireEvent.click(button);
    fireEvent.click(button); // a second tap while sending is ignored
    expect(await screen.findByText('Đã đánh giá: Không hài lòng')).toBeTruthy();
    expect(screen.getByText('Ý kiến: Chỉ vá tạm.')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { name: 'Đánh giá câu trả lời' }),
      ),
    );
    expect(rate).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('radio')).toBeNull();
    expect(await rated(service)).toMatchObject({ level: 'unsatisfied', comment: 'Chỉ vá tạm.' });
    expect(onRated).toHaveBeenCalledWith(expect.objectContaining({ rating: expect.any(Object) }));
  });

  it('treats "already rated" after a lost answer as done', async () => {
    await renderSeeded(
      ([id = '']) => <RatingForm report={answered(id)} />,
      [{ stage: 'answered' }],
      {
        // The rating reaches the backend, the answer is lost on the way back.
        before: (service) =>
          service.controls.failNext(1, { code: 'timeout', after: true, method: 'rate' }),
      },
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Hài lòng' }));
    send();
    expect(await screen.findByText(/Hệ thống phản hồi quá lâu/)).toBeTruthy();
    send();
    expect(await screen.findByText('Đã đánh giá: Hài lòng')).toBeTruthy();
  });

  it('keeps the choice and the words when sending fails', async () => {
    await renderSeeded(
      ([id = '']) => <RatingForm report={answered(id)} />,
      [{ stage: 'answered' }],
      {
        before: (service) => service.controls.failNext(1, { code: 'server', method: 'rate' }),
      },
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Hài lòng' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Ý kiến thêm/ }), {
      target: { value: 'Nhanh.' },
    });
    send();
    expect(await screen.findByText(/Hệ thống của cơ quan đang bận/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Hài lòng' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(
      (screen.getByRole('textbox', { name: /Ý kiến thêm/ }) as HTMLTextAreaElement).value,
    ).toBe('Nhanh.');
  });

  it('shows a rating given before instead of the form', async () => {
    await renderSeeded(
      ([id = '']) => (
        <RatingForm
          report={answered(id, {
            rating: { level: 'very_satisfied', ratedAt: '2026-11-19T15:05:00+07:00' },
          })}
        />
      ),
      [{ stage: 'answered' }],
    );
    expect(screen.getByText('Đã đánh giá: Rất hài lòng')).toBeTruthy();
    expect(screen.getByText('Gửi lúc 19/11/2026 15:05.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gửi đánh giá' })).toBeNull();
  });
});
