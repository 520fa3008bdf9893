// The generated files that are data rather than templates: package.json (versions and the
// chosen modules), pnpm-workspace.yaml (pnpm settings, and overrides for local tarballs) and the
// example procedure, copied from @govmini/dossier/examples into the province's own JSON file.
import { judicialRecord } from '@govmini/dossier/examples';
import { englishProvinceName, type ProvinceChoice } from './province';
import type { ModuleId } from './templates';
import { versions } from './versions';

/** The example procedure a dossier app starts with: a province-level one (Sở Tư pháp). */
export const exampleProcedure = judicialRecord;

export function govminiPackagesFor(modules: readonly ModuleId[]): string[] {
  const names = ['@govmini/vn', '@govmini/platform', '@govmini/ui', '@govmini/auth'];
  for (const module of modules) names.push(`@govmini/${module}`);
  return names;
}

const sorted = (record: Record<string, string>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

const tool = (name: string): string => {
  const spec = versions.tools[name];
  if (!spec)
    throw new Error(`create-govmini-app: no version for ${name} (build/workspace-versions.ts).`);
  return spec;
};

export function packageJson(options: {
  packageName: string;
  displayName: string;
  province: ProvinceChoice;
  modules: readonly ModuleId[];
  /** `file:` specs of local tarballs, by package name. */
  local?: Readonly<Record<string, string>> | undefined;
}): string {
  const govmini: Record<string, string> = {};
  for (const name of govminiPackagesFor(options.modules)) {
    const version = versions.govmini[name];
    if (!version) throw new Error(`create-govmini-app: no version for ${name}.`);
    govmini[name] = options.local?.[name] ?? `^${version}`;
  }
  const manifest = {
    name: options.packageName,
    private: true,
    version: '0.1.0',
    description: `${options.displayName} — ứng dụng Zalo Mini App của ${options.province.fullName}, làm từ GovMini.`,
    type: 'module',
    scripts: {
      dev: 'vite --host 127.0.0.1 --port 3000',
      build: 'vite build',
      typecheck: 'tsc --noEmit',
      test: 'vitest run',
    },
    dependencies: sorted({
      ...govmini,
      react: tool('react'),
      'react-dom': tool('react-dom'),
      'zmp-sdk': tool('zmp-sdk'),
      'zmp-ui': tool('zmp-ui'),
    }),
    devDependencies: sorted(
      Object.fromEntries(
        [
          '@testing-library/dom',
          '@testing-library/react',
          '@types/node',
          '@types/react',
          '@types/react-dom',
          '@vitejs/plugin-react',
          'jsdom',
          'typescript',
          'vite',
          'vitest',
          'zmp-vite-plugin',
        ].map((name) => [name, tool(name)]),
      ),
    ),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * pnpm's settings for the app (pnpm reads them from pnpm-workspace.yaml, also in a single-package
 * project). Other package managers ignore the file; npm's flat node_modules has one React anyway.
 */
export function pnpmWorkspaceYaml(local?: Readonly<Record<string, string>>): string {
  const lines = [
    '# pnpm settings for this app (a single package: no "packages" list needed).',
    '',
    '# pnpm runs no install scripts unless allowed; esbuild (used by Vite) needs its own.',
    'allowBuilds:',
    '  esbuild: true',
    '',
    '# zmp-ui declares no React peer, so without this it resolves a React of its own and the app',
    '# crashes with two Reacts.',
    'packageExtensions:',
    '  zmp-ui:',
    '    peerDependencies:',
    '      react: "*"',
    '      react-dom: "*"',
    '      "@types/react": "*"',
    '',
    '# zmp-vite-plugin declares vite ^4 || ^5 but works with the Vite this app uses for `vite build`.',
    'peerDependencyRules:',
    '  allowedVersions:',
    `    zmp-vite-plugin>vite: "${
      tool('vite')
        .replace(/^[\^~]/, '')
        .split('.')[0]
    }"`,
  ];
  if (local && Object.keys(local).length > 0) {
    lines.push(
      '',
      '# Unreleased @govmini/* packages from local tarballs (create-govmini-app --local-packages):',
      '# every copy, also those the packages depend on, comes from these files.',
      'overrides:',
      ...Object.entries(local).map(([name, spec]) => `  "${name}": ${JSON.stringify(spec)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The example procedure as the province's own definition: its name in place of "Tỉnh Mẫu". */
export function procedureJson(province: ProvinceChoice): string {
  const en = englishProvinceName(province);
  const localise = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.replaceAll('Tỉnh Mẫu', province.fullName).replaceAll('Mẫu Province', en);
    }
    if (Array.isArray(value)) return value.map(localise);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localise(v)]));
    }
    return value;
  };
  return `${JSON.stringify(localise(exampleProcedure), null, 2)}\n`;
}
