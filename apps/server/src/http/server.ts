// Listening, and stopping well: on SIGTERM or SIGINT the server stops accepting connections,
// answers new requests on kept-alive connections with 503 (so a load balancer retries them on
// another instance), lets requests in flight finish for up to SHUTDOWN_GRACE_MS, then closes
// the database. A second signal stops at once (main.ts).
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { ServerContext } from '../context.ts';
import { createApp } from './app.ts';
import { mergedOpenApi } from './openapi.ts';

export interface RunningServer {
  /** `http://host:port` actually bound (port 0 picks a free one). */
  readonly url: string;
  /** Graceful: waits for requests in flight (up to the grace period), then closes the database. */
  close(): Promise<void>;
}

export async function startServer(
  context: ServerContext & { setPublicUrl?(url: string): void },
  options: { host?: string; port?: number; closeContext?: boolean } = {},
): Promise<RunningServer> {
  let draining = false;
  // Compiled into validators before the first request (the server URL plays no part in them).
  const openapi = await mergedOpenApi('/');
  const app = createApp(context, { draining: () => draining, openapi });
  const host = options.host ?? context.config.host;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve(
      { fetch: app.fetch, hostname: host, port: options.port ?? context.config.port },
      () => resolve(started),
    );
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  context.setPublicUrl?.(url);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      draining = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      // A connection becomes idle once its response is written: close those as they come, so
      // requests in flight finish and nothing waits for a keep-alive timeout.
      const sweep = setInterval(() => {
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }, 25);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        stopped,
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, context.config.shutdownGraceMs);
        }),
      ]);
      clearInterval(sweep);
      clearTimeout(timer);
      // Past the grace period: whatever is still open is cut.
      if ('closeAllConnections' in server) server.closeAllConnections();
      await stopped;
      if (options.closeContext !== false) await context.close();
    })());
  return { url, close };
}
