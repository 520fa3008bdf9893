// The staff console, built into dist/console, which the server serves at /staff (mountStaff).
// Built by `pnpm --filter @govmini/server build`; the turbo pipeline builds before tests.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/staff/',
  plugins: [react()],
  build: {
    outDir: here('../dist/console'),
    emptyOutDir: true,
    // Officers' browsers are current; no legacy bundle.
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
});
