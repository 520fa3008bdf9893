import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderWithDossier, sampleProcedure } from '../test-support';
import { Declaration, vietnamIso } from './Declaration';

describe('Declaration', () => {
  test('asks for the tick before sending, with a summary link to the box', async () => {
    const onSubmit = vi.fn();
    await renderWithDossier(
      <Declaration
        procedure={sampleProcedure}
        onSubmit={onSubmit}
        now={() => Date.UTC(2026, 11, 2, 2, 15)}
      />,
    );
    expect(screen.getByText(sampleProcedure.declaration.vi)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Gửi hồ sơ' })));
    expect(onSubmit).not.toHaveBeenCalled();
    const link = screen.getByRole('link', {
      name: 'Vui lòng đánh dấu vào ô cam đoan để gửi hồ sơ',
    });
    expect(link.getAttribute('href')).toBe('#dossier-declaration-agree');
    const box = screen.getByRole('checkbox');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(box);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Gửi hồ sơ' })));
    expect(onSubmit).toHaveBeenCalledWith('2026-12-02T09:15:00+07:00');
  });

  test('a second tap while the first is sending does nothing', async () => {
    let release: () => void = () => undefined;
    const onSubmit = vi.fn(() => new Promise<void>((r) => (release = r)));
    await renderWithDossier(<Declaration procedure={sampleProcedure} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('checkbox'));
    const send = screen.getByRole('button', { name: 'Gửi hồ sơ' });
    await act(async () => {
      fireEvent.click(send);
      fireEvent.click(send);
    });
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await act(async () => release());
  });

  test('a refusal says what to do and that nothing is lost', async () => {
    await renderWithDossier(
      <Declaration
        procedure={sampleProcedure}
        onSubmit={() => undefined}
        failure="unauthenticated"
      />,
    );
    expect(screen.getByText(/Phiên đăng nhập đã hết hạn/)).toBeTruthy();
    expect(screen.getByText(/không cần nhập lại/)).toBeTruthy();
  });

  test('times are written in Vietnam’s offset', () => {
    expect(vietnamIso(Date.UTC(2026, 11, 31, 20, 0, 5))).toBe('2027-01-01T03:00:05+07:00');
  });
});
