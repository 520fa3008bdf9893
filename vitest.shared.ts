// Shared Vitest settings. Every run writes a JSON report under `reports/` so that
// scripts/test-all.sh can add up one `N passed, N failed` line for the whole repository.
import type { ViteUserConfig } from 'vitest/config';

type TestOptions = NonNullable<ViteUserConfig['test']>;

/** Unit tests: Node or jsdom, no real browser. Files: `*.test.ts(x)`. */
export function unitTestConfig(overrides: TestOptions = {}): TestOptions {
  return {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: ['**/*.browser.test.*', '**/*.e2e.test.*', '**/node_modules/**', '**/dist/**'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
    // Property tests walk thousands of cases; on a shared 2-core machine 5 s is too tight.
    testTimeout: 20_000,
    ...overrides,
  };
}

/** Chromium flags measured to work on these machines (TOOLCHAIN.md "A real browser"). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, or whatever CHROMIUM_PATH names (scripts/bootstrap.sh sets it). */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** End-to-end tests that drive real Chromium with playwright-core. Files: `*.e2e.test.ts`. */
export function e2eTestConfig(overrides: TestOptions = {}): TestOptions {
  return {
    include: ['e2e/**/*.e2e.test.ts', 'src/**/*.e2e.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/browser.json' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    ...overrides,
  };
}

/**
 * Component and storage tests inside real Chromium (Vitest browser mode + Playwright).
 * Files: `*.browser.test.ts(x)`.
 */
export async function browserTestConfig(overrides: TestOptions = {}): Promise<TestOptions> {
  const { playwright } = await import('@vitest/browser-playwright');
  return {
    include: ['src/**/*.browser.test.{ts,tsx}'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/browser.json' },
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
      }),
      instances: [{ browser: 'chromium' }],
    },
    ...overrides,
  };
}
