// Fixed-window request counters per key (a client IP, a citizen), in this instance's memory.
// With several instances behind a load balancer each counts its own share, so the effective
// limit is the configured one times the number of instances: cheap, and enough to stop a
// runaway client or script; a province that needs one global limit puts it in the balancer.
export interface RateLimiter {
  /** Counts one request; `retryAfterMs` > 0 when this key is over its limit. */
  take(key: string): { ok: boolean; retryAfterMs: number };
}

export function createRateLimiter(options: {
  max: number;
  windowMs: number;
  now?: () => number;
  /** Keys remembered at most (oldest windows dropped first). */
  maxKeys?: number;
}): RateLimiter {
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 100_000;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key) {
      const at = now();
      let window = windows.get(key);
      if (!window || at - window.start >= options.windowMs) {
        windows.delete(key);
        window = { start: at, count: 0 };
        windows.set(key, window);
        if (windows.size > maxKeys) {
          // Maps keep insertion order: the first keys are the stalest windows.
          for (const [k, w] of windows) {
            if (windows.size <= maxKeys * 0.9 && at - w.start < options.windowMs) break;
            windows.delete(k);
          }
        }
      }
      window.count++;
      if (window.count <= options.max) return { ok: true, retryAfterMs: 0 };
      return { ok: false, retryAfterMs: window.start + options.windowMs - at };
    },
  };
}
