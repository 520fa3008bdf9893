import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import { readWorkspaceVersions } from './build/workspace-versions.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  // Types too: the public API mentions Province and Theme, and nothing of @govmini is installed.
  dts: { entry: { index: 'src/index.ts' }, resolve: [/^@govmini\//] },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  treeshake: true,
  splitting: true,
  // The province list, the theme engine and the example procedure are bundled: a scaffolder
  // that `pnpm create` runs once should install nothing (and no React) to run.
  noExternal: [/^@govmini\//],
  define: { __GOVMINI_VERSIONS__: JSON.stringify(readWorkspaceVersions(root)) },
});
