// "Cài đặt": the language (English fetched before the switch, kept across a reload; offline, a
// clear Vietnamese error and Vietnamese stays), the text size (200 % kept across a reload) and
// high contrast, the old "Cỡ chữ" path — with axe and no sideways scrolling at 100 % and 200 %.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScreen, heading } from './dossier-support';
import { axeViolations, type Harness, startHarness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function openSettings(page: Page) {
  await page.goto(harness.baseUrl);
  await page.getByRole('link', { name: /^Cài đặt/ }).click();
  await heading(page, 'Cài đặt');
}

const lang = (page: Page) => page.getAttribute('html', 'lang');
const rootSize = (page: Page) =>
  page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));

describe('settings', () => {
  it('switches the whole app to English and back, and remembers it across a reload', async () => {
    const page = await harness.newPage();
    await openSettings(page);
    await checkScreen(page, 'settings, signed out');
    await page.getByRole('radio', { name: 'English' }).check();
    await heading(page, 'Settings');
    expect(await lang(page)).toBe('en');
    await page.getByText('The app is now in English.').waitFor();
    // The packages' own words come in English too (TextSizeControl, @govmini/ui).
    await page.getByRole('group', { name: 'Text size' }).waitFor();
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.goBack();
    await heading(page, 'Public services of Tỉnh Mẫu, right inside Zalo');
    await page.getByRole('link', { name: 'Apply online' }).waitFor();
    await page.reload();
    await heading(page, 'Public services of Tỉnh Mẫu, right inside Zalo');
    expect(await lang(page)).toBe('en');
    await checkScreen(page, 'home in English');

    // Back to Vietnamese, from the link written in Vietnamese on the home page.
    await page.getByRole('link', { name: 'Dùng ứng dụng bằng tiếng Việt' }).click();
    await heading(page, 'Settings');
    await page.getByRole('radio', { name: 'Tiếng Việt' }).check();
    await heading(page, 'Cài đặt');
    expect(await lang(page)).toBe('vi');
    await page.getByText('Ứng dụng đang dùng tiếng Việt.').waitFor();
    await page.reload();
    await heading(page, 'Cài đặt');
    expect(await lang(page)).toBe('vi');
  });

  it('offline, says in Vietnamese that English could not be loaded and stays in Vietnamese', async () => {
    const page = await harness.newPage();
    await openSettings(page);
    await page.context().setOffline(true);
    // click, not check: the choice does not stay, which is the point.
    await page.getByRole('radio', { name: 'English' }).click();
    const error = page.getByText('Chưa tải được phần tiếng Anh, có thể do mất mạng.', {
      exact: false,
    });
    await error.waitFor();
    expect(await lang(page)).toBe('vi');
    expect(await page.getByRole('radio', { name: 'Tiếng Việt' }).isChecked()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cài đặt');
    expect(await axeViolations(page)).toEqual([]);

    // Back online, choosing again works.
    await page.context().setOffline(false);
    await page.getByRole('radio', { name: 'English' }).check();
    await heading(page, 'Settings');
    expect(await lang(page)).toBe('en');
  });

  it('keeps 200 % text across a reload, on every page, with nothing sticking out', async () => {
    const page = await harness.newPage();
    await openSettings(page);
    await page.getByRole('radio', { name: /200/ }).check();
    await expect.poll(() => rootSize(page)).toBe(36); // 2 × 18 px
    await page.reload();
    await heading(page, 'Cài đặt');
    await expect.poll(() => rootSize(page)).toBe(36);
    expect(await page.getByRole('radio', { name: /200/ }).isChecked()).toBe(true);
    await checkScreen(page, 'settings at the chosen 200 %');
    await page.goBack();
    await heading(page, 'Dịch vụ công của Tỉnh Mẫu, ngay trên Zalo');
    expect(await rootSize(page)).toBe(36);
  });

  it('high contrast switches the palette; the old “Cỡ chữ” path opens these settings', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.baseUrl}/co-chu`);
    await heading(page, 'Cài đặt');
    expect(new URL(page.url()).pathname).toBe('/cai-dat');
    await page.getByRole('checkbox', { name: /Tương phản cao/ }).check();
    await expect.poll(() => page.getAttribute('html', 'data-gm-contrast')).toBe('high');
    expect(await axeViolations(page)).toEqual([]);
  });
});
