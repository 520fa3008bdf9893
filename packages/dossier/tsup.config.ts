import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    core: 'src/core/index.ts',
    examples: 'src/examples/index.ts',
    server: 'src/server/index.ts',
    testing: 'src/testing/index.ts',
    conformance: 'src/testing/conformance-entry.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  splitting: true,
  external: [
    'react',
    'react-dom',
    'react-hook-form',
    'zod',
    'qrcode-generator',
    'hono',
    'vitest',
    /^@govmini\//,
  ],
});
