// One cold load of one app's home page: a fresh browser context (empty cache, new connections),
// the network and CPU throttled through the DevTools protocol, observed until the page is
// interactive by Lighthouse's rule (tti.ts) — then FCP, LCP, TTI and every script downloaded.
import type { Browser, CDPSession } from 'playwright-core';
import type { App } from './apps.ts';
import { installProbe, type ProbeState } from './probe.ts';
import {
  ALLOWED_IN_FLIGHT,
  type Interval,
  QUIET_WINDOW_MS,
  type RequestSpan,
  timeToInteractive,
  totalBlockingTime,
} from './tti.ts';

export interface NetworkProfile {
  key: string;
  title: string;
  /** Added by Chromium to every request's response (ms): the target RTT × DevTools' factor. */
  latencyMs: number;
  /** Bytes per second. */
  download: number;
  upload: number;
  targetRttMs: number;
  /** What navigator.connection reports; left alone when not throttled. */
  connectionType?: 'cellular3g' | 'cellular4g';
}

/**
 * Chrome DevTools' presets, as defined in devtools-frontend front_end/core/sdk/NetworkManager.ts
 * (the latency and throughput are the nominal figures times DevTools' adjustment factors, so
 * that its per-request emulation comes close to a real link of that kind).
 */
export const NETWORK_PROFILES: Record<string, NetworkProfile> = {
  '3g': {
    key: '3g',
    title: 'DevTools "3G" preset (called "Slow 3G" until 2024)',
    latencyMs: 400 * 5,
    download: ((500 * 1000) / 8) * 0.8,
    upload: ((500 * 1000) / 8) * 0.8,
    targetRttMs: 400,
    connectionType: 'cellular3g',
  },
  'slow-4g': {
    key: 'slow-4g',
    title: 'DevTools "Slow 4G" preset (called "Fast 3G" until 2024; Lighthouse mobile)',
    latencyMs: 150 * 3.75,
    download: ((1.6 * 1000 * 1000) / 8) * 0.9,
    upload: ((750 * 1000) / 8) * 0.9,
    targetRttMs: 150,
    connectionType: 'cellular4g',
  },
  none: {
    key: 'none',
    title: 'no network throttling',
    latencyMs: 0,
    download: -1,
    upload: -1,
    targetRttMs: 0,
  },
};

export interface Settings {
  network: NetworkProfile;
  cpuThrottling: number;
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  /** Give up on a page after this long (ms). */
  maxWaitMs: number;
}

export interface Script {
  path: string;
  /** Bytes of the response body as sent (gzip). */
  gzip: number;
  /** When its last byte arrived (ms since navigation start). */
  arrivedMs: number;
  raw: number;
}

export interface RunResult {
  fcpMs: number;
  lcpMs: number;
  gridInDomMs: number;
  ttiMs: number;
  tbtMs: number;
  domContentLoadedMs: number;
  loadMs: number;
  longTasks: number;
  requests: number;
  /** Every response body the page received until it was idle, as sent (gzip where text). */
  transferBytes: number;
  scripts: Script[];
  /** Every other response after the document, as sent: path and bytes. */
  otherResources: { path: string; bytes: number }[];
  jsGzipBytes: number;
  /** The part of jsGzipBytes that had arrived by first contentful paint. */
  jsGzipBytesBeforeFcp: number;
  jsRawBytes: number;
  failedRequests: string[];
  pageErrors: string[];
}

interface Snapshot {
  now: number;
  fcp: number | undefined;
  probe: ProbeState;
}

const POLL_MS = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tracks requests in flight from the DevTools protocol, for the runner's "is it idle yet". */
function trackNetwork(cdp: CDPSession) {
  const inFlight = new Map<string, { url: string; timestamp: number }>();
  const failed: string[] = [];
  let documentTimestamp: number | undefined;
  let quietSince = Date.now();
  const update = () => {
    if (inFlight.size > ALLOWED_IN_FLIGHT) quietSince = Number.POSITIVE_INFINITY;
    else if (quietSince === Number.POSITIVE_INFINITY) quietSince = Date.now();
  };
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:') || e.request.url.startsWith('blob:')) return;
    if (e.type === 'Document' && documentTimestamp === undefined) documentTimestamp = e.timestamp;
    if (!inFlight.has(e.requestId))
      inFlight.set(e.requestId, { url: e.request.url, timestamp: e.timestamp });
    update();
  });
  cdp.on('Network.loadingFinished', (e) => {
    inFlight.delete(e.requestId);
    update();
  });
  cdp.on('Network.loadingFailed', (e) => {
    const request = inFlight.get(e.requestId);
    if (request) failed.push(`${request.url} (${e.errorText})`);
    inFlight.delete(e.requestId);
    update();
  });
  return {
    failed,
    quietForMs: () => (inFlight.size > ALLOWED_IN_FLIGHT ? 0 : Date.now() - quietSince),
    /** Requests still open, on the page's clock (ms since the document request). */
    open: (): RequestSpan[] =>
      [...inFlight.values()].map((r) => ({
        start: (r.timestamp - (documentTimestamp ?? r.timestamp)) * 1000,
      })),
  };
}

export async function measure(
  browser: Browser,
  app: App,
  url: string,
  settings: Settings,
): Promise<RunResult> {
  const context = await browser.newContext({
    viewport: settings.viewport,
    deviceScaleFactor: settings.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    ignoreHTTPSErrors: true,
  });
  try {
    await context.addInitScript(installProbe, {
      appId: app.id,
      readySelector: app.readySelector,
      readyText: app.readyText,
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const { network } = settings;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latencyMs,
      downloadThroughput: network.download,
      uploadThroughput: network.upload,
      ...(network.connectionType ? { connectionType: network.connectionType } : {}),
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: settings.cpuThrottling });
    const tracker = trackNetwork(cdp);

    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit', timeout: settings.maxWaitMs });
    let snap: Snapshot | undefined;
    for (;;) {
      await sleep(POLL_MS);
      snap = await page.evaluate(
        (): Snapshot => ({
          now: performance.now(),
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          probe: window.__homeLoad as ProbeState,
        }),
      );
      const lastTaskEnd = Math.max(0, ...snap.probe.longTasks.map(([, end]) => end));
      const cpuQuiet = snap.fcp !== undefined && snap.now - Math.max(snap.fcp, lastTaskEnd);
      if (
        snap.fcp !== undefined &&
        snap.probe.gridInDom >= 0 &&
        Number(cpuQuiet) >= QUIET_WINDOW_MS &&
        tracker.quietForMs() >= QUIET_WINDOW_MS
      )
        break;
      if (Date.now() - started > settings.maxWaitMs) {
        const seen = snap.fcp === undefined ? 'no first contentful paint' : 'no quiet 5 s window';
        const grid =
          snap.probe.gridInDom < 0
            ? `, and its home grid (${app.readySelector}) never appeared`
            : '';
        const errors = pageErrors.length ? `; page errors: ${pageErrors.join('; ')}` : '';
        throw new Error(
          `${app.name}: ${seen} after ${settings.maxWaitMs / 1000} s${grid}${errors}`,
        );
      }
    }

    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const resources = (
        performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      ).map((r) => ({
        url: r.name,
        start: r.startTime,
        end: r.responseEnd,
        encoded: r.encodedBodySize,
        decoded: r.decodedBodySize,
      }));
      return {
        now: performance.now(),
        probe: window.__homeLoad as ProbeState,
        documentEnd: nav.responseEnd,
        documentBytes: nav.encodedBodySize,
        domContentLoaded: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd,
        resources,
      };
    });
    const fcp = snap.fcp as number;
    const longTasks: Interval[] = timing.probe.longTasks.map(([start, end]) => ({ start, end }));
    const requests: RequestSpan[] = [
      { start: 0, end: timing.documentEnd },
      ...timing.resources.map((r) => ({ start: r.start, end: r.end })),
      ...tracker.open(),
    ];
    const tti = timeToInteractive({
      fcp,
      domContentLoaded: timing.domContentLoaded,
      longTasks,
      requests,
      traceEnd: timing.now,
    });
    if (tti === undefined) throw new Error(`${app.name}: no TTI window in the recorded data`);

    const isScript = (url: string) => /\.m?js$/.test(new URL(url).pathname);
    const local = (url: string) => {
      const { pathname, origin } = new URL(url);
      return origin === new URL(page.url()).origin
        ? pathname.replace(`/zapps/${app.id}/`, '')
        : url;
    };
    const scripts: Script[] = timing.resources
      .filter((r) => isScript(r.url))
      .map((r) => ({
        path: local(r.url),
        gzip: r.encoded,
        raw: r.decoded,
        arrivedMs: Math.round(r.end),
      }))
      .sort((a, b) => b.gzip - a.gzip);
    const otherResources = timing.resources
      .filter((r) => !isScript(r.url))
      .map((r) => ({ path: local(r.url), bytes: r.encoded }));
    return {
      fcpMs: fcp,
      lcpMs: timing.probe.lcp,
      gridInDomMs: timing.probe.gridInDom,
      ttiMs: tti,
      tbtMs: totalBlockingTime(longTasks, fcp, tti),
      domContentLoadedMs: timing.domContentLoaded,
      loadMs: timing.load,
      longTasks: longTasks.length,
      requests: timing.resources.length + 1,
      transferBytes: timing.documentBytes + timing.resources.reduce((s, r) => s + r.encoded, 0),
      scripts,
      otherResources,
      jsGzipBytes: scripts.reduce((s, x) => s + x.gzip, 0),
      jsGzipBytesBeforeFcp: scripts.reduce((s, x) => s + (x.arrivedMs <= fcp ? x.gzip : 0), 0),
      jsRawBytes: scripts.reduce((s, x) => s + x.raw, 0),
      failedRequests: tracker.failed,
      pageErrors,
    };
  } finally {
    await context.close();
  }
}
