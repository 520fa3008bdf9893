// In-page timing, the same for every page (README.md "Method"). Imported first by each page,
// so its window listeners are added before React's.
//
// A keystroke starts at its `keydown` (capture on window: the first JavaScript to see it).
// - `work` ends when the `input` event has bubbled back up to window: every handler has run,
//   and so have their microtasks (React 18 commits a discrete update in one, right after its
//   own listener returns). Reading layout there makes the browser do the style and layout the
//   keystroke left pending. This is the main thread's cost of the keystroke, without waiting for
//   the display.
// - `frame` ends after the next frame: requestAnimationFrame, then a setTimeout(0) queued inside
//   it, which runs after that frame's style, layout and paint. What the citizen waits for.

import { FIELD_COUNT } from '../procedure';

export interface Keystroke {
  /** ms from keydown until the event's work, the commit and style/layout are done. */
  readonly work: number;
  /** ms from keydown until the frame after the input event is produced. */
  readonly frame: number;
}

export interface BenchWindow {
  /** The form is in the page: FIELD_COUNT inputs exist. */
  ready: boolean;
  /** ms from navigation start until FIELD_COUNT inputs were in the DOM. */
  readyMs: number;
  /** ms from the page's render call (see renderStarted) until FIELD_COUNT inputs were in the DOM. */
  mountMs: number;
  renderStartMs: number;
  /** How many times the library reported a changed value (pages with such a callback count). */
  changes: number;
  /** keydowns seen so far. */
  keydowns: number;
  /** Timings of the n-th keystroke (1-based), once its frame is done. */
  keystroke(n: number): Promise<Keystroke>;
}

declare global {
  interface Window {
    bench: BenchWindow;
  }
}

const durations = new Map<number, Keystroke>();
const waiting = new Map<number, (timing: Keystroke) => void>();
let started = -1;
let measuring = 0;

function finish(n: number, timing: Keystroke): void {
  durations.set(n, timing);
  waiting.get(n)?.(timing);
  waiting.delete(n);
}

window.addEventListener(
  'keydown',
  () => {
    window.bench.keydowns += 1;
    measuring = window.bench.keydowns;
    started = performance.now();
  },
  { capture: true },
);

let workEnd: ((now: number) => void) | undefined;

window.addEventListener(
  'input',
  () => {
    if (started < 0) return;
    const from = started;
    const n = measuring;
    started = -1;
    let work = Number.NaN;
    workEnd = (now) => {
      work = now - from;
    };
    requestAnimationFrame(() =>
      setTimeout(() => {
        // work stays NaN if something stopped the input event's propagation; the runner says so.
        workEnd = undefined;
        finish(n, { work, frame: performance.now() - from });
      }, 0),
    );
  },
  { capture: true },
);

window.addEventListener('input', () => {
  if (!workEnd) return;
  // Reading layout makes the browser do the style and layout the keystroke left pending.
  document.documentElement.getBoundingClientRect();
  workEnd(performance.now());
});

window.bench = {
  ready: false,
  readyMs: Number.NaN,
  mountMs: Number.NaN,
  renderStartMs: Number.NaN,
  changes: 0,
  keydowns: 0,
  keystroke: (n) => {
    const known = durations.get(n);
    if (known !== undefined) return Promise.resolve(known);
    return new Promise((resolve) => waiting.set(n, resolve));
  },
};

/**
 * Called by a page right before it renders its form: mount time then leaves out loading and
 * module set-up (the memory backend and the simulator are test doubles an app does not have).
 */
export function renderStarted(): void {
  window.bench.renderStartMs = performance.now();
}

// "Mounted" means the same for both libraries: all the form's inputs are in the document.
// The observer's callback runs in the microtask after React's commit inserts them.
const mounted = new MutationObserver(() => {
  if (document.querySelectorAll('input').length < FIELD_COUNT) return;
  mounted.disconnect();
  window.bench.readyMs = performance.now();
  window.bench.mountMs = window.bench.readyMs - window.bench.renderStartMs;
  window.bench.ready = true;
});
mounted.observe(document, { childList: true, subtree: true });
