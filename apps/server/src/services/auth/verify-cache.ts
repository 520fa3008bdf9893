// Session tokens verified once, then remembered until they expire: every citizen request checks
// its token (the rate limiter and the service both ask), and jose's HMAC runs through WebCrypto,
// a thread-pool job each time — a measurable share of a submission's CPU. Only tokens that
// verified are kept, keyed by the whole token, so a forged or tampered one is checked every
// time; revocation (sign-out, refresh) is still looked up in the database on every request.
import type { SessionClaims, SessionIssuer } from '@govmini/auth/server';

export function withVerifyCache(
  issuer: SessionIssuer,
  options: { now: () => number; max?: number },
): SessionIssuer {
  const max = options.max ?? 20_000;
  const known = new Map<string, SessionClaims>();
  return {
    issue: (claims) => issuer.issue(claims),
    async verify(token) {
      const cached = known.get(token);
      if (cached && cached.expiresAt > options.now()) return cached;
      if (cached) known.delete(token);
      const claims = await issuer.verify(token);
      known.set(token, claims);
      // Maps keep insertion order: the oldest entry goes first.
      if (known.size > max) known.delete(known.keys().next().value as string);
      return claims;
    },
  };
}
