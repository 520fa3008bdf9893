// "Hướng dẫn" (static how-to pages) and "Trợ giúp" (the province's hotline and contacts): found
// from the home page and the header, each page with headings and real lists, axe clean and
// without sideways scrolling at 100 % and 200 % text on a 360 px phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScreen, heading } from './dossier-support';
import { type Harness, startHarness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

// Where each guide's "Làm ngay" link leads (signed out: the sign-in comes first).
const guides = [
  {
    title: 'Cách nộp hồ sơ trực tuyến',
    action: 'Chọn thủ tục để nộp',
    lands: 'Thủ tục hành chính',
  },
  { title: 'Cách tra cứu hồ sơ', action: 'Tra cứu bằng mã hồ sơ', lands: 'Tra cứu hồ sơ' },
  { title: 'Cách gửi phản ánh', action: 'Gửi phản ánh', lands: 'Đăng nhập' },
  { title: 'Trạng thái hồ sơ nghĩa là gì', action: 'Xem hồ sơ của tôi', lands: 'Đăng nhập' },
  { title: 'Cách làm chữ to hơn, dễ đọc hơn', action: 'Mở Cài đặt', lands: 'Cài đặt' },
];
/** A heading's whole text: "Tra cứu hồ sơ" is not "Cách tra cứu hồ sơ". */
const exactly = (text: string) => new RegExp(`^${text}$`);

describe('guides', () => {
  it('lists the how-to pages, each with headings, lists and a way to do the task', async () => {
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    await page.getByRole('link', { name: 'Hướng dẫn', exact: true }).click();
    await heading(page, 'Hướng dẫn sử dụng');
    await checkScreen(page, 'guides');
    const links = page.locator('main .gm-service-card__title');
    expect(await links.allTextContents()).toEqual(guides.map((g) => g.title));

    for (const guide of guides) {
      await page.getByRole('link', { name: new RegExp(`^${guide.title}`) }).click();
      await heading(page, exactly(guide.title));
      // A lead, then parts with their own headings, and steps or points as real lists.
      expect(await page.locator('main h2').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('main ol > li, main ul > li').count()).toBeGreaterThan(3);
      await checkScreen(page, `guide “${guide.title}”`);
      await page.getByRole('link', { name: guide.action, exact: true }).click();
      await heading(page, exactly(guide.lands));
      await page.goBack();
      await heading(page, exactly(guide.title));
      await page.goBack();
      await heading(page, exactly('Hướng dẫn sử dụng'));
    }
  });

  it('explains the ten dossier statuses in the words the citizen meets elsewhere', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.baseUrl}/huong-dan/trang-thai-ho-so`);
    await heading(page, 'Trạng thái hồ sơ nghĩa là gì');
    const statuses = page.locator('.gm-guide-statuses > li');
    expect(await statuses.count()).toBe(10);
    expect(await statuses.nth(4).textContent()).toContain('Cần bổ sung giấy tờ');
  });

  it('says plainly when a guide does not exist', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.baseUrl}/huong-dan/khong-co`);
    await heading(page, 'Không tìm thấy hướng dẫn này');
    await page.getByRole('link', { name: 'Xem tất cả hướng dẫn' }).click();
    await heading(page, 'Hướng dẫn sử dụng');
  });
});

describe('help', () => {
  it('is one tap away in the header and gives the hotline, hours, e-mail and office', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.baseUrl}/tra-cuu`);
    await heading(page, 'Tra cứu hồ sơ');
    await page.getByRole('link', { name: 'Trợ giúp', exact: true }).click();
    await heading(page, 'Trợ giúp');
    // No link to the page itself in its own header.
    expect(await page.getByRole('link', { name: 'Trợ giúp', exact: true }).count()).toBe(0);
    const call = page.getByRole('link', { name: 'Gọi 1900 0000' });
    expect(await call.getAttribute('href')).toBe('tel:19000000');
    const mail = page.getByRole('link', { name: /motcua@tinhmau\.example/ });
    expect(await mail.getAttribute('href')).toBe('mailto:motcua@tinhmau.example');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('dữ liệu mẫu'); // Tỉnh Mẫu is fictional, and the page says so
    expect(main).toContain('Thứ Hai đến Thứ Sáu: sáng 7:30 – 11:30, chiều 13:00 – 17:00');
    expect(main).toContain('Trung tâm Phục vụ hành chính công Tỉnh Mẫu');
    await checkScreen(page, 'help');
    await page.getByRole('link', { name: 'Xem hướng dẫn sử dụng' }).click();
    await heading(page, 'Hướng dẫn sử dụng');
  });

  it('when its code cannot be fetched, says so in plain words and opens after “Thử lại”', async () => {
    const page = await harness.newPage();
    // The network drops exactly the help page's code (prefetching it fails too).
    const helpCode = /\/src\/pages\/help\.tsx/;
    await page.route(helpCode, (route) => route.abort('internetdisconnected'));
    await page.goto(harness.baseUrl);
    await heading(page, 'Dịch vụ công của Tỉnh Mẫu, ngay trên Zalo');
    await page.getByRole('link', { name: 'Trợ giúp', exact: true }).first().click();
    await heading(page, 'Chưa mở được trang này');
    expect(await page.locator('main').textContent()).toContain('Những gì đã nhập vẫn được giữ lại');
    await checkScreen(page, 'a screen that could not be fetched');
    await page.unroute(helpCode);
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await heading(page, 'Trợ giúp');
  });
});
