// An officer's day in the console, in real Chromium against the real server: sign in, open a
// dossier a citizen filed through the citizen API, ask for more documents, confirm one fee
// transfer and send another back, answer a report with a photo, read the ratings, sign out —
// with axe (WCAG 2.2 AA) and no sideways scrolling at 360 px, at 100 % and 200 % text, on
// every screen, and focus where the officer needs it.
import { photoBytes } from '@govmini/feedback/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDate, vietnamDay } from '../../src/services/time.ts';
import { STAFF_PASSWORD, STAFF_USERNAME } from '../../src/staff/testing.ts';
import {
  checkedScreens,
  checkScreen,
  focused,
  type Harness,
  heading,
  pageErrors,
  startHarness,
} from './harness.ts';

let harness: Harness;
let citizen: string;
let dossierCode: string;
let paidCode: string;
let declinedCode: string;
let feeAskedCode: string;
let reportId: string;
let reportCode: string;

beforeAll(async () => {
  harness = await startHarness();
  const { world } = harness;
  citizen = await world.citizen('cong-dan-1');
  // Something in every list: a rated dossier with a comment, a new dossier, a new report.
  const rated = await world.fileDossier(citizen);
  const officer = await world.login();
  const completed = await world.staff(
    officer,
    'POST',
    `/dossiers/${encodeURIComponent(rated.code)}/status`,
    { to: 9, resultNote: 'Giấy xác nhận số 12/2026, mời nhận tại Bộ phận Một cửa.' },
  );
  expect(completed.status).toBe(200);
  await world.dossiers.rate(citizen, rated.code, {
    level: 'unsatisfied',
    comment: 'Phải chờ lâu ở Bộ phận Một cửa.',
  });
  dossierCode = (await world.fileDossier(citizen)).code;
  // Two fees the citizen says were transferred: one the officer finds, one not.
  for (const which of ['declined', 'paid'] as const) {
    const { code } = await world.fileDossier(citizen);
    await world.dossiers.reportTransfer(citizen, code);
    if (which === 'paid') paidCode = code;
    else declinedCode = code;
  }
  // A fee the office asked for at status 6: confirmed in the payment panel, not the status form.
  feeAskedCode = (await world.fileDossier(citizen)).code;
  for (const change of [{ to: 2 }, { to: 6, amount: 35_000 }]) {
    const moved = await world.staff(
      officer,
      'POST',
      `/dossiers/${encodeURIComponent(feeAskedCode)}/status`,
      change,
    );
    expect(moved.status).toBe(200);
  }
  const report = await world.fileReport(citizen);
  reportId = report.id;
  reportCode = report.code;
}, 120_000);

afterAll(async () => {
  await harness?.close();
  console.info(`Checked ${checkedScreens.length} screen states:\n  ${checkedScreens.join('\n  ')}`);
});

const url = (path = '') => `${harness.world.url}/staff/${path}`;

async function signIn(page: Page) {
  await page.goto(url());
  await heading(page, 'Đăng nhập cán bộ');
  await page.getByLabel('Tên đăng nhập').fill(STAFF_USERNAME);
  await page.getByLabel('Mật khẩu').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await heading(page, 'Hồ sơ tiếp nhận');
  // The screen changed under the officer: the new heading has focus.
  await expect.poll(() => focused(page)).toEqual({ tag: 'h1', text: 'Hồ sơ tiếp nhận' });
}

describe('the staff console', () => {
  it('signs in: errors are summarised, linked and focused; a wrong password is said plainly', async () => {
    const page = await harness.newPage();
    await page.goto(url());
    await heading(page, 'Đăng nhập cán bộ');
    expect(await page.title()).toBe('Đăng nhập cán bộ – Cổng cán bộ');
    await checkScreen(page, 'login');

    // The first Tab reaches the skip link.
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Bỏ qua, đến nội dung chính');

    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Có vấn đề cần sửa' });
    await summary.waitFor();
    await expect.poll(async () => (await focused(page)).text).toContain('Có vấn đề cần sửa');
    expect(await summary.textContent()).toContain('Vui lòng nhập tên đăng nhập');
    expect(await summary.textContent()).toContain('Vui lòng nhập mật khẩu');
    await checkScreen(page, 'login with errors');
    // The summary's link takes the officer to the field.
    await summary.getByRole('link', { name: 'Vui lòng nhập mật khẩu' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-password');

    await page.getByLabel('Tên đăng nhập').fill(STAFF_USERNAME);
    await page.getByLabel('Mật khẩu').fill('mat-khau-sai');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect
      .poll(() => summary.textContent())
      .toContain('Tên đăng nhập hoặc mật khẩu không đúng');

    await page.getByLabel('Mật khẩu').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await heading(page, 'Hồ sơ tiếp nhận');
    await page.close();
  });

  it('opens a filed dossier and asks for more documents', async () => {
    const page = await harness.newPage();
    await signIn(page);
    await page.getByRole('link', { name: dossierCode }).waitFor();
    await checkScreen(page, 'dossiers');

    // Filters live in the URL.
    await page.getByLabel('Trạng thái').selectOption({ label: 'Mới đăng ký' });
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(() => page.url()).toContain('status=1');
    await page.getByRole('link', { name: dossierCode }).waitFor();
    await checkScreen(page, 'dossiers filtered');

    await page.getByRole('link', { name: dossierCode }).click();
    await heading(page, `Hồ sơ ${dossierCode}`);
    // After the navigation the heading has focus, as a page load puts a reader at the top.
    expect(await focused(page)).toEqual({ tag: 'h1', text: `Hồ sơ ${dossierCode}` });
    // Answers under the procedure's own questions.
    const answers = page.locator('section', {
      has: page.getByRole('heading', { name: 'Nội dung hồ sơ' }),
    });
    expect(await answers.textContent()).toContain('Họ và tên');
    expect(await answers.textContent()).toContain('Nguyễn Thị Hoa');
    expect(await answers.textContent()).toContain('Đăng ký kết hôn');
    // Only the moves allowed from "Mới đăng ký".
    const moves = page.getByRole('group', { name: 'Chọn thao tác' }).getByRole('radio');
    expect(await moves.count()).toBe(4);
    await checkScreen(page, 'dossier');

    await page.getByRole('radio', { name: 'Yêu cầu bổ sung giấy tờ' }).check();
    await page.getByRole('button', { name: 'Cập nhật trạng thái' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Có vấn đề cần sửa' });
    await summary.waitFor();
    await expect.poll(async () => (await focused(page)).text).toContain('Có vấn đề cần sửa');
    for (const message of [
      'Vui lòng nhập lý do cần bổ sung',
      'Vui lòng nhập ít nhất một giấy tờ cần bổ sung',
      'Vui lòng nhập hạn bổ sung',
    ]) {
      expect(await summary.textContent()).toContain(message);
    }
    await checkScreen(page, 'dossier with errors');

    const due = isoDate(vietnamDay(Date.now() + 7 * 86_400_000));
    await page.getByLabel('Lý do cần bổ sung').fill('Thiếu giấy tờ chứng minh nơi cư trú.');
    await page
      .getByLabel('Giấy tờ cần bổ sung')
      .fill('Bản sao sổ hộ khẩu\nGiấy xác nhận thông tin về cư trú');
    await page.getByLabel('Hạn bổ sung').fill(due);
    await page.getByRole('button', { name: 'Cập nhật trạng thái' }).click();
    const done = page.getByText('Đã chuyển hồ sơ sang trạng thái “Yêu cầu bổ sung giấy tờ”.');
    await done.waitFor();
    await expect.poll(async () => (await focused(page)).text).toContain('Đã chuyển hồ sơ');
    // From here the dossier waits for the citizen: only stopping is left.
    expect(await moves.count()).toBe(1);
    await checkScreen(page, 'dossier after the change');

    const mine = await harness.world.dossiers.get(citizen, dossierCode);
    expect(mine.status).toBe(5);
    expect(mine.supplementRequest).toMatchObject({
      reason: 'Thiếu giấy tờ chứng minh nơi cư trú.',
      documents: ['Bản sao sổ hộ khẩu', 'Giấy xác nhận thông tin về cư trú'],
      dueDate: due,
    });
    await page.close();
  });

  it('confirms a transfer found on the statement, and sends back one that is not', async () => {
    const page = await harness.newPage();
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.world.url });
    await signIn(page);
    await page.getByRole('link', { name: 'Xem hồ sơ chờ xác nhận thanh toán' }).click();
    await expect.poll(() => page.url()).toContain('payment=pending_confirmation');
    const card = page.getByRole('listitem').filter({ hasText: paidCode });
    await card.getByText('Chờ xác nhận thanh toán').waitFor();
    expect(await page.getByRole('link', { name: dossierCode }).count()).toBe(0);
    expect(await page.getByLabel('Thanh toán').inputValue()).toBe('pending_confirmation');
    await checkScreen(page, 'dossiers with a payment to confirm');

    await card.getByRole('link', { name: paidCode }).click();
    await heading(page, `Hồ sơ ${paidCode}`);
    const panel = page.locator('section', {
      has: page.getByRole('heading', { name: 'Thanh toán', exact: true }),
    });
    const { payment } = await harness.world.dossiers.get(citizen, paidCode);
    const content = payment?.transferContent ?? '??';
    for (const text of [
      'Chờ xác nhận thanh toán',
      '15.000 đồng',
      'Bằng chữ: Mười lăm nghìn đồng',
      'Vietcombank – số tài khoản 0011001234567 – UBND XA MAU SON',
      'Công dân báo đã chuyển lúc',
      content,
    ]) {
      expect(await panel.textContent(), text).toContain(text);
    }
    // Confirming the fee is the panel's; the status form does not offer it twice.
    await checkScreen(page, 'dossier with a payment to confirm');

    await panel.getByRole('button', { name: 'Sao chép nội dung chuyển khoản' }).click();
    await panel.getByText('Đã sao chép nội dung chuyển khoản.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(content);

    await panel.getByRole('button', { name: 'Xác nhận đã nhận tiền' }).click();
    // One more look before money is marked received: the check has focus.
    await expect.poll(async () => (await focused(page)).text).toContain('Chỉ xác nhận khi');
    await checkScreen(page, 'payment confirmation check');
    await panel.getByRole('button', { name: 'Đúng, đã nhận tiền' }).click();
    await panel.getByText('Đã xác nhận nhận tiền.').waitFor();
    await expect.poll(async () => (await focused(page)).text).toContain('Đã xác nhận nhận tiền');
    await panel.getByText('Đã thanh toán', { exact: true }).waitFor();
    expect(await panel.getByRole('button', { name: 'Xác nhận đã nhận tiền' }).count()).toBe(0);
    await checkScreen(page, 'dossier paid');
    expect((await harness.world.dossiers.get(citizen, paidCode)).payment?.status).toBe('paid');

    await page.goto(url(`dossiers/${encodeURIComponent(declinedCode)}`));
    await heading(page, `Hồ sơ ${declinedCode}`);
    await panel.getByRole('button', { name: 'Chưa nhận được tiền' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('payment-reason');
    await panel.getByRole('button', { name: 'Gửi cho công dân' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Có vấn đề cần sửa' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Vui lòng nhập lý do chưa nhận được tiền');
    await checkScreen(page, 'sending a transfer back, with errors');
    const reason = 'Chưa thấy khoản 15.000 đồng trên sao kê ngày hôm nay. Vui lòng kiểm tra lại.';
    await page.getByLabel('Lý do chưa nhận được tiền').fill(reason);
    await panel.getByRole('button', { name: 'Gửi cho công dân' }).click();
    await panel.getByText('Đã báo công dân chưa nhận được tiền.').waitFor();
    await panel.getByText(reason).waitFor();
    await checkScreen(page, 'transfer sent back');
    expect((await harness.world.dossiers.get(citizen, declinedCode)).payment).toMatchObject({
      status: 'unpaid',
      note: reason,
    });

    // At status 6 the fee is confirmed in the panel only; the status form leaves stopping.
    await page.goto(url(`dossiers/${encodeURIComponent(feeAskedCode)}`));
    await heading(page, `Hồ sơ ${feeAskedCode}`);
    expect(await panel.textContent()).toContain('35.000 đồng');
    const moves = page.getByRole('group', { name: 'Chọn thao tác' }).getByRole('radio');
    expect(await moves.count()).toBe(1);
    await page.getByText('vui lòng xác nhận ở mục “Thanh toán” phía trên').waitFor();
    await panel.getByRole('button', { name: 'Xác nhận đã nhận tiền' }).click();
    await panel.getByRole('button', { name: 'Đúng, đã nhận tiền' }).click();
    await panel.getByText('Đã xác nhận nhận tiền.').waitFor();
    await expect
      .poll(() => page.locator('.gm-status-tag').first().textContent())
      .toBe('Đang xử lý');
    expect((await harness.world.dossiers.get(citizen, feeAskedCode)).status).toBe(4);

    // A fee of 0 đồng is not a fee: status 6 would tell the citizen to pay. Said on the field.
    await page.getByRole('radio', { name: 'Yêu cầu nộp phí, lệ phí' }).check();
    const amount = page.getByLabel('Số tiền phí, lệ phí (đồng)');
    await amount.fill('0');
    await page.getByRole('button', { name: 'Cập nhật trạng thái' }).click();
    const tooSmall = 'Số tiền phải lớn hơn 0 đồng.';
    const feeErrors = page.getByRole('alert').filter({ hasText: 'Có vấn đề cần sửa' });
    await feeErrors.waitFor();
    expect(await feeErrors.textContent()).toContain(tooSmall);
    // The field itself says it too, read out with it (aria-describedby → its error).
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    const fieldId = await amount.getAttribute('id');
    expect(await amount.getAttribute('aria-describedby')).toContain(`${fieldId}-error`);
    expect(await page.locator(`[id="${fieldId}-error"]`).textContent()).toContain(tooSmall);
    await checkScreen(page, 'fee of 0 đồng refused');
    expect((await harness.world.dossiers.get(citizen, feeAskedCode)).status).toBe(4);
    await amount.fill('20.000');
    await page.getByRole('button', { name: 'Cập nhật trạng thái' }).click();
    await page
      .getByText('Đã chuyển hồ sơ sang trạng thái “Yêu cầu thực hiện nghĩa vụ tài chính”.')
      .waitFor();
    expect((await harness.world.dossiers.get(citizen, feeAskedCode)).feeAmount).toBe(20_000);
    await page.close();
  });

  it('answers a report with a photo', async () => {
    const page = await harness.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Phản ánh, kiến nghị' }).click();
    await heading(page, 'Phản ánh, kiến nghị');
    await page.getByRole('link', { name: reportCode }).waitFor();
    await checkScreen(page, 'reports');
    await page.getByRole('link', { name: reportCode }).click();
    await heading(page, `Phản ánh ${reportCode}`);
    await checkScreen(page, 'report');

    await page.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Có vấn đề cần sửa' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Vui lòng nhập nội dung trả lời');
    await checkScreen(page, 'report with errors');

    const text = 'UBND phường đã vá ổ gà ngày 28/11. Cảm ơn ông bà đã phản ánh.';
    await page.getByLabel('Nội dung trả lời').fill(text);
    await page.getByLabel('Ảnh kèm theo').setInputFiles({
      name: 'sau-khi-sua.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from(photoBytes('jpeg', 4096)),
    });
    await page.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await page.getByText('Đã gửi câu trả lời.').waitFor();
    await expect.poll(async () => (await focused(page)).text).toContain('Đã gửi câu trả lời.');
    await page.getByRole('img', { name: 'Ảnh 1 kèm câu trả lời' }).waitFor();
    await checkScreen(page, 'report answered');

    const mine = await harness.world.feedback.getMine(citizen, reportId);
    expect(mine.status).toBe('answered');
    expect(mine.answer?.text).toBe(text);
    expect(mine.answer?.attachments).toHaveLength(1);
    await page.close();
  });

  it('shows the ratings, switches language and text size, and signs out', async () => {
    const page = await harness.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Đánh giá' }).click();
    await heading(page, 'Đánh giá mức độ hài lòng');
    const dossiers = page.getByRole('table', { name: /Hồ sơ thủ tục hành chính/ });
    // The table comes after the heading (its own request): wait for it, then count.
    await dossiers.getByRole('row', { name: /Không hài lòng 1/ }).waitFor();
    expect(await dossiers.getByRole('row', { name: /Không hài lòng 1/ }).count()).toBe(1);
    await page.getByText('Phải chờ lâu ở Bộ phận Một cửa.').waitFor();
    await checkScreen(page, 'ratings');

    await page.getByText('Hiển thị và ngôn ngữ').click();
    await checkScreen(page, 'ratings with display settings open');
    await page.getByRole('radio', { name: 'English' }).check();
    await heading(page, 'Satisfaction ratings');
    await checkScreen(page, 'ratings in English');
    await page.getByRole('radio', { name: 'Tiếng Việt' }).check();
    await heading(page, 'Đánh giá mức độ hài lòng');
    await page.getByRole('radio', { name: /200/ }).check();
    await expect
      .poll(() =>
        page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize)),
      )
      .toBe(36);
    await checkScreen(page, 'ratings at the officer’s 200 %');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await heading(page, 'Đăng nhập cán bộ');
    await expect.poll(() => focused(page)).toEqual({ tag: 'h1', text: 'Đăng nhập cán bộ' });
    // The session is gone on the server: reloading does not sign back in.
    await page.reload();
    await heading(page, 'Đăng nhập cán bộ');
    await page.close();
  });

  it('checked every screen at both text sizes, with no script error or CSP violation', () => {
    expect(pageErrors).toEqual([]);
    for (const screen of [
      'login',
      'dossiers',
      'dossier',
      'dossier with a payment to confirm',
      'reports',
      'report',
      'ratings',
    ]) {
      expect(checkedScreens).toContain(`${screen} at 100 % text`);
      expect(checkedScreens).toContain(`${screen} at 200 % text`);
    }
  });
});
