import { defineConfig } from 'tsup';
import { screenEntries } from '../../scripts/screen-entries.mjs';

const entry = {
  index: 'src/index.ts',
  core: 'src/core/index.ts',
  phone: 'src/phone.ts',
  dialog: 'src/dialog.ts',
  testing: 'src/testing/index.ts',
};

export default defineConfig({
  // Each component folder is an entry too (see scripts/screen-entries.mjs); types only for the public ones.
  entry: { ...entry, ...screenEntries() },
  format: ['esm', 'cjs'],
  dts: { entry },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  splitting: true,
  external: ['react', 'react-dom', 'zmp-ui', '@govmini/platform', '@govmini/vn'],
});
