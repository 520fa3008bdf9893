// Builds the benchmark pages (govmini.html, rjsf.html, plain.html) for production with Vite into
// dist/: minified, React's production build, as a mini app ships.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const outDir = path.join(here, 'dist');

const dossierSource = path.resolve(here, '..', '..', 'packages', 'dossier', 'src');
/** `--from-source`: @govmini/dossier from its TypeScript sources, without building it first. */
export const dossierFromSource: Record<string, string> = {
  '@govmini/dossier/testing': path.join(dossierSource, 'testing', 'index.ts'),
  '@govmini/dossier': path.join(dossierSource, 'index.ts'),
};

export async function buildPages(
  pages: readonly string[],
  aliases: Record<string, string> = {},
): Promise<void> {
  await build({
    root: here,
    configFile: false,
    mode: 'production',
    logLevel: 'warn',
    base: './',
    plugins: [react()],
    resolve: {
      // Exact specifiers only, so '@govmini/dossier' does not also catch '…/testing'.
      alias: Object.entries(aliases).map(([find, replacement]) => ({
        find: new RegExp(`^${find.replace(/[/.]/g, '\\$&')}$`),
        replacement,
      })),
    },
    build: {
      outDir,
      emptyOutDir: true,
      // One page's bundle is all of React and the form library: large by nature, not a problem.
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        input: Object.fromEntries(pages.map((p) => [p, path.join(here, `${p}.html`)])),
      },
    },
  });
}
