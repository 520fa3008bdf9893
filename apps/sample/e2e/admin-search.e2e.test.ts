import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, type Harness, startHarness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function openSearch(page: Page) {
  await page.goto(harness.baseUrl);
  await page.getByRole('link', { name: /Tra cứu địa bàn mới/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Tra cứu địa bàn mới' }).waitFor();
  // The commune list has loaded once the "loading" notice is gone.
  await page.getByText('Đang tải danh sách xã, phường').waitFor({ state: 'detached' });
  return page.getByLabel('Tên tỉnh, thành phố, xã hoặc phường');
}

describe('Tỉnh Mẫu in Chromium', () => {
  it('opens on the home page of the province, in Vietnamese, with no axe violations', async () => {
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Dịch vụ công của Tỉnh Mẫu, ngay trên Zalo',
    );
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds a ward typed without diacritics, with its new province', async () => {
    const page = await harness.newPage();
    const input = await openSearch(page);
    await input.pressSequentially('ba dinh', { delay: 20 });
    const first = page.locator('.gm-result').first();
    await expect(first.locator('h2').textContent()).resolves.toBe('Phường Ba Đình');
    await expect(first.textContent()).resolves.toContain('Thuộc Thành phố Hà Nội');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds a province by a short form and shows the old units it merged from', async () => {
    const page = await harness.newPage();
    const input = await openSearch(page);
    await input.fill('tp hcm');
    const first = page.locator('.gm-result').first();
    await expect(first.locator('h2').textContent()).resolves.toMatch(/Hồ Chí Minh/);
    const history = await first.locator('.gm-result__history').textContent();
    expect(history).toContain('Bình Dương');
    expect(history).toContain('Bà Rịa - Vũng Tàu');
  });

  it('leads an old province name to the province it is now part of', async () => {
    const page = await harness.newPage();
    const input = await openSearch(page);
    await input.fill('Bình Dương');
    await expect(page.locator('.gm-result__via').first().textContent()).resolves.toContain(
      'Hồ Chí Minh',
    );
  });

  it('keeps what was typed across a reload', async () => {
    const page = await harness.newPage();
    const input = await openSearch(page);
    await input.fill('dak lak');
    await page.reload();
    await expect(page.getByLabel('Tên tỉnh, thành phố, xã hoặc phường').inputValue()).resolves.toBe(
      'dak lak',
    );
    await expect(page.locator('.gm-result h2').first().textContent()).resolves.toMatch(/Đắk Lắk/);
  });

  it('says plainly when nothing matches, through a status region', async () => {
    const page = await harness.newPage();
    const input = await openSearch(page);
    await input.fill('zzzz');
    // The status region speaks once typing pauses.
    await expect
      .poll(() => page.locator('main').getByRole('status').textContent())
      .toContain('Không tìm thấy');
  });

  it('does not scroll sideways at 200 % text on a 320 px wide screen', async () => {
    const page = await harness.newPage({ width: 320, height: 640 });
    const input = await openSearch(page);
    await input.fill('thanh pho');
    await page.addStyleTag({ content: 'html { font-size: 225% !important; }' }); // 2 × 18 px
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('switches to English from the link for English readers on the home page', async () => {
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    const link = page.getByRole('link', { name: 'Use the app in English' });
    expect(await link.getAttribute('lang')).toBe('en');
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Cài đặt' }).waitFor();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.goBack();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Public services of Tỉnh Mẫu, right inside Zalo');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });
});
