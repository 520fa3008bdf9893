// getByText compares with whitespace collapsed (a no-break space reads as a space), so the
// texts it looks for say 200.000 ₫ with a plain space; textContent keeps the real one.
import { createSimulatedPlatform, type Platform } from '@govmini/platform';
import { parseVietQr } from '@govmini/vn/vietqr';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { paymentQrPayload } from '../../core/payment/payment-qr';
import type { Dossier, DossierPayment } from '../../core/service/types';
import { qrPath } from '../Confirmation/QrCode';
import { DossierDetail } from '../DossierDetail/DossierDetail';
import { renderTracking } from '../DossierDetail/local-render';
import {
  SAMPLE_ACCOUNT,
  SAMPLE_TODAY,
  sampleDossier,
  samplePayment,
} from '../DossierDetail/sample-dossiers';
import { FeePayment } from './FeePayment';
import { chooseSaveImage, downloadImage } from './qr-image';

const due = sampleDossier(6);
const withPayment = (payment: DossierPayment, status = due.status): Dossier => ({
  ...due,
  status,
  payment,
});
const CONTENT = 'HS 0000006H562611250011';
const rows = (root: HTMLElement) =>
  within(root)
    .getAllByRole('term')
    .map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);

describe('FeePayment', () => {
  it('shows the amount in figures and words, a VietQR code that reads back, and the details', async () => {
    renderTracking(<FeePayment dossier={due} />, { dossiers: [due] });
    const section = screen.getByRole('region', { name: 'Nộp phí, lệ phí' });
    expect(rows(section).slice(0, 2)).toEqual([
      'Tình trạng: Chưa thanh toán',
      'Số tiền: 200.000\u00a0₫Bằng chữ: Hai trăm nghìn đồng',
    ]);
    const name = `Mã VietQR để chuyển 200.000\u00a0₫ vào tài khoản 113000012345 tại VietinBank, nội dung ${CONTENT}.`;
    const qr = await screen.findByRole('img', { name }, { timeout: 4000 });
    // The drawing is the payload's; the payload is a VietQR any EMVCo reader takes back.
    const payload = paymentQrPayload({
      account: SAMPLE_ACCOUNT,
      amount: 200_000,
      transferContent: CONTENT,
      dossierCode: due.code,
    });
    if (!payload.ok) throw new Error(payload.error.message);
    expect(qr.querySelector('path')?.getAttribute('d')).toBe((await qrPath(payload.value)).path);
    expect(parseVietQr(payload.value)).toMatchObject({
      ok: true,
      value: {
        bankBin: '970415',
        accountNumber: '113000012345',
        amount: 200_000,
        purpose: CONTENT,
        reference: due.code,
      },
    });
    expect(rows(section).slice(2)).toEqual([
      'Ngân hàng: VietinBankNgân hàng TMCP Công thương Việt Nam',
      'Số tài khoản: 113000012345',
      'Chủ tài khoản: SO TU PHAP TINH MAU',
      'Số tiền: 200.000\u00a0₫',
      `Nội dung chuyển khoản: ${CONTENT}`,
    ]);
    expect(screen.getByRole('button', { name: 'Tôi đã chuyển khoản' })).toBeTruthy();
  });

  it('copies the account number and the transfer content, and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    renderTracking(<FeePayment dossier={due} />, { dossiers: [due] });
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Sao chép Số tài khoản' })),
    );
    expect(writeText).toHaveBeenLastCalledWith('113000012345');
    expect(screen.getByText('Đã sao chép số tài khoản.')).toBeTruthy();
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Sao chép Nội dung chuyển khoản' })),
    );
    expect(writeText).toHaveBeenLastCalledWith(CONTENT);
    writeText.mockRejectedValueOnce(new Error('denied'));
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Sao chép Nội dung chuyển khoản' })),
    );
    expect(
      screen.getByText('Chưa sao chép được. Vui lòng ghi lại nội dung chuyển khoản.'),
    ).toBeTruthy();
  });

  it('"Tôi đã chuyển khoản" reports the transfer: waiting for the office, focus on the notice', async () => {
    const reported: Dossier[] = [];
    const { service } = renderTracking(
      <FeePayment dossier={due} onReported={(d) => reported.push(d)} />,
      { dossiers: [due] },
    );
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Tôi đã chuyển khoản' })),
    );
    expect(service.calls).toEqual(['reportTransfer']);
    expect(reported[0]?.payment?.status).toBe('pending_confirmation');
    const notice = await screen.findByText(/Đã báo chuyển khoản lúc 02\/12\/2026 09:30/);
    await waitFor(() => expect(document.activeElement?.contains(notice)).toBe(true));
    expect(screen.getByText('Đang chờ cơ quan xác nhận', { selector: 'strong' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tôi đã chuyển khoản' })).toBeNull();
  });

  it('says plainly when the report did not go through, and keeps the button', async () => {
    renderTracking(<FeePayment dossier={due} />, { dossiers: [due], failWith: 'offline' });
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Tôi đã chuyển khoản' })),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Chưa báo được việc chuyển khoản/);
    expect(alert.textContent).toMatch(/Điện thoại đang mất mạng/);
    expect(screen.getByRole('button', { name: 'Tôi đã chuyển khoản' })).toBeTruthy();
  });

  it('while waiting: when it was reported, the details folded away, nothing to press', () => {
    renderTracking(
      <FeePayment dossier={withPayment(samplePayment(due.code, 'pending_confirmation'))} />,
      { dossiers: [due] },
    );
    expect(screen.getByText(/Đã báo chuyển khoản lúc 01\/12\/2026 19:40/)).toBeTruthy();
    const details = screen.getByText('Xem lại thông tin chuyển khoản').closest('details');
    expect(details?.open).toBe(false);
    expect(screen.queryByRole('button', { name: 'Tôi đã chuyển khoản' })).toBeNull();
  });

  it('once paid: when the office received it, no code and nothing to do', () => {
    renderTracking(<FeePayment dossier={withPayment(samplePayment(due.code, 'paid'), 4)} />, {
      dossiers: [due],
    });
    expect(screen.getByText('Cơ quan đã nhận đủ 200.000 ₫ lúc 02/12/2026 08:10.')).toBeTruthy();
    expect(screen.getByText('Đã thanh toán', { selector: 'strong' })).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows why the office sent a reported transfer back, above the instructions again', () => {
    const payment = samplePayment(due.code, 'unpaid', { note: 'Chưa thấy tiền trong sao kê.' });
    renderTracking(<FeePayment dossier={withPayment(payment)} />, { dossiers: [due] });
    expect(screen.getByText('Cơ quan chưa nhận được tiền')).toBeTruthy();
    expect(
      screen.getByText(
        'Lý do: Chưa thấy tiền trong sao kê. Vui lòng kiểm tra lại rồi chuyển khoản theo hướng dẫn dưới đây.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tôi đã chuyển khoản' })).toBeTruthy();
  });

  it('without an account, sends the citizen to the desk: no code, no report', () => {
    renderTracking(
      <FeePayment
        dossier={withPayment({ status: 'unpaid', amount: 50_000, transferContent: 'HS 1' })}
      />,
      { dossiers: [due] },
    );
    expect(
      screen.getByText(
        `Vui lòng nộp 50.000 ₫ tại Bộ phận Một cửa của cơ quan giải quyết, mang theo mã hồ sơ ${due.code}.`,
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('without a QR code for an unknown bank, still gives the details to transfer by hand', () => {
    const payment = samplePayment(due.code, 'unpaid', {
      account: { ...SAMPLE_ACCOUNT, bankBin: '970999' },
    });
    renderTracking(<FeePayment dossier={withPayment(payment)} />, { dossiers: [due] });
    expect(screen.getByText(/Chưa tạo được mã QR cho tài khoản này/)).toBeTruthy();
    expect(rows(screen.getByRole('region'))).toContain('Ngân hàng: 970999');
    expect(screen.queryByRole('button', { name: 'Lưu mã QR vào máy' })).toBeNull();
  });

  it('names a bank from the app’s own list', async () => {
    const payment = samplePayment(due.code, 'unpaid', {
      account: { ...SAMPLE_ACCOUNT, bankBin: '970999' },
    });
    const banks = [{ bin: '970999', shortName: 'NH Mới', name: 'Ngân hàng TMCP Mới' }];
    renderTracking(<FeePayment dossier={withPayment(payment)} banks={banks} />, {
      dossiers: [due],
    });
    expect(await screen.findByRole('img', { name: /tại NH Mới/ }, { timeout: 4000 })).toBeTruthy();
  });

  it('saves the code through the given function; a failure says to take a screenshot', async () => {
    const saveImage = vi.fn(async () => undefined);
    renderTracking(<FeePayment dossier={due} saveImage={saveImage} />, { dossiers: [due] });
    // jsdom has no canvas to draw the PNG on: the citizen is told what to do instead.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Lưu mã QR vào máy' })),
    );
    errors.mockRestore();
    expect(
      await screen.findByText('Chưa lưu được ảnh mã QR. Vui lòng chụp màn hình để giữ mã.'),
    ).toBeTruthy();
    expect(saveImage).not.toHaveBeenCalled();
  });

  it('reads in English, the amount in English words', () => {
    renderTracking(<FeePayment dossier={due} />, { dossiers: [due], locale: 'en' });
    expect(screen.getByText('Not paid yet')).toBeTruthy();
    expect(screen.getByText('In words: Two hundred thousand dong')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'I have made the transfer' })).toBeTruthy();
  });
});

describe('how the QR image is saved', () => {
  const media = (extra: object = {}) => ({
    pickImages: async () => ({ images: [], rejected: [] }),
    ...extra,
  });
  it('uses the app’s function, else the platform’s, else a download outside Zalo, else none', () => {
    const given = vi.fn(async () => undefined);
    const simulated = createSimulatedPlatform({ user: null });
    expect(chooseSaveImage(given, simulated)).toBe(given);
    const platformSave = vi.fn(async () => undefined);
    const withSave = {
      ...simulated,
      media: media({ saveImage: platformSave }),
    } as unknown as Platform;
    void chooseSaveImage(undefined, withSave)?.(new Blob(), { fileName: 'a.png' });
    expect(platformSave).toHaveBeenCalledWith(expect.any(Blob), { fileName: 'a.png' });
    const original = URL.createObjectURL;
    URL.createObjectURL = () => 'blob:x';
    try {
      const noSave = { ...simulated, media: media() } as unknown as Platform;
      expect(chooseSaveImage(undefined, noSave)).toBe(downloadImage);
      const zalo = { ...simulated, kind: 'zalo', media: media() } as unknown as Platform;
      expect(chooseSaveImage(undefined, zalo)).toBeUndefined();
    } finally {
      URL.createObjectURL = original;
    }
  });

  it('suggests a screenshot inside Zalo when the platform cannot save', () => {
    const simulated = createSimulatedPlatform({ user: null });
    const zalo = new Proxy(simulated, {
      get: (target, key) =>
        key === 'kind' ? 'zalo' : key === 'media' ? media() : Reflect.get(target, key),
    });
    renderTracking(<FeePayment dossier={due} />, { dossiers: [due], platform: zalo });
    expect(screen.getByText('Có thể chụp màn hình để giữ mã QR này.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lưu mã QR vào máy' })).toBeNull();
  });
});

describe('on the dossier page', () => {
  it('at status 6 the fee screen loads, and reporting updates the next step at once', async () => {
    renderTracking(<DossierDetail code={due.code} today={SAMPLE_TODAY} />, { dossiers: [due] });
    expect(
      await screen.findByText(
        'Vui lòng nộp 200.000 ₫ phí, lệ phí theo hướng dẫn ở mục “Nộp phí, lệ phí” bên dưới để hồ sơ được tiếp tục xử lý.',
      ),
    ).toBeTruthy();
    const button = await screen.findByRole('button', { name: 'Tôi đã chuyển khoản' });
    await act(async () => fireEvent.click(button));
    expect(
      await screen.findByText(
        'Đã báo chuyển khoản. Hồ sơ được tiếp tục xử lý khi cơ quan xác nhận đã nhận được tiền.',
      ),
    ).toBeTruthy();
    const facts = screen.getByRole('heading', { name: 'Thông tin hồ sơ' }).closest('section');
    expect(rows(facts as HTMLElement)).toContain(
      'Phí, lệ phí: 200.000\u00a0₫, đang chờ cơ quan xác nhận',
    );
  });

  it('a fee due from filing is the next step; once paid it is only a fact', async () => {
    const filed = { ...sampleDossier(1), payment: samplePayment(sampleDossier(1).code) };
    const view = renderTracking(<DossierDetail code={filed.code} today={SAMPLE_TODAY} />, {
      dossiers: [filed],
    });
    expect(
      await screen.findByText(
        'Vui lòng nộp 200.000 ₫ lệ phí theo hướng dẫn ở mục “Nộp phí, lệ phí” bên dưới.',
      ),
    ).toBeTruthy();
    expect(await screen.findByRole('region', { name: 'Nộp phí, lệ phí' })).toBeTruthy();
    view.unmount();
    const paid = { ...sampleDossier(4), payment: samplePayment(sampleDossier(4).code, 'paid') };
    renderTracking(<DossierDetail code={paid.code} today={SAMPLE_TODAY} />, { dossiers: [paid] });
    expect(await screen.findByText(/Chưa cần làm gì thêm/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Nộp phí, lệ phí' })).toBeNull();
    expect(screen.getByText('200.000 ₫, đã thanh toán')).toBeTruthy();
  });
});
