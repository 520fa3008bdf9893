import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    core: 'src/core/index.ts',
    phone: 'src/phone.ts',
    dialog: 'src/dialog.ts',
    testing: 'src/testing/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  splitting: true,
  external: ['react', 'react-dom', 'zmp-ui', '@govmini/platform', '@govmini/vn'],
});
