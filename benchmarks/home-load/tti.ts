// Time to interactive, by Lighthouse's definition (lighthouse core/computed/metrics/interactive.js
// and core/lib/network-monitor.js, re-implemented here over data the page itself reports):
//
//   after first contentful paint, find the first 5 s window with no long task (> 50 ms) in
//   which at most 2 GET requests are in flight; TTI is the start of that window's CPU-quiet
//   period (the end of the last long task before it), and never earlier than FCP or
//   DOMContentLoaded.
//
// All times are milliseconds since navigation start (the page's performance.now() clock).

export const QUIET_WINDOW_MS = 5000;
export const ALLOWED_IN_FLIGHT = 2;
export const LONG_TASK_MS = 50;

export interface Interval {
  start: number;
  end: number;
}

/** A network request; `end` undefined while it is still in flight. */
export interface RequestSpan {
  start: number;
  end?: number;
}

/** Periods in which at most ALLOWED_IN_FLIGHT requests were in flight, until `traceEnd`. */
export function networkQuietPeriods(
  requests: readonly RequestSpan[],
  traceEnd: number,
): Interval[] {
  const boundaries: { time: number; isStart: boolean }[] = [];
  for (const r of requests) {
    boundaries.push({ time: r.start, isStart: true });
    if (r.end !== undefined) boundaries.push({ time: r.end, isStart: false });
  }
  boundaries.sort((a, b) => a.time - b.time);
  const periods: Interval[] = [];
  let inFlight = 0;
  let quietStart = 0;
  for (const b of boundaries) {
    if (b.time > traceEnd) break;
    if (b.isStart) {
      if (inFlight === ALLOWED_IN_FLIGHT) periods.push({ start: quietStart, end: b.time });
      inFlight += 1;
    } else {
      inFlight -= 1;
      if (inFlight === ALLOWED_IN_FLIGHT) quietStart = b.time;
    }
  }
  if (inFlight <= ALLOWED_IN_FLIGHT) periods.push({ start: quietStart, end: traceEnd });
  return periods.filter((p) => p.end > p.start);
}

/** The gaps between long tasks, from 0 to `traceEnd`. */
export function cpuQuietPeriods(longTasks: readonly Interval[], traceEnd: number): Interval[] {
  const tasks = [...longTasks].sort((a, b) => a.start - b.start);
  if (tasks.length === 0) return [{ start: 0, end: traceEnd }];
  const periods: Interval[] = [{ start: 0, end: tasks[0]?.start ?? 0 }];
  for (const [i, task] of tasks.entries()) {
    periods.push({ start: task.end, end: tasks[i + 1]?.start ?? traceEnd });
  }
  return periods;
}

export interface TtiInput {
  fcp: number;
  domContentLoaded: number;
  longTasks: readonly Interval[];
  requests: readonly RequestSpan[];
  /** How far the page was observed. */
  traceEnd: number;
}

/** TTI in ms, or undefined when no quiet window was observed before `traceEnd`. */
export function timeToInteractive(input: TtiInput): number | undefined {
  const { fcp, traceEnd } = input;
  const longEnough = (p: Interval) =>
    p.end > fcp + QUIET_WINDOW_MS && p.end - p.start >= QUIET_WINDOW_MS;
  const cpu = cpuQuietPeriods(
    input.longTasks.filter((t) => t.end - t.start > LONG_TASK_MS),
    traceEnd,
  ).filter(longEnough);
  const network = networkQuietPeriods(input.requests, traceEnd).filter(longEnough);
  let c = 0;
  let n = 0;
  while (c < cpu.length && n < network.length) {
    const cpuPeriod = cpu[c] as Interval;
    const netPeriod = network[n] as Interval;
    if (cpuPeriod.start >= netPeriod.start) {
      if (netPeriod.end >= cpuPeriod.start + QUIET_WINDOW_MS)
        return Math.max(cpuPeriod.start, fcp, input.domContentLoaded);
      n += 1;
    } else {
      if (cpuPeriod.end >= netPeriod.start + QUIET_WINDOW_MS)
        return Math.max(cpuPeriod.start, fcp, input.domContentLoaded);
      c += 1;
    }
  }
  return undefined;
}

/** Total blocking time: the part over 50 ms of every long task between FCP and TTI. */
export function totalBlockingTime(
  longTasks: readonly Interval[],
  fcp: number,
  tti: number,
): number {
  let total = 0;
  for (const t of longTasks) {
    const start = Math.max(t.start, fcp);
    const end = Math.min(t.end, tti);
    // Lighthouse clips a task to the window, then counts what exceeds 50 ms of the clipped part.
    if (end - start > LONG_TASK_MS) total += end - start - LONG_TASK_MS;
  }
  return total;
}
