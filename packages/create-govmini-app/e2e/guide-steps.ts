// The screenshots of docs/guide ("Làm ứng dụng của tỉnh trong 30 phút"), taken in Chromium from
// the app the packed-app proof has just scaffolded, installed and built — the app a province
// gets — and the guide's own edits, applied exactly as the guide shows them, then checked (the
// app's typecheck and tests) and rebuilt. Steps for packed-app.test.ts, run after the packed proof's steps.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { type Browser, chromium, type Page } from 'playwright-core';
import { buildApp, fail, root, runAppTests, typecheckApp } from '../../../scripts/app-checks.mjs';
import { chromiumArgs, chromiumPath } from '../../../vitest.shared.ts';
import { guideBlocks, guideImages, imageProblems } from './guide-text';

export const guideDir = join(root, 'docs', 'guide');
export const imagesDir = join(guideDir, 'images');

/** The packed proof's shared context: the scaffolded app's folder. */
interface AppContext {
  app?: string;
}

// Zalo injects the app's id; ZMPRouter of a production build routes under /zapps/<APP_ID>/.
const APP_ID = '1234567890123456789';
const BASE = `/zapps/${APP_ID}/`;
const PHONE = { width: 360, height: 740 };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * www/ as Zalo serves it: the build's relative `./assets/…` from any page under BASE, and the
 * page itself (index.html) for every other path, as a single-page app needs.
 */
function serveBuild(www: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const asset = /\/assets\/([^/]+)$/.exec(path)?.[1];
    const file = asset ? join(www, 'assets', asset) : join(www, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}${BASE}`, server });
    });
  });
}

/** The built app in Chromium on a 360 × 740 phone; `shoot` saves the viewport as a guide image. */
async function withBuiltApp(
  app: string,
  produced: Set<string>,
  use: (page: Page, open: (path?: string) => Promise<void>, shoot: Shoot) => Promise<void>,
) {
  const { url, server } = await serveBuild(join(app, 'www'));
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    const context = await browser.newContext({
      viewport: PHONE,
      deviceScaleFactor: 1,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      reducedMotion: 'reduce',
    });
    await context.addInitScript(`window.APP_ID = ${JSON.stringify(APP_ID)};`);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const open = async (path = '') => {
      await page.goto(url + path);
      await settled(page);
    };
    const shoot: Shoot = async (name) => {
      await settled(page);
      // No caret or transition caught half-way: the same page gives the same picture.
      await page.addStyleTag({
        content:
          '*,*::before,*::after{transition:none!important;animation:none!important;caret-color:transparent!important}',
      });
      await page.evaluate('document.fonts.ready.then(() => true)');
      await writeFile(join(imagesDir, name), await page.screenshot({ type: 'png' }));
      produced.add(name);
    };
    await use(page, open, shoot);
    if (errors.length) fail(`The built app threw in Chromium:\n${errors.join('\n')}`);
  } finally {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

type Shoot = (name: string) => Promise<void>;

/** zmp-ui animates between screens: until it is done, both are in the page. */
async function settled(page: Page) {
  await page.waitForFunction("document.querySelectorAll('.zaui-routes-item').length === 1");
}

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name }).waitFor();

/** Simulated Zalo sign-in and consent (every purpose agreed), where a screen asks for them. */
async function signIn(page: Page) {
  await page.getByRole('button', { name: /Đăng nhập bằng Zalo/ }).click();
  await heading(page, 'Đồng ý sử dụng dữ liệu cá nhân');
  const groups = page.getByRole('group');
  for (let i = 0; i < (await groups.count()); i++) {
    const yes = groups.nth(i).getByRole('radio', { name: 'Đồng ý', exact: true });
    if (await yes.count()) await yes.check();
  }
  await page.getByRole('button', { name: 'Xác nhận lựa chọn' }).click();
}

/** Replaces the one match of `pattern` in the app's `file`, or fails naming what was not found. */
function replaceIn(app: string, file: string, pattern: RegExp, replacement: string) {
  const path = join(app, file);
  const text = readFileSync(path, 'utf8');
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`));
  if (matches?.length !== 1) {
    fail(`${file}: the guide's edit expects one ${pattern} in it, found ${matches?.length ?? 0}.`);
  }
  return writeFile(
    path,
    text.replace(pattern, () => replacement),
  );
}

/** The lines the guide shows for app-config.json's "app" object, as an object. */
const appConfigEdit = (lines: string): Record<string, string> =>
  JSON.parse(`{${lines.trim().replace(/,$/, '')}}`);

export function guideSteps(ctx: AppContext) {
  const produced = new Set<string>();
  // Milliseconds are enough: a file written by this run is not older than its start.
  const since = Date.now() - 1000;
  const app = () => {
    if (!ctx.app) fail('No scaffolded app.');
    return ctx.app as string;
  };
  let blocks: Map<string, string> | undefined;
  const block = (file: string) => {
    blocks ??= guideBlocks(guideDir);
    const found = blocks.get(file);
    if (found === undefined) fail(`docs/guide/README.md shows no block for ${file}.`);
    return found as string;
  };

  /** The procedure JSON the guide adds. */
  const newProcedureFile = () => {
    blocks ??= guideBlocks(guideDir);
    const file = [...blocks.keys()].find((f) =>
      /^src\/modules\/dossier\/procedures\/.+\.json$/.test(f),
    );
    if (!file) fail('docs/guide/README.md shows no procedure JSON file.');
    return file as string;
  };

  return [
    {
      name: 'guide screenshots: the scaffolded app, built, in Chromium (home and sign-in in the province’s colours; a filing page at 200 % text)',
      async run() {
        await mkdir(imagesDir, { recursive: true });
        await withBuiltApp(app(), produced, async (page, open, shoot) => {
          await open();
          await heading(page, 'Tây Ninh Số');
          await shoot('trang-chu.png');
          await open('tai-khoan');
          await page.getByRole('button', { name: /Đăng nhập bằng Zalo/ }).waitFor();
          await shoot('dang-nhap.png');

          await open('hien-thi');
          await page.getByRole('radio', { name: /200/ }).check();
          await open('thu-tuc');
          await signIn(page);
          await heading(page, 'Cấp Phiếu lý lịch tư pháp');
          await page.getByRole('button', { name: /^Bắt đầu/ }).click();
          await heading(page, /./);
          await page.getByRole('radio').first().waitFor();
          const fontSize = await page.evaluate(
            'getComputedStyle(document.documentElement).fontSize',
          );
          if (fontSize !== '36px') fail(`At 200 % text the root font is ${fontSize}, not 36px.`);
          const width = await page.evaluate('document.scrollingElement.scrollWidth');
          if (Number(width) > PHONE.width) {
            fail(`At 200 % text the filing page is ${width} px wide: it scrolls sideways.`);
          }
          await shoot('nop-ho-so-chu-200.png');
        });
      },
    },
    {
      name: 'guide: its theme edit and its new procedure, exactly as docs/guide shows them; the app still typechecks and its tests pass',
      async run() {
        const dir = app();
        await replaceIn(
          dir,
          'src/theme.ts',
          /export const provinceTheme = createTheme\(\{[\s\S]*?\}\);\n/,
          block('src/theme.ts'),
        );
        const appConfig = JSON.parse(readFileSync(join(dir, 'app-config.json'), 'utf8'));
        Object.assign(appConfig.app, appConfigEdit(block('app-config.json')));
        await writeFile(join(dir, 'app-config.json'), `${JSON.stringify(appConfig, null, 2)}\n`);
        const procedureFile = newProcedureFile();
        await writeFile(join(dir, procedureFile), block(procedureFile));
        await writeFile(
          join(dir, 'src/modules/dossier/procedures.ts'),
          block('src/modules/dossier/procedures.ts'),
        );
        // The editor settings the guide shows point at a schema the app has, which accepts the
        // guide's procedure.
        const settings = JSON.parse(block('.vscode/settings.json'));
        const schemaPath = join(dir, settings['json.schemas'][0].url);
        if (!existsSync(schemaPath))
          fail(`.vscode/settings.json names ${schemaPath}, which is missing.`);
        const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
          JSON.parse(readFileSync(schemaPath, 'utf8')),
        );
        if (!validate(JSON.parse(block(procedureFile)))) {
          fail(`The JSON Schema refuses ${procedureFile}: ${JSON.stringify(validate.errors)}`);
        }
        // The guide's "test" step: `pnpm typecheck` and the app's own tests pass with the new
        // colours and procedure (parseProcedure on every definition, every contrast pair).
        await typecheckApp(dir);
        await runAppTests(dir, undefined, 'tests-after-guide.json');
      },
    },
    {
      name: 'guide screenshots after its edits (rebuilt: home and sign-in in the new colours, the choice of procedure, the new procedure’s start page)',
      async run() {
        const dir = app();
        await buildApp(dir);
        const built = JSON.parse(readFileSync(join(dir, 'www', 'app-config.json'), 'utf8'));
        const wanted = appConfigEdit(block('app-config.json'));
        for (const [key, value] of Object.entries(wanted)) {
          if (built.app[key] !== value) {
            fail(`www/app-config.json: app.${key} is ${built.app[key]}, the guide says ${value}.`);
          }
        }
        const procedure = JSON.parse(block(newProcedureFile()));
        await withBuiltApp(dir, produced, async (page, open, shoot) => {
          await open();
          await heading(page, 'Tây Ninh Số');
          // The guide names the shade createTheme chose for the light mode.
          const primary = String(
            await page.evaluate(
              "getComputedStyle(document.documentElement).getPropertyValue('--gm-color-primary').trim()",
            ),
          );
          if (primary.toLowerCase() !== wanted.headerColor?.toLowerCase()) {
            fail(`The light primary is ${primary}; the guide says ${wanted.headerColor}.`);
          }
          await shoot('trang-chu-mau-moi.png');
          await open('tai-khoan');
          await page.getByRole('button', { name: /Đăng nhập bằng Zalo/ }).waitFor();
          await shoot('dang-nhap-mau-moi.png');

          await open('thu-tuc');
          await heading(page, 'Chọn thủ tục');
          await page.getByRole('link', { name: new RegExp(`^${procedure.title.vi}`) }).waitFor();
          await shoot('chon-thu-tuc.png');
          await page.getByRole('link', { name: new RegExp(`^${procedure.title.vi}`) }).click();
          await signIn(page);
          await heading(page, procedure.title.vi);
          await page.getByRole('button', { name: /^Bắt đầu/ }).waitFor();
          await shoot('thu-tuc-moi.png');
        });
      },
    },
    {
      name: 'docs/guide shows exactly the images this run took, in both languages',
      async run() {
        const problems = imageProblems(guideDir, produced, since);
        for (const name of produced) {
          const size = statSync(join(imagesDir, name)).size;
          if (size > 150 * 1024)
            problems.push(`${name} is ${(size / 1024).toFixed(0)} KB (> 150 KB)`);
        }
        if (problems.length) fail(problems);
        if (guideImages(join(guideDir, 'README.md')).length === 0)
          fail('The guide shows no image.');
      },
    },
  ];
}
