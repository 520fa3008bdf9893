// Runs in the page before any of its own scripts (Playwright addInitScript): plays the part of
// the Zalo host (window.APP_ID), and records what the runner reads after the load — long tasks,
// largest contentful paint, and when the home page's list of services first entered the DOM.
// Observers only: nothing here runs on the page's main thread until the browser reports an entry.

export interface ProbeOptions {
  /** Zalo injects window.APP_ID; zmp-ui's ZMPRouter uses `/zapps/<APP_ID>` as basename in production. */
  appId: string;
  /** A CSS selector for one service of the home page's grid (a link, a card). */
  readySelector: string;
  /** Text one of those elements must contain, when the selector alone says too little. */
  readyText?: string;
}

export interface ProbeState {
  /** [start, end] in ms since navigation start, of every task > 50 ms (Long Tasks API). */
  longTasks: [number, number][];
  /** The last largest-contentful-paint candidate (ms), or 0 before any. */
  lcp: number;
  /** When the first service of the grid was inserted (ms), or -1 before. */
  gridInDom: number;
}

declare global {
  interface Window {
    APP_ID?: string;
    __homeLoad?: ProbeState;
  }
}

/** Serialised by Playwright and run in the page: keep it self-contained. */
export function installProbe(options: ProbeOptions): void {
  window.APP_ID = options.appId;
  const state: ProbeState = { longTasks: [], lcp: 0, gridInDom: -1 };
  window.__homeLoad = state;
  performance.setResourceTimingBufferSize(5000);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      state.longTasks.push([e.startTime, e.startTime + e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    const last = entries[entries.length - 1];
    if (last) state.lcp = last.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });

  const present = () => {
    for (const el of document.querySelectorAll(options.readySelector)) {
      if (!options.readyText || el.textContent?.includes(options.readyText)) return true;
    }
    return false;
  };
  // Mutation records are delivered as a microtask after each DOM change (a React commit), so the
  // time is when the grid was committed, before it was painted.
  const observer = new MutationObserver(() => {
    if (state.gridInDom < 0 && present()) {
      state.gridInDom = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}
