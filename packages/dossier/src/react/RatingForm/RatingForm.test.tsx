import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderTracking } from '../DossierDetail/local-render';
import { ratedDossier, sampleDossier } from '../DossierDetail/sample-dossiers';
import { RatingForm } from './RatingForm';

const send = () => fireEvent.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));

describe('RatingForm', () => {
  it('offers three choices in words, only at status 9 and 10', () => {
    const { container, rerender } = renderTracking(<RatingForm dossier={sampleDossier(9)} />);
    expect(
      screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    rerender(<RatingForm dossier={sampleDossier(10)} />);
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    for (const status of [1, 2, 3, 4, 5, 6, 7, 8] as const) {
      rerender(<RatingForm dossier={sampleDossier(status)} />);
      expect(container.textContent).toBe('');
    }
  });

  it('needs a choice', () => {
    const { service } = renderTracking(<RatingForm dossier={sampleDossier(10)} />, {
      dossiers: [sampleDossier(10)],
    });
    send();
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Vui lòng chọn mức độ hài lòng.');
    expect(document.activeElement).toBe(summary);
    expect(service.calls).toEqual([]);
  });

  it('requires a reason for "Không hài lòng" and says so at the field', () => {
    const { service } = renderTracking(<RatingForm dossier={sampleDossier(10)} />, {
      dossiers: [sampleDossier(10)],
    });
    expect(screen.getByRole('textbox', { name: /Ý kiến thêm/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Không hài lòng' }));
    const reason = screen.getByRole('textbox', { name: /Lý do không hài lòng/ });
    expect(reason.closest('.gm-form-group')?.textContent).not.toContain('không bắt buộc');
    fireEvent.change(reason, { target: { value: '   ' } });
    send();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Vui lòng nhập lý do không hài lòng.');
    expect(service.calls).toEqual([]);
  });

  it('sends once and shows the given rating, with focus on it', async () => {
    const onRated = vi.fn();
    const dossier = sampleDossier(10);
    const { service } = renderTracking(<RatingForm dossier={dossier} onRated={onRated} />, {
      dossiers: [dossier],
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Không hài lòng' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Lý do không hài lòng/ }), {
      target: { value: 'Phải chờ lâu ở quầy.' },
    });
    send();
    expect(await screen.findByText('Đã đánh giá: Không hài lòng')).toBeTruthy();
    expect(screen.getByText('Ý kiến: Phải chờ lâu ở quầy.')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { name: 'Đánh giá mức độ hài lòng' }),
      ),
    );
    expect(screen.queryByRole('radio')).toBeNull();
    expect(service.all()[0]?.rating).toMatchObject({
      level: 'unsatisfied',
      comment: 'Phải chờ lâu ở quầy.',
    });
    expect(onRated).toHaveBeenCalledWith(expect.objectContaining({ rating: expect.any(Object) }));
  });

  it('a comment is optional when satisfied', async () => {
    const dossier = sampleDossier(9);
    const { service } = renderTracking(<RatingForm dossier={dossier} />, { dossiers: [dossier] });
    fireEvent.click(screen.getByRole('radio', { name: 'Rất hài lòng' }));
    send();
    expect(await screen.findByText('Đã đánh giá: Rất hài lòng')).toBeTruthy();
    expect(service.all()[0]?.rating).toEqual({
      level: 'very_satisfied',
      ratedAt: '2026-12-02T09:30:00+07:00',
    });
  });

  it('shows a rating given before instead of the form', () => {
    renderTracking(<RatingForm dossier={ratedDossier()} />);
    expect(screen.getByText('Đã đánh giá: Hài lòng')).toBeTruthy();
    expect(screen.getByText('Gửi lúc 01/12/2026 10:05.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gửi đánh giá' })).toBeNull();
  });

  it('treats "already rated" after a lost answer as done, showing the stored rating', async () => {
    // The first rating reached the backend but its answer was lost; this screen did not know.
    const stored = ratedDossier();
    renderTracking(<RatingForm dossier={sampleDossier(10)} />, { dossiers: [stored] });
    fireEvent.click(screen.getByRole('radio', { name: 'Hài lòng' }));
    send();
    expect(await screen.findByText('Ý kiến: Cán bộ hướng dẫn tận tình.')).toBeTruthy();
  });

  it('keeps the choice and the words when sending fails', async () => {
    const dossier = sampleDossier(10);
    renderTracking(<RatingForm dossier={dossier} />, { dossiers: [dossier], failWith: 'server' });
    fireEvent.click(screen.getByRole('radio', { name: 'Hài lòng' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Ý kiến thêm/ }), {
      target: { value: 'Nhanh.' },
    });
    send();
    expect(await screen.findByText(/Hệ thống của cơ quan đang bận hoặc gặp sự cố/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Hài lòng' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(
      (screen.getByRole('textbox', { name: /Ý kiến thêm/ }) as HTMLTextAreaElement).value,
    ).toBe('Nhanh.');
  });
});
