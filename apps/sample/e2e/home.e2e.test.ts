// The home page: the procedure search (with and without diacritics, by code, kept in the URL,
// leading to the procedure's start page), the service tiles, the hotline, the pages for
// developers set apart — with axe and no sideways scrolling at 100 % and 200 % text.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScreen, heading, signIn } from './dossier-support';
import { type Harness, startHarness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const HOME = 'Dịch vụ công của Tỉnh Mẫu, ngay trên Zalo';

const searchBox = (page: Page) => page.getByLabel('Tìm thủ tục hành chính');
const results = (page: Page) => page.locator('.gm-home-search__results a');
const searchStatus = (page: Page) => page.locator('.gm-home-search [role="status"]').first();

async function resultTitles(page: Page) {
  return results(page).locator('.gm-service-card__title').allTextContents();
}

describe('the home page', () => {
  it('finds a procedure typed without diacritics and opens its start page', async () => {
    const page = await harness.newPage();
    await signIn(page, harness.baseUrl);
    await searchBox(page).fill('ly lich tu phap');
    await expect.poll(() => searchStatus(page).textContent()).toBe('Có 1 thủ tục phù hợp.');
    expect(await resultTitles(page)).toEqual(['Cấp Phiếu lý lịch tư pháp']);
    // What was typed is in the URL: a reload keeps it and its results.
    expect(new URL(page.url()).searchParams.get('q')).toBe('ly lich tu phap');
    await page.reload();
    // The results' code (and the procedure list) load after the page: wait for them.
    await expect
      .poll(() => resultTitles(page), { timeout: 20_000 })
      .toEqual(['Cấp Phiếu lý lịch tư pháp']);
    expect(await searchBox(page).inputValue()).toBe('ly lich tu phap');

    await results(page).first().click();
    await heading(page, 'Cấp Phiếu lý lịch tư pháp');
    expect(new URL(page.url()).pathname).toBe('/thu-tuc/cap-phieu-ly-lich-tu-phap/bat-dau');
    expect(await page.getByRole('button', { name: 'Bắt đầu' }).count()).toBe(1);
  });

  it('finds the same with diacritics, by national code, and says when nothing matches', async () => {
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    await searchBox(page).fill('Đăng ký khai sinh');
    await expect.poll(() => resultTitles(page), { timeout: 20_000 }).toEqual(['Đăng ký khai sinh']);
    await searchBox(page).fill('ĐĂNG KIỂM');
    await expect.poll(() => resultTitles(page)).toEqual(['Đặt lịch đăng kiểm xe cơ giới']);
    // The code as printed (1.001193) or typed without the dot.
    await searchBox(page).fill('1001193');
    await expect.poll(() => resultTitles(page)).toEqual(['Đăng ký khai sinh']);
    await searchBox(page).fill('hộ chiếu');
    await expect
      .poll(() => searchStatus(page).textContent())
      .toBe(
        'Không có thủ tục nào khớp với “hộ chiếu”. Vui lòng thử gõ ít chữ hơn, hoặc xem tất cả thủ tục.',
      );
    expect(await results(page).count()).toBe(0);
    // Cleared: no status, no results.
    await searchBox(page).fill('');
    await expect.poll(() => searchStatus(page).textContent()).toBe('');
    await checkScreen(page, 'home after a search');
  });

  it('“Tìm” opens the full list with the same words', async () => {
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    await searchBox(page).fill('khai sinh');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await heading(page, 'Thủ tục hành chính');
    expect(await page.getByLabel('Tìm thủ tục').inputValue()).toBe('khai sinh');
    await page.getByRole('link', { name: /^Đăng ký khai sinh/ }).waitFor();
  });

  it('shows the services as tiles, the account, the hotline, and the developer pages last', async () => {
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    await heading(page, HOME);
    const tiles = page.getByRole('list', { name: 'Dịch vụ' }).getByRole('link');
    expect(await tiles.allTextContents()).toEqual([
      'Nộp hồ sơ trực tuyến',
      'Hồ sơ của tôi',
      'Tra cứu hồ sơ',
      'Gửi phản ánh',
      'Phản ánh của tôi',
      'Phản ánh đã được trả lời',
      'Hướng dẫn',
      'Trợ giúp',
    ]);
    const call = page.getByRole('link', { name: 'Gọi 1900 0000' });
    expect(await call.getAttribute('href')).toBe('tel:19000000');
    // The developer pages are in their own section, after everything a citizen uses.
    const sections = await page.locator('main h2').allTextContents();
    expect(sections.at(-1)).toBe('Dành cho nhà phát triển');
    const developer = page.locator('section', { hasText: 'Dành cho nhà phát triển' });
    expect(await developer.getByRole('link').count()).toBe(2);
    expect(await tiles.filter({ hasText: 'Nền tảng mô phỏng' }).count()).toBe(0);

    await checkScreen(page, 'home');
    await tiles.filter({ hasText: 'Tra cứu hồ sơ' }).click();
    await heading(page, 'Tra cứu hồ sơ');
  });
});
