import { defineConfig } from 'tsup';
import { screenEntries } from '../../scripts/screen-entries.mjs';

const entry = {
  index: 'src/index.ts',
  core: 'src/core/index.ts',
  open311: 'src/open311/index.ts',
  server: 'src/server/index.ts',
  testing: 'src/testing/index.ts',
  conformance: 'src/testing/conformance-entry.ts',
};

export default defineConfig({
  // Each screen folder is an entry too (see scripts/screen-entries.mjs); types only for the public ones.
  entry: { ...entry, ...screenEntries() },
  format: ['esm', 'cjs'],
  dts: { entry },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  splitting: true,
  external: ['react', 'react-dom', 'hono', 'vitest', /^@govmini\//],
});
