// The province backend's own session tokens: HS256 JWTs signed with jose. The first key signs;
// the others still verify, so a key can be rotated without signing everyone out, and removing
// it later ends the sessions it signed.
import { decodeProtectedHeader, errors, jwtVerify, SignJWT } from 'jose';
import { type ServerLocale, type SessionErrorCode, sessionMessages } from './messages';

export type { SessionErrorCode };

export class SessionError extends Error {
  override readonly name = 'SessionError';
  readonly code: SessionErrorCode;
  constructor(code: SessionErrorCode) {
    // The token itself is never part of the error.
    super(sessionMessages.vi[code]);
    this.code = code;
    Object.setPrototypeOf(this, new.target.prototype);
  }
  messageIn(locale: ServerLocale): string {
    return sessionMessages[locale][this.code];
  }
}

export function isSessionError(value: unknown, code?: SessionErrorCode): value is SessionError {
  return value instanceof SessionError && (code === undefined || value.code === code);
}

export interface SessionKey {
  /** Key id, written in the token header so verify picks the right key. */
  readonly kid: string;
  /** At least 32 bytes (HS256 needs a key as long as its output). */
  readonly secret: string | Uint8Array;
}

export interface SessionIssuerOptions {
  /** First = current signing key; the rest only verify (rotation). */
  keys: readonly SessionKey[];
  ttlMs: number;
  /** Default `govmini`. */
  issuer?: string;
  /** Default `govmini-auth`. */
  audience?: string;
  /** Epoch milliseconds; injectable for tests. */
  clock?: () => number;
}

export interface SessionClaims {
  /** Zalo user id. */
  sub: string;
  name?: string;
  /** Unique per token, so a server can revoke one session. */
  jti: string;
  /** Epoch milliseconds. */
  issuedAt: number;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export interface SessionIssuer {
  issue(claims: {
    sub: string;
    name?: string;
  }): Promise<{ token: string; expiresAt: number; jti: string }>;
  /** Rejects with SessionError: `expired`, or `invalid` (tampered, unknown kid, wrong alg…). */
  verify(token: string): Promise<SessionClaims>;
}

const encoder = new TextEncoder();

export function createSessionIssuer(options: SessionIssuerOptions): SessionIssuer {
  const { ttlMs } = options;
  const issuer = options.issuer ?? 'govmini';
  const audience = options.audience ?? 'govmini-auth';
  const clock = options.clock ?? Date.now;
  if (options.keys.length === 0) throw new TypeError('createSessionIssuer: at least one key');
  if (!Number.isFinite(ttlMs) || ttlMs < 1000) {
    throw new TypeError('createSessionIssuer: ttlMs must be at least 1000');
  }
  const keys = new Map<string, Uint8Array>();
  for (const key of options.keys) {
    const bytes = typeof key.secret === 'string' ? encoder.encode(key.secret) : key.secret;
    // Messages name the kid, never the secret.
    if (bytes.byteLength < 32) {
      throw new TypeError(`createSessionIssuer: key "${key.kid}" is shorter than 32 bytes`);
    }
    if (keys.has(key.kid)) throw new TypeError(`createSessionIssuer: duplicate kid "${key.kid}"`);
    keys.set(key.kid, bytes);
  }
  const [current] = options.keys;
  if (current === undefined) throw new TypeError('createSessionIssuer: at least one key');
  const signingKey = keys.get(current.kid) as Uint8Array;

  return {
    async issue({ sub, name }) {
      if (typeof sub !== 'string' || sub.length === 0)
        throw new TypeError('issue: sub is required');
      const now = clock();
      const iat = Math.floor(now / 1000);
      // JWT times are whole seconds; expiresAt is reported the way verify will enforce it.
      const exp = Math.floor((now + ttlMs) / 1000);
      const jti = crypto.randomUUID();
      const token = await new SignJWT(name === undefined ? {} : { name })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: current.kid })
        .setSubject(sub)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .setJti(jti)
        .sign(signingKey);
      return { token, expiresAt: exp * 1000, jti };
    },

    async verify(token) {
      if (typeof token !== 'string' || token.length === 0) throw new SessionError('invalid');
      let kid: unknown;
      try {
        kid = decodeProtectedHeader(token).kid;
      } catch {
        throw new SessionError('invalid');
      }
      const key = typeof kid === 'string' ? keys.get(kid) : undefined;
      if (key === undefined) throw new SessionError('invalid');
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          issuer,
          audience,
          currentDate: new Date(clock()),
          requiredClaims: ['sub', 'exp', 'iat', 'jti'],
        });
        const claims: SessionClaims = {
          sub: payload.sub as string,
          jti: payload.jti as string,
          issuedAt: (payload.iat as number) * 1000,
          expiresAt: (payload.exp as number) * 1000,
        };
        if (typeof payload.name === 'string') claims.name = payload.name;
        return claims;
      } catch (error) {
        // Only the kind of failure leaves this function; jose's errors can quote claims.
        throw new SessionError(error instanceof errors.JWTExpired ? 'expired' : 'invalid');
      }
    },
  };
}
