// Typing into a 100-field form: GovMini's QuestionPage against @rjsf/core (+ validator-ajv8) on
// the equivalent JSON Schema, in the same Chromium, same run, unthrottled and at 4× CPU
// slowdown. Prints a table with ours ÷ RJSF and writes ../results/dossier-typing.json.
// See README.md in this folder.
//
//   pnpm --filter @govmini/benchmarks bench:dossier   (after `pnpm build`; needs Chromium)
//   node --experimental-strip-types dossier-typing/run.ts [--rounds 5] [--throttle 1,4] [--only rjsf]

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, type CDPSession, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../vitest.shared.ts';
import { buildPages, dossierFromSource, here } from './build.ts';
import type { Keystroke } from './pages/harness.ts';
import { FIELD_COUNT, fieldLabel, TARGET_FIELD } from './procedure.ts';
import { serve } from './serve.ts';
import { type Stats, stats } from './stats.ts';

const LIBRARIES = {
  govmini: 'GovMini QuestionPage',
  rjsf: '@rjsf/core 6.11.1 + ajv8',
  react: 'floor: React useState inputs',
  plain: 'floor: plain HTML inputs',
} as const;
type Library = keyof typeof LIBRARIES;

/** Typed first on every fresh page and discarded: JIT, lazy code and first-focus work. */
const WARMUP = 'abcde';
/** The 20 measured keystrokes (ASCII: each is a real keydown/keypress/input/keyup). */
const TEXT = 'Nguyen Van Binh 1958';
/** How long each key is held down (the keystroke's timings are read after). */
const HOLD_MS = 150;
/** Pause between releasing a key and pressing the next: with HOLD_MS, ~4 keys a second. */
const GAP_MS = 100;
/** Wait after the last keystroke before reading CPU counters: debounced work is counted too. */
const SETTLE_MS = 1000;
/** A cheap Android phone's screen. */
const VIEWPORT = { width: 360, height: 780 };
const GOAL = 1 / 5;

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    throttle: { type: 'string', default: '1,4' },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'from-source': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(here, '..', 'results', 'dossier-typing.json') },
  },
});
const ROUNDS = Number(args.rounds);
const THROTTLES = (args.throttle ?? '1').split(',').map(Number);
const libraries = (args.only ? args.only.split(',') : Object.keys(LIBRARIES)) as Library[];
for (const lib of libraries) {
  if (!(lib in LIBRARIES)) throw new Error(`--only: unknown library "${lib}"`);
}

let late = 0;

interface RoundResult {
  keystrokes: Keystroke[];
  /** Renderer main-thread task time (CDP TaskDuration) over the typing and the settle, per key. */
  mainThreadPerKey: number;
  mountMs: number;
  readyMs: number;
}

/** Field 50's input, by its accessible name ("Trường 50", with or without a required mark). */
function target(page: Page) {
  return page.getByLabel(new RegExp(`^\\s*${fieldLabel(TARGET_FIELD)}(?!\\d)`));
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
}

/** One page of one library, open for a round. */
interface Tab {
  lib: Library;
  page: Page;
  cdp: CDPSession;
  errors: string[];
  keys: number;
}

async function open(browser: Browser, url: string, lib: Library, rate: number): Promise<Tab> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const tab: Tab = { lib, page, cdp, errors: [], keys: 0 };
  page.on('pageerror', (e) => tab.errors.push(e.message));
  await page.goto(`${url}/${lib}.html`);
  await page.waitForFunction(() => window.bench?.ready, null, { timeout: 60_000 });
  checkErrors(tab);
  const input = target(page);
  await input.scrollIntoViewIfNeeded();
  await input.focus();
  return tab;
}

function checkErrors(tab: Tab): void {
  if (tab.errors.length) throw new Error(`${tab.lib}: page error: ${tab.errors.join('; ')}`);
}

/**
 * One keystroke. The key is held HOLD_MS, as a finger does, and its timings are read only
 * after: a CDP call while the keystroke is in flight would itself take the page's main thread.
 */
async function press(tab: Tab, key: string): Promise<Keystroke> {
  await tab.page.keyboard.down(key);
  tab.keys += 1;
  await tab.page.waitForTimeout(HOLD_MS);
  const timing = await tab.page.evaluate((n) => window.bench.keystroke(n), tab.keys);
  await tab.page.keyboard.up(key);
  if (Number.isNaN(timing.work))
    throw new Error(`${tab.lib}: the input event never reached window`);
  if (timing.frame > HOLD_MS) late += 1;
  await tab.page.waitForTimeout(GAP_MS);
  return timing;
}

/**
 * One round: every page opened afresh side by side, then the keystrokes taken in turns (page A
 * key 1, page B key 1, …, the order rotating every key), so whatever else the machine is doing
 * falls on all pages alike.
 */
async function round(
  browser: Browser,
  url: string,
  libs: readonly Library[],
  rate: number,
): Promise<Map<Library, RoundResult>> {
  const tabs: Tab[] = [];
  try {
    for (const lib of libs) tabs.push(await open(browser, url, lib, rate));
    await tabs[0]?.page.waitForTimeout(500);
    for (const key of WARMUP) for (const tab of tabs) await press(tab, key);
    const before = await Promise.all(
      tabs.map(async (tab) => ({
        changes: await tab.page.evaluate(() => window.bench.changes),
        cpu: await taskSeconds(tab.cdp),
      })),
    );
    const keystrokes = tabs.map((): Keystroke[] => []);
    for (const [i, key] of [...TEXT].entries()) {
      for (let j = 0; j < tabs.length; j++) {
        const k = (i + j) % tabs.length;
        const tab = tabs[k];
        if (tab) keystrokes[k]?.push(await press(tab, key));
      }
    }
    await tabs[0]?.page.waitForTimeout(SETTLE_MS);

    const results = new Map<Library, RoundResult>();
    for (const [k, tab] of tabs.entries()) {
      const cpuAfter = await taskSeconds(tab.cdp);
      // Every form must really have taken every keystroke.
      const value = await target(tab.page).inputValue();
      if (value !== WARMUP + TEXT) throw new Error(`${tab.lib}: field 50 holds "${value}"`);
      const changes =
        (await tab.page.evaluate(() => window.bench.changes)) - (before[k]?.changes ?? 0);
      if (tab.lib !== 'plain' && changes !== TEXT.length) {
        throw new Error(`${tab.lib}: ${changes} change callbacks for ${TEXT.length} keystrokes`);
      }
      checkErrors(tab);
      const { mountMs, readyMs } = await tab.page.evaluate(() => ({
        mountMs: window.bench.mountMs,
        readyMs: window.bench.readyMs,
      }));
      results.set(tab.lib, {
        keystrokes: keystrokes[k] ?? [],
        mainThreadPerKey: ((cpuAfter - (before[k]?.cpu ?? 0)) * 1000) / TEXT.length,
        mountMs,
        readyMs,
      });
    }
    return results;
  } finally {
    for (const tab of tabs) await tab.page.context().close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round2 = (x: number) => Math.round(x * 100) / 100;
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const roundStats = (s: Stats): Stats => ({
  p50: round2(s.p50),
  p95: round2(s.p95),
  mean: round2(s.mean),
  max: round2(s.max),
});

// Other work on the machine shows up in every percentile; the turns in round() spread it over
// all pages alike, but a busy machine still widens p95.
const busy = () => os.loadavg()[0] ?? 0;
const loadBefore = busy();

if (!args['no-build']) {
  await buildPages(libraries, args['from-source'] ? dossierFromSource : {});
}
const server = await serve(path.join(here, 'dist'));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const chromiumVersion = browser.version();

interface Summary {
  library: Library;
  name: string;
  cpuThrottling: number;
  /** keydown → handlers, commit, style and layout done (the goal is judged on this). */
  workMs: Stats;
  /** keydown → the next frame produced (includes waiting for the display refresh). */
  frameMs: Stats;
  mainThreadPerKeyMs: number;
  mountMs: number;
  readyMs: number;
  samples: { work: number[]; frame: number[] };
}
const summaries: Summary[] = [];
try {
  for (const rate of THROTTLES) {
    const results = new Map<Library, RoundResult[]>(libraries.map((l) => [l, []]));
    for (let r = 0; r < ROUNDS; r++) {
      // Alternate which page opens first (and so has the oldest renderer) round by round.
      const order = r % 2 ? [...libraries].reverse() : libraries;
      const byLib = await round(browser, server.url, order, rate);
      for (const [lib, result] of byLib) results.get(lib)?.push(result);
    }
    for (const lib of libraries) {
      const rounds = results.get(lib) ?? [];
      const keys = rounds.flatMap((x) => x.keystrokes);
      summaries.push({
        library: lib,
        name: LIBRARIES[lib],
        cpuThrottling: rate,
        workMs: stats(keys.map((k) => k.work)),
        frameMs: stats(keys.map((k) => k.frame)),
        mainThreadPerKeyMs: median(rounds.map((x) => x.mainThreadPerKey)),
        mountMs: median(rounds.map((x) => x.mountMs)),
        readyMs: median(rounds.map((x) => x.readyMs)),
        samples: { work: keys.map((k) => round2(k.work)), frame: keys.map((k) => round2(k.frame)) },
      });
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// --- Report ------------------------------------------------------------------------------

const ms = (x: number) => x.toFixed(1);
const fx = (x: number) => x.toFixed(2);
const pad = (s: string, n: number) => s.padStart(n);
const cpu = os.cpus();
console.log(
  `Typing into field ${TARGET_FIELD} of ${FIELD_COUNT} — Chromium ${chromiumVersion}, ` +
    `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}`,
);
console.log(
  `${ROUNDS} rounds × ${TEXT.length} keystrokes per page (fresh page each round, ` +
    `${WARMUP.length} warm-up keys discarded); viewport ${VIEWPORT.width}×${VIEWPORT.height} @2x. ` +
    'Milliseconds.',
);
console.log(
  'work = keydown → handlers, React commit, style and layout; frame = keydown → next frame ' +
    '(adds the wait for the display); main thread = renderer task time per key.',
);
const header = ['work p50', 'work p95', 'frame p50', 'frame p95', 'main thr.', 'mount'];
interface Ratio {
  workP50: number;
  workP95: number;
  frameP50: number;
  frameP95: number;
  /** (GovMini − floor) ÷ (RJSF − floor) of work: what each library adds to a plain input. */
  addedWorkP50?: number;
  addedWorkP95?: number;
  /** The lowest raw work ratio any library could reach: a plain input's own cost ÷ RJSF's. */
  bestPossibleWorkP50?: number;
  /** The same "above the floor" ratio for the React floor page: the least a React form adds. */
  reactFloorAddedWorkP50?: number;
  reactFloorAddedWorkP95?: number;
  /** ≤ 1/5 at p50 and p95: on the raw work, and on the work above the floor. */
  goalMet: { raw: boolean; aboveFloor?: boolean };
}
const ratios: Record<string, Ratio> = {};
const row = (name: string, cells: string[]) =>
  console.log(`${name.padEnd(28)}${cells.map((c) => pad(c, 11)).join('')}`);
for (const rate of THROTTLES) {
  console.log('');
  row(`CPU ${rate}× slowdown`, header);
  const rows = summaries.filter((s) => s.cpuThrottling === rate);
  for (const s of rows) {
    const cells = [s.workMs.p50, s.workMs.p95, s.frameMs.p50, s.frameMs.p95];
    row(s.name, [...cells, s.mainThreadPerKeyMs, s.mountMs].map(ms));
  }
  const ours = rows.find((s) => s.library === 'govmini');
  const theirs = rows.find((s) => s.library === 'rjsf');
  const floor = rows.find((s) => s.library === 'plain');
  if (!ours || !theirs) continue;
  const ratio: Ratio = {
    workP50: ours.workMs.p50 / theirs.workMs.p50,
    workP95: ours.workMs.p95 / theirs.workMs.p95,
    frameP50: ours.frameMs.p50 / theirs.frameMs.p50,
    frameP95: ours.frameMs.p95 / theirs.frameMs.p95,
    goalMet: { raw: false },
  };
  ratio.goalMet.raw = ratio.workP50 <= GOAL && ratio.workP95 <= GOAL;
  row('GovMini ÷ RJSF', [ratio.workP50, ratio.workP95, ratio.frameP50, ratio.frameP95].map(fx));
  if (floor) {
    const added = (page: Summary, k: 'p50' | 'p95') =>
      Math.max(0, page.workMs[k] - floor.workMs[k]) /
      Math.max(Number.EPSILON, theirs.workMs[k] - floor.workMs[k]);
    ratio.addedWorkP50 = added(ours, 'p50');
    ratio.addedWorkP95 = added(ours, 'p95');
    ratio.bestPossibleWorkP50 = floor.workMs.p50 / theirs.workMs.p50;
    row('  above the floor', [ratio.addedWorkP50, ratio.addedWorkP95].map(fx));
    const react = rows.find((s) => s.library === 'react');
    if (react) {
      ratio.reactFloorAddedWorkP50 = added(react, 'p50');
      ratio.reactFloorAddedWorkP95 = added(react, 'p95');
      row(
        'React floor ÷ RJSF, above',
        [ratio.reactFloorAddedWorkP50, ratio.reactFloorAddedWorkP95].map(fx),
      );
    }
  }
  const verdict = (met: boolean | undefined) => (met ? 'met' : 'NOT met');
  if (ratio.addedWorkP50 !== undefined && ratio.addedWorkP95 !== undefined) {
    ratio.goalMet.aboveFloor = ratio.addedWorkP50 <= GOAL && ratio.addedWorkP95 <= GOAL;
  }
  ratios[`${rate}x`] = ratio;
  console.log(
    `Goal at ${rate}×, GovMini ≤ 1/5 of RJSF at work p50 and p95: raw ${verdict(ratio.goalMet.raw)}` +
      (ratio.goalMet.aboveFloor === undefined
        ? '.'
        : `; above the floor ${verdict(ratio.goalMet.aboveFloor)}. A plain input alone is ` +
          `${fx(ratio.bestPossibleWorkP50 ?? 0)} of RJSF's work.`),
  );
}

const loadAfter = busy();
if (Math.max(loadBefore, loadAfter) > os.cpus().length / 2) {
  console.log('');
  console.log(
    `Note: the machine was busy (load average ${loadBefore.toFixed(1)} before, ` +
      `${loadAfter.toFixed(1)} after, ${os.cpus().length} CPUs): expect noisy p95s; run again when idle.`,
  );
}
if (late) {
  console.log('');
  console.log(
    `Note: ${late} keystrokes took longer than the ${HOLD_MS} ms hold; reading them may have added a little.`,
  );
}

mkdirSync(path.dirname(args.out), { recursive: true });
const result = {
  benchmark: 'dossier-typing',
  date: new Date().toISOString(),
  environment: {
    chromium: chromiumVersion,
    node: process.version,
    cpus: cpu.length,
    cpuModel: cpu[0]?.model.trim(),
    loadAverage: { before: round2(loadBefore), after: round2(loadAfter) },
  },
  settings: {
    fields: FIELD_COUNT,
    targetField: TARGET_FIELD,
    rounds: ROUNDS,
    warmupKeys: WARMUP.length,
    keysPerRound: TEXT.length,
    holdMs: HOLD_MS,
    gapMs: GAP_MS,
    settleMs: SETTLE_MS,
    viewport: { ...VIEWPORT, deviceScaleFactor: 2 },
    cpuThrottling: THROTTLES,
    goal: "GovMini's work ≤ 1/5 of RJSF's at p50 and p95, judged raw and above the plain-input floor",
  },
  ratios: Object.fromEntries(
    Object.entries(ratios).map(([rate, r]) => [
      rate,
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? round3(v) : v]),
      ),
    ]),
  ),
  results: summaries.map((s) => ({
    ...s,
    workMs: roundStats(s.workMs),
    frameMs: roundStats(s.frameMs),
    mainThreadPerKeyMs: round2(s.mainThreadPerKeyMs),
    mountMs: round2(s.mountMs),
    readyMs: round2(s.readyMs),
  })),
};
writeFileSync(args.out, `${JSON.stringify(result, null, 2)}\n`);
// Laid out as the repository's formatter wants it, so `biome check .` stays clean.
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
