import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import type { Dossier } from '../../core/service/types';
import { renderWithDossier, sampleProcedure } from '../test-support';
import { Confirmation, expectedResultDate } from './Confirmation';
import { qrPath } from './QrCode';

const dossier: Dossier = {
  code: '000.00.06.H56-270204-0003',
  procedureId: sampleProcedure.id,
  procedureTitle: sampleProcedure.title,
  procedureVersion: sampleProcedure.version,
  status: 1,
  submittedAt: '2027-02-04T16:30:00+07:00',
  answers: {},
  resultDelivery: 'online',
  history: [],
  cancellable: true,
};

describe('Confirmation', () => {
  test('counts the result date in working days, past the Tết holiday', () => {
    // Thu 4 Feb 2027 + 3 working days: Fri 5, then Tết (6–14 Feb 2027 off), Mon 15, Tue 16.
    expect(expectedResultDate(dossier, 3)).toBe('2027-02-16');
    expect(expectedResultDate({ ...dossier, dueDate: '2027-02-20' }, 3)).toBe('2027-02-20');
  });

  test('shows the code large, copies it, and draws its QR code as a named image', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    await renderWithDossier(
      <Confirmation procedure={sampleProcedure} dossier={dossier} myDossiersHref="/ho-so" />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Đã gửi hồ sơ' })).toBeTruthy();
    expect(screen.getByText(dossier.code).className).toContain('gm-dossier-confirmation__code');
    const name = `Mã QR của mã hồ sơ ${dossier.code}. Đưa mã này cho cán bộ khi đến nhận kết quả.`;
    const qr = await screen.findByRole('img', { name }, { timeout: 4000 });
    expect(qr.querySelector('path')?.getAttribute('d')).toBe((await qrPath(dossier.code)).path);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sao chép mã' })));
    expect(writeText).toHaveBeenCalledWith(dossier.code);
    expect(screen.getByRole('status').textContent).toBe('Đã sao chép mã hồ sơ.');
    expect(screen.getByText(/Thứ Ba, 16 tháng 2, 2027|16 tháng 2/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Xem hồ sơ của tôi' }).getAttribute('href')).toBe(
      '/ho-so',
    );
  });

  test("its links are the app's router links when it renders them (renderLink)", async () => {
    const followed: string[] = [];
    const view = await renderWithDossier(
      <Confirmation
        procedure={sampleProcedure}
        dossier={dossier}
        myDossiersHref="/ho-so"
        dossierHref={(code) => `/ho-so/${code}`}
        renderLink={({ href, children, ...link }) => (
          <a
            href={`/zapp/1234${href}`}
            data-router-link=""
            onClick={(event) => {
              event.preventDefault();
              followed.push(href);
            }}
            {...link}
          >
            {children}
          </a>
        )}
      />,
    );
    const mine = screen.getByRole('link', { name: 'Xem hồ sơ của tôi' });
    const detail = screen.getByRole('link', { name: 'Xem chi tiết hồ sơ' });
    expect(mine.getAttribute('href')).toBe('/zapp/1234/ho-so');
    expect(detail.getAttribute('href')).toBe(`/zapp/1234/ho-so/${dossier.code}`);
    expect(mine.hasAttribute('data-router-link')).toBe(true);
    expect(mine.className).toBe('gm-link');
    fireEvent.click(detail);
    fireEvent.click(mine);
    expect(followed).toEqual([`/ho-so/${dossier.code}`, '/ho-so']);
    // Without it: plain links, as given.
    view.rerender(
      <Confirmation procedure={sampleProcedure} dossier={dossier} myDossiersHref="/ho-so" />,
    );
    const plain = screen.getByRole('link', { name: 'Xem hồ sơ của tôi' });
    expect(plain.getAttribute('href')).toBe('/ho-so');
    expect(plain.hasAttribute('data-router-link')).toBe(false);
  });

  test('a fee due from filing is said, with the way to the page to pay it', async () => {
    const payment = {
      status: 'unpaid',
      amount: 15_000,
      transferContent: 'HS 0000006H562702040003',
    } as const;
    const due: Dossier = { ...dossier, payment };
    const view = await renderWithDossier(
      <Confirmation
        procedure={sampleProcedure}
        dossier={due}
        dossierHref={(code) => `/ho-so/${code}`}
      />,
    );
    const notice = screen.getByRole('heading', { name: /Cần nộp lệ phí/ }).closest('div');
    expect(notice?.parentElement?.textContent).toMatch(
      /Hồ sơ cần nộp 15\.000\s₫ lệ phí\. Có thể chuyển khoản ngay bằng mã QR/,
    );
    expect(screen.getByRole('link', { name: 'Nộp lệ phí' }).getAttribute('href')).toBe(
      `/ho-so/${dossier.code}`,
    );
    // Paid already (or free): nothing said.
    view.rerender(
      <Confirmation
        procedure={sampleProcedure}
        dossier={{ ...due, payment: { ...payment, status: 'paid' } }}
      />,
    );
    expect(screen.queryByText(/Cần nộp lệ phí/)).toBeNull();
  });

  test('while waiting in the outbox it says nothing needs doing again', async () => {
    const onRetry = vi.fn();
    await renderWithDossier(<Confirmation procedure={sampleProcedure} onRetry={onRetry} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Hồ sơ đang chờ gửi' })).toBeTruthy();
    expect(screen.getByText(/không cần nộp lại/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Thử gửi lại ngay' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  test('a QR path is deterministic and has the quiet zone', async () => {
    const { size, path } = await qrPath('000.00.06.H56-270204-0003');
    expect(size).toBeGreaterThanOrEqual(29);
    expect(path.startsWith('M4 4h1v1h-1z')).toBe(true); // the finder pattern's corner
  });
});
