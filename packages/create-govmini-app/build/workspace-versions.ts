// The versions a generated app depends on, read from this monorepo when the scaffolder is built
// (tsup and Vitest both inline them as __GOVMINI_VERSIONS__), so releasing the packages with
// Changesets bumps what new apps get without anyone editing a list.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WorkspaceVersions {
  /** create-govmini-app's own version. */
  readonly scaffolder: string;
  /** Every publishable @govmini/* package and its version. */
  readonly govmini: Readonly<Record<string, string>>;
  /** Third-party packages of the generated app, as the workspace pins them. */
  readonly tools: Readonly<Record<string, string>>;
}

/** Where each third-party version is read, first match wins: what the sample app runs on. */
const TOOL_SOURCES = ['apps/sample', 'packages/ui', 'packages/platform', '.'];

const TOOLS = [
  'react',
  'react-dom',
  'zmp-ui',
  'zmp-sdk',
  '@types/react',
  '@types/react-dom',
  '@types/node',
  '@vitejs/plugin-react',
  '@testing-library/react',
  'jsdom',
  'typescript',
  'vite',
  'vitest',
  'zmp-vite-plugin',
];

/**
 * Pinned here because no workspace package lists it: pnpm installs it as @testing-library/react's
 * peer (the lockfile's version), and a standalone app must name it.
 */
const NOT_IN_WORKSPACE: Record<string, string> = { '@testing-library/dom': '10.4.2' };

interface Manifest {
  name?: string;
  version?: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

export function readWorkspaceVersions(root: string): WorkspaceVersions {
  const govmini: Record<string, string> = {};
  for (const entry of readdirSync(join(root, 'packages'), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const manifest = readManifest(join(root, 'packages', entry.name));
    if (manifest.private || !manifest.name?.startsWith('@govmini/') || !manifest.version) continue;
    govmini[manifest.name] = manifest.version;
  }
  const manifests = TOOL_SOURCES.map((dir) => readManifest(join(root, dir)));
  const tools: Record<string, string> = { ...NOT_IN_WORKSPACE };
  for (const name of TOOLS) {
    const spec = manifests
      .map((m) => m.dependencies?.[name] ?? m.devDependencies?.[name])
      .find((s) => s !== undefined && !s.startsWith('workspace:'));
    if (!spec) {
      throw new Error(
        `create-govmini-app build: no version of ${name} in ${TOOL_SOURCES.join(', ')} — add it to one of them or to NOT_IN_WORKSPACE.`,
      );
    }
    tools[name] = spec;
  }
  const scaffolder = readManifest(join(root, 'packages', 'create-govmini-app')).version ?? '0.0.0';
  return { scaffolder, govmini, tools };
}
