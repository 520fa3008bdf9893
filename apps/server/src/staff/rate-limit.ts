// Failed staff logins, counted per client IP and per (IP, username): past the limit, the login
// answers 429 without checking the password, until the window has passed. Counting the pair
// stops guessing one officer's password; counting the IP stops spraying many usernames; not
// counting the username alone means nobody can lock an officer out from elsewhere.
// In memory, per instance: behind a load balancer each instance counts its own (the limit
// multiplies by the instance count, still far below what guessing needs).

export interface LoginLimits {
  /** Failures per (IP, username) in the window. Default 5. */
  readonly perAccount: number;
  /** Failures per IP in the window. Default 20. */
  readonly perIp: number;
  /** Default 15 minutes. */
  readonly windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccount: 5,
  perIp: 20,
  windowMs: 15 * 60_000,
};

export interface LoginLimiter {
  /** Seconds to wait when blocked, else 0. */
  blockedFor(ip: string, username: string): number;
  failed(ip: string, username: string): void;
  succeeded(ip: string, username: string): void;
}

export function createLoginLimiter(now: () => number, limits = DEFAULT_LOGIN_LIMITS): LoginLimiter {
  // Key → failure times (epoch ms), oldest first.
  const failures = new Map<string, number[]>();
  const accountKey = (ip: string, username: string) =>
    `a\n${ip}\n${username.trim().toLowerCase().slice(0, 100)}`;
  const ipKey = (ip: string) => `i\n${ip}`;

  const recent = (key: string): number[] => {
    const since = now() - limits.windowMs;
    const list = (failures.get(key) ?? []).filter((at) => at > since);
    if (list.length === 0) failures.delete(key);
    else failures.set(key, list);
    return list;
  };
  const waitFor = (list: number[], max: number) =>
    list.length >= max
      ? Math.max(1, Math.ceil(((list[list.length - max] ?? 0) + limits.windowMs - now()) / 1000))
      : 0;

  // Old entries go now and then, so a flood of IPs cannot grow the map for ever.
  let sweeps = 0;
  const sweep = () => {
    if (++sweeps % 256 !== 0) return;
    for (const key of [...failures.keys()]) recent(key);
  };

  return {
    blockedFor(ip, username) {
      return Math.max(
        waitFor(recent(accountKey(ip, username)), limits.perAccount),
        waitFor(recent(ipKey(ip)), limits.perIp),
      );
    },
    failed(ip, username) {
      sweep();
      const at = now();
      for (const key of [accountKey(ip, username), ipKey(ip)]) {
        failures.set(key, [...recent(key), at]);
      }
    },
    succeeded(ip, username) {
      failures.delete(accountKey(ip, username));
    },
  };
}
