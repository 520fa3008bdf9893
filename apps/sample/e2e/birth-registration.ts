// "Đăng ký khai sinh" (the example procedure `dang-ky-khai-sinh`) answered page by page as the
// first simulated citizen, Nguyễn Thị Mẫu, registers her child: the pages as data, so that a
// journey can stop in the middle of one (a reload, the app closed), check every screen on the
// way (axe, large text), or run them all. The child's name is the journey's own, so that each
// journey can find its dossier, and only its dossier, in the server's database.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  choose,
  clickContinue,
  field,
  fillAddress,
  fillDate,
  heading,
  isoDaysFromToday,
  photo,
} from './dossier-support';

export const BIRTH_REGISTRATION = {
  id: 'dang-ky-khai-sinh',
  title: 'Đăng ký khai sinh',
} as const;

export const HA_NOI_BA_DINH = {
  province: 'ha noi',
  provinceName: 'Thành phố Hà Nội',
  commune: 'ba dinh',
  communeName: 'Phường Ba Đình',
};

/** What the mother types; `childName` is the journey's own. */
export interface BirthAnswers {
  readonly childName: string;
  readonly childHometown: string;
  readonly facility: string;
  readonly motherCccd: string;
  readonly phone: string;
}

export function birthAnswers(childName: string): BirthAnswers {
  return {
    childName,
    childHometown: 'Xã Hòa An, Tỉnh Mẫu',
    facility: 'Bệnh viện Đa khoa Tỉnh Mẫu',
    motherCccd: '001195012345',
    phone: '0912345678',
  };
}

export interface BirthPage {
  /** The page's <h1>. */
  readonly heading: string;
  /** Its path segment under /thu-tuc/dang-ky-khai-sinh/. */
  readonly segment: string;
  readonly answer: (page: Page, answers: BirthAnswers) => Promise<void>;
}

/** The question pages, in order, up to (not including) "Cách nhận kết quả". */
export const birthPages: readonly BirthPage[] = [
  {
    heading: 'Người đi đăng ký khai sinh',
    segment: 'nguoi-yeu-cau',
    async answer(page, a) {
      await choose(page, 'Quan hệ với trẻ', 'Mẹ');
      await page.getByLabel('Số căn cước của người đi đăng ký', { exact: true }).fill(a.motherCccd);
      // Once she has shared it through Zalo, her number comes from her account instead.
      const phone = page.getByLabel('Số điện thoại di động', { exact: true });
      if (await phone.count()) await phone.fill(a.phone);
    },
  },
  {
    heading: 'Thông tin của trẻ',
    segment: 'tre-em',
    async answer(page, a) {
      await page.getByLabel('Họ, chữ đệm và tên của trẻ', { exact: true }).fill(a.childName);
      await choose(page, 'Giới tính của trẻ', 'Nam');
      await fillDate(page, 'Ngày sinh của trẻ', isoDaysFromToday(-12));
      await page.getByLabel('Dân tộc của trẻ', { exact: true }).selectOption({ label: 'Kinh' });
      await page.getByLabel('Quê quán của trẻ', { exact: true }).fill(a.childHometown);
    },
  },
  {
    heading: 'Nơi sinh của trẻ',
    segment: 'noi-sinh',
    async answer(page, a) {
      await answerFacility(page, a);
      await fillAddress(page, 'Xã, phường và tỉnh, thành phố nơi sinh', HA_NOI_BA_DINH);
    },
  },
  {
    heading: 'Thông tin của người mẹ',
    segment: 'me',
    async answer(page, a) {
      await page.getByLabel('Họ, chữ đệm và tên của mẹ', { exact: true }).fill('Nguyễn Thị Mẫu');
      await fillDate(page, 'Ngày sinh của mẹ', '1995-03-12');
      await page.getByLabel('Dân tộc của mẹ', { exact: true }).selectOption({ label: 'Kinh' });
      await page.getByLabel('Số căn cước của mẹ', { exact: true }).fill(a.motherCccd);
      await fillAddress(page, 'Nơi cư trú của mẹ', {
        ...HA_NOI_BA_DINH,
        street: 'Số 12, ngõ 34, phố Đội Cấn',
      });
    },
  },
  {
    heading: 'Đã xác định được người cha của trẻ chưa?',
    segment: 'cha-xac-dinh',
    async answer(page) {
      await page.getByRole('radio', { name: 'Có', exact: true }).check();
    },
  },
  {
    heading: 'Thông tin của người cha',
    segment: 'cha',
    async answer(page) {
      await page.getByLabel('Họ, chữ đệm và tên của cha', { exact: true }).fill('Trần Văn Hùng');
      await fillDate(page, 'Ngày sinh của cha', '1992-07-20');
      await page.getByLabel('Dân tộc của cha', { exact: true }).selectOption({ label: 'Kinh' });
      await page.getByLabel('Số căn cước của cha', { exact: true }).fill('001092054321');
      await fillAddress(page, 'Nơi cư trú của cha', {
        ...HA_NOI_BA_DINH,
        street: 'Số 12, ngõ 34, phố Đội Cấn',
      });
    },
  },
  {
    heading: 'Cha, mẹ của trẻ đã đăng ký kết hôn chưa?',
    segment: 'hon-nhan',
    async answer(page) {
      await page.getByRole('radio', { name: 'Đã đăng ký kết hôn' }).check();
    },
  },
  {
    heading: 'Giấy tờ',
    segment: 'giay-to',
    async answer(page) {
      await choose(page, 'Giấy tờ chứng minh việc sinh', 'Giấy chứng sinh');
      const certificate = field(page, 'Giấy chứng sinh');
      await certificate
        .locator('input[type=file]')
        .setInputFiles(await photo(page, 'giay-chung-sinh.jpg', 'Giấy chứng sinh'));
      // Uploaded to the server before the citizen moves on (an upload in flight is not lost,
      // but the check page would then show it as still uploading).
      await expect
        .poll(() => certificate.getByText(/Đã tải lên/).count(), { timeout: 15_000 })
        .toBe(1);
      await page.getByLabel(/Số bản sao Trích lục khai sinh cần cấp/).fill('1');
    },
  },
  {
    heading: 'Cách nhận kết quả',
    segment: 'nhan-ket-qua',
    async answer(page) {
      await choose(page, 'Muốn nhận kết quả bằng cách nào?', 'Nhận bản điện tử trong ứng dụng');
    },
  },
];

/** The first half of "Nơi sinh của trẻ": born in a hospital, and its name. */
export async function answerFacility(page: Page, a: BirthAnswers) {
  await choose(page, 'Trẻ được sinh ở đâu?', 'Tại bệnh viện, trạm y tế hoặc cơ sở y tế khác');
  await page.getByLabel('Tên cơ sở y tế', { exact: true }).fill(a.facility);
}

/** Called on every screen the citizen sees, with a name for failure messages. */
export type ScreenCheck = (screen: string) => Promise<void>;

const noCheck: ScreenCheck = async () => {};

/**
 * Answers the pages from the one headed `from` (default: the first) up to the check page, and
 * waits for it. The page headed `from` must be on screen. `onOpen` sees each page as it opens
 * (nothing answered yet), `onScreen` once it is answered.
 */
export async function answerBirthPages(
  page: Page,
  answers: BirthAnswers,
  {
    from,
    onOpen = noCheck,
    onScreen = noCheck,
  }: { from?: string; onOpen?: ScreenCheck | undefined; onScreen?: ScreenCheck | undefined } = {},
) {
  const start = from ? birthPages.findIndex((p) => p.heading === from) : 0;
  if (start < 0) throw new Error(`No page "${from}" in ${BIRTH_REGISTRATION.title}`);
  for (const step of birthPages.slice(start)) {
    await heading(page, step.heading);
    await onOpen(`${BIRTH_REGISTRATION.title}: ${step.heading}`);
    await step.answer(page, answers);
    // Answered: everything the page can show for these answers is on screen.
    await onScreen(`${BIRTH_REGISTRATION.title}: ${step.heading}, answered`);
    await clickContinue(page);
  }
  await heading(page, 'Kiểm tra lại thông tin trước khi gửi');
}
