import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, type Harness, startHarness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the simulated platform page', () => {
  it('is reached from the home page and has no axe violations', async () => {
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    await page.getByRole('link', { name: /Nền tảng mô phỏng/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Nền tảng mô phỏng' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('going offline shows the banner on every screen, and coming back removes it', async () => {
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    await page.getByRole('link', { name: /Nền tảng mô phỏng/ }).click();
    await page.getByRole('button', { name: 'Tắt mạng' }).click();
    await expect.poll(() => page.getByTestId('network-state').textContent()).toBe('Mất mạng');
    const banner = page.locator('.gm-offline-banner');
    await expect.poll(() => banner.textContent()).toContain('Đang mất mạng');
    // The banner follows the citizen to another screen (in-app navigation, no reload).
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /Dịch vụ công/ }).waitFor();
    expect(await banner.textContent()).toContain('Đang mất mạng');
    await page.goForward();
    await page.getByRole('button', { name: 'Bật mạng' }).click();
    await expect.poll(() => banner.count()).toBe(0);
  });

  it('explains before asking, and says plainly what to do when the citizen refuses', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.baseUrl}/nen-tang`);
    await page.getByLabel('Số điện thoại').selectOption('prompt-deny');
    await page.getByRole('button', { name: 'Lấy số điện thoại' }).click();
    await page.getByText('Ứng dụng cần số điện thoại').waitFor();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect
      .poll(() => page.getByTestId('call-result').textContent())
      .toContain('Ứng dụng chưa được phép dùng chức năng này');
    expect(await page.getByTestId('call-history').textContent()).toContain('permission_denied');
  });

  it('gives a one-time token when the citizen allows', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.baseUrl}/nen-tang`);
    await page.getByLabel('Số điện thoại').selectOption('prompt-grant');
    await page.getByRole('button', { name: 'Lấy số điện thoại' }).click();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect
      .poll(() => page.getByTestId('call-result').textContent())
      .toContain('mã dùng một lần');
  });

  it('declining the explanation never opens Zalo’s prompt', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.baseUrl}/nen-tang`);
    await page.getByRole('button', { name: 'Lấy số điện thoại' }).click();
    await page.getByRole('button', { name: 'Không, cảm ơn' }).click();
    await expect
      .poll(() => page.getByTestId('call-result').textContent())
      .toContain('Chưa có gì được chọn');
  });
});

describe('text size and contrast', () => {
  it('the chosen text size applies to every page and survives a reload', async () => {
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    await page.getByRole('link', { name: /^Cài đặt/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Cài đặt' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: /200/ }).check();
    const rootSize = () =>
      page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
    await expect.poll(rootSize).toBe(36); // 2 × 18 px
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(rootSize).toBe(36);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
  });

  it('high contrast switches the palette', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.baseUrl}/cai-dat`);
    await page.getByRole('checkbox', { name: /Tương phản cao/ }).check();
    await expect.poll(() => page.getAttribute('html', 'data-gm-contrast')).toBe('high');
    expect(await axeViolations(page)).toEqual([]);
  });
});
