import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { unitTestConfig } from '../../vitest.shared.ts';
import { readWorkspaceVersions } from './build/workspace-versions.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  define: { __GOVMINI_VERSIONS__: JSON.stringify(readWorkspaceVersions(root)) },
  test: unitTestConfig({ environment: 'node' }),
});
