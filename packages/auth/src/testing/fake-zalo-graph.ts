// A real HTTP server on 127.0.0.1 that answers like graph.zalo.me, so the server helpers are
// tested over a socket rather than with function mocks. Answers follow what is recorded for
// Zalo (HTTP 200 with `{ error: <number>, message }`); the numbers come from ZALO_GRAPH_ERRORS,
// including its `assumed` rows for stale and reused one-time codes. Node only, exported from
// @govmini/auth/conformance; node:http is still imported only when the server starts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeZaloUser {
  id: string;
  name: string;
  avatarUrl?: string;
}

export interface FakeZaloGraphOptions {
  appSecret: string;
  users: readonly FakeZaloUser[];
  /** Epoch milliseconds; share it with the code under test to age tokens. */
  clock?: () => number;
  /** Default 1 hour. */
  accessTokenTtlMs?: number;
}

/** `down`: 502 with an HTML page; `slow`: answers after `slowMs`; `region`: Zalo's -501. */
export type FakeZaloFault = 'down' | 'slow' | 'region' | null;

export interface FakeZaloGraph {
  /** `http://127.0.0.1:<port>`, to pass as `baseUrl`. */
  readonly url: string;
  issueAccessToken(userId: string, options?: { ttlMs?: number }): string;
  /** `phone` in Zalo's `84…` form (a leading `+` or `0` is converted). Valid 2 minutes, once. */
  issuePhoneCode(userId: string, phone: string): string;
  issueLocationCode(
    userId: string,
    location: { latitude: number; longitude: number; provider?: string },
  ): string;
  setFault(fault: FakeZaloFault, options?: { slowMs?: number }): void;
  /** What arrived (paths and which headers were present, never their values). */
  readonly requests: readonly { path: string; headers: readonly string[] }[];
  close(): Promise<void>;
}

/** Zalo's one-time phone/location tokens live about 2 minutes (zmp-sdk d.ts). */
export const ZALO_CODE_TTL_MS = 2 * 60 * 1000;

interface CodeEntry {
  userId: string;
  issuedAt: number;
  used: boolean;
  data: Record<string, unknown>;
}

export async function startFakeZaloGraph(options: FakeZaloGraphOptions): Promise<FakeZaloGraph> {
  const clock = options.clock ?? Date.now;
  const accessTtl = options.accessTokenTtlMs ?? 60 * 60 * 1000;
  const users = new Map(options.users.map((user) => [user.id, user]));
  const accessTokens = new Map<string, { userId: string; expiresAt: number }>();
  const codes = new Map<string, CodeEntry>();
  const requests: { path: string; headers: string[] }[] = [];
  let fault: FakeZaloFault = null;
  let slowMs = 10_000;

  const token = (prefix: string) => {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
    return `${prefix}${Buffer.from(bytes).toString('base64url')}`;
  };
  const requireUser = (userId: string) => {
    if (!users.has(userId)) throw new Error(`fake Zalo: unknown user ${userId}`);
  };

  function send(res: ServerResponse, body: unknown, status = 200) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  }

  // Returns the user id, or answers the error itself.
  function checkAccessToken(req: IncomingMessage, res: ServerResponse): string | undefined {
    const value = header(req, 'access_token');
    const entry = value === undefined ? undefined : accessTokens.get(value);
    if (entry === undefined) {
      // Hostile on purpose: echoes the token, so tests prove callers drop Zalo's message.
      send(res, { error: 452, message: `Session key invalid ${value ?? ''}`.trim() });
      return undefined;
    }
    if (clock() > entry.expiresAt) {
      send(res, { error: -124, message: 'Access token invalid' });
      return undefined;
    }
    return entry.userId;
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({
      path: url.pathname,
      headers: ['access_token', 'code', 'secret_key'].filter(
        (name) => header(req, name) !== undefined,
      ),
    });
    if (fault === 'down') {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body>502 Bad Gateway</body></html>');
      return;
    }
    if (fault === 'region') {
      send(res, {
        error: -501,
        message: 'Personal information is limited due to IP address not inside Vietnam',
      });
      return;
    }
    if (req.method !== 'GET') {
      send(res, { error: -201, message: 'Invalid parameter' }, 405);
      return;
    }
    if (url.pathname === '/v2.0/me') {
      const userId = checkAccessToken(req, res);
      if (userId === undefined) return;
      const user = users.get(userId) as FakeZaloUser;
      const fields = (url.searchParams.get('fields') ?? 'id').split(',');
      const body: Record<string, unknown> = { id: user.id };
      if (fields.includes('name')) body.name = user.name;
      if (fields.includes('picture') && user.avatarUrl !== undefined) {
        body.picture = { data: { url: user.avatarUrl } };
      }
      send(res, body);
      return;
    }
    if (url.pathname === '/v2.0/me/info') {
      const userId = checkAccessToken(req, res);
      if (userId === undefined) return;
      if (header(req, 'secret_key') !== options.appSecret) {
        send(res, { error: -104, message: 'App secret key invalid' });
        return;
      }
      const code = header(req, 'code');
      const entry = code === undefined ? undefined : codes.get(code);
      if (entry === undefined || entry.userId !== userId) {
        send(res, { error: -201, message: 'Invalid parameter' });
        return;
      }
      if (entry.used) {
        send(res, { error: -1102, message: 'Code was used' });
        return;
      }
      entry.used = true;
      if (clock() - entry.issuedAt > ZALO_CODE_TTL_MS) {
        send(res, { error: -1101, message: 'Code expired' });
        return;
      }
      send(res, { data: entry.data, error: 0, message: 'Success' });
      return;
    }
    send(res, { error: 404, message: 'empty api' }, 404);
  }

  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    if (fault === 'slow') {
      const timer = setTimeout(() => handle(req, res), slowMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    issueAccessToken(userId, issue = {}) {
      requireUser(userId);
      const value = token('fake-at.');
      accessTokens.set(value, { userId, expiresAt: clock() + (issue.ttlMs ?? accessTtl) });
      return value;
    },
    issuePhoneCode(userId, phone) {
      requireUser(userId);
      const digits = phone.replace(/\D/g, '');
      const number = digits.startsWith('0') ? `84${digits.slice(1)}` : digits;
      const value = token('fake-phone.');
      codes.set(value, { userId, issuedAt: clock(), used: false, data: { number } });
      return value;
    },
    issueLocationCode(userId, location) {
      requireUser(userId);
      const value = token('fake-loc.');
      // Zalo sends the coordinates as strings in public examples.
      const data = {
        latitude: String(location.latitude),
        longitude: String(location.longitude),
        provider: location.provider ?? 'gps',
        timestamp: String(clock()),
      };
      codes.set(value, { userId, issuedAt: clock(), used: false, data });
      return value;
    },
    setFault(next, faultOptions = {}) {
      fault = next;
      slowMs = faultOptions.slowMs ?? 10_000;
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === '' ? undefined : first;
}
