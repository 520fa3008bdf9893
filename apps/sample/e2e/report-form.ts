// Sending a report ("Gửi phản ánh", @govmini/feedback's ReportForm) as a citizen does it, one
// page at a time: the kind of problem, the description, photos through the simulated Zalo's
// picker, nothing to blur, the phone's location, the name hidden and the report published, the
// check page. For the report journeys in memory mode (feedback-reports) and on the reference
// server (journeys/report-and-privacy).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { heading, type photo } from './dossier-support';

export const REPORT_CODE = /^PA-\d{6}-\d{4}$/;

export const main = (page: Page) => page.locator('main').last();
export const continueButton = (page: Page) =>
  page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();

export async function chooseCategory(page: Page, title: string) {
  await heading(page, 'Vấn đề cần phản ánh thuộc loại nào?');
  await page.getByRole('radio', { name: new RegExp(`^${title}`) }).check();
  await continueButton(page);
}

export async function describeProblem(page: Page, text: string) {
  await heading(page, 'Mô tả vấn đề');
  await page.getByLabel('Vấn đề đang gặp là gì?').fill(text);
  await continueButton(page);
}

/**
 * Photos through the simulated Zalo's picker (its file chooser), prepared on the phone; stays
 * on the photos page (to look at it before going on).
 */
export async function choosePhotos(page: Page, files: Awaited<ReturnType<typeof photo>>[]) {
  await heading(page, 'Ảnh chụp vấn đề');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Chọn ảnh có sẵn' }).click();
  await (await chooser).setFiles(files);
  await expect
    .poll(() => main(page).textContent(), {
      timeout: 15_000,
      message: `the photos page says ${files.length} photo(s) were added`,
    })
    .toContain(`Đã có ${files.length} trên 5 ảnh`);
}

/** choosePhotos, then on to the next page. */
export async function addPhotos(page: Page, files: Awaited<ReturnType<typeof photo>>[]) {
  await choosePhotos(page, files);
  await continueButton(page);
}

/** "Che mặt người, biển số xe": nothing to blur. */
export async function nothingToBlur(page: Page) {
  await heading(page, 'Che mặt người, biển số xe');
  await continueButton(page);
}

/**
 * "Dùng vị trí hiện tại": the simulated Zalo's one-time location token, exchanged by the
 * backend; then the place described in words. Resolves on the next page.
 */
export async function usePhoneLocation(page: Page, place: string) {
  await heading(page, 'Vấn đề ở đâu?');
  await page.getByRole('button', { name: 'Dùng vị trí hiện tại' }).click();
  await page.getByLabel(/^Ghi rõ thêm về địa điểm/).fill(place);
  await continueButton(page);
}

/** The name hidden, the report and its answer published; resolves on the check page. */
export async function hideNameAndPublish(page: Page) {
  await heading(page, 'Lựa chọn khi gửi');
  await page.getByRole('radio', { name: /^Không, ẩn tên/ }).check();
  await page.getByRole('radio', { name: /^Có, cho phép công khai/ }).check();
  await continueButton(page);
  await heading(page, 'Kiểm tra trước khi gửi');
}
