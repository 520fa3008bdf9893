// Paying a fee by VietQR against the reference server (issue 12), on a 360 × 740 phone in
// Chromium (server-harness.ts: the server's dev launcher on a fresh SQLite file, the sample in
// server mode). A citizen has filed "Cấp Phiếu lý lịch tư pháp" (200.000 đồng, due from
// filing; filed here through the citizen API — the filing screens are filing.e2e.test.ts's
// subject). Then, as people do it:
//   1. the citizen opens the dossier: "Nộp phí, lệ phí" shows the amount and a VietQR code.
//      The code drawn on the screen (the SVG's modules) is read by jsQR, a standard QR reader,
//      and its text by parseVietQr: the right bank, account, amount, transfer content and
//      dossier reference, with a valid checksum. "Lưu mã QR vào máy" saves a PNG that reads
//      back the same;
//   2. "Tôi đã chuyển khoản": the server holds a transfer to confirm;
//   3. the officer, in the staff console, finds it under "Chờ xác nhận thanh toán" and confirms;
//   4. the citizen opens the dossier again: paid.
import { readFileSync } from 'node:fs';
import type { Dossier } from '@govmini/dossier/core';
import { parseVietQr } from '@govmini/vn/vietqr';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heading, reportScreenOnFailure } from '../dossier-support';
import { type ServerHarness, startServerHarness } from '../server-harness';
import {
  answerFrom,
  citizenApi,
  confirmMoneyReceived,
  mainText,
  openStaffConsole,
  openTransferToConfirm,
  readQrOnScreen,
  signInHere,
  uploadScans,
} from '../server-journey-support';

const PROCEDURE = 'cap-phieu-ly-lich-tu-phap';
const ACCOUNT = { bankBin: '970415', accountNumber: '113000012345' }; // the procedure's own
const home = { provinceCode: '01', communeCode: '4', street: 'Số 12 ngõ 5 phố Đội Cấn' };

let harness: ServerHarness;
beforeAll(async () => {
  harness = await startServerHarness();
}, 180_000);
afterAll(async () => {
  await harness?.close();
});

/** The citizen files the judicial record as the first simulated citizen, over the API. */
async function fileJudicialRecord(): Promise<Dossier> {
  const api = await citizenApi(harness);
  const { token, dossiers } = api;
  const procedure = await dossiers.getProcedure(PROCEDURE);
  const scans = await uploadScans(api, PROCEDURE, 'cccdPhotos', [
    'cccd-mat-truoc.jpg',
    'cccd-mat-sau.jpg',
  ]);
  return dossiers.submit(token, {
    procedureId: PROCEDURE,
    procedureVersion: procedure.version,
    answers: {
      certificateType: 'so-1',
      confirmBans: false,
      fullName: 'Lê Văn Cường',
      sex: 'male',
      dateOfBirth: '1998-09-20',
      placeOfBirth: 'Xã Hòa An, Tỉnh Mẫu',
      ethnicity: '01',
      cccd: '001098012345',
      phone: '+84987654321',
      permanentResidence: home,
      hasTemporaryResidence: false,
      fatherName: 'Lê Văn Dũng',
      motherName: 'Phạm Thị Én',
      residenceHistory: [
        {
          from: '2016-09-01',
          untilNow: true,
          place: 'Phường Ba Đình, Thành phố Hà Nội',
          occupation: 'Kỹ sư, Công ty Cổ phần Mẫu',
        },
      ],
      purpose: 'Bổ sung hồ sơ xin việc',
      copies: 1,
      feeGroup: 'thong-thuong',
      cccdPhotos: scans,
    },
    resultDelivery: 'in_person',
    idempotencyKey: `payment-e2e-${crypto.randomUUID()}`,
    declaredAt: new Date().toISOString(),
  });
}

/** A PNG's text, read by jsQR after Chromium decodes the picture. */
async function readQrInPng(page: Page, png: Buffer): Promise<string> {
  const pixels = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(bitmap, 0, 0);
    const image = context.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width: image.width, height: image.height, data: Array.from(image.data) };
  }, png.toString('base64'));
  const read = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
  expect(read, 'jsQR reads the saved picture').not.toBeNull();
  return read?.data ?? '';
}

describe('paying a fee by VietQR, confirmed by the office', () => {
  it('shows a scannable VietQR, takes the citizen’s report, and the officer’s confirmation', async () => {
    const filed = await fileJudicialRecord();
    const { code } = filed;
    expect(filed.payment).toMatchObject({ status: 'unpaid', amount: 200_000 });
    const content = filed.payment?.transferContent ?? '';

    // 1. The citizen opens the dossier.
    const page = await harness.newPage();
    reportScreenOnFailure(page);
    await page.goto(`${harness.sampleUrl}/ho-so/${encodeURIComponent(code)}`);
    await signInHere(page, harness);
    const fee = page.getByRole('region', { name: 'Nộp phí, lệ phí' });
    await fee.waitFor();
    const feeText = (await fee.textContent()) ?? '';
    expect(feeText).toContain('Chưa thanh toán');
    expect(feeText).toContain('Bằng chữ: Hai trăm nghìn đồng');
    expect(feeText).toContain(content);
    const qrName = /^Mã VietQR để chuyển 200\.000.₫ vào tài khoản 113000012345 tại VietinBank/;
    const text = await readQrOnScreen(page, qrName);
    const qr = parseVietQr(text);
    if (!qr.ok) throw new Error(`parseVietQr refused "${text}": ${qr.error.message}`);
    expect(qr.value).toMatchObject({
      ...ACCOUNT,
      initiation: 'dynamic',
      amount: 200_000,
      purpose: content,
      reference: code,
    });

    // "Lưu mã QR vào máy": the simulated phone saves (downloads) a PNG that reads the same.
    const download = page.waitForEvent('download');
    await fee.getByRole('button', { name: 'Lưu mã QR vào máy' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(
      `ma-qr-nop-phi-${code.replace(/[^0-9A-Za-z]/g, '')}.png`,
    );
    await fee.getByText('Đã lưu ảnh mã QR vào máy.').waitFor();
    expect(await readQrInPng(page, readFileSync(await saved.path()))).toBe(text);

    // 2. "Tôi đã chuyển khoản".
    const reported = answerFrom(
      page,
      harness,
      `/dossier/dossiers/${encodeURIComponent(code)}/payment/transfer`,
      'POST',
    );
    await fee.getByRole('button', { name: 'Tôi đã chuyển khoản' }).click();
    expect((await reported).status(), 'the server took the report').toBe(200);
    await fee.getByText(/^Đã báo chuyển khoản lúc/).waitFor();
    expect(
      harness.query<{ payment_status: string }>(
        'select payment_status from dossiers where code = ?',
        code,
      ),
    ).toEqual([{ payment_status: 'pending_confirmation' }]);

    // 3. The officer, in the staff console.
    const officer = await openStaffConsole(harness);
    reportScreenOnFailure(officer);
    const panel = await openTransferToConfirm(officer, code);
    const panelText = (await panel.textContent()) ?? '';
    expect(panelText).toContain('200.000 đồng');
    expect(panelText).toContain(content);
    await confirmMoneyReceived(panel);

    // 4. The citizen opens the dossier again.
    await page.reload();
    await heading(page, /Lý lịch tư pháp|lý lịch tư pháp/);
    // formatVnd puts a no-break space before ₫ (\s matches it).
    await expect.poll(() => mainText(page)).toMatch(/200\.000\s₫, đã thanh toán/);
    expect(await page.getByRole('region', { name: 'Nộp phí, lệ phí' }).count()).toBe(0);
    expect(
      harness.query<{ payment_status: string }>(
        'select payment_status from dossiers where code = ?',
        code,
      ),
    ).toEqual([{ payment_status: 'paid' }]);
  }, 240_000);
});
