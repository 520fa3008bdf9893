// The release machinery, checked as Vitest tests so the repository's summary counts them:
// `pnpm --filter create-govmini-app test:registry`.
//   e2e/registry.test.ts          the release rehearsed against Verdaccio (scripts/check-registry-release.mjs)
//   e2e/workflows.test.ts         .github/workflows and the app template's CI, against GitHub's schema
//   e2e/package-metadata.test.ts  what every publishable package.json promises
//   e2e/release-tools.test.ts     the rehearsal's own parts, each shown to catch a problem
// Needs every publishable package built first (turbo: dependsOn build and ^build).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'e2e/registry.test.ts',
      'e2e/workflows.test.ts',
      'e2e/package-metadata.test.ts',
      'e2e/release-tools.test.ts',
    ],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/registry.json' },
    environment: 'node',
    // One file at a time: the rehearsal installs, typechecks and builds an app on two shared cores.
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
