// Links to uploaded photos. A published report's photo has a plain, cacheable address. A photo
// anyone else may not see gets a signed one: an `<img>` sends no Authorization header (the app
// session is a bearer token, not a cookie), so the grant travels in the URL, and is made to be
// useless elsewhere — it names one session, expires within minutes, and /api/files still asks
// on every load whether that session's citizen may see the photo (README "Private photos").
//
//   <publicUrl>/api/files/photos/<id>?exp=<unix seconds>&sid=<session id>&sig=<HMAC>
//
// The HMAC (SHA-256) covers the kind, the id, the expiry and the session, under a key derived
// from each SESSION_KEYS secret for this purpose alone (never the key that signs sessions): the
// first signs, all verify, so rotating the session keys rotates these too.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { SessionKey } from '@govmini/auth/server';

/** A signed link lives at least this long… */
export const SIGNED_LINK_MIN_LIFE_MS = 10 * 60_000;
/** …and ends on the next multiple of this, so a screen reloaded soon after gets the same URL
 * (and the phone its cached copy). */
export const SIGNED_LINK_STEP_MS = 5 * 60_000;
/** The longest a signed link can live: a link claiming longer is refused. */
export const SIGNED_LINK_MAX_LIFE_MS = SIGNED_LINK_MIN_LIFE_MS + SIGNED_LINK_STEP_MS;

export type FileKind = 'photos';

export interface SignedLink {
  readonly url: string;
  /** Epoch milliseconds after which the URL is refused. */
  readonly expiresMs: number;
}

export interface VerifiedLink {
  readonly sessionId: string;
  readonly expiresMs: number;
}

export interface FileLinks {
  /** The plain address: for photos anyone may see, or a request with the session header. */
  plain(kind: FileKind, id: string): string;
  /** An address that lets `sessionId`'s holder load the file without a header, for minutes. */
  signed(kind: FileKind, id: string, sessionId: string): SignedLink;
  /** The session a request's query was signed for, if the signature is ours and still live. */
  verify(
    kind: FileKind,
    id: string,
    query: Record<string, string | undefined>,
  ): VerifiedLink | undefined;
}

const SESSION_ID = /^[A-Za-z0-9-]{1,64}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

const deriveKey = (secret: string | Uint8Array) =>
  Buffer.from(hkdfSync('sha256', secret, 'govmini', 'govmini/file-link/v1', 32));

export function createFileLinks(options: {
  readonly keys: readonly SessionKey[];
  readonly publicUrl: () => string;
  readonly now: () => number;
}): FileLinks {
  if (options.keys.length === 0) throw new Error('createFileLinks: no session keys');
  const keys = options.keys.map((key) => deriveKey(key.secret));
  const mac = (key: Buffer, kind: FileKind, id: string, exp: number, sessionId: string) =>
    createHmac('sha256', key).update(`${kind}\n${id}\n${exp}\n${sessionId}`).digest();
  const plain = (kind: FileKind, id: string) =>
    `${options.publicUrl()}/api/files/${kind}/${encodeURIComponent(id)}`;

  return {
    plain,
    signed(kind, id, sessionId) {
      if (!SESSION_ID.test(sessionId)) throw new Error('createFileLinks: not a session id');
      const earliest = options.now() + SIGNED_LINK_MIN_LIFE_MS;
      const expiresMs = Math.ceil(earliest / SIGNED_LINK_STEP_MS) * SIGNED_LINK_STEP_MS;
      const exp = expiresMs / 1000;
      const sig = mac(keys[0] as Buffer, kind, id, exp, sessionId).toString('base64url');
      return { url: `${plain(kind, id)}?exp=${exp}&sid=${sessionId}&sig=${sig}`, expiresMs };
    },
    verify(kind, id, query) {
      const { exp: rawExp, sid, sig } = query;
      if (!rawExp || !sid || !sig || !/^\d{1,12}$/.test(rawExp)) return undefined;
      if (!SESSION_ID.test(sid) || !SIGNATURE.test(sig)) return undefined;
      const exp = Number(rawExp);
      const expiresMs = exp * 1000;
      const now = options.now();
      if (expiresMs <= now || expiresMs > now + SIGNED_LINK_MAX_LIFE_MS) return undefined;
      const given = Buffer.from(sig, 'base64url');
      const ok = keys.some((key) => timingSafeEqual(mac(key, kind, id, exp, sid), given));
      return ok ? { sessionId: sid, expiresMs } : undefined;
    },
  };
}
