import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    react: 'src/react/index.ts',
    testing: 'src/testing/index.ts',
    outbox: 'src/outbox/index.ts',
    media: 'src/media/index.ts',
    http: 'src/http/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  splitting: true,
  // zmp-sdk is loaded lazily by createZaloPlatform only; never bundled.
  external: ['zmp-sdk', 'zmp-sdk/apis', 'react', 'vitest'],
});
