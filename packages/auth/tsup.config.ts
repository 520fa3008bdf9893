import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    server: 'src/server/index.ts',
    testing: 'src/testing/index.ts',
    conformance: 'src/testing/conformance-entry.ts',
    definitions: 'src/definitions.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  splitting: true,
  external: ['react', 'react-dom', 'hono', 'vitest', /^@govmini\//, 'jose'],
});
