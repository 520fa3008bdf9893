// Medians over the runs, the table, the ratios GovMini ÷ zaui-egovernment (the server-mode build,
// and the memory-mode one beside it) and the verdicts on issue 10's goals (FCP ≤ 2 s; home
// route JavaScript ≤ 150 kB gzip, React included).
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { App } from './apps.ts';
import type { RunResult, Script, Settings } from './measure.ts';

const FCP_GOAL_MS = 2000;
const JS_GOAL_BYTES = 150_000;
const TIMES = [
  'fcpMs',
  'lcpMs',
  'gridInDomMs',
  'ttiMs',
  'tbtMs',
  'domContentLoadedMs',
  'loadMs',
] as const;
type Time = (typeof TIMES)[number];

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export interface Summary {
  id: string;
  name: string;
  build: Record<string, string>;
  runs: number;
  median: Record<Time, number>;
  min: Record<Time, number>;
  max: Record<Time, number>;
  js: {
    gzipBytes: number;
    /** Of which had arrived by first contentful paint. */
    gzipBytesBeforeFcp: number;
    rawBytes: number;
    files: (Script & { react: boolean })[];
  };
  transferBytes: number;
  requests: number;
  /** Everything else the last run received after the document (CSS, images, data). */
  otherResources: { path: string; bytes: number }[];
  failedRequests: string[];
  pageErrors: string[];
  samples: Record<Time | 'jsGzipBytes', number[]>;
}

/** Whether a built file carries react-dom (its production build links React's error decoder). */
function hasReactDom(dir: string, script: Script): boolean {
  const file = path.join(dir, script.path);
  if (!existsSync(file)) return false;
  const code = readFileSync(file, 'utf8');
  return code.includes('reactjs.org/docs/error-decoder') || code.includes('react.dev/errors/');
}

const round = (x: number) => Math.round(x);

export function summarise(app: App, runs: readonly RunResult[]): Summary {
  const pick = (f: (r: RunResult) => number) => runs.map(f);
  const of = (agg: (xs: number[]) => number) =>
    Object.fromEntries(TIMES.map((t) => [t, round(agg(pick((r) => r[t])))])) as Record<
      Time,
      number
    >;
  const last = runs[runs.length - 1];
  return {
    id: app.id,
    name: app.name,
    build: app.build,
    runs: runs.length,
    median: of(median),
    min: of((xs) => Math.min(...xs)),
    max: of((xs) => Math.max(...xs)),
    js: {
      gzipBytes: median(pick((r) => r.jsGzipBytes)),
      gzipBytesBeforeFcp: median(pick((r) => r.jsGzipBytesBeforeFcp)),
      rawBytes: median(pick((r) => r.jsRawBytes)),
      files: (last?.scripts ?? []).map((s) => ({ ...s, react: hasReactDom(app.dir, s) })),
    },
    transferBytes: median(pick((r) => r.transferBytes)),
    requests: median(pick((r) => r.requests)),
    otherResources: last?.otherResources ?? [],
    failedRequests: [...new Set(runs.flatMap((r) => r.failedRequests))],
    pageErrors: [...new Set(runs.flatMap((r) => r.pageErrors))],
    samples: {
      ...(Object.fromEntries(TIMES.map((t) => [t, pick((r) => round(r[t]))])) as Record<
        Time,
        number[]
      >),
      jsGzipBytes: pick((r) => r.jsGzipBytes),
    },
  };
}

export interface ReportInput {
  summaries: Summary[];
  settings: Settings;
  protocol: 'h2' | 'h1';
  runs: number;
  chromium: string;
  homeSize?: string;
  skipped: Record<string, string>;
  load: { before: number; after: number };
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const fx = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(2));

export function report(input: ReportInput) {
  const { summaries, settings } = input;
  const { network } = settings;
  const by = (id: string) => summaries.find((s) => s.id === id);
  const cpu = os.cpus();
  console.log('');
  console.log(
    `Home page load — Chromium ${input.chromium}, Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}`,
  );
  const throttled =
    network.download < 0
      ? 'Network not throttled.'
      : `Network: ${network.title}: ${network.latencyMs} ms added to every request ` +
        `(${network.targetRttMs} ms RTT × DevTools' factor), ` +
        `${(network.download * 8) / 1000} kbit/s down, ${(network.upload * 8) / 1000} kbit/s up.`;
  console.log(
    `${throttled} CPU ${settings.cpuThrottling}× slower. ` +
      `${settings.viewport.width}×${settings.viewport.height} @${settings.deviceScaleFactor}x, mobile.`,
  );
  console.log(
    `Served from 127.0.0.1 over ${input.protocol === 'h2' ? 'HTTP/2 (TLS)' : 'HTTP/1.1'} with gzip. ` +
      `Median of ${input.runs} cold loads, each in a fresh browser context. Times in ms since navigation start.`,
  );
  console.log('');
  // JS kB gz: every script until idle; JS @FCP: the part that had arrived by the first paint.
  const header = ['FCP', 'LCP', 'grid', 'TTI', 'TBT', 'JS kB gz', 'JS @FCP', 'JS files', 'all kB'];
  const row = (name: string, cells: string[]) =>
    console.log(`${name.padEnd(30)}${cells.map((c) => c.padStart(10)).join('')}`);
  row('', header);
  for (const s of summaries) {
    const m = s.median;
    row(s.name, [
      ...[m.fcpMs, m.lcpMs, m.gridInDomMs, m.ttiMs, m.tbtMs].map(String),
      kb(s.js.gzipBytes),
      kb(s.js.gzipBytesBeforeFcp),
      String(s.js.files.length),
      kb(s.transferBytes),
    ]);
  }

  const ours = by('govmini');
  const memory = by('govmini-memory');
  const theirs = by('zaui');
  const floor = by('floor-js');
  const ratiosOf = (app: Summary | undefined) => {
    if (!app || !theirs) return undefined;
    const ratio = (k: Time) => app.median[k] / theirs.median[k];
    const above = (k: Time) =>
      floor ? (app.median[k] - floor.median[k]) / (theirs.median[k] - floor.median[k]) : undefined;
    return {
      fcp: ratio('fcpMs'),
      lcp: ratio('lcpMs'),
      gridInDom: ratio('gridInDomMs'),
      tti: ratio('ttiMs'),
      jsGzip: app.js.gzipBytes / theirs.js.gzipBytes,
      jsGzipBeforeFcp: app.js.gzipBytesBeforeFcp / theirs.js.gzipBytesBeforeFcp,
      transfer: app.transferBytes / theirs.transferBytes,
      aboveScriptFloor: floor ? { fcp: above('fcpMs'), tti: above('ttiMs') } : undefined,
    };
  };
  const ratios = ratiosOf(ours);
  const memoryRatios = ratiosOf(memory);
  const ratioRows = (label: string, r: ReturnType<typeof ratiosOf>) => {
    if (!r) return;
    row(label, [
      ...[r.fcp, r.lcp, r.gridInDom, r.tti].map(fx),
      '',
      fx(r.jsGzip),
      fx(r.jsGzipBeforeFcp),
      '',
      fx(r.transfer),
    ]);
    if (r.aboveScriptFloor)
      row('  above the script floor', [
        fx(r.aboveScriptFloor.fcp),
        '',
        '',
        fx(r.aboveScriptFloor.tti),
      ]);
  };
  ratioRows('server mode ÷ zaui-egovernment', ratios);
  ratioRows('memory mode ÷ zaui-egovernment', memoryRatios);
  console.log('');
  for (const s of summaries) {
    console.log(
      `${s.name}: FCP ${s.min.fcpMs}–${s.max.fcpMs}, TTI ${s.min.ttiMs}–${s.max.ttiMs} (min–max); ` +
        `${s.requests} ${s.requests === 1 ? 'request' : 'requests'}.` +
        (s.failedRequests.length ? ` Failed requests: ${s.failedRequests.join(', ')}.` : '') +
        (s.pageErrors.length ? ` Page errors: ${s.pageErrors.join('; ')}.` : ''),
    );
  }

  console.log('');
  // GovMini's ratios are the server-mode build's: what a province deploys.
  const verdicts: Record<string, unknown> = {
    ratiosGovMiniOverZaui: ratios,
    ratiosMemoryModeOverZaui: memoryRatios,
  };
  if (ours) {
    const fcpMet = ours.median.fcpMs <= FCP_GOAL_MS;
    const jsMet = ours.js.gzipBytes <= JS_GOAL_BYTES;
    const react = ours.js.files.filter((f) => f.react).map((f) => f.path);
    const floors = [by('floor-html'), floor].filter((f) => f !== undefined);
    console.log(
      `Goal FCP ≤ ${FCP_GOAL_MS} ms: ${fcpMet ? 'met' : 'NOT met'} (median ${ours.median.fcpMs} ms).` +
        (floors.length
          ? ` Under this profile ${floors.map((f) => `the ${f.name.replace('floor: ', '')} paints at ${f.median.fcpMs} ms`).join(' and ')}.`
          : ''),
    );
    console.log(
      `Goal home JavaScript ≤ ${JS_GOAL_BYTES / 1000} kB gzip: ${jsMet ? 'met' : 'NOT met'} ` +
        `(${kb(ours.js.gzipBytes)} kB in ${ours.js.files.length} files until idle, ` +
        `${kb(ours.js.gzipBytesBeforeFcp)} kB of it before the first paint; ` +
        `react-dom in ${react.length ? react.join(', ') : 'no file found'}).`,
    );
    if (input.homeSize)
      console.log(`apps/sample/scripts/home-size.mjs on the same build: ${input.homeSize}`);
    Object.assign(verdicts, {
      fcpGoalMs: FCP_GOAL_MS,
      fcpMedianMs: ours.median.fcpMs,
      fcpGoalMet: fcpMet,
      jsGoalBytes: JS_GOAL_BYTES,
      jsGzipBytes: ours.js.gzipBytes,
      jsGzipBytesBeforeFcp: ours.js.gzipBytesBeforeFcp,
      jsGoalMet: jsMet,
      reactDomIn: react,
    });
  }
  for (const [id, why] of Object.entries(input.skipped)) console.log(`${id} skipped: ${why}`);
  if (Math.max(input.load.before, input.load.after) > cpu.length / 2) {
    console.log(
      `Note: the machine was busy (load average ${input.load.before.toFixed(1)} before, ` +
        `${input.load.after.toFixed(1)} after, ${cpu.length} CPUs): CPU-bound figures (TTI, TBT) are the first to suffer.`,
    );
  }
  return verdicts;
}
