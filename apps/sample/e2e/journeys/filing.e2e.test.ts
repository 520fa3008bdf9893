// Filing "Đăng ký khai sinh" against the reference server (server-harness.ts: the server's dev
// launcher on a fresh SQLite file, the sample in server mode, Chromium), as a mother does it on
// her phone — issue 10's journeys 1, 2, 3 and 5:
//   1. sign in → consent → every page → check answers → send: the confirmation's code is a
//      Circular 01/2018 code, and the server holds exactly that dossier, with her answers;
//   2. the page reloaded, then the app closed and opened again, in the middle: the page and
//      what she typed come back, and the dossier sent afterwards has it all;
//   3. the network gone on the check page: the dossier waits on the phone, is sent when the
//      network is back, and the server holds exactly one;
//   5. journey 1 at 200 % text on a 360 × 740 phone: no sideways scrolling, no text cut off
//      (layout-check.ts defines both), axe clean, on every screen.
// Each journey names the child differently, so it finds its own dossier and only it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerBirthPages,
  answerFacility,
  BIRTH_REGISTRATION,
  birthAnswers,
  birthPages,
  HA_NOI_BA_DINH,
  type ScreenCheck,
} from '../birth-registration';
import {
  clickContinue,
  fillAddress,
  heading,
  reportScreenOnFailure,
  settled,
} from '../dossier-support';
import { axeViolations } from '../harness';
import { layoutProblems } from '../layout-check';
import { type ServerHarness, startServerHarness } from '../server-harness';
import {
  answerFrom,
  confirmationCode,
  declareAndSend,
  dossiersForChild,
  expectCircularCode,
  mainText,
  startBirthRegistration,
  watchRequests,
} from '../server-journey-support';

let harness: ServerHarness;
beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(async () => {
  await harness?.close();
});

/**
 * Journey 1, which journey 5 repeats at 200 % text: from the procedures list to the
 * confirmation and "Hồ sơ của tôi", checking what the server holds on the way.
 */
async function journeyOne(page: Page, childName: string, onScreen?: ScreenCheck) {
  await startBirthRegistration(page, harness, onScreen);
  await answerBirthPages(page, birthAnswers(childName), { onScreen });
  const text = await mainText(page);
  expect(text, 'the check page lists the child’s name').toContain(childName);
  expect(text, 'the check page lists the birth certificate').toContain('giay-chung-sinh.jpg');
  const sent = answerFrom(page, harness, '/dossier/dossiers', 'POST');
  await declareAndSend(page, onScreen);
  expect((await sent).status(), 'the server accepted the dossier').toBe(200);
  const code = await confirmationCode(page);
  await onScreen?.(`${BIRTH_REGISTRATION.title}: confirmation`);

  const dossier = expectExactlyThisDossier(childName, code);
  expectCircularCode(code, dossier?.submitted_ms ?? Number.NaN);
  const inbox = await harness.staff.api.dossiers();
  expect(
    inbox.items.map((d) => d.code),
    'the staff console lists the dossier',
  ).toContain(code);

  // "Xem hồ sơ của tôi": listed, from the server, with its status in plain words.
  await page.getByRole('link', { name: 'Xem hồ sơ của tôi' }).click();
  await heading(page, 'Hồ sơ của tôi');
  const card = page.locator('li').filter({ hasText: code });
  await card.waitFor();
  expect(await card.textContent(), '"Hồ sơ của tôi" shows the new dossier').toContain(
    'Đã nộp, chờ tiếp nhận',
  );
  await onScreen?.('my dossiers');
}

/** The server holds exactly one dossier for this child: this code, hers, with her answers. */
function expectExactlyThisDossier(childName: string, code: string) {
  const held = dossiersForChild(harness, childName);
  expect(
    held.map((d) => d.code),
    `the server holds exactly the dossier whose code the citizen was shown (${code})`,
  ).toEqual([code]);
  const [dossier] = held;
  if (!dossier) return;
  expect(dossier).toMatchObject({
    owner: 'sample-citizen-1',
    procedure_id: BIRTH_REGISTRATION.id,
    status: 1,
  });
  expect(dossier.answers).toMatchObject({
    applicantRelationship: 'me',
    childHometown: 'Xã Hòa An, Tỉnh Mẫu',
    birthFacility: 'Bệnh viện Đa khoa Tỉnh Mẫu',
    motherFullName: 'Nguyễn Thị Mẫu',
    fatherFullName: 'Trần Văn Hùng',
  });
  return dossier;
}

describe('filing a birth registration on the reference server', () => {
  it('journey 1: signs in, consents, files, and the server holds exactly the dossier whose code is shown', async () => {
    const page = await harness.newPage();
    reportScreenOnFailure(page);
    await journeyOne(page, 'Trần Minh Khang');
  });

  it('journey 2: the page and the answers come back after a reload and after the app is closed and opened again', async () => {
    const page = await harness.newPage();
    reportScreenOnFailure(page);
    const childName = 'Lê Bảo Ngọc';
    const answers = birthAnswers(childName);
    await startBirthRegistration(page, harness);
    const untilPlaceOfBirth = birthPages.findIndex((p) => p.heading === 'Nơi sinh của trẻ');
    for (const step of birthPages.slice(0, untilPlaceOfBirth)) {
      await heading(page, step.heading);
      await step.answer(page, answers);
      await clickContinue(page);
    }
    // In the middle of "Nơi sinh của trẻ": the hospital chosen, its name typed, then at once…
    await heading(page, 'Nơi sinh của trẻ');
    await answerFacility(page, answers);
    const url = page.url();
    expect(url, 'the page is in the address').toMatch(
      /\/thu-tuc\/dang-ky-khai-sinh\/noi-sinh\?ban-nhap=[^&]+$/,
    );
    const facility = (p: Page) => p.getByLabel('Tên cơ sở y tế', { exact: true });
    const hospital = (p: Page) =>
      p.getByRole('radio', { name: 'Tại bệnh viện, trạm y tế hoặc cơ sở y tế khác' });

    // …the page is reloaded (Zalo killed the app in the background, or the citizen pulled down).
    await page.reload();
    await heading(page, 'Nơi sinh của trẻ');
    expect(page.url(), 'after a reload, the same page of the same draft').toBe(url);
    await expect
      .poll(() => facility(page).inputValue(), {
        message: 'after a reload, the hospital’s name she typed is still there',
      })
      .toBe(answers.facility);
    expect(
      await hospital(page).isChecked(),
      'after a reload, “born in a hospital” is still chosen',
    ).toBe(true);

    // The app closed; opened again later on the same phone (same storage), at "Hồ sơ đang làm dở".
    const context = page.context();
    await page.close();
    const reopened = await context.newPage();
    reportScreenOnFailure(reopened);
    await reopened.goto(`${harness.sampleUrl}/ho-so-dang-lam`);
    await heading(reopened, 'Hồ sơ đang làm dở');
    await reopened
      .getByRole('button', { name: new RegExp(`^Làm tiếp ${BIRTH_REGISTRATION.title}`) })
      .click();
    await heading(reopened, 'Nơi sinh của trẻ');
    expect(reopened.url(), '“Làm tiếp” opens the page where she stopped, in the same draft').toBe(
      url,
    );
    await expect
      .poll(() => facility(reopened).inputValue(), {
        message: 'after reopening the app, the hospital’s name she typed is still there',
      })
      .toBe(answers.facility);

    // The same address opened directly (a link Zalo restores) comes back too.
    await reopened.goto(url);
    await heading(reopened, 'Nơi sinh của trẻ');
    expect(
      await facility(reopened).inputValue(),
      'the page opened from its address has her answers',
    ).toBe(answers.facility);
    expect(dossiersForChild(harness, childName), 'nothing is sent before she sends it').toEqual([]);

    // She carries on: the check page has everything typed before the reload and the reopening.
    await fillAddress(reopened, 'Xã, phường và tỉnh, thành phố nơi sinh', HA_NOI_BA_DINH);
    await clickContinue(reopened);
    await answerBirthPages(reopened, answers, { from: 'Thông tin của người mẹ' });
    const check = await mainText(reopened);
    for (const typed of [childName, answers.facility, 'Mẹ', '001 195 012 345'])
      expect(check, `the check page still shows “${typed}”, typed before the reload`).toContain(
        typed,
      );
    await declareAndSend(reopened);
    const code = await confirmationCode(reopened);
    expectExactlyThisDossier(childName, code);
  });

  it('journey 3: sent with no network, the dossier waits on the phone and reaches the server exactly once', async () => {
    const page = await harness.newPage();
    reportScreenOnFailure(page);
    const requests = watchRequests(page);
    const childName = 'Phạm Gia Huy';
    await startBirthRegistration(page, harness);
    await answerBirthPages(page, birthAnswers(childName));
    // She is on the check page, where the app has had time to fetch its screens' code (it
    // does so while idle): the signal goes once nothing is being fetched any more.
    await requests.quiet();
    await page.context().setOffline(true);
    await expect
      .poll(() => page.locator('body').textContent(), {
        message: 'the app says the phone is offline',
      })
      .toContain('Đang mất mạng');

    await declareAndSend(page);
    await heading(page, 'Hồ sơ đang chờ gửi');
    expect(await mainText(page), 'she is told it will go by itself').toContain(
      'sẽ tự gửi khi có mạng trở lại',
    );
    // Impatient, she taps "Thử gửi lại ngay" while still offline.
    await page.getByRole('button', { name: 'Thử gửi lại ngay' }).click();
    await settled(page);
    expect(
      dossiersForChild(harness, childName),
      'nothing reached the server while offline',
    ).toEqual([]);

    // The network comes back: the outbox sends it, and the confirmation shows its code.
    const sent = answerFrom(page, harness, '/dossier/dossiers', 'POST');
    await page.context().setOffline(false);
    expect((await sent).status(), 'the server accepted the waiting dossier').toBe(200);
    const code = await confirmationCode(page);

    // Opened again: nothing waits any more, and nothing is sent a second time.
    await page.reload();
    await heading(page, 'Đã gửi hồ sơ');
    await page.goto(`${harness.sampleUrl}/ho-so`);
    await heading(page, 'Hồ sơ của tôi');
    await page.locator('li').filter({ hasText: code }).waitFor();
    await requests.quiet();
    expectExactlyThisDossier(childName, code);
  });

  it('journey 5: the whole of journey 1 at 200 % text on a 360 × 740 phone: nothing scrolls sideways or is cut off, axe is clean', async () => {
    const page = await harness.newPage({ width: 360, height: 740 });
    reportScreenOnFailure(page);
    const checked: string[] = [];
    const checkScreen = async (screen: string) => {
      await settled(page);
      const where = `${screen} (200 % text, 360 × 740)`;
      expect(
        await page.evaluate(() => getComputedStyle(document.documentElement).fontSize),
        `${where}: the text is at the size she chose`,
      ).toBe('36px');
      expect(await layoutProblems(page), `${where}: what does not fit the screen`).toEqual([]);
      expect(await axeViolations(page), `${where}: axe (WCAG 2.2 AA)`).toEqual([]);
      checked.push(screen);
    };

    // Her own choice, in the app's settings: 200 % text, kept for every screen after.
    await page.goto(`${harness.sampleUrl}/cai-dat`);
    await heading(page, 'Cài đặt');
    await page.getByRole('radio', { name: /200/ }).check();
    await checkScreen('settings, 200 % chosen');

    await journeyOne(page, 'Đỗ Thanh Tâm', checkScreen);
    for (const screen of [
      'procedures list',
      'sign-in',
      'consent',
      `${BIRTH_REGISTRATION.title}: start page`,
      ...birthPages.map((p) => `${BIRTH_REGISTRATION.title}: ${p.heading}, answered`),
      `${BIRTH_REGISTRATION.title}: check answers`,
      `${BIRTH_REGISTRATION.title}: declaration, ticked`,
      `${BIRTH_REGISTRATION.title}: confirmation`,
      'my dossiers',
    ])
      expect(checked, 'every screen of journey 1 was checked').toContain(screen);
  });
});
