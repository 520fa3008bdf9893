// Status 6, "Yêu cầu thực hiện nghĩa vụ tài chính", end to end against the reference server
// (issue 12), the citizen on a 360 × 740 phone and the officer in the staff console, both in
// Chromium (server-harness.ts). The birth registration is free when filed in time, so nothing is
// due at filing (filed here over the citizen API: the filing screens are filing.e2e.test.ts's
// subject); the child was born 75 days ago, so the office charges the late registration fee:
//   1. the officer accepts the dossier in the console and asks for the fee, typing "8.000";
//   2. the citizen opens "Hồ sơ đã nộp": the dossier says so in plain words; on the dossier,
//      what to do now names the amount, and "Nộp phí, lệ phí" shows a VietQR code that jsQR
//      reads off the screen and parseVietQr takes apart: the officer's amount, the province's
//      account, the transfer content and the dossier code;
//   3. "Tôi đã chuyển khoản": the server holds a transfer to confirm, still at status 6; back on
//      her list, the card says the transfer is reported and waiting;
//   4. the officer finds it under "Chờ xác nhận thanh toán" and confirms: the server moves the
//      dossier back to processing (4), "Đã nhận phí, lệ phí." in its history;
//   5. the citizen opens her list and the dossier again: processing, the fee paid, nothing left
//      to pay.
import { transferContentFor } from '@govmini/dossier/core';
import { parseVietQr } from '@govmini/vn/vietqr';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIRTH_REGISTRATION } from '../birth-registration';
import { heading, isoDaysFromToday, reportScreenOnFailure } from '../dossier-support';
import { type ServerHarness, startServerHarness } from '../server-harness';
import {
  answerFrom,
  citizenApi,
  confirmMoneyReceived,
  mainText,
  openStaffConsole,
  openTransferToConfirm,
  paymentPanel,
  readQrOnScreen,
  signInHere,
  uploadScans,
} from '../server-journey-support';

const PROCEDURE = BIRTH_REGISTRATION.id;
/** The late registration fee the officer asks for, as an officer types it. */
const FEE = { typed: '8.000', amount: 8_000, words: 'Tám nghìn đồng' };
/** The procedure names no account: fees go to the province's (apps/server/src/db/seed.ts). */
const PROVINCE_ACCOUNT = { bankBin: '970405', accountNumber: '0000000000012' };
const home = { provinceCode: '01', communeCode: '4', street: 'Số 12 ngõ 5 phố Đội Cấn' };
const CHILD = 'Nguyễn Minh Khôi';

let harness: ServerHarness;
beforeAll(async () => {
  harness = await startServerHarness();
}, 180_000);
afterAll(async () => {
  await harness?.close();
});

/** The first simulated citizen registers her son's birth, 75 days late, over the API. */
async function fileLateBirthRegistration() {
  const api = await citizenApi(harness);
  const procedure = await api.dossiers.getProcedure(PROCEDURE);
  const proof = await uploadScans(api, PROCEDURE, 'birthCertificateScan', ['giay-chung-sinh.jpg']);
  return api.dossiers.submit(api.token, {
    procedureId: PROCEDURE,
    procedureVersion: procedure.version,
    answers: {
      applicantRelationship: 'me',
      applicantName: 'Nguyễn Thị Mẫu',
      applicantCccd: '001195012345',
      applicantPhone: '+84912345678',
      childFullName: CHILD,
      childSex: 'male',
      childDateOfBirth: isoDaysFromToday(-75),
      childEthnicity: '01',
      childHometown: 'Xã Hòa An, Tỉnh Mẫu',
      placeOfBirthKind: 'co-so-y-te',
      birthFacility: 'Bệnh viện Đa khoa Tỉnh Mẫu',
      placeOfBirth: { provinceCode: '01', communeCode: '4' },
      motherFullName: 'Nguyễn Thị Mẫu',
      motherDateOfBirth: '1995-03-10',
      motherEthnicity: '01',
      motherCccd: '001195012345',
      motherResidence: home,
      fatherKnown: false,
      birthProofKind: 'giay-chung-sinh',
      birthCertificateScan: proof,
      extractCopies: 1,
    },
    resultDelivery: 'in_person',
    idempotencyKey: `financial-obligation-e2e-${crypto.randomUUID()}`,
    declaredAt: new Date().toISOString(),
  });
}

/** In the console's "Chuyển trạng thái": picks `action`, fills what it asks, sends. */
async function changeStatus(
  officer: Page,
  action: string,
  becomes: string,
  fill: (officer: Page) => Promise<void> = async () => {},
) {
  await officer.getByRole('radio', { name: action, exact: true }).check();
  await fill(officer);
  await officer.getByRole('button', { name: 'Cập nhật trạng thái' }).click();
  await officer.getByText(`Đã chuyển hồ sơ sang trạng thái “${becomes}”.`).waitFor();
}

const statusOf = (code: string) =>
  harness.query<{ status: number; payment_status: string | null; fee_amount: number | null }>(
    'select status, payment_status, fee_amount from dossiers where code = ?',
    code,
  );

describe('status 6: the officer asks for a fee, the citizen pays by VietQR, the officer confirms', () => {
  it('goes from the request to payment to processing, on both screens and on the server', async () => {
    const filed = await fileLateBirthRegistration();
    const { code } = filed;
    expect(filed.status).toBe(1);
    expect(filed.payment, 'nothing is due at filing').toBeUndefined();
    const content = transferContentFor(code);

    // 1. The officer accepts the dossier and asks for the fee.
    const officer = await openStaffConsole(harness);
    reportScreenOnFailure(officer);
    await officer
      .getByRole('listitem')
      .filter({ hasText: code })
      .getByRole('link', { name: code })
      .click();
    await officer.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    await changeStatus(officer, 'Tiếp nhận hồ sơ', 'Được tiếp nhận');
    await changeStatus(
      officer,
      'Yêu cầu nộp phí, lệ phí',
      'Yêu cầu thực hiện nghĩa vụ tài chính',
      (o) => o.getByLabel('Số tiền phí, lệ phí (đồng)').fill(FEE.typed),
    );
    const asked = (await paymentPanel(officer).textContent()) ?? '';
    expect(asked).toContain('Chưa thanh toán');
    expect(asked).toContain('8.000 đồng');
    expect(asked).toContain(content);
    expect(statusOf(code)).toEqual([
      { status: 6, payment_status: 'unpaid', fee_amount: FEE.amount },
    ]);

    // 2. The citizen: her dossiers, then this one.
    const page = await harness.newPage();
    reportScreenOnFailure(page);
    await page.goto(`${harness.sampleUrl}/ho-so`);
    await signInHere(page, harness);
    await heading(page, 'Hồ sơ của tôi');
    const card = page.getByRole('listitem').filter({ hasText: code });
    await card.getByText('Cần nộp phí, lệ phí').waitFor();
    await card.getByRole('link', { name: BIRTH_REGISTRATION.title }).click();
    await heading(page, BIRTH_REGISTRATION.title);
    const fee = page.getByRole('region', { name: 'Nộp phí, lệ phí' });
    await fee.waitFor();
    const screen = await mainText(page);
    expect(screen).toContain('Cần nộp phí, lệ phí');
    // formatVnd puts a no-break space before ₫ (\s matches it).
    expect(screen).toMatch(
      /Vui lòng nộp 8\.000\s₫ phí, lệ phí theo hướng dẫn ở mục “Nộp phí, lệ phí” bên dưới/,
    );
    expect(screen).toMatch(/8\.000\s₫, chưa thanh toán/);
    const feeText = (await fee.textContent()) ?? '';
    expect(feeText).toContain('Chưa thanh toán');
    expect(feeText).toContain(`Bằng chữ: ${FEE.words}`);
    expect(feeText).toContain(content);
    const text = await readQrOnScreen(
      page,
      /^Mã VietQR để chuyển 8\.000.₫ vào tài khoản 0000000000012 tại Agribank/,
    );
    const qr = parseVietQr(text);
    if (!qr.ok) throw new Error(`parseVietQr refused "${text}": ${qr.error.message}`);
    expect(qr.value).toMatchObject({
      ...PROVINCE_ACCOUNT,
      initiation: 'dynamic',
      amount: FEE.amount,
      purpose: content,
      reference: code,
    });

    // 3. "Tôi đã chuyển khoản".
    const reported = answerFrom(
      page,
      harness,
      `/dossier/dossiers/${encodeURIComponent(code)}/payment/transfer`,
      'POST',
    );
    await fee.getByRole('button', { name: 'Tôi đã chuyển khoản' }).click();
    expect((await reported).status(), 'the server took the report').toBe(200);
    await fee.getByText(/^Đã báo chuyển khoản lúc/).waitFor();
    expect(await mainText(page)).toContain(
      'Đã báo chuyển khoản. Hồ sơ được tiếp tục xử lý khi cơ quan xác nhận đã nhận được tiền.',
    );
    expect(statusOf(code)).toEqual([
      { status: 6, payment_status: 'pending_confirmation', fee_amount: FEE.amount },
    ]);
    await page.getByRole('button', { name: 'Quay lại danh sách hồ sơ' }).click();
    await heading(page, 'Hồ sơ của tôi');
    await card.getByText('Đã báo chuyển khoản, chờ xác nhận').waitFor();

    // 4. The officer, back at the inbox, confirms the money.
    await officer.goto(harness.staffUrl);
    await officer.getByRole('heading', { level: 1, name: 'Hồ sơ tiếp nhận' }).waitFor();
    const panel = await openTransferToConfirm(officer, code);
    expect(await panel.textContent()).toContain('Công dân báo đã chuyển khoản');
    await confirmMoneyReceived(panel);
    // The console now shows the dossier back in processing, and the fee paid.
    await officer.getByText('Đang xử lý', { exact: true }).first().waitFor();
    expect(await panel.textContent()).toContain('Đã thanh toán');
    expect(statusOf(code)).toEqual([{ status: 4, payment_status: 'paid', fee_amount: FEE.amount }]);

    // 5. The citizen opens her list again, then the dossier.
    await page.reload();
    await heading(page, 'Hồ sơ của tôi');
    await card.getByText('Đang xử lý').waitFor();
    expect(await card.textContent()).not.toMatch(/Cần nộp phí|Chưa nộp phí|chờ xác nhận/);
    await card.getByRole('link', { name: BIRTH_REGISTRATION.title }).click();
    await heading(page, BIRTH_REGISTRATION.title);
    await expect.poll(() => mainText(page)).toMatch(/8\.000\s₫, đã thanh toán/);
    const after = await mainText(page);
    expect(after).toContain('Đang xử lý');
    expect(after).not.toContain('Cần nộp phí, lệ phí');
    expect(after).toContain('Đã nhận phí, lệ phí.');
    expect(await page.getByRole('region', { name: 'Nộp phí, lệ phí' }).count()).toBe(0);

    // What the server holds, as the citizen's API gives it.
    const api = await citizenApi(harness);
    const held = await api.dossiers.get(api.token, code);
    expect(held).toMatchObject({
      status: 4,
      feeAmount: FEE.amount,
      payment: {
        status: 'paid',
        amount: FEE.amount,
        transferContent: content,
        account: PROVINCE_ACCOUNT,
      },
    });
    expect(held.payment?.confirmedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(held.history.map((e) => e.status)).toEqual([1, 2, 6, 4]);
    expect(held.history.at(-1)?.note).toBe('Đã nhận phí, lệ phí.');
  }, 240_000);
});
