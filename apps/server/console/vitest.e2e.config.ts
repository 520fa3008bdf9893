import { defineConfig } from 'vitest/config';
import { e2eTestConfig } from '../../../vitest.shared.ts';

// The staff console in Debian's Chromium against the real server (see e2e/harness.ts).
export default defineConfig({
  test: e2eTestConfig({
    environment: 'node',
    include: ['console/e2e/**/*.e2e.test.ts'],
  }),
});
