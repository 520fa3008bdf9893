// A static server on 127.0.0.1 that serves built mini apps the way a CDN would: each app at
// /zapps/<APP_ID>/ (Zalo serves every mini app under https://h5.zdn.vn/zapps/<APP_ID>/, and
// zmp-ui's router takes that path as its basename), the app's name standing for its APP_ID;
// text files gzip-compressed at zlib's default level (as a server compressing on the fly, and as
// apps/sample/scripts/home-size.mjs counts them), over HTTP/2 with TLS (a self-signed
// certificate made by openssl for the run) or HTTP/1.1 in the clear.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer as createHttp1Server, type IncomingMessage } from 'node:http';
import { createSecureServer, type Http2ServerRequest } from 'node:http2';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.ttf', '.ico']);

export type Protocol = 'h2' | 'h1';

export interface Site {
  /** The apps: APP_ID → folder of the build. */
  apps: Record<string, string>;
  protocol: Protocol;
}

export interface Served {
  origin: string;
  /** The URL of an app's home page: /zapps/<APP_ID>/. */
  urlOf(appId: string): string;
  protocol: Protocol;
  close(): Promise<void>;
}

interface Body {
  raw: Buffer;
  gzip?: Buffer;
  type: string;
}

/** A self-signed certificate for 127.0.0.1, valid for a day; the browser context ignores its issuer. */
function certificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'home-load-tls-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function serve(site: Site): Promise<Served> {
  const cache = new Map<string, Body | null>();
  const prefix = '/zapps/';

  /** The file for a URL path, read and compressed once; SPA paths fall back to index.html. */
  function lookup(pathname: string): Body | null {
    if (!pathname.startsWith(prefix)) return null;
    const [app, ...rest] = pathname.slice(prefix.length).split('/');
    const root = app ? site.apps[app] : undefined;
    if (!root) return null;
    let file = path.join(root, path.normalize(`/${rest.join('/')}`));
    if (!file.startsWith(root)) return null;
    if (!path.extname(file) || (existsSync(file) && statSync(file).isDirectory()))
      file = path.join(root, 'index.html');
    if (cache.has(file)) return cache.get(file) ?? null;
    let body: Body | null = null;
    if (existsSync(file)) {
      const ext = path.extname(file);
      const raw = readFileSync(file);
      body = {
        raw,
        gzip: COMPRESSIBLE.has(ext) ? gzipSync(raw) : undefined,
        type: TYPES[ext] ?? 'application/octet-stream',
      };
    }
    cache.set(file, body);
    return body;
  }

  // What both the HTTP/1.1 and the HTTP/2 compatibility responses offer.
  interface Response {
    writeHead(status: number, headers: Record<string, string>): unknown;
    end(payload: Buffer): unknown;
  }
  const handle = (req: IncomingMessage | Http2ServerRequest, res: Response) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const body = lookup(pathname);
    if (!body) {
      res.writeHead(404, { 'content-length': '0' });
      res.end(Buffer.alloc(0));
      return;
    }
    const gzip = body.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const payload = gzip ? (body.gzip as Buffer) : body.raw;
    res.writeHead(200, {
      'content-type': body.type,
      'content-length': String(payload.length),
      'cache-control': 'no-cache',
      ...(body.gzip ? { vary: 'accept-encoding' } : {}),
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(payload);
  };

  const server =
    site.protocol === 'h2'
      ? createSecureServer({ ...certificate(), allowHTTP1: true }, handle)
      : createHttp1Server(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `${site.protocol === 'h2' ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    origin,
    protocol: site.protocol,
    urlOf: (appId) => `${origin}${prefix}${appId}/`,
    close: () =>
      new Promise((resolve) => {
        // HTTP/2 sessions stay open in the browser; close() waits for them, so do not wait long.
        const timer = setTimeout(resolve, 1000);
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}
