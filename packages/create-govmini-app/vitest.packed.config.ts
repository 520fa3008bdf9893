// The packed-app proof (scripts/check-packed-app.mjs) as Vitest tests, one per step, so the
// repository's summary counts them: `pnpm --filter create-govmini-app test:packed`. Then the
// guide's steps on the same app (e2e/guide-steps.ts): docs/guide's screenshots, in Chromium.
// Needs every publishable package built first (turbo: dependsOn build and ^build).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/packed-app.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/packed.json' },
    environment: 'node',
    fileParallelism: false,
    // pnpm install from the registry on a cold cache, and vite build, on two shared cores.
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
