import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type ProxyOptions } from 'vite';
import zaloMiniApp from 'zmp-vite-plugin';
import { adminDataPlugin } from './admin-data.ts';

const appRoot = dirname(fileURLToPath(import.meta.url));

/**
 * The backend switch (src/backend/index.ts), checked before anything starts: in server mode the
 * dev server proxies the API to the reference server (same origin: no CORS), and a build needs
 * the server's full URL (inside Zalo the app is not served by a proxy).
 */
function backendSettings(command: 'serve' | 'build', mode: string) {
  const env = loadEnv(mode, appRoot, ['VITE_GOVMINI_', 'GOVMINI_SERVER_URL']);
  const backend = env.VITE_GOVMINI_BACKEND || 'memory';
  if (backend !== 'server' && backend !== 'memory') {
    throw new Error(`VITE_GOVMINI_BACKEND must be "server" or "memory" (it is "${backend}").`);
  }
  const apiUrl = env.VITE_GOVMINI_API_URL || '/api';
  if (backend === 'memory') return { backend, proxy: undefined };
  if (command === 'build' && !/^https?:\/\//.test(apiUrl)) {
    throw new Error(
      'VITE_GOVMINI_BACKEND=server: a build needs VITE_GOVMINI_API_URL, the server’s full API ' +
        'URL (e.g. https://dichvucong.tinhmau.gov.vn/api); inside Zalo nothing proxies /api.',
    );
  }
  if (!apiUrl.startsWith('/')) return { backend, proxy: undefined };
  const target = env.GOVMINI_SERVER_URL || 'http://127.0.0.1:8787';
  const proxy: Record<string, ProxyOptions> = { [apiUrl]: { target, changeOrigin: false } };
  return { backend, proxy, target };
}

export default defineConfig(({ command, mode }) => {
  const { backend, proxy, target } = backendSettings(command, mode);
  return {
    plugins: [
      react(),
      zaloMiniApp(),
      adminDataPlugin(),
      {
        name: 'tinh-mau-backend',
        configResolved(config) {
          if (command === 'serve') {
            config.logger.info(
              backend === 'server'
                ? `  Backend: the reference server${target ? ` (${target}, proxied at /api)` : ''}`
                : '  Backend: in-browser memory services (VITE_GOVMINI_BACKEND=memory)',
            );
          }
        },
      },
    ],
    server: { strictPort: false, ...(proxy ? { proxy } : {}) },
  };
});
