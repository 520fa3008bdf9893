// One production build of the sample for the size checks (home-size.mjs, zalo-package.mjs), so
// `pnpm size` builds once: the app's own vite.config.ts, into a temporary folder, with Vite's
// manifest (home-size.mjs walks it). The manifest lands in `.vite/`, which a plain `vite build`
// does not write, so zalo-package.mjs leaves that folder out.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What the manifest build adds to a plain `vite build`'s output. */
export const MANIFEST_DIR = '.vite';

/** Builds into a new temporary folder; `dispose()` removes it. */
export async function buildOnce() {
  const outDir = mkdtempSync(join(tmpdir(), 'tinh-mau-build-'));
  // zmp-vite-plugin reads ./app-config.json from the working folder.
  const cwd = process.cwd();
  process.chdir(appRoot);
  try {
    const { build } = await import('vite');
    await build({
      root: appRoot,
      configFile: join(appRoot, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, manifest: true, reportCompressedSize: false },
    });
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  } finally {
    process.chdir(cwd);
  }
  return { outDir, dispose: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** True when `meta` (a module's import.meta) is the script node was started with. */
export const isMain = (meta) =>
  process.argv[1] && resolve(process.argv[1]) === fileURLToPath(meta.url);
