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
import { createHttpAuthService } from '@govmini/auth';
import { createHttpDossierService, type Dossier } from '@govmini/dossier/core';
import { blobOf, fileBytes } from '@govmini/dossier/testing';
import { parseVietQr } from '@govmini/vn/vietqr';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heading, reportScreenOnFailure } from '../dossier-support';
import { type ServerHarness, startServerHarness } from '../server-harness';
import { answerFrom, mainText, signInHere } from '../server-journey-support';

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
  const citizen = harness.citizens[0];
  if (!citizen) throw new Error('no simulated citizen');
  const auth = createHttpAuthService({ baseUrl: `${harness.serverUrl}/api` });
  const { token } = await auth.signIn({
    zaloAccessToken: `sim-access.${citizen.id}`,
    consents: [],
  });
  const dossiers = createHttpDossierService({
    baseUrl: `${harness.serverUrl}/api/dossier`,
    XMLHttpRequest: false,
  });
  const procedure = await dossiers.getProcedure(PROCEDURE);
  const scans = [];
  for (const name of ['cccd-mat-truoc.jpg', 'cccd-mat-sau.jpg']) {
    scans.push(
      await dossiers.uploadAttachment(token, blobOf(fileBytes('jpeg', 4096), 'image/jpeg'), {
        fieldId: 'cccdPhotos',
        procedureId: PROCEDURE,
        name,
        type: 'image/jpeg',
      }),
    );
  }
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

/** Pixels of a module matrix, 4 px a module, black on white (jsQR's input). */
function rasterise(dark: ReadonlySet<string>, size: number) {
  const scale = 4;
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      if (!dark.has(`${Math.floor(x / scale)},${Math.floor(y / scale)}`)) continue;
      data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
  }
  return { data, width };
}

/** The QR code on the screen, as drawn (QrCode: one SVG path, a `M x y h1v1h-1z` per module), read. */
async function readQrOnScreen(page: Page, name: RegExp): Promise<string> {
  const svg = page.getByRole('img', { name });
  const { viewBox, path } = await svg.evaluate((el) => ({
    viewBox: el.getAttribute('viewBox') ?? '',
    path: el.querySelector('path')?.getAttribute('d') ?? '',
  }));
  const size = Number(viewBox.split(' ')[2]);
  const dark = new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`));
  expect(dark.size, 'the QR code has modules').toBeGreaterThan(100);
  const { data, width } = rasterise(dark, size);
  const read = jsQR(data, width, width);
  expect(read, 'jsQR reads the code on the screen').not.toBeNull();
  return read?.data ?? '';
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
    const officer = await harness.newPage({ width: 1024, height: 768 });
    reportScreenOnFailure(officer);
    await officer.goto(harness.staffUrl);
    await officer.getByLabel('Tên đăng nhập').fill(harness.staff.username);
    await officer.getByLabel('Mật khẩu').fill(harness.staff.password);
    await officer.getByRole('button', { name: 'Đăng nhập' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Hồ sơ tiếp nhận' }).waitFor();
    await officer.getByRole('link', { name: 'Xem hồ sơ chờ xác nhận thanh toán' }).click();
    const card = officer.getByRole('listitem').filter({ hasText: code });
    await card.getByText('Chờ xác nhận thanh toán').waitFor();
    await card.getByRole('link', { name: code }).click();
    await officer.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    const panel = officer.locator('section', {
      has: officer.getByRole('heading', { name: 'Thanh toán', exact: true }),
    });
    const panelText = (await panel.textContent()) ?? '';
    expect(panelText).toContain('200.000 đồng');
    expect(panelText).toContain(content);
    await panel.getByRole('button', { name: 'Xác nhận đã nhận tiền' }).click();
    await panel.getByRole('button', { name: 'Đúng, đã nhận tiền' }).click();
    await panel.getByText('Đã xác nhận nhận tiền.').waitFor();

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
