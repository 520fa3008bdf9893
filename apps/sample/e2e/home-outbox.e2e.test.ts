// The outboxes keep their promise on the home page. The home page does not load the app's
// providers up front (src/app.tsx: they follow once the page has settled), yet a report left
// waiting — made offline, the app then closed — is sent when the app is opened again on the
// home page and the citizen stays there; it is then listed among the sent reports.
import { FEEDBACK_OUTBOX_NAMESPACE } from '@govmini/feedback';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heading, photo, reportScreenOnFailure, signIn } from './dossier-support';
import { type Harness, startHarness } from './harness';
import {
  addPhotos,
  chooseCategory,
  describeProblem,
  hideNameAndPublish,
  main,
  nothingToBlur,
  usePhoneLocation,
} from './report-form';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/**
 * The reports in the phone's outbox (platform storage, kept in localStorage) that no attempt
 * has been made to send yet.
 */
const untried = (page: Page) =>
  page.evaluate((namespace) => {
    const entries = Object.entries(localStorage).filter(([key]) => key.includes(namespace));
    return entries.filter(([, value]) => (JSON.parse(value) as { attempts: number }).attempts === 0)
      .length;
  }, FEEDBACK_OUTBOX_NAMESPACE);

describe('the outbox on the home page', () => {
  it('sends a report left waiting when the app is opened again on the home page', async () => {
    const page = await harness.newPage();
    reportScreenOnFailure(page);
    await signIn(page, harness.baseUrl);
    await page.getByRole('link', { name: /^Gửi phản ánh/ }).click();
    await chooseCategory(page, 'Chiếu sáng công cộng');
    const description = `Đèn đường ngõ 12 phố Quán Thánh tắt cả tuần nay (thử ${Date.now()}).`;
    await describeProblem(page, description);
    await addPhotos(page, [await photo(page, 'den-ngo.jpg', 'Cột đèn trong ngõ')]);
    await nothingToBlur(page);
    await usePhoneLocation(page, 'Đầu ngõ 12');
    await hideNameAndPublish(page);

    // Offline, the report waits on the phone; then the app is closed.
    const context = page.context();
    await context.setOffline(true);
    // Sent only once the app knows (in memory mode the backend restarts with the page: a photo
    // uploaded to this page's backend would be unknown to the next one's).
    await expect.poll(() => page.locator('body').textContent()).toContain('Đang mất mạng');
    await page.getByRole('button', { name: 'Gửi phản ánh', exact: true }).click();
    await heading(page, 'Phản ánh đang chờ gửi');
    expect(await untried(page), 'the report waits in the outbox').toBe(1);
    await page.close();

    // Opened again, online, on the home page, and left there.
    await context.setOffline(false);
    const home = await context.newPage();
    reportScreenOnFailure(home);
    await home.goto(harness.baseUrl);
    await heading(home, 'Dịch vụ công của Tỉnh Mẫu, ngay trên Zalo');
    await expect
      .poll(() => untried(home), {
        timeout: 30_000,
        message: 'the outbox sends the report while the home page is open',
      })
      .toBe(0);
    expect(new URL(home.url()).pathname, 'still on the home page').toBe('/');

    // It reached the backend: "Phản ánh của tôi" lists it among the sent ones, with its code.
    // (On the dev server React's StrictMode mounts FeedbackProvider twice, and the outbox of
    // the first mount, already sending, is not stopped: the second one's retry of the same
    // report then ends in `conflict`. Opened straight on this screen it does the same; it is
    // @govmini/feedback's, not the home page's, so not asserted on here.)
    await home.getByRole('link', { name: /^Phản ánh của tôi/ }).click();
    await heading(home, 'Phản ánh của tôi');
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines, as read
    const shown = await main(home).innerText();
    const sent = shown.slice(shown.indexOf('Phản ánh đã gửi'));
    expect(sent, 'listed among the sent reports').toContain(description);
    expect(sent).toMatch(/Đã gửi/);
    expect(sent).toMatch(/Mã phản ánh\s*PA-\d{6}-\d{4}/);
  });
});
