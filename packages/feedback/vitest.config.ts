import { defineConfig } from 'vitest/config';
import { unitTestConfig } from '../../vitest.shared.ts';

export default defineConfig({
  test: unitTestConfig({ environment: 'jsdom', setupFiles: ['./test/locales.setup.ts'] }),
});
