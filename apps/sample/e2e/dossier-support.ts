// Helpers for the dossier journeys (e2e/dossier-*.e2e.test.ts): signing in, filling the
// dossier fields as a citizen does (by their labels), and checking each screen with axe and
// for sideways scrolling at 100 % and 200 % text on a 360 × 740 phone.
import type { Locator, Page } from 'playwright-core';
import { expect, onTestFailed } from 'vitest';
import { axeViolations } from './harness';

/** Signs in with the simulated Zalo account from the home page and comes back to it. */
export async function signIn(page: Page, baseUrl: string) {
  await page.goto(baseUrl);
  await page.getByRole('link', { name: /^Tài khoản/ }).click();
  await page.getByRole('button', { name: /Đăng nhập bằng Zalo/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Đồng ý sử dụng dữ liệu cá nhân' }).waitFor();
  await agreeToEveryPurpose(page);
  await page.getByRole('button', { name: 'Xác nhận lựa chọn' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tài khoản' }).waitFor();
  await page.goBack();
  await heading(page, 'Dịch vụ công của Tỉnh Mẫu, ngay trên Zalo');
}

/** On the consent screen: "Đồng ý" for every purpose (optional ones included). */
export async function agreeToEveryPurpose(page: Page) {
  const groups = page.getByRole('group');
  for (let i = 0; i < (await groups.count()); i++) {
    const yes = groups.nth(i).getByRole('radio', { name: 'Đồng ý', exact: true });
    if (await yes.count()) await yes.check();
  }
}

/** zmp-ui animates between screens: until it is done, both are in the page. */
export async function settled(page: Page) {
  await page.waitForFunction(() => document.querySelectorAll('.zaui-routes-item').length === 1);
}

/** Waits for the screen whose <h1> is `name`. */
export async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await settled(page);
}

const scaleOf = (page: Page) =>
  page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize) / 18);

/** What GovMiniProvider does for the citizen's text size (1 = 100 %, 2 = 200 %). */
async function setScale(page: Page, scale: number) {
  await page.evaluate((s) => {
    document.documentElement.style.fontSize = `calc(112.5% * ${s})`;
  }, scale);
  await expect.poll(() => scaleOf(page)).toBe(scale);
}

/** Elements sticking out of the viewport sideways (visually hidden text aside). */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) found.push('document');
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right <= width + 1 && box.left >= -1) continue;
      const style = getComputedStyle(el);
      if (style.clip !== 'auto' || style.clipPath !== 'none') continue; // visually hidden
      found.push(
        `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${Math.round(box.left)}–${Math.round(box.right)}`,
      );
    }
    return found.slice(0, 5);
  });
}

/** Every screen checked so far, with the text sizes it was checked at. */
export const checkedScreens: string[] = [];

/**
 * axe (WCAG 2.2 AA) and no sideways scrolling on the screen shown, at the citizen's text
 * size and at the other one of 100 % and 200 %; the citizen's size is restored after.
 */
export async function checkScreen(page: Page, screen: string) {
  await settled(page);
  const chosen = await page.evaluate(() => document.documentElement.style.fontSize);
  const first = await scaleOf(page);
  for (const scale of first === 2 ? [2, 1] : [1, 2]) {
    if (scale !== first) await setScale(page, scale);
    const where = `${screen} at ${scale * 100} % text`;
    expect(await axeViolations(page), where).toEqual([]);
    expect(await overflowing(page), where).toEqual([]);
    checkedScreens.push(where);
  }
  await page.evaluate((size) => {
    document.documentElement.style.fontSize = size;
  }, chosen);
}

export async function clickContinue(page: Page) {
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
}

/** Continue with nothing answered: the error summary appears and takes focus. */
export async function expectErrorsOnEmptyContinue(page: Page, firstError: string | RegExp) {
  await clickContinue(page);
  const summary = page.getByRole('alert').filter({ hasText: 'Có vấn đề cần sửa' });
  await summary.waitFor();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
    .toContain('Có vấn đề cần sửa');
  expect(await summary.textContent()).toMatch(firstError);
}

/** A question answered by one radio button, found by its group's legend. */
export async function choose(page: Page, question: string, answer: string) {
  await field(page, question).getByRole('radio', { name: answer, exact: true }).check();
}

/** A fieldset (date, address, radio, files, a group item) by its legend. */
export const field = (scope: Page | Locator, legend: string) =>
  scope.getByRole('group', { name: legend, exact: true });

export async function fillDate(scope: Page | Locator, legend: string, iso: string) {
  const [year, month, day] = iso.split('-');
  const group = field(scope, legend);
  await group.getByLabel('Ngày', { exact: true }).fill(String(Number(day)));
  await group.getByLabel('Tháng', { exact: true }).fill(String(Number(month)));
  await group.getByLabel('Năm', { exact: true }).fill(year ?? '');
}

export interface AddressInput {
  province: string;
  provinceName: string;
  commune: string;
  communeName: string;
  street?: string;
}

/** The 2025 units: a province, then one of its communes (no districts), then the street. */
export async function fillAddress(page: Page, legend: string, address: AddressInput) {
  const group = field(page, legend);
  await group.getByLabel('Tỉnh hoặc thành phố').fill(address.province);
  await group.getByRole('button', { name: address.provinceName, exact: true }).click();
  await group.getByLabel('Xã, phường hoặc đặc khu').fill(address.commune);
  await group.getByRole('button', { name: address.communeName, exact: true }).click();
  if (address.street !== undefined)
    await group.getByLabel('Số nhà, tên đường').fill(address.street);
}

/** A JPEG the browser draws, as a phone's camera would give. */
export async function photo(page: Page, name: string, caption: string) {
  const dataUrl = await page.evaluate((text) => {
    const canvas = document.createElement('canvas');
    canvas.width = 800;
    canvas.height = 500;
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2d canvas');
    g.fillStyle = '#f4efe2';
    g.fillRect(0, 0, 800, 500);
    g.fillStyle = '#1b2a49';
    g.font = '48px sans-serif';
    g.fillText(text, 40, 260);
    return canvas.toDataURL('image/jpeg', 0.85);
  }, caption);
  return {
    name,
    mimeType: 'image/jpeg',
    buffer: Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'),
  };
}

/** Photos through the simulated Zalo's media picker (its file chooser), then uploaded. */
export async function pickPhotos(
  page: Page,
  legend: string,
  button: 'Chọn ảnh có sẵn' | 'Chụp ảnh',
  files: Awaited<ReturnType<typeof photo>>[],
) {
  const group = field(page, legend);
  const chooser = page.waitForEvent('filechooser');
  await group.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(files);
  await expect
    .poll(() => group.getByText(/Đã tải lên/).count(), { timeout: 15_000 })
    .toBe(files.length);
}

/** "Thay đổi" on the check page for one answer; back at the check page after continuing. */
export async function changeAnswer(page: Page, label: string) {
  await page.getByRole('button', { name: `Thay đổi ${label}` }).click();
}

/** YYYY-MM-DD, `days` from today in Vietnam. */
export function isoDaysFromToday(days: number): string {
  const vn = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000);
  return vn.toISOString().slice(0, 10);
}

export const DOSSIER_CODE = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}$/;

/** On failure, the screen's text and URL go to the log: what the citizen was looking at. */
export function reportScreenOnFailure(page: Page) {
  onTestFailed(async () => {
    const text = await page
      .locator('main')
      .last()
      // biome-ignore lint/performance/useDomNodeTextContent: rendered lines read better in a log
      .innerText({ timeout: 2_000 })
      .catch(() => '(no main)');
    console.error(`Screen at ${page.url()}:\n${text}`);
  });
}
