// Phản ánh (@govmini/feedback) in the sample app, as a newcomer does it on a 360 × 740 phone:
// send a report with photos (one part blurred) and a commune chosen by hand, meet the
// duplicate check and send anyway, find it in "Phản ánh của tôi", make the simulated agency
// answer, rate it and say it was solved, then find it in the public list without the
// reporter's name. Then a report made offline with the phone's location: "Đang chờ gửi", sent
// exactly once when the network is back, and the sped-up agency receiving it on its own.
// Every screen passes axe and has no sideways scrolling at 100 % and 200 % text.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkScreen,
  field,
  heading,
  photo,
  reportScreenOnFailure,
  settled,
  signIn,
} from './dossier-support';
import { type Harness, startHarness } from './harness';
import {
  addPhotos,
  chooseCategory,
  choosePhotos,
  continueButton,
  describeProblem,
  hideNameAndPublish,
  main,
  nothingToBlur,
  REPORT_CODE,
} from './report-form';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** From the home page's tile to the first page of the form. */
async function openForm(page: Page) {
  await page.getByRole('link', { name: /^Gửi phản ánh/ }).click();
  await heading(page, 'Vấn đề cần phản ánh thuộc loại nào?');
}

describe('reports in the sample app', () => {
  it('sends a report with photos and a commune, joins the answer, rates it, finds it in public', async () => {
    const page = await harness.newPage();
    reportScreenOnFailure(page);
    await signIn(page, harness.baseUrl);
    await checkScreen(page, 'home');
    await openForm(page);
    await checkScreen(page, 'category');
    // Nothing chosen: the error summary says what to do.
    await continueButton(page);
    await page.getByRole('alert').filter({ hasText: 'Có vấn đề cần sửa' }).waitFor();
    await checkScreen(page, 'category, with errors');
    await chooseCategory(page, 'Hạ tầng giao thông');

    await heading(page, 'Mô tả vấn đề');
    await checkScreen(page, 'description');
    const description =
      'Mặt đường phố Đội Cấn trước số nhà 20 có ổ gà lớn, sâu khoảng 20 cm. Trời mưa nước đọng che mất ổ gà, xe máy đi qua rất dễ ngã.';
    await describeProblem(page, description);

    await heading(page, 'Ảnh chụp vấn đề');
    await checkScreen(page, 'photos, none yet');
    await choosePhotos(page, [
      await photo(page, 'o-ga-1.jpg', 'Ổ gà phố Đội Cấn'),
      await photo(page, 'o-ga-2.jpg', 'Biển số 29A-123.45'),
    ]);
    await checkScreen(page, 'photos, two');
    await continueButton(page);

    // Blur the number plate on the second photo, on the phone.
    await heading(page, 'Che mặt người, biển số xe');
    await checkScreen(page, 'blur');
    await page.getByRole('button', { name: 'Che mờ ảnh 2' }).click();
    await page.getByRole('button', { name: 'Thêm vùng che' }).click();
    await expect.poll(() => main(page).textContent()).toContain('Đã thêm vùng che 1.');
    await checkScreen(page, 'blur, drawing a region');
    await page.getByRole('button', { name: 'Che và lưu ảnh' }).click();
    await expect
      .poll(() => main(page).textContent(), { timeout: 15_000 })
      .toContain('Đã che và lưu ảnh 2.');
    await continueButton(page);

    // The commune by hand (2025 units, no district), then the exact place.
    await heading(page, 'Vấn đề ở đâu?');
    await checkScreen(page, 'location');
    await page.getByRole('button', { name: 'Chọn xã, phường bằng tay' }).click();
    const where = field(page, 'Chọn nơi có vấn đề');
    await where.getByLabel('Tỉnh hoặc thành phố').fill('ha noi');
    await where.getByRole('button', { name: 'Thành phố Hà Nội', exact: true }).click();
    await where.getByLabel('Xã, phường hoặc đặc khu').fill('ba dinh');
    await where.getByRole('button', { name: 'Phường Ba Đình', exact: true }).click();
    await where.getByLabel('Số nhà, tên đường').fill('Trước số nhà 20 phố Đội Cấn');
    await checkScreen(page, 'location, chosen by hand');
    await continueButton(page);

    await hideNameAndPublish(page);
    await checkScreen(page, 'check answers');
    expect(await main(page).textContent()).toContain('1 ảnh đã che');
    await page.getByRole('button', { name: 'Gửi phản ánh', exact: true }).click();

    // The seeded report about the same pothole is found nearby: send a new one anyway.
    await heading(page, 'Có phản ánh tương tự đang được xử lý');
    await checkScreen(page, 'similar reports');
    await page.getByRole('button', { name: /^Không, gửi phản ánh mới/ }).click();
    await heading(page, 'Đã gửi phản ánh');
    const code = (await page.getByText(REPORT_CODE).first().textContent())?.trim() ?? '';
    expect(code).toMatch(REPORT_CODE);
    await checkScreen(page, 'sent');

    await page.getByRole('link', { name: 'Xem phản ánh của tôi' }).click();
    await heading(page, 'Phản ánh của tôi');
    const card = page.locator('li').filter({ hasText: code });
    await card.waitFor();
    expect(await card.textContent()).toContain('Đã gửi');
    await checkScreen(page, 'my reports');

    await card.getByRole('link').click();
    await heading(page, 'Hạ tầng giao thông');
    expect(await main(page).textContent()).toContain(code);
    await checkScreen(page, 'my report, sent');
    await page.getByRole('button', { name: 'Giả lập cơ quan trả lời ngay' }).click();
    await expect.poll(() => main(page).textContent()).toContain('Sở Xây dựng');
    await page.getByRole('heading', { name: 'Đánh giá câu trả lời' }).waitFor();
    await settled(page);
    await checkScreen(page, 'my report, answered');

    await field(page, 'Mức độ hài lòng với câu trả lời của cơ quan')
      .getByRole('radio', { name: 'Hài lòng', exact: true })
      .check();
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await expect.poll(() => main(page).textContent()).toContain('Cảm ơn đã đánh giá.');
    await field(page, 'Sau câu trả lời của cơ quan, vấn đề đã được giải quyết chưa?')
      .getByRole('radio', { name: 'Đã giải quyết', exact: true })
      .check();
    await page.getByRole('button', { name: 'Gửi xác nhận' }).click();
    await expect.poll(() => main(page).textContent()).toContain('Đã xác nhận vấn đề');
    await checkScreen(page, 'my report, rated and solved');

    // In public, answered, without the reporter's name (she chose "ẩn tên").
    await page.getByRole('button', { name: 'Quay lại danh sách phản ánh' }).click();
    await heading(page, 'Phản ánh của tôi');
    await page.getByRole('link', { name: 'Xem các phản ánh đã được trả lời' }).click();
    await heading(page, 'Phản ánh đã được trả lời');
    const mine = page.locator('li').filter({ hasText: code });
    await mine.getByRole('link').click();
    await heading(page, 'Hạ tầng giao thông');
    const shown = (await main(page).textContent()) ?? '';
    expect(shown).toContain(description);
    expect(shown).toContain('Sở Xây dựng');
    expect(shown).not.toContain('Nguyễn Thị Mẫu');
    expect(shown).not.toContain('sample-citizen-1');
    await checkScreen(page, 'public report, answered');
  });

  it('keeps a report made offline with the phone’s location, sends it once back online', async () => {
    const page = await harness.newPage();
    // Every URL the page asks for (the resource timing buffer is limited; this is not).
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    reportScreenOnFailure(page);
    await signIn(page, harness.baseUrl);
    await openForm(page);
    await chooseCategory(page, 'Chiếu sáng công cộng');
    const description = `Đèn đường trước cổng chợ Châu Long không sáng đã ba tối liền (thử ${Date.now()}).`;
    await describeProblem(page, description);
    await addPhotos(page, [await photo(page, 'den-duong.jpg', 'Cột đèn không sáng')]);
    await nothingToBlur(page);

    // The simulated Zalo grants a one-time location token; the backend gives the address.
    await heading(page, 'Vấn đề ở đâu?');
    await page.getByRole('button', { name: 'Dùng vị trí hiện tại' }).click();
    await expect
      .poll(() => main(page).textContent())
      .toContain('Phố Quán Thánh, Phường Ba Đình, Thành phố Hà Nội');
    await page.getByLabel(/^Ghi rõ thêm về địa điểm/).fill('Trước cổng chợ Châu Long');
    await checkScreen(page, 'location, from the phone');
    await continueButton(page);
    await hideNameAndPublish(page);

    // A citizen spends minutes on the form, and meanwhile the app fetches what the form leads
    // to ("Phản ánh của tôi") ahead, once the page has been quiet (src/components/
    // prefetch-screens.ts). The test is quicker than a citizen: it waits for that fetch.
    await expect
      .poll(() => requested.some((url) => url.includes('reports-mine')), { timeout: 30_000 })
      .toBe(true);

    // The network drops before sending: the report stays on the phone with its photo.
    await page.context().setOffline(true);
    await expect.poll(() => page.locator('body').textContent()).toContain('Đang mất mạng');
    await expect.poll(() => main(page).textContent()).toContain('Điện thoại đang mất mạng');
    await checkScreen(page, 'check answers, offline');
    await page.getByRole('button', { name: 'Gửi phản ánh', exact: true }).click();
    await heading(page, 'Phản ánh đang chờ gửi');
    await checkScreen(page, 'waiting to be sent');

    await page.goBack();
    await heading(page, 'Dịch vụ công của Tỉnh Mẫu, ngay trên Zalo');
    await page.getByRole('link', { name: /^Phản ánh của tôi/ }).click();
    await heading(page, 'Phản ánh của tôi');
    const waiting = page.getByRole('heading', { name: 'Phản ánh đang chờ gửi' });
    await waiting.waitFor();
    expect(await main(page).textContent()).toContain('Đang chờ gửi');
    await checkScreen(page, 'my reports, offline');

    // Back online: sent by the outbox, and listed exactly once.
    await page.context().setOffline(false);
    const card = page.locator('li').filter({ hasText: description.slice(0, 40) });
    await card.first().waitFor({ timeout: 15_000 });
    await waiting.waitFor({ state: 'detached' });
    await settled(page);
    expect(await card.count()).toBe(1);
    await checkScreen(page, 'my reports, sent after the network came back');

    // The sped-up agency receives it on its own within seconds; the open detail follows.
    await card.getByRole('link').click();
    await heading(page, 'Chiếu sáng công cộng');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'vừa được cập nhật' }).textContent(), {
        timeout: 20_000,
      })
      .toBe('Phản ánh vừa được cập nhật: Đã tiếp nhận.');
    expect(await main(page).textContent()).toContain('Phố Quán Thánh');
    await checkScreen(page, 'my report, received by the agency');
  });
});
