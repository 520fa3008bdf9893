// "Phản ánh đã được trả lời" without signing in: the reports other citizens of Tỉnh Mẫu sent
// and the agencies answered (seeded in the in-browser backend), searched without diacritics
// and filtered by kind, each with its answer and supporters — and the reporter's name only
// where the reporter chose to show it. Every screen passes axe at 100 % and 200 % text on a
// 360 × 740 phone, with no sideways scrolling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScreen, heading, reportScreenOnFailure } from './dossier-support';
import { type Harness, startHarness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('answered reports in public', () => {
  it('searches, filters and reads answered reports, signed out, with no hidden reporter named', async () => {
    const page = await harness.newPage();
    reportScreenOnFailure(page);
    const main = page.locator('main').last();
    const found = page
      .locator('main')
      .last()
      .getByRole('status')
      .filter({ hasText: /phản ánh\./ });
    await page.goto(harness.baseUrl);
    await page.getByRole('link', { name: /^Phản ánh đã được trả lời/ }).click();
    await heading(page, 'Phản ánh đã được trả lời');
    await expect.poll(() => found.textContent()).toMatch(/^Tìm thấy [1-9]\d* phản ánh\.$/);
    await checkScreen(page, 'public list');

    // Typed without diacritics, as many do on a phone.
    await page.getByLabel('Tìm theo nội dung').fill('o ga doi can');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await expect.poll(() => found.textContent()).toBe('Tìm thấy 1 phản ánh.');
    await checkScreen(page, 'public list, searched');
    await page.getByRole('link', { name: /^Hạ tầng giao thông/ }).click();
    await heading(page, 'Hạ tầng giao thông');
    const pothole = (await main.textContent()) ?? '';
    expect(pothole).toContain('Ổ gà trước số nhà 18 phố Đội Cấn đã được vá');
    expect(pothole).toContain('4 người cũng gặp vấn đề này.');
    expect(pothole).not.toContain('Trần Văn Hùng'); // sent with "ẩn tên"
    expect(pothole).not.toContain('Người phản ánh');
    await checkScreen(page, 'public report');

    // By kind: the rubbish report, whose sender chose to show her name.
    await page.getByRole('button', { name: 'Quay lại danh sách phản ánh' }).click();
    await heading(page, 'Phản ánh đã được trả lời');
    await page.getByLabel('Tìm theo nội dung').fill('');
    await page.getByText('Lọc theo lĩnh vực, xã phường, thời gian').click();
    await page.getByLabel('Lĩnh vực').selectOption({ label: 'Rác thải, vệ sinh môi trường' });
    await checkScreen(page, 'public list, filters open');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await expect.poll(() => found.textContent()).toBe('Tìm thấy 1 phản ánh.');
    await page.getByRole('link', { name: /^Rác thải, vệ sinh môi trường/ }).click();
    await heading(page, 'Rác thải, vệ sinh môi trường');
    const rubbish = (await main.textContent()) ?? '';
    expect(rubbish).toContain('Lê Thị Hoa');
    expect(rubbish).toContain('Sở Nông nghiệp và Môi trường');
  });
});
