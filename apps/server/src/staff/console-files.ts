// Serves the built console (dist/console, made by `pnpm --filter @govmini/server build`) at
// /staff: hashed assets cached for a year, every other path the app's index.html (the console
// routes in the browser), with a strict Content-Security-Policy. Files are read once and kept
// in memory: the whole console is a few hundred kilobytes.
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Scripts only from us; styles also inline (the theme is injected as a <style> element). */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(c: Context) {
  c.header('content-security-policy', CONSOLE_CSP);
  c.header('x-content-type-options', 'nosniff');
  c.header('x-frame-options', 'DENY');
  c.header('referrer-policy', 'no-referrer');
  c.header('cross-origin-opener-policy', 'same-origin');
}

interface Loaded {
  readonly index: Uint8Array | undefined;
  readonly assets: ReadonlyMap<string, { bytes: Uint8Array; type: string }>;
}

async function load(root: string): Promise<Loaded> {
  const assets = new Map<string, { bytes: Uint8Array; type: string }>();
  let index: Uint8Array | undefined;
  try {
    index = await readFile(join(root, 'index.html'));
    for (const name of await readdir(join(root, 'assets'))) {
      const type = TYPES[extname(name)];
      if (type) assets.set(name, { bytes: await readFile(join(root, 'assets', name)), type });
    }
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  }
  return { index, assets };
}

const NOT_BUILT =
  'Giao diện cán bộ chưa được build. Vui lòng chạy: pnpm --filter @govmini/server build\n' +
  'The staff console is not built yet. Please run: pnpm --filter @govmini/server build\n';

export function consoleFiles(root: string) {
  let loaded: Promise<Loaded> | undefined;
  return async (c: Context) => {
    loaded ??= load(root);
    const { index, assets } = await loaded;
    securityHeaders(c);
    const name = c.req.path.startsWith('/staff/assets/') ? c.req.path.slice(14) : undefined;
    if (name !== undefined) {
      const asset = assets.get(name);
      if (!asset) return c.text('Not found', 404);
      c.header('content-type', asset.type);
      c.header('cache-control', 'public, max-age=31536000, immutable');
      return c.body(asset.bytes as Uint8Array<ArrayBuffer>);
    }
    if (!index) {
      // Not built: say how, rather than a blank page.
      c.header('cache-control', 'no-store');
      return c.text(NOT_BUILT, 503);
    }
    c.header('content-type', TYPES['.html'] as string);
    c.header('cache-control', 'no-cache');
    return c.body(index as Uint8Array<ArrayBuffer>);
  };
}
