// The commune list is supplied by the app, never bundled into @govmini/vn (a province may
// host a newer file). This plugin serves it at /data/vn-admin-units-2025.json in dev and
// copies it into the build. Default source: ../shared/data beside the repository;
// GOVMINI_ADMIN_DATA points elsewhere.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const ADMIN_DATA_URL = '/data/vn-admin-units-2025.json';

const here = dirname(fileURLToPath(import.meta.url));

export function adminDataPath(): string {
  return (
    process.env.GOVMINI_ADMIN_DATA ??
    resolve(here, '..', '..', '..', 'shared', 'data', 'vn-admin-units-2025.json')
  );
}

export function adminDataPlugin(): Plugin {
  const file = adminDataPath();
  return {
    name: 'govmini-admin-data',
    configResolved(config) {
      if (!existsSync(file)) {
        config.logger.warn(
          `[govmini] Không thấy dữ liệu đơn vị hành chính tại ${file}. ` +
            'Set GOVMINI_ADMIN_DATA to the path of vn-admin-units-2025.json; commune search stays off until then.',
        );
      }
    },
    configureServer(server) {
      server.middlewares.use(ADMIN_DATA_URL, (_req, res) => {
        if (!existsSync(file)) {
          res.statusCode = 404;
          res.end();
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'max-age=3600');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      if (existsSync(file)) {
        this.emitFile({
          type: 'asset',
          fileName: ADMIN_DATA_URL.slice(1),
          source: readFileSync(file),
        });
      }
    },
  };
}
