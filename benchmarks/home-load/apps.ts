// The pages measured: GovMini's sample app (apps/sample) and Zalo's egovernment template
// (zaui-egovernment, checked out and built outside the repository), both production Vite
// builds, and two floors generated here. Each app says how to recognise its home page's grid of
// services, so a blank page is an error rather than a fast result.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
export const sampleRoot = path.join(repoRoot, 'apps', 'sample');

export interface App {
  /** Also its APP_ID and its path on the server: /zapps/<id>/. */
  id: string;
  name: string;
  dir: string;
  readySelector: string;
  readyText?: string;
  /** What was built, for the results file. */
  build: Record<string, string>;
}

export const ZAUI_DEFAULT_SOURCE = 'https://github.com/Zalo-MiniApp/zaui-egovernment.git';
/** The commit measured (2024, "[ZMA-1038] upgrade packages & ensure policy 6.1" merged). */
export const ZAUI_DEFAULT_REF = 'ac711a2a4e30808dee72833c61416a05ce6e72ae';

function run(
  cmd: string,
  args: string[],
  cwd: string,
  what: string,
  timeoutMs = 600_000,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: timeoutMs, env });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
      .trim()
      .split('\n')
      .filter((line) => !/^\s+at /.test(line))
      .slice(-15);
    const why = result.error ? result.error.message : `exit code ${result.status}`;
    throw new Error(`${what} failed (${why}):\n  ${output.join('\n  ')}`);
  }
  return result.stdout;
}

/** Which backend the sample is built for (apps/sample/README.md, "Two backends"). */
export type Backend = 'server' | 'memory';

/**
 * The API URL a server-mode build is given: a host that does not resolve (the browser resolves
 * only 127.0.0.1, see run.ts), so any call to the API fails at once and is listed under
 * `failedRequests`. The home page calls none: it needs nothing from the backend.
 */
export const UNREACHABLE_API_URL = 'https://api.tinh-mau.invalid/api';

/**
 * `vite build` in apps/sample with its own config (zmp-vite-plugin reads ./app-config.json, so
 * the working folder must be the app's), into `outDir`, with a manifest for home-size.mjs.
 * `server`: what a province deploys, its backend reached over HTTP (VITE_GOVMINI_BACKEND=server);
 * `memory`: the in-browser memory services, for development and tests.
 */
export function buildGovMini(outDir: string, backend: Backend, build = true): App {
  const vite = path.join(sampleRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const env =
    backend === 'server'
      ? { VITE_GOVMINI_BACKEND: 'server', VITE_GOVMINI_API_URL: UNREACHABLE_API_URL }
      : { VITE_GOVMINI_BACKEND: 'memory' };
  if (build) {
    run(
      process.execPath,
      [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'error'],
      sampleRoot,
      `vite build of apps/sample (${backend} mode)`,
      600_000,
      { ...process.env, ...env },
    );
  } else if (!existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(`${outDir} holds no build of apps/sample (drop --no-build to make one).`);
  }
  const version = JSON.parse(
    readFileSync(path.join(sampleRoot, 'node_modules', 'vite', 'package.json'), 'utf8'),
  ).version;
  const settings = Object.entries(env)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return {
    id: backend === 'server' ? 'govmini' : 'govmini-memory',
    name: `GovMini, ${backend} mode`,
    dir: outDir,
    readySelector: '.gm-service-card',
    build: {
      command: build
        ? `${settings} vite build (apps/sample/vite.config.ts)`
        : `an existing build in ${outDir}`,
      backend: build ? backend : 'as that build was made',
      vite: version,
    },
  };
}

/** apps/sample/scripts/home-size.mjs over the same build, when that script exists. */
export function homeSizeReport(outDir: string): string | undefined {
  const script = path.join(sampleRoot, 'scripts', 'home-size.mjs');
  if (!existsSync(script)) return undefined;
  // It exits 1 when over budget; its report is what we want either way.
  const result = spawnSync(process.execPath, [script, '--dir', outDir], {
    cwd: sampleRoot,
    encoding: 'utf8',
  });
  const line = `${result.stdout}`.split('\n').find((l) => l.startsWith('Home route JavaScript'));
  const error = `${result.stderr}`.split('\n').find((l) => /^\w*Error:/.test(l));
  return (
    line ?? `home-size.mjs gave no figure (exit ${result.status}): ${error ?? result.stderr.trim()}`
  );
}

const SERVICES = [
  'Nộp hồ sơ trực tuyến',
  'Hồ sơ của tôi',
  'Tra cứu hồ sơ',
  'Gửi phản ánh',
  'Phản ánh của tôi',
  'Phản ánh đã được trả lời',
  'Tài khoản',
  'Tra cứu địa bàn mới',
  'Cỡ chữ và màu sắc',
  'Nền tảng mô phỏng',
];
const FLOOR_HEAD =
  '<!doctype html><html lang="vi"><head><meta charset="utf-8">' +
  '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Trang chủ</title>' +
  '<style>body{font:18px/1.5 system-ui,sans-serif;margin:0;padding:16px}a{display:block;padding:12px 0}</style>';
const floorList = SERVICES.map((s) => `<li><a class="gm-service-card" href="#">${s}</a></li>`);

/**
 * Two floors: the same ten services as static HTML (what the network alone costs a page), and
 * rendered by one small module script (what it costs any page that paints from JavaScript, as
 * both apps do: their index.html has an empty #app).
 */
export function writeFloors(root: string): App[] {
  const html = path.join(root, 'floor-html');
  const js = path.join(root, 'floor-js');
  for (const dir of [html, js]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(
    path.join(html, 'index.html'),
    `${FLOOR_HEAD}</head><body><h1>Trang chủ</h1><ul>${floorList.join('')}</ul></body></html>\n`,
  );
  writeFileSync(
    path.join(js, 'index.html'),
    `${FLOOR_HEAD}<script type="module" src="./main.js"></script></head><body><div id="app"></div></body></html>\n`,
  );
  writeFileSync(
    path.join(js, 'main.js'),
    `document.getElementById('app').innerHTML = ${JSON.stringify(
      `<h1>Trang chủ</h1><ul>${floorList.join('')}</ul>`,
    )};\n`,
  );
  const floor = (id: string, dir: string, name: string): App => ({
    id,
    name,
    dir,
    readySelector: '.gm-service-card',
    build: { command: 'generated by home-load/apps.ts' },
  });
  return [
    floor('floor-html', html, 'floor: static HTML list'),
    floor('floor-js', js, 'floor: list from one script'),
  ];
}

export interface ZauiOptions {
  source: string;
  ref: string;
  /** The checkout, outside the repository. */
  dir: string;
  reinstall: boolean;
  build: boolean;
}

/**
 * Clones (or reuses) zaui-egovernment at `ref`, installs its locked dependencies from the npm
 * registry and builds it with its own Vite. Throws with the reason when any step fails; the
 * runner then carries on with GovMini alone.
 */
export function prepareZaui(options: ZauiOptions): App {
  const { dir, ref } = options;
  const outDir = path.join(dir, 'www-bench');
  const head = () =>
    execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  if (!existsSync(path.join(dir, '.git'))) {
    mkdirSync(path.dirname(dir), { recursive: true });
    run(
      'git',
      ['clone', '--quiet', options.source, dir],
      path.dirname(dir),
      `git clone ${options.source}`,
      180_000,
    );
  }
  if (head() !== ref && !head().startsWith(ref)) {
    run('git', ['fetch', '--quiet', 'origin'], dir, 'git fetch', 180_000);
    run('git', ['checkout', '--quiet', '--detach', ref], dir, `git checkout ${ref}`);
  }
  const commit = head();
  const marker = path.join(dir, 'node_modules', '.home-load-installed');
  if (options.reinstall || !existsSync(marker) || readFileSync(marker, 'utf8') !== commit) {
    // --ignore-scripts: its install scripts only set up git hooks (husky); none is needed to build.
    run(
      'npm',
      ['ci', '--ignore-scripts', '--no-audit', '--no-fund'],
      dir,
      'npm ci (zaui-egovernment)',
    );
    writeFileSync(marker, commit);
  }
  const vite = path.join(dir, 'node_modules', 'vite', 'bin', 'vite.js');
  if (options.build || !existsSync(path.join(outDir, 'index.html'))) {
    // Its vite.config.ts says root "./src", but index.html sits in the project folder (and loads
    // /src/app.ts), so a bare `vite build` stops at "Could not resolve entry module
    // (src/index.html)". The project folder is the only root its index.html resolves from.
    run(
      process.execPath,
      [vite, 'build', dir, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      dir,
      'vite build of zaui-egovernment',
    );
  }
  const version = JSON.parse(
    readFileSync(path.join(dir, 'node_modules', 'vite', 'package.json'), 'utf8'),
  ).version;
  return {
    id: 'zaui',
    name: 'zaui-egovernment (Zalo)',
    dir: outDir,
    // Its home grid's first tile; the grid's markup has only generated (styled-components) classes.
    readySelector: '#home-page',
    readyText: 'Đặt lịch làm việc',
    build: {
      command: 'vite build <project folder> (its vite.config.ts, root overridden)',
      vite: version,
      source: options.source,
      commit,
    },
  };
}
