// Waiting for the app to be quiet before doing work the citizen did not ask for: the page
// loaded, no response arriving and no long task for a while, then an idle callback. The home
// page waits for this before fetching the app's providers (app.tsx), and every screen before
// fetching other screens' code ahead (prefetch-screens.ts). Small: the home page's code has it.

/**
 * How long the network must have been quiet on the home page: Lighthouse's "interactive"
 * window, which the home page gets to itself (its code, styles and first taps come first).
 */
export const FIRST_QUIET_HOME_MS = 5000;

/** Resolves when `start` calls done; rejects (and stops it) when `signal` aborts. */
export function until(signal: AbortSignal, start: (done: () => void) => () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      stop();
      reject(signal.reason);
    };
    const stop = start(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Done at once when `ready()`, else at the next `type` event on `target`. */
export const onEvent =
  (target: EventTarget, type: string, ready: () => boolean) => (done: () => void) => {
    if (ready()) {
      done();
      return () => {};
    }
    target.addEventListener(type, done, { once: true });
    return () => target.removeEventListener(type, done);
  };

/** Done in the browser's next idle period (soon after, where it has no requestIdleCallback). */
export function idle(done: () => void) {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(done, 50);
    return () => window.clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(() => done(), { timeout: 10_000 });
  return () => window.cancelIdleCallback(handle);
}

/** Done once the page has loaded (its `load` event). */
export const loaded = (done: () => void) =>
  onEvent(window, 'load', () => document.readyState === 'complete')(done);

/**
 * Watches the page until `signal` aborts: responses (every resource: scripts, styles, images,
 * API calls) and long tasks (over 50 ms on the main thread), those before the call included.
 * `quiet(ms)` resolves once there has been neither for `ms()` (asked again at each check, so a
 * caller can shorten the wait) — Lighthouse's test of "interactive", less its allowance of two
 * requests in flight, which Resource Timing does not show.
 */
export function watchActivity(signal: AbortSignal) {
  let lastActivity = performance.now();
  const observer =
    typeof PerformanceObserver === 'function'
      ? new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            lastActivity = Math.max(lastActivity, entry.startTime + entry.duration);
          }
        })
      : undefined;
  const types =
    typeof PerformanceObserver === 'function' ? PerformanceObserver.supportedEntryTypes : [];
  for (const type of ['resource', 'longtask']) {
    if (types.includes(type)) observer?.observe({ type, buffered: true });
  }
  signal.addEventListener('abort', () => observer?.disconnect(), { once: true });
  const quiet = (ms: () => number) =>
    until(signal, (done) => {
      let timer = 0;
      const check = () => {
        const wait = lastActivity + ms() - performance.now();
        if (wait <= 0) done();
        else timer = window.setTimeout(check, wait);
      };
      check();
      return () => window.clearTimeout(timer);
    });
  return { quiet };
}

/**
 * Resolves once the page has loaded, neither a response nor a long task has come for
 * FIRST_QUIET_HOME_MS, and the browser is idle; rejects when `signal` aborts.
 */
export async function settled(signal: AbortSignal): Promise<void> {
  const { quiet } = watchActivity(signal);
  await until(signal, loaded);
  await quiet(() => FIRST_QUIET_HOME_MS);
  await until(signal, idle);
}
