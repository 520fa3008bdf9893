// Home page load of GovMini's sample app (built as a province deploys it, in server mode, and in
// memory mode) against Zalo's egovernment template (zaui-egovernment), all production Vite
// builds served by a gzip static server on 127.0.0.1, in Chromium with 4× CPU slowdown and
// DevTools' 3G network preset: FCP, LCP, TTI (Lighthouse's rule), and the
// JavaScript the home page downloads. Prints a table and writes ../results/home-load.json.
// See README.md in this folder.
//
//   pnpm --filter @govmini/benchmarks bench:home       (after `pnpm build`; needs Chromium)
//   node --experimental-strip-types home-load/run.ts --zaui /path/to/zaui-egovernment [--runs 5]

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../vitest.shared.ts';
import {
  type App,
  buildGovMini,
  here,
  homeSizeReport,
  prepareZaui,
  writeFloors,
  ZAUI_DEFAULT_REF,
  ZAUI_DEFAULT_SOURCE,
} from './apps.ts';
import { measure, NETWORK_PROFILES, type RunResult, type Settings } from './measure.ts';
import { report, summarise } from './report.ts';
import { serve } from './serve.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    network: { type: 'string', default: '3g' },
    cpu: { type: 'string', default: '4' },
    protocol: { type: 'string', default: 'h2' },
    only: { type: 'string', default: 'govmini,govmini-memory,zaui,floor-html,floor-js' },
    zaui: { type: 'string', default: process.env.ZAUI_EGOV_SOURCE ?? ZAUI_DEFAULT_SOURCE },
    'zaui-ref': { type: 'string', default: ZAUI_DEFAULT_REF },
    'zaui-dir': {
      type: 'string',
      default: path.join(os.tmpdir(), 'govmini-home-load', 'zaui-egovernment'),
    },
    'no-build': { type: 'boolean', default: false },
    'govmini-dir': { type: 'string' },
    reinstall: { type: 'boolean', default: false },
    'max-wait': { type: 'string', default: '180' },
    out: { type: 'string', default: path.join(here, '..', 'results', 'home-load.json') },
  },
});
const RUNS = Number(args.runs);
const WARMUP = Number(args.warmup);
const network = NETWORK_PROFILES[args.network];
if (!network) throw new Error(`--network: one of ${Object.keys(NETWORK_PROFILES).join(', ')}`);
if (args.protocol !== 'h2' && args.protocol !== 'h1') throw new Error('--protocol: h2 or h1');
const wanted = new Set(args.only.split(','));
const settings: Settings = {
  network,
  cpuThrottling: Number(args.cpu),
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  maxWaitMs: Number(args['max-wait']) * 1000,
};

const loadBefore = os.loadavg()[0] ?? 0;
const distRoot = path.join(here, 'dist');
const apps: App[] = [];
const skipped: Record<string, string> = {};
let homeSize: string | undefined;

// The sample as a province deploys it (server mode), and — for comparison — with its
// in-browser memory services (what development and the e2e tests use).
for (const backend of ['server', 'memory'] as const) {
  const id = backend === 'server' ? 'govmini' : 'govmini-memory';
  if (!wanted.has(id)) continue;
  const given = backend === 'server' ? args['govmini-dir'] : undefined;
  const outDir = path.resolve(given ?? path.join(distRoot, id));
  const build = !args['no-build'] && !given;
  if (build) console.log(`Building apps/sample in ${backend} mode (vite build)…`);
  try {
    apps.push(buildGovMini(outDir, backend, build));
  } catch (error) {
    // GovMini is what is measured: without it there is nothing to report.
    console.error(
      `${(error as Error).message}\n` +
        'The sample app imports the built packages: run `pnpm build` first (a package whose dist/ ' +
        'is being rebuilt fails like this), or measure an existing build with --govmini-dir.',
    );
    process.exit(1);
  }
  if (backend === 'server') homeSize = homeSizeReport(outDir);
}
if (wanted.has('zaui')) {
  console.log(`Preparing zaui-egovernment from ${args.zaui} in ${args['zaui-dir']}…`);
  try {
    apps.push(
      prepareZaui({
        source: args.zaui,
        ref: args['zaui-ref'],
        dir: args['zaui-dir'],
        reinstall: args.reinstall,
        build: !args['no-build'],
      }),
    );
  } catch (error) {
    skipped.zaui = (error as Error).message;
    console.log(
      `zaui-egovernment skipped: ${skipped.zaui}\n` +
        'Give a reachable clone URL or a local checkout with --zaui (or ZAUI_EGOV_SOURCE); ' +
        'measuring without it.',
    );
  }
}
apps.push(...writeFloors(distRoot).filter((floor) => wanted.has(floor.id)));

const server = await serve({
  apps: Object.fromEntries(apps.map((a) => [a.id, a.dir])),
  protocol: args.protocol,
});
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  // Nothing leaves the machine: every host but the local server fails to resolve at once (both
  // apps' zmp-ui CSS names an icon font on Zalo's CDN; it is reported as a failed request).
  args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
});
const chromiumVersion = browser.version();
const results = new Map<string, RunResult[]>(apps.map((a) => [a.id, []]));
try {
  for (let r = 0; r < WARMUP + RUNS; r++) {
    // Rotate the order every run, so a slow stretch of the machine falls on every app alike.
    const order = apps.map((_, i) => apps[(i + r) % apps.length] as App);
    for (const app of order) {
      const result = await measure(browser, app, server.urlOf(app.id), settings);
      const label = r < WARMUP ? 'warm-up' : `run ${r - WARMUP + 1}/${RUNS}`;
      console.log(
        `  ${label.padEnd(9)} ${app.name.padEnd(30)} FCP ${Math.round(result.fcpMs)} ms, ` +
          `TTI ${Math.round(result.ttiMs)} ms, JS ${(result.jsGzipBytes / 1000).toFixed(1)} kB gzip`,
      );
      if (r >= WARMUP) results.get(app.id)?.push(result);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const loadAfter = os.loadavg()[0] ?? 0;

const summaries = apps.map((app) => summarise(app, results.get(app.id) ?? []));
const verdicts = report({
  summaries,
  settings,
  protocol: server.protocol,
  runs: RUNS,
  chromium: chromiumVersion,
  homeSize,
  skipped,
  load: { before: loadBefore, after: loadAfter },
});

mkdirSync(path.dirname(args.out), { recursive: true });
const cpu = os.cpus();
const round1 = (x: number) => Math.round(x * 10) / 10;
const result = {
  benchmark: 'home-load',
  date: new Date().toISOString(),
  environment: {
    chromium: chromiumVersion,
    node: process.version,
    cpus: cpu.length,
    cpuModel: cpu[0]?.model.trim(),
    loadAverage: { before: round1(loadBefore), after: round1(loadAfter) },
  },
  settings: {
    runs: RUNS,
    warmupRuns: WARMUP,
    network: {
      ...network,
      downloadBytesPerSecond: network.download,
      uploadBytesPerSecond: network.upload,
    },
    cpuThrottling: settings.cpuThrottling,
    viewport: { ...settings.viewport, deviceScaleFactor: settings.deviceScaleFactor, mobile: true },
    server: `${server.protocol === 'h2' ? 'HTTP/2 over TLS' : 'HTTP/1.1'} on 127.0.0.1, gzip (zlib default level) for text files`,
    tti: "Lighthouse's: first 5 s window after FCP with no long task and ≤ 2 requests in flight",
    goals: { fcpMs: 2000, homeJsGzipBytes: 150_000 },
  },
  homeSizeScript: homeSize,
  skipped,
  verdicts,
  apps: summaries,
};
writeFileSync(args.out, `${JSON.stringify(result, null, 2)}\n`);
try {
  const biome = path.join(here, '..', '..', 'node_modules', '.bin', 'biome');
  execFileSync(biome, ['format', '--write', args.out], { stdio: 'ignore' });
} catch {
  console.log(
    `(biome did not format ${args.out}; run \`biome format --write\` on it before committing)`,
  );
}
console.log('');
console.log(`Wrote ${path.relative(process.cwd(), args.out)}`);
