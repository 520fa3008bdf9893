// Helpers for the journeys against the reference server (e2e/journeys/): signing in where a
// screen asks for it, filing through the check page, declaration and confirmation, filing over
// the citizen API (when filing is not the journey's subject), the officer in the staff console,
// reading a QR code off the screen, and reading what the server's database holds afterwards.
// Screens are reached by URL (the home page is not their subject); the page-driving helpers
// underneath are dossier-support.ts's.
import { createHttpAuthService } from '@govmini/auth';
import { createHttpDossierService, type DossierService } from '@govmini/dossier/core';
import { exampleProcedures } from '@govmini/dossier/examples';
import { blobOf, fileBytes } from '@govmini/dossier/testing';
import { parseDossierCode } from '@govmini/vn';
import jsQR from 'jsqr';
import type { Locator, Page, Response } from 'playwright-core';
import { expect } from 'vitest';
import { BIRTH_REGISTRATION, type ScreenCheck } from './birth-registration';
import { agreeToEveryPurpose, clickContinue, heading } from './dossier-support';
import type { ServerHarness } from './server-harness';

const noCheck: ScreenCheck = async () => {};

/** The next answer of the server to `method path` (path under /api), through the app's origin. */
export function answerFrom(
  page: Page,
  harness: Pick<ServerHarness, 'sampleUrl'>,
  path: string,
  method = 'GET',
): Promise<Response> {
  return page.waitForResponse((response) => {
    const url = new URL(response.url());
    return (
      url.origin === harness.sampleUrl &&
      url.pathname === `/api${path}` &&
      response.request().method() === method
    );
  });
}

/**
 * On a screen that needs sign-in (RequireAuth shows Zalo's sign-in in place): sign in with the
 * simulated Zalo, agree to every purpose on the consent screen, confirm. The server answers the
 * sign-in; the screen the citizen asked for then shows.
 */
export async function signInHere(
  page: Page,
  harness: Pick<ServerHarness, 'sampleUrl'>,
  onScreen: ScreenCheck = noCheck,
) {
  const signIn = page.getByRole('button', { name: /Đăng nhập bằng Zalo/ });
  await signIn.waitFor();
  await onScreen('sign-in');
  const signedIn = answerFrom(page, harness, '/auth/sign-in', 'POST');
  await signIn.click();
  await heading(page, 'Đồng ý sử dụng dữ liệu cá nhân');
  await onScreen('consent');
  await agreeToEveryPurpose(page);
  await onScreen('consent, every purpose agreed');
  await page.getByRole('button', { name: 'Xác nhận lựa chọn' }).click();
  const answer = await signedIn;
  expect(answer.status(), 'the server signed the simulated citizen in').toBe(200);
}

/**
 * From the procedures list (opened by URL) to the birth registration's first question: the
 * procedure's link, Zalo sign-in and consent where the journey asks for them, its start page.
 */
export async function startBirthRegistration(
  page: Page,
  harness: Pick<ServerHarness, 'sampleUrl'>,
  onScreen: ScreenCheck = noCheck,
) {
  await page.goto(`${harness.sampleUrl}/thu-tuc`);
  await heading(page, 'Thủ tục hành chính');
  const link = page.getByRole('link', { name: new RegExp(`^${BIRTH_REGISTRATION.title}`) });
  await link.waitFor();
  await onScreen('procedures list');
  await link.click();
  await signInHere(page, harness, onScreen);
  await heading(page, BIRTH_REGISTRATION.title);
  await onScreen(`${BIRTH_REGISTRATION.title}: start page`);
  await page.getByRole('button', { name: /^Bắt đầu/ }).click();
}

/** From the check page: declare and send. Resolves once the confirmation's heading shows. */
export async function declareAndSend(page: Page, onScreen: ScreenCheck = noCheck) {
  await heading(page, 'Kiểm tra lại thông tin trước khi gửi');
  await onScreen(`${BIRTH_REGISTRATION.title}: check answers`);
  await clickContinue(page);
  await heading(page, 'Cam đoan và gửi hồ sơ');
  await page.getByRole('checkbox', { name: /Tôi đã đọc và đồng ý/ }).check();
  await onScreen(`${BIRTH_REGISTRATION.title}: declaration, ticked`);
  await page.getByRole('button', { name: 'Gửi hồ sơ' }).click();
}

/** The dossier code on the confirmation ("Đã gửi hồ sơ"), with its QR code shown. */
export async function confirmationCode(page: Page): Promise<string> {
  await heading(page, 'Đã gửi hồ sơ');
  const code = (await page.locator('.gm-dossier-confirmation__code').textContent())?.trim() ?? '';
  expect(code, 'the confirmation "Đã gửi hồ sơ" shows a dossier code').not.toBe('');
  await page
    .getByRole('img', { name: new RegExp(`Mã QR của mã hồ sơ ${code.replaceAll('.', '\\.')}`) })
    .waitFor();
  return code;
}

/** The day in Vietnam (UTC+7, no daylight saving) of an instant. */
const vietnamDay = (ms: number) => {
  const d = new Date(ms + 7 * 3_600_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/**
 * A code as Circular 01/2018 writes it (`000.21.30.H99-YYMMDD-NNNN`), shown in its canonical
 * form, for the birth registration's receiving unit, dated the day the server received it.
 */
export function expectCircularCode(code: string, receivedMs: number) {
  const parsed = parseDossierCode(code);
  if (!parsed.ok)
    throw new Error(
      `The confirmation showed "${code}", not a Circular 01/2018 code: ${parsed.error.message}`,
    );
  expect(parsed.value.code, 'the code is shown in its canonical form').toBe(code);
  const procedure = exampleProcedures.find((p) => p.id === BIRTH_REGISTRATION.id);
  expect(parsed.value.unit, 'the code names the receiving unit').toBe(procedure?.agency.unitCode);
  expect(parsed.value.receivedOn, 'the code is dated the day the server received it').toEqual(
    vietnamDay(receivedMs),
  );
}

export interface DossierRow {
  code: string;
  owner: string;
  procedure_id: string;
  status: number;
  submitted_ms: number;
  idempotency_key: string;
  answers: Record<string, unknown>;
}

/** Every dossier the server holds for a child's name (the journeys each use their own). */
export function dossiersForChild(harness: ServerHarness, childName: string): DossierRow[] {
  return harness
    .query<Omit<DossierRow, 'answers'> & { answers: string }>(
      'select code, owner, procedure_id, status, submitted_ms, idempotency_key, answers from dossiers',
    )
    .map((row) => ({ ...row, answers: JSON.parse(row.answers) as Record<string, unknown> }))
    .filter((row) => row.answers.childFullName === childName);
}

/** The text the citizen reads in the main area. */
export async function mainText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: what is rendered, as it reads
  return page.locator('main').last().innerText();
}

/**
 * Follows the page's requests from now on; `quiet()` resolves once none has been in flight
 * for a second — the app's lazily loaded code, which it fetches while idle, is then all here.
 */
export function watchRequests(page: Page) {
  let inFlight = 0;
  let lastChange = Date.now();
  page.on('request', () => {
    inFlight++;
    lastChange = Date.now();
  });
  const finished = () => {
    inFlight--;
    lastChange = Date.now();
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  return {
    async quiet() {
      while (inFlight > 0 || Date.now() - lastChange < 1000) await page.waitForTimeout(100);
    },
  };
}

/** A simulated citizen's session on the citizen API, as the app holds it after sign-in. */
export interface CitizenApi {
  readonly token: string;
  readonly dossiers: DossierService;
}

/** Signs `citizen` (default the first simulated one) in over the API, as the app does. */
export async function citizenApi(
  harness: Pick<ServerHarness, 'serverUrl' | 'citizens'>,
  citizen = harness.citizens[0],
): Promise<CitizenApi> {
  if (!citizen) throw new Error('no simulated citizen');
  const auth = createHttpAuthService({ baseUrl: `${harness.serverUrl}/api` });
  const { token } = await auth.signIn({
    zaloAccessToken: `sim-access.${citizen.id}`,
    consents: [],
  });
  const dossiers = createHttpDossierService({
    baseUrl: `${harness.serverUrl}/api/dossier`,
    XMLHttpRequest: false,
  });
  return { token, dossiers };
}

/** Uploads a small JPEG per name for a file question, as the filing screens do. */
export async function uploadScans(
  { token, dossiers }: CitizenApi,
  procedureId: string,
  fieldId: string,
  names: readonly string[],
) {
  const scans = [];
  for (const name of names) {
    scans.push(
      await dossiers.uploadAttachment(token, blobOf(fileBytes('jpeg', 4096), 'image/jpeg'), {
        fieldId,
        procedureId,
        name,
        type: 'image/jpeg',
      }),
    );
  }
  return scans;
}

/** Pixels of a module matrix, 4 px a module, black on white (jsQR's input). */
function rasterise(dark: ReadonlySet<string>, size: number) {
  const scale = 4;
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      if (!dark.has(`${Math.floor(x / scale)},${Math.floor(y / scale)}`)) continue;
      data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
  }
  return { data, width };
}

/** The QR code on the screen, as drawn (QrCode: one SVG path, a `M x y h1v1h-1z` per module), read. */
export async function readQrOnScreen(page: Page, name: RegExp): Promise<string> {
  const svg = page.getByRole('img', { name });
  const { viewBox, path } = await svg.evaluate((el) => ({
    viewBox: el.getAttribute('viewBox') ?? '',
    path: el.querySelector('path')?.getAttribute('d') ?? '',
  }));
  const size = Number(viewBox.split(' ')[2]);
  const dark = new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`));
  expect(dark.size, 'the QR code has modules').toBeGreaterThan(100);
  const { data, width } = rasterise(dark, size);
  const read = jsQR(data, width, width);
  expect(read, 'jsQR reads the code on the screen').not.toBeNull();
  return read?.data ?? '';
}

/** The officer signs in to the staff console (a 1024 × 768 window): the dossier inbox. */
export async function openStaffConsole(
  harness: Pick<ServerHarness, 'newPage' | 'staffUrl' | 'staff'>,
): Promise<Page> {
  const officer = await harness.newPage({ width: 1024, height: 768 });
  await officer.goto(harness.staffUrl);
  await officer.getByLabel('Tên đăng nhập').fill(harness.staff.username);
  await officer.getByLabel('Mật khẩu').fill(harness.staff.password);
  await officer.getByRole('button', { name: 'Đăng nhập' }).click();
  await officer.getByRole('heading', { level: 1, name: 'Hồ sơ tiếp nhận' }).waitFor();
  return officer;
}

/** The console's "Thanh toán" section on a dossier's page. */
export const paymentPanel = (officer: Page): Locator =>
  officer.locator('section', {
    has: officer.getByRole('heading', { name: 'Thanh toán', exact: true }),
  });

/**
 * From the console's inbox: "Xem hồ sơ chờ xác nhận thanh toán", the dossier's card (tagged
 * "Chờ xác nhận thanh toán"), its page. Resolves with its "Thanh toán" section.
 */
export async function openTransferToConfirm(officer: Page, code: string): Promise<Locator> {
  await officer.getByRole('link', { name: 'Xem hồ sơ chờ xác nhận thanh toán' }).click();
  const card = officer.getByRole('listitem').filter({ hasText: code });
  await card.getByText('Chờ xác nhận thanh toán').waitFor();
  await card.getByRole('link', { name: code }).click();
  await officer.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
  return paymentPanel(officer);
}

/** "Xác nhận đã nhận tiền", then "Đúng, đã nhận tiền" in the console's check; done once it says so. */
export async function confirmMoneyReceived(panel: Locator) {
  await panel.getByRole('button', { name: 'Xác nhận đã nhận tiền' }).click();
  await panel.getByRole('button', { name: 'Đúng, đã nhận tiền' }).click();
  await panel.getByText('Đã xác nhận nhận tiền.').waitFor();
}
