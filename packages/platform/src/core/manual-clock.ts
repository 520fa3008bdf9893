// A Clock that moves only when a test says so: timers run in time order (ties in the order they
// were set), and promise callbacks settle between two timers, as they would between two tasks.
import type { Clock } from './scheduler';

export interface ManualClock extends Clock {
  /** Moves time forward by `ms`, running each timer that falls due on the way. */
  advance(ms: number): Promise<void>;
  /** Timers set and neither run nor cleared yet. */
  readonly pending: number;
}

interface Timer {
  readonly id: number;
  readonly at: number;
  readonly fn: () => void;
}

// One real macrotask drains every queued microtask, however long the promise chain. Taken at
// import, so a test that later fakes the global timers cannot stall it.
const macrotask: (fn: () => void) => void =
  typeof setImmediate === 'function'
    ? setImmediate
    : (fn) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          fn();
        };
        channel.port2.postMessage(null);
      };
const settle = () => new Promise<void>((resolve) => macrotask(resolve));

export function createManualClock(start = 0): ManualClock {
  let now = start;
  let nextId = 1;
  let timers: Timer[] = [];

  return {
    now: () => now,
    setTimeout(fn, ms) {
      const timer = { id: nextId++, at: now + Math.max(0, Number(ms) || 0), fn };
      timers.push(timer);
      return timer.id;
    },
    clearTimeout(handle) {
      timers = timers.filter((timer) => timer.id !== handle);
    },
    get pending() {
      return timers.length;
    },
    async advance(ms) {
      const target = now + ms;
      await settle();
      for (;;) {
        let due: Timer | undefined;
        for (const timer of timers) {
          if (timer.at <= target && (!due || timer.at < due.at)) due = timer;
        }
        if (!due) break;
        const { id, at, fn } = due;
        timers = timers.filter((timer) => timer.id !== id);
        now = at;
        fn();
        await settle();
      }
      now = target;
      await settle();
    },
  };
}
