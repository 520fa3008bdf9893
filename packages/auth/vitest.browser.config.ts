import { defineConfig } from 'vitest/config';
import { browserTestConfig } from '../../vitest.shared.ts';

export default defineConfig(async () => ({
  // Pre-bundled up front, so a first run never sees two copies of React while Vite discovers them.
  optimizeDeps: {
    include: ['react', 'react-dom', 'react-dom/client', '@testing-library/react', 'axe-core'],
  },
  test: await browserTestConfig({ setupFiles: ['./test/locales.setup.ts'] }),
}));
