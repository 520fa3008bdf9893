// A fetch handler (a Hono app, any `{ fetch }`) served over real HTTP on 127.0.0.1 at a free
// port, through @hono/node-server: the tests that check a contract "over a real socket".
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

export interface Loopback {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly baseUrl: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

export async function serveOnLoopback(app: {
  fetch: (request: Request) => Response | Promise<Response>;
}): Promise<Loopback> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(started),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
