// Zalo's Graph API as the simulated platform would need it, on 127.0.0.1, for dev mode only.
//
// @govmini/platform's createSimulatedPlatform mints its tokens in the browser:
//   access token   `sim-access.<user id>`
//   phone token    `sim-phoneNumber-<n>`  (yields the simulator's `phoneNumber`)
//   location token `sim-location-<n>`     (yields the simulator's `location`)
// so the server, asking this Graph exactly as it asks graph.zalo.me, signs in exactly the
// simulated platform's test citizens (the dev seed's list) and nobody else. Answers have
// Zalo's shape (HTTP 200 with `{ error: <number>, message }`, codes from ZALO_GRAPH_ERRORS).
//
// @govmini/auth/conformance's startFakeZaloGraph does not fit: it issues random tokens itself,
// while here the tokens come from the simulator in the browser. What this cannot check:
// whether a one-time token has expired (the simulator keeps the issue time in the browser) or
// was used before — the server refuses a reused token itself, before it asks the Graph.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SimulatedCitizen } from './dev-seed.ts';
import { assertDevModeAllowed } from './guard.ts';

export interface SimulatedZaloGraph {
  /** `http://127.0.0.1:<port>`: the server's ZALO_GRAPH_URL. */
  readonly url: string;
  close(): Promise<void>;
}

const ACCESS_PREFIX = 'sim-access.';
const CODE = /^sim-(phoneNumber|location)-[\w.-]{1,200}$/;

export async function startSimulatedZaloGraph(options: {
  appSecret: string;
  citizens: readonly SimulatedCitizen[];
  env?: NodeJS.ProcessEnv;
  now?: () => number;
}): Promise<SimulatedZaloGraph> {
  // Checked here too, whoever calls: this server vouches for people without Zalo.
  assertDevModeAllowed(options.env ?? process.env);
  const now = options.now ?? Date.now;
  const citizens = new Map(options.citizens.map((c) => [c.id, c]));

  const send = (res: ServerResponse, body: unknown, status = 200) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const header = (req: IncomingMessage, name: string) => {
    const value = req.headers[name];
    const first = Array.isArray(value) ? value[0] : value;
    return first ? first : undefined;
  };
  const citizenOf = (req: IncomingMessage) => {
    const token = header(req, 'access_token') ?? '';
    return token.startsWith(ACCESS_PREFIX)
      ? citizens.get(token.slice(ACCESS_PREFIX.length))
      : undefined;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET') return send(res, { error: -201, message: 'Invalid parameter' }, 405);
    if (url.pathname !== '/v2.0/me' && url.pathname !== '/v2.0/me/info') {
      return send(res, { error: 404, message: 'empty api' }, 404);
    }
    const citizen = citizenOf(req);
    // Zalo's answer to an unknown token (452); never echoes what it was sent.
    if (!citizen) return send(res, { error: 452, message: 'Session key invalid' });
    if (url.pathname === '/v2.0/me') {
      return send(res, { id: citizen.id, name: citizen.name });
    }
    if (header(req, 'secret_key') !== options.appSecret) {
      return send(res, { error: -104, message: 'App secret key invalid' });
    }
    const kind = CODE.exec(header(req, 'code') ?? '')?.[1];
    if (kind === 'phoneNumber') {
      return send(res, { data: { number: citizen.phoneNumber }, error: 0, message: 'Success' });
    }
    if (kind === 'location') {
      // Zalo sends the coordinates as strings.
      const data = {
        latitude: String(citizen.location.latitude),
        longitude: String(citizen.location.longitude),
        provider: 'gps',
        timestamp: String(now()),
      };
      return send(res, { data, error: 0, message: 'Success' });
    }
    return send(res, { error: -201, message: 'Invalid parameter' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
