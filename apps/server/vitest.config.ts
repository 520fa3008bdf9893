import { defineConfig } from 'vitest/config';
import { unitTestConfig } from '../../vitest.shared.ts';

// Node only: real sockets on 127.0.0.1, a fake Zalo Graph, SQLite in memory and, when
// scripts/test.sh started one, a throwaway PostgreSQL cluster.
export default defineConfig({
  test: unitTestConfig({
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    exclude: ['**/node_modules/**', 'console/**', 'dist/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  }),
});
