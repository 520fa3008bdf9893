// The citizen's account journey on the simulated platform: sign in with Zalo, decide consent,
// give a phone number (Zalo's token path, or typing it after refusing), review and withdraw an
// optional consent in "Cài đặt", sign out after a confirmation — with axe on every screen.
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

async function signIn(page: Page) {
  await page.goto(harness.baseUrl);
  await page.getByRole('link', { name: /^Tài khoản/ }).click();
  await page.getByRole('button', { name: /Đăng nhập bằng Zalo/ }).click();
  // Consent: nothing is pre-ticked; every purpose gets an explicit answer.
  await page.getByRole('heading', { level: 1, name: 'Đồng ý sử dụng dữ liệu cá nhân' }).waitFor();
  expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  const groups = page.getByRole('group');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const yes = groups.nth(i).getByRole('radio', { name: 'Đồng ý', exact: true });
    if (await yes.count()) await yes.check();
  }
  await page.getByRole('button', { name: 'Xác nhận lựa chọn' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tài khoản' }).waitFor();
}

describe('account', () => {
  it('signs in with consent, shows the profile and passes axe', async () => {
    const page = await harness.newPage();
    await signIn(page);
    expect(await page.getByText('Nguyễn Thị Mẫu').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('gets the phone number through Zalo’s one-time token, shown masked', async () => {
    const page = await harness.newPage();
    await signIn(page);
    await page.getByRole('button', { name: 'Thêm số điện thoại' }).click();
    await page.getByRole('button', { name: 'Tiếp tục' }).first().click();
    await expect.poll(() => page.locator('main').textContent()).toMatch(/\d\d•• ••• \d{3}/);
  });

  it('offers typing the number when the citizen refuses Zalo’s prompt', async () => {
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    await page.getByRole('link', { name: /Nền tảng mô phỏng/ }).click();
    await page.getByLabel('Số điện thoại').selectOption('prompt-deny');
    await page.goBack(); // in-app: the simulator keeps the refusal
    await page.getByRole('link', { name: /^Tài khoản/ }).click();
    await page.getByRole('button', { name: /Đăng nhập bằng Zalo/ }).click();
    const groups = page.getByRole('group');
    await groups.first().waitFor();
    for (let i = 0; i < (await groups.count()); i++) {
      const yes = groups.nth(i).getByRole('radio', { name: 'Đồng ý', exact: true });
      if (await yes.count()) await yes.check();
    }
    await page.getByRole('button', { name: 'Xác nhận lựa chọn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tài khoản' }).waitFor();
    await page.getByRole('button', { name: 'Thêm số điện thoại' }).click();
    await page.getByRole('button', { name: 'Tiếp tục' }).first().click();
    const input = page.getByLabel('Số điện thoại di động');
    await input.fill('0912345678');
    await page.getByRole('button', { name: 'Xác nhận số điện thoại' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('+84912345678');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('withdraws an optional consent in the settings, then signs out after confirming', async () => {
    const page = await harness.newPage();
    await signIn(page);
    await page.getByRole('link', { name: /xem trong Cài đặt$/ }).click();
    await heading(page, 'Cài đặt');
    expect(await page.locator('main').textContent()).toContain(
      'Đang đăng nhập bằng tài khoản Zalo Nguyễn Thị Mẫu.',
    );
    await checkScreen(page, 'settings, signed in');
    await page.getByRole('button', { name: 'Rút lại đồng ý' }).first().click();
    // The effect is explained before anything changes.
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('Sẽ không nhận tin nhắn Zalo');
    await page.getByRole('button', { name: 'Xác nhận rút lại' }).click();
    await expect.poll(() => page.locator('main').textContent()).toMatch(/Đã rút lại/);
    expect(await axeViolations(page)).toEqual([]);

    // Signing out is asked first, saying what goes; the safe answer has the focus.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đăng xuất khỏi ứng dụng?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('hồ sơ đang khai dở và phản ánh chưa gửi');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Không, ở lại');
    await checkScreen(page, 'sign-out question');
    await dialog.getByRole('button', { name: 'Đăng xuất' }).click();
    await page
      .getByText('Đã đăng xuất. Thông tin cá nhân đã được xoá khỏi điện thoại này.')
      .waitFor();
    await page.getByRole('link', { name: 'Đăng nhập', exact: true }).waitFor();
    // Focus is where the news is, not lost with the button that was removed.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Tài khoản');
    // Nothing personal is left on the phone.
    const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    expect(stored).not.toContain('Nguyễn Thị Mẫu');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the citizen signed in when they answer “Không, ở lại”, and signs out from the account page', async () => {
    const page = await harness.newPage();
    await signIn(page);
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đăng xuất khỏi ứng dụng?' });
    await dialog.getByRole('button', { name: 'Không, ở lại' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByText('Nguyễn Thị Mẫu').count()).toBeGreaterThan(0);
    // Focus goes back to the button that asked.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Đăng xuất');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await dialog.getByRole('button', { name: 'Đăng xuất' }).click();
    // The account page asks to sign in again, in place.
    await page.getByRole('button', { name: /Đăng nhập bằng Zalo/ }).waitFor();
  });
});
