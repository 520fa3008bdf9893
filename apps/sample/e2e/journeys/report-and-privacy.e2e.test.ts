// What other people see of a citizen, against the reference server (server-harness.ts) —
// issue 10's journeys 4 and 6:
//   4. a report with a photo, the name hidden and the report published; an officer answers it
//      in the staff console (its real UI at /staff, in Chromium); the citizen opens it again,
//      reads the answer and rates it; on someone else's phone the public list shows it with the
//      answer and without the reporter's name, phone number or Zalo id — in the page and in
//      the public API's answers;
//   6. the second simulated citizen cannot open the first one's dossier, neither by its
//      address nor by its code: the lookup gives the status and nothing personal.
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerBirthPages, BIRTH_REGISTRATION, birthAnswers } from '../birth-registration';
import { field, heading, photo, reportScreenOnFailure, settled } from '../dossier-support';
import {
  addPhotos,
  chooseCategory,
  describeProblem,
  hideNameAndPublish,
  nothingToBlur,
  REPORT_CODE,
  usePhoneLocation,
} from '../report-form';
import { type ServerHarness, startServerHarness } from '../server-harness';
import {
  answerFrom,
  confirmationCode,
  declareAndSend,
  mainText,
  signInHere,
  startBirthRegistration,
} from '../server-journey-support';

let harness: ServerHarness;
beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Everything that could tell who the first simulated citizen is. */
const FIRST_CITIZEN = {
  name: 'Nguyễn Thị Mẫu',
  zaloId: 'sample-citizen-1',
  phones: ['+84900000001', '84900000001', '0900000001', '0900 000 001', '090 000 0001'],
};
const identityIn = (text: string) =>
  [FIRST_CITIZEN.name, FIRST_CITIZEN.zaloId, ...FIRST_CITIZEN.phones].filter((t) =>
    text.includes(t),
  );

/** "Thêm số điện thoại" on the account page, through Zalo's one-time token and the server. */
async function shareZaloPhone(page: Page) {
  await page.goto(`${harness.sampleUrl}/tai-khoan`);
  await signInHere(page, harness);
  await heading(page, 'Tài khoản');
  const exchanged = answerFrom(page, harness, '/auth/phone', 'POST');
  await page.getByRole('button', { name: 'Thêm số điện thoại' }).click();
  await page.getByRole('button', { name: 'Tiếp tục' }).first().click();
  expect((await exchanged).status(), 'the server took the phone number from Zalo').toBe(200);
}

/** The officer, at the staff console in a browser of their own: answers the report. */
async function answerInStaffConsole(code: string, answer: string) {
  const context = await harness.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
  });
  const page = await context.newPage();
  reportScreenOnFailure(page);
  const consoleHeading = (name: string) =>
    page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  await page.goto(harness.staffUrl);
  await consoleHeading('Đăng nhập cán bộ');
  await page.getByLabel('Tên đăng nhập').fill(harness.staff.username);
  await page.getByLabel('Mật khẩu').fill(harness.staff.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await consoleHeading('Hồ sơ tiếp nhận');
  await page.getByRole('link', { name: 'Phản ánh, kiến nghị' }).click();
  await consoleHeading('Phản ánh, kiến nghị');
  await page.getByRole('link', { name: code }).click();
  await consoleHeading(`Phản ánh ${code}`);
  // The officer sees the citizen's photo (served to the console through its own session).
  const sentPhoto = page.getByRole('img', { name: `Ảnh 1 của phản ánh ${code}` });
  await sentPhoto.waitFor();
  await expect
    .poll(() => sentPhoto.evaluate((img) => (img as HTMLImageElement).naturalWidth), {
      message: 'the staff console shows the photo the citizen sent',
    })
    .toBeGreaterThan(0);
  await page.getByLabel('Nội dung trả lời').fill(answer);
  await page.getByRole('button', { name: 'Gửi câu trả lời' }).click();
  await page.getByText('Đã gửi câu trả lời.').waitFor();
  // Closed only once done: on a failure, its screen goes to the log (reportScreenOnFailure).
  await context.close();
}

/**
 * The bodies of every answer from the public feedback API while `during` runs (which waits for
 * what they show, so they have all arrived).
 */
async function publicAnswers(page: Page, during: () => Promise<void>) {
  const seen: Promise<{ path: string; body: string }>[] = [];
  const collect = (response: Response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/api/feedback/public/'))
      seen.push(response.text().then((body) => ({ path: url.pathname, body })));
  };
  page.on('response', collect);
  try {
    await during();
  } finally {
    page.off('response', collect);
  }
  return Promise.all(seen);
}

describe('what others see of a citizen, on the reference server', () => {
  it('journey 4: a report with a photo is answered in the staff console, rated, and public without who sent it', async () => {
    const page = await harness.newPage();
    reportScreenOnFailure(page);
    // The server knows her name (from Zalo at sign-in) and, once shared, her phone number:
    // what must never be published.
    await shareZaloPhone(page);
    expect(
      harness.query('select name, phone from citizens where zalo_id = ?', FIRST_CITIZEN.zaloId),
    ).toEqual([{ name: FIRST_CITIZEN.name, phone: '+84900000001' }]);

    await page.goto(`${harness.sampleUrl}/phan-anh/gui`);
    await chooseCategory(page, 'Hạ tầng giao thông');
    const description = `Mặt đường phố Đội Cấn trước số nhà 20 có ổ gà lớn, sâu khoảng 20 cm (lần ${Date.now()}).`;
    await describeProblem(page, description);
    await addPhotos(page, [await photo(page, 'o-ga.jpg', 'Ổ gà phố Đội Cấn')]);
    await nothingToBlur(page);
    await usePhoneLocation(page, 'Trước số nhà 20 phố Đội Cấn');
    await hideNameAndPublish(page);
    const sent = answerFrom(page, harness, '/feedback/reports', 'POST');
    await page.getByRole('button', { name: 'Gửi phản ánh', exact: true }).click();
    expect((await sent).status(), 'the server accepted the report').toBeLessThan(300);
    await heading(page, 'Đã gửi phản ánh');
    const code = (await page.getByText(REPORT_CODE).first().textContent())?.trim() ?? '';
    expect(code, '"Đã gửi phản ánh" shows the report’s code').toMatch(REPORT_CODE);
    const [stored] = harness.query<{
      id: string;
      reporter: string;
      reporter_name: string | null;
      show_name: number;
      publish: number;
      photos: string;
    }>(
      'select id, reporter, reporter_name, show_name, publish, photos from reports where code = ?',
      code,
    );
    expect(stored, `the server holds report ${code}`).toMatchObject({
      reporter: FIRST_CITIZEN.zaloId,
      show_name: 0,
      publish: 1,
    });
    expect(JSON.parse(stored?.photos ?? '[]'), 'the server holds its photo').toHaveLength(1);
    const id = stored?.id ?? '';

    // An officer answers it in the staff console.
    const answer = `Sở Xây dựng đã vá ổ gà trước số nhà 20 phố Đội Cấn (${code}). Cảm ơn bà đã phản ánh.`;
    await answerInStaffConsole(code, answer);

    // Nothing is pushed to the phone: she opens the report again and reads the answer.
    await page.goto(`${harness.sampleUrl}/phan-anh/cua-toi`);
    await heading(page, 'Phản ánh của tôi');
    const card = page.locator('li').filter({ hasText: code });
    await card.getByRole('link').click();
    await heading(page, 'Hạ tầng giao thông');
    await page.getByRole('heading', { name: 'Câu trả lời của cơ quan' }).waitFor();
    expect(await mainText(page), 'she reads the officer’s answer').toContain(answer);

    // She rates it.
    await page.getByRole('heading', { name: 'Đánh giá câu trả lời' }).waitFor();
    await settled(page);
    const rated = answerFrom(page, harness, `/feedback/reports/${id}/rating`, 'POST');
    await field(page, 'Mức độ hài lòng với câu trả lời của cơ quan')
      .getByRole('radio', { name: 'Hài lòng', exact: true })
      .check();
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    expect((await rated).status(), 'the server took her rating').toBeLessThan(300);
    await expect
      .poll(() => mainText(page), { message: 'she is thanked for rating' })
      .toContain('Cảm ơn đã đánh giá.');
    expect(
      harness.query(
        "select level from ratings where subject_kind = 'report' and subject_id = ? and citizen = ?",
        id,
        FIRST_CITIZEN.zaloId,
      ),
      'the server holds her rating',
    ).toHaveLength(1);

    // On someone else's phone, signed out: the public list, then the report.
    const visitor = await harness.newPage({ citizen: 'sample-citizen-2' });
    reportScreenOnFailure(visitor);
    const fromList = await publicAnswers(visitor, async () => {
      await visitor.goto(`${harness.sampleUrl}/phan-anh`);
      await heading(visitor, 'Phản ánh đã được trả lời');
      await visitor.locator('li').filter({ hasText: code }).waitFor();
    });
    const listed = visitor.locator('li').filter({ hasText: code });
    expect(await listed.textContent(), 'the public list shows the report').toContain('Đội Cấn');
    expect(identityIn(await mainText(visitor)), 'who sent it, on the public list').toEqual([]);

    const fromDetail = await publicAnswers(visitor, async () => {
      await listed.getByRole('link').click();
      await heading(visitor, 'Hạ tầng giao thông');
      await visitor.getByText(answer).waitFor();
    });
    const shown = await mainText(visitor);
    expect(shown, 'the public report shows what she described').toContain(description);
    expect(identityIn(shown), 'who sent it, on the public report').toEqual([]);
    const everything = await visitor.content();
    expect(identityIn(everything), 'who sent it, anywhere in the page’s HTML').toEqual([]);
    const publicPhoto = visitor.locator('main img').first();
    await expect
      .poll(() => publicPhoto.evaluate((img) => (img as HTMLImageElement).naturalWidth), {
        message: 'the published report shows its photo',
      })
      .toBeGreaterThan(0);

    // What the public API answered: the report (so these are the right answers), not her.
    const bodies = [...fromList, ...fromDetail];
    expect(
      bodies.map((b) => b.path),
      'the public pages asked the public API for the list and the report',
    ).toEqual(
      expect.arrayContaining(['/api/feedback/public/search', `/api/feedback/public/reports/${id}`]),
    );
    for (const { path, body } of bodies) {
      if (path === `/api/feedback/public/reports/${id}`)
        expect(body, `${path} answers the report`).toContain(code);
      expect(identityIn(body), `who sent it, in the answer of ${path}`).toEqual([]);
    }
  });

  it('journey 6: the second citizen cannot open the first citizen’s dossier, by its address or by its code', async () => {
    // The first citizen files a birth registration.
    const mother = await harness.newPage();
    reportScreenOnFailure(mother);
    const childName = 'Vũ Hải Đăng';
    await startBirthRegistration(mother, harness);
    await answerBirthPages(mother, birthAnswers(childName));
    await declareAndSend(mother);
    const code = await confirmationCode(mother);
    const dossierUrl = `${harness.sampleUrl}/ho-so/${encodeURIComponent(code)}`;
    // Her own dossier opens at that address (so the address is right).
    const own = answerFrom(mother, harness, `/dossier/dossiers/${encodeURIComponent(code)}`);
    await mother.goto(dossierUrl);
    expect((await own).status(), 'the owner’s dossier opens for her').toBe(200);
    await mother.getByText(code).first().waitFor();
    expect(await mainText(mother), 'the owner sees her dossier').toContain(
      BIRTH_REGISTRATION.title,
    );
    const personal = [
      childName,
      'Nguyễn Thị Mẫu',
      'Trần Văn Hùng',
      '001195012345',
      '001 195 012 345',
    ];
    const personalIn = (text: string) => personal.filter((p) => text.includes(p));

    // The second citizen, Trần Văn Thử, on his own phone, signs in at the same address.
    const other = await harness.newPage({ citizen: 'sample-citizen-2' });
    reportScreenOnFailure(other);
    const refused = answerFrom(other, harness, `/dossier/dossiers/${encodeURIComponent(code)}`);
    await other.goto(dossierUrl);
    await signInHere(other, harness);
    expect(
      harness.query('select name from citizens where zalo_id = ?', 'sample-citizen-2'),
      'the second citizen is signed in as himself',
    ).toEqual([{ name: 'Trần Văn Thử' }]);
    expect((await refused).status(), 'the server refuses him another citizen’s dossier').toBe(404);
    await heading(other, 'Không tìm thấy hồ sơ');
    expect(personalIn(await mainText(other)), 'the first citizen’s details on his screen').toEqual(
      [],
    );

    // Nor is it among his dossiers: he has none.
    await other.goto(`${harness.sampleUrl}/ho-so`);
    await heading(other, 'Hồ sơ của tôi');
    await other.getByText('Chưa có hồ sơ nào').waitFor();
    expect(await mainText(other), '"Hồ sơ của tôi" of the second citizen').not.toContain(code);

    // By its code: the lookup tells the status, and nothing personal.
    const looked = answerFrom(other, harness, '/dossier/lookup', 'POST');
    await other.goto(`${harness.sampleUrl}/tra-cuu?ma=${encodeURIComponent(code)}`);
    await heading(other, 'Tra cứu hồ sơ');
    await other.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    const lookup = await looked;
    expect(lookup.status(), 'the lookup finds the code').toBe(200);
    const result = other.locator('.gm-dossier-lookup__result');
    await result.waitFor();
    const shown = (await result.textContent()) ?? '';
    expect(shown, 'the lookup shows the code').toContain(code);
    expect(shown, 'the lookup shows the status').toContain('Đã nộp, chờ tiếp nhận');
    expect(shown, 'the lookup says it shows the status only').toContain(
      'Tra cứu chỉ cho biết tình trạng hồ sơ',
    );
    expect(personalIn(await mainText(other)), 'the first citizen’s details in the lookup').toEqual(
      [],
    );
    expect(
      personalIn(await lookup.text()),
      'the first citizen’s details in the lookup’s answer',
    ).toEqual([]);
    // Its way to the details ("Xem hồ sơ của tôi") leads to his own dossiers, not this one.
    await other.getByRole('link', { name: /hồ sơ của tôi/i }).click();
    await heading(other, 'Hồ sơ của tôi');
    await other.getByText('Chưa có hồ sơ nào').waitFor();
    expect(await mainText(other), 'after the lookup, "Hồ sơ của tôi"').not.toContain(code);
  });
});
