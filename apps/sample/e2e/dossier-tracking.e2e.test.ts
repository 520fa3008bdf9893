// After the first pages of a dossier: nothing typed is lost on a reload, the back and forward
// buttons move between pages, "Hồ sơ đang làm dở" continues where the citizen stopped; then,
// once sent, the simulated officer moves it on, and anyone can look its status up by code
// without signing in (status only, nothing personal).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkScreen,
  choose,
  clickContinue,
  DOSSIER_CODE,
  field,
  heading,
  reportScreenOnFailure,
  signIn,
} from './dossier-support';
import { type Harness, startHarness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** From the home page to "Chủ xe" of a vehicle inspection booking, the vehicle answered. */
async function startVehicleInspection(page: Page) {
  await page.getByRole('link', { name: /^Nộp hồ sơ trực tuyến/ }).click();
  await page.getByRole('link', { name: /^Đặt lịch đăng kiểm xe cơ giới/ }).click();
  await page.getByRole('button', { name: /^Bắt đầu/ }).click();
  await heading(page, 'Người nộp hồ sơ');
  await choose(page, 'Hồ sơ này nộp cho ai?', 'Cho bản thân');
  await clickContinue(page);
  await heading(page, 'Thông tin xe');
  await page.getByLabel('Biển số xe', { exact: true }).fill('99A-123.45');
  await page
    .getByLabel('Loại xe', { exact: true })
    .selectOption({ label: 'Ô tô tải, ô tô chuyên dùng' });
  await choose(page, 'Loại kiểm định', 'Kiểm định định kỳ');
  await choose(page, 'Xe có dùng để kinh doanh vận tải không?', 'Có');
  await clickContinue(page);
  await heading(page, 'Chủ xe');
}

/** From the home page, the shortest vehicle inspection booking; returns the dossier code. */
async function fileVehicleInspection(page: Page, owner: string): Promise<string> {
  await startVehicleInspection(page);
  await page.getByLabel('Họ và tên chủ xe', { exact: true }).fill(owner);
  await page.getByLabel('Số căn cước của chủ xe', { exact: true }).fill('001089012345');
  await page.getByLabel('Số điện thoại di động', { exact: true }).fill('0987654321');
  await clickContinue(page);
  return bookAndSend(page);
}

/** From the appointment page: the last slot offered, no photo, check, declare, send. */
async function bookAndSend(page: Page): Promise<string> {
  await heading(page, 'Lịch hẹn');
  const slot = field(page, 'Ngày giờ đưa xe đến');
  const days = field(slot, 'Ngày').getByRole('radio');
  await days.first().waitFor();
  await days.last().check();
  await field(slot, 'Giờ hẹn').getByRole('radio').and(page.locator(':enabled')).last().check();
  await clickContinue(page);
  await heading(page, 'Giấy tờ');
  await clickContinue(page);
  await heading(page, 'Kiểm tra lại thông tin trước khi gửi');
  await clickContinue(page);
  await heading(page, 'Cam đoan và gửi hồ sơ');
  await page.getByRole('checkbox', { name: /Tôi đã đọc và đồng ý/ }).check();
  await page.getByRole('button', { name: 'Gửi hồ sơ' }).click();
  await heading(page, 'Đã gửi hồ sơ');
  const code = (await page.locator('.gm-dossier-confirmation__code').textContent())?.trim() ?? '';
  expect(code).toMatch(DOSSIER_CODE);
  return code;
}

describe('a dossier from draft to lookup', () => {
  it('resumes after a reload, moves with back and forward, continues from the drafts, is sent', async () => {
    const page = await harness.newPage();
    reportScreenOnFailure(page);
    await signIn(page, harness.baseUrl);
    await startVehicleInspection(page);
    const owner = page.getByLabel('Họ và tên chủ xe', { exact: true });
    await owner.fill('Lê Văn Tâm');

    // Zalo may kill the app at any moment: straight after typing, the page is reloaded.
    const url = page.url();
    expect(url).toMatch(/\/thu-tuc\/dat-lich-dang-kiem\/chu-xe\?ban-nhap=/);
    await page.reload();
    await heading(page, 'Chủ xe');
    expect(page.url()).toBe(url);
    await expect.poll(() => owner.inputValue()).toBe('Lê Văn Tâm');

    // The browser's back button goes to the previous page, with its answers; forward returns.
    await page.goBack();
    await heading(page, 'Thông tin xe');
    expect(await page.getByLabel('Biển số xe', { exact: true }).inputValue()).toBe('99A-123.45');
    await page.goForward();
    await heading(page, 'Chủ xe');
    expect(await owner.inputValue()).toBe('Lê Văn Tâm');

    // Away from the journey and back through "Hồ sơ đang làm dở".
    await page.goto(harness.baseUrl);
    await page.getByRole('link', { name: /^Hồ sơ của tôi/ }).click();
    await heading(page, 'Hồ sơ của tôi');
    await checkScreen(page, 'my dossiers, empty');
    await page.getByRole('link', { name: 'Hồ sơ đang làm dở' }).click();
    await heading(page, 'Hồ sơ đang làm dở');
    await checkScreen(page, 'unfinished dossiers');
    await page.getByRole('button', { name: /^Làm tiếp Đặt lịch đăng kiểm xe cơ giới/ }).click();
    await heading(page, 'Chủ xe');
    expect(await owner.inputValue()).toBe('Lê Văn Tâm');

    await page.getByLabel('Số căn cước của chủ xe', { exact: true }).fill('001089012345');
    await page.getByLabel('Số điện thoại di động', { exact: true }).fill('0987654321');
    await clickContinue(page);
    // Sent with the session restored after the reload.
    const code = await bookAndSend(page);

    // The dossier's own page; the simulated officer accepts it at once.
    await page.getByRole('link', { name: 'Xem chi tiết hồ sơ' }).click();
    await page.getByText(code).first().waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain('Đã nộp, chờ tiếp nhận');
    await checkScreen(page, 'dossier detail, submitted');
    await page.getByRole('button', { name: 'Cán bộ tiếp nhận hồ sơ' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Đã tiếp nhận');
    await checkScreen(page, 'dossier detail, accepted');
  });

  it('shows only the status to someone looking the code up without signing in', async () => {
    const page = await harness.newPage();
    reportScreenOnFailure(page);
    await signIn(page, harness.baseUrl);
    const code = await fileVehicleInspection(page, 'Lê Văn Tâm');

    // Signed out, the code alone shows the status and nothing personal. (The backend lives in
    // this page, so the citizen goes home with the back button rather than reloading.)
    for (let i = 0; i < 20 && new URL(page.url()).pathname !== '/'; i++) await page.goBack();
    await heading(page, 'Dịch vụ công của Tỉnh Mẫu, ngay trên Zalo');
    await page.getByRole('link', { name: /^Tài khoản/ }).click();
    await heading(page, 'Tài khoản');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page
      .getByRole('dialog', { name: 'Đăng xuất khỏi ứng dụng?' })
      .getByRole('button', { name: 'Đăng xuất' })
      .click();
    await page.getByRole('button', { name: /Đăng nhập bằng Zalo/ }).waitFor();
    await page.goBack();
    await heading(page, 'Dịch vụ công của Tỉnh Mẫu, ngay trên Zalo');
    await page.getByRole('link', { name: /^Tra cứu hồ sơ/ }).click();
    await heading(page, 'Tra cứu hồ sơ');
    await checkScreen(page, 'lookup');
    // Typed as people do: lower case, without the dots.
    await page.getByLabel('Mã hồ sơ').fill(code.replaceAll('.', '').toLowerCase());
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    const result = page.locator('.gm-dossier-lookup__result');
    await result.waitFor();
    const shown = (await result.textContent()) ?? '';
    expect(shown).toContain(code);
    expect(shown).toContain('Đặt lịch đăng kiểm xe cơ giới');
    expect(shown).toContain('Đã nộp, chờ tiếp nhận');
    expect(shown).toContain('Tra cứu chỉ cho biết tình trạng hồ sơ');
    for (const personal of ['Lê Văn Tâm', '99A', '001089012345', '0987654321'])
      expect(await page.locator('main').textContent()).not.toContain(personal);
    await checkScreen(page, 'lookup, found');

    await page.getByLabel('Mã hồ sơ').fill('000.00.25.H99-250101-9999');
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await page.getByText('Không tìm thấy hồ sơ 000.00.25.H99-250101-9999').waitFor();
    await checkScreen(page, 'lookup, not found');
  });
});
