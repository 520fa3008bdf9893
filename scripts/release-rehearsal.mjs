// The actions of the release rehearsal (scripts/check-registry-release.mjs) over one shared
// context: version a temporary copy with Changesets, rebuild the scaffolder, publish to the local
// registry and check what it serves, record the published sizes, and check what an app installed.
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, lastLines, readJson, root, runOrFail, singleCopyProblems } from './app-checks.mjs';
import {
  changelogOf,
  changelogSection,
  packagesIn,
  readChangesets,
  tarballSizes,
} from './release-copy.mjs';

/** The one changeset of the second release, and the breaking change of the pre-release. */
export const PATCH_CHANGESET = {
  id: 'rehearsal-vn-patch',
  releases: { '@govmini/vn': 'patch' },
  summary: 'Release rehearsal: a patch to `@govmini/vn` that every dependent must pick up.',
};
export const BREAKING_CHANGESET = {
  id: 'rehearsal-ui-breaking',
  releases: { '@govmini/ui': 'major' },
  summary:
    'Release rehearsal: a breaking change in `@govmini/ui` (a component prop renamed) that every dependent must announce.',
};
export const PRE_TAG = 'next';
export const FAKE_TOKEN = 'govmini-rehearsal-fake-token';
const SIZES_REPORT = join(root, 'packages', 'create-govmini-app', 'reports', 'registry-sizes.json');

export const writeChangeset = (repo, { id, releases, summary }) =>
  writeFileSync(
    join(repo, '.changeset', `${id}.md`),
    `---\n${Object.entries(releases)
      .map(([name, type]) => `"${name}": ${type}`)
      .join('\n')}\n---\n\n${summary}\n`,
  );

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** A rehearsal's context and actions; `ctx.tmp` and `ctx.registry` are set by its first steps. */
export function createRehearsal({ log = (line) => console.log(line) } = {}) {
  const ctx = {
    /** @type {string | undefined} */ tmp: undefined,
    /** @type {Awaited<ReturnType<typeof startLocalRegistry>> | undefined} */ registry: undefined,
    names: /** @type {string[]} */ ([]),
    versions: /** @type {Record<string, string>} */ ({}),
    sizes: /** @type {Record<string, object[]>} */ ({}),
    appTests: /** @type {number[]} */ ([]),
  };
  const repo = () => join(ctx.tmp, 'repo');
  const app = () => join(ctx.tmp, 'apps', 'tay-ninh-so');
  /** Every command that talks to a registry talks to ours, with caches that die with the run. */
  const registryEnv = () => ({
    PNPM_CONFIG_REGISTRY: ctx.registry.url,
    npm_config_registry: ctx.registry.url,
    PNPM_CONFIG_CACHE_DIR: join(ctx.tmp, 'pnpm-cache'),
    npm_config_cache: join(ctx.tmp, 'npm-cache'),
  });
  const govminiNames = () => ctx.names.filter((n) => n.startsWith('@govmini/'));

  const packument = async (name) => {
    const response = await fetch(`${ctx.registry.url}${name.replace('/', '%2f')}`);
    return response.ok ? response.json() : undefined;
  };

  const version = async (label, { pre = false } = {}) => {
    const changesets = readChangesets(repo());
    await runOrFail('changeset version', 'changeset', ['version'], { cwd: repo() });
    const packages = packagesIn(repo());
    const found = new Set(ctx.names.map((name) => packages.get(name).manifest.version));
    if (found.size !== 1)
      fail(`The fixed group did not release one version: ${[...found].join(', ')}.`);
    const [next] = found;
    if (pre !== next.includes(`-${PRE_TAG}.`))
      fail(
        `${label}: version ${next} is ${pre ? 'not' : 'unexpectedly'} a ${PRE_TAG} pre-release.`,
      );
    // Each changeset's text is in the CHANGELOG of each package it names.
    const problems = changesets.flatMap(({ id, releases, summary }) =>
      Object.keys(releases)
        .filter((name) => packages.has(name))
        .filter(
          (name) =>
            !changelogSection(changelogOf(repo(), name), next)?.includes(summary.split('\n')[0]),
        )
        .map((name) => `${name}: CHANGELOG.md ## ${next} lacks the text of .changeset/${id}.md`),
    );
    if (problems.length) fail(problems);
    ctx.versions[label] = next;
    return next;
  };

  /** create-govmini-app inlines the @govmini/* versions when built: rebuilt after versioning. */
  const rebuildScaffolder = async (expected) => {
    const dir = join(repo(), 'packages', 'create-govmini-app');
    await runOrFail('tsup (create-govmini-app)', 'tsup', [], { cwd: dir });
    const printed = (
      await runOrFail('create-govmini-app --version', process.execPath, [
        join(dir, 'dist', 'cli.js'),
        '--version',
      ])
    ).stdout.trim();
    if (printed !== expected)
      fail(`create-govmini-app --version prints ${printed}, not ${expected}.`);
  };

  const publish = async (expectedVersion, tag) => {
    const result = await runOrFail('changeset publish', 'changeset', ['publish'], {
      cwd: repo(),
      env: registryEnv(),
    });
    const problems = [];
    for (const name of ctx.names) {
      const doc = await packument(name);
      const published = doc?.versions?.[expectedVersion];
      if (!published) {
        problems.push(`${name}@${expectedVersion} is not in the registry`);
        continue;
      }
      if (doc['dist-tags']?.[tag] !== expectedVersion)
        problems.push(
          `${name}: dist-tag ${tag} is ${doc['dist-tags']?.[tag]}, not ${expectedVersion}`,
        );
      for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
        for (const [dep, spec] of Object.entries(published[field] ?? {})) {
          if (String(spec).startsWith('workspace:'))
            problems.push(`${name}: ${field}.${dep} was published as "${spec}"`);
          else if (ctx.names.includes(dep) && spec !== expectedVersion)
            problems.push(`${name}: ${field}.${dep} is "${spec}", not ${expectedVersion}`);
        }
      }
    }
    if (problems.length) fail([...problems, lastLines(result)]);
  };

  /** Sizes of what the registry now serves for `version`, from the tarballs themselves. */
  const recordSizes = async (version) => {
    const rows = [];
    for (const name of ctx.names) {
      const doc = await packument(name);
      const tarball = doc.versions[version].dist.tarball;
      const response = await fetch(tarball);
      if (!response.ok) fail(`${tarball}: HTTP ${response.status}`);
      rows.push({ name, version, ...tarballSizes(Buffer.from(await response.arrayBuffer())) });
    }
    ctx.sizes[version] = rows;
    mkdirSync(join(SIZES_REPORT, '..'), { recursive: true });
    writeFileSync(
      SIZES_REPORT,
      `${JSON.stringify({ registry: 'Verdaccio (scripts/registry-server)', releases: ctx.sizes }, null, 2)}\n`,
    );
    log(`  published sizes, ${version} (packed · unpacked · files):`);
    for (const row of rows)
      log(
        `    ${row.name.padEnd(20)} ${kb(row.packed).padStart(10)} · ${kb(row.unpacked).padStart(10)} · ${row.files}`,
      );
  };

  /** Every @govmini/* package of the app installed once, at `version`, depending on `version`. */
  const installedAt = (version) => {
    const exact = (name) =>
      new RegExp(`^${name.replace('/', '\\+')}@${version.replace(/\./g, '\\.')}(?=$|[_(])`);
    const problems = singleCopyProblems(app(), govminiNames(), (name, entry) =>
      !name.startsWith('@govmini/') || exact(name).test(entry)
        ? undefined
        : `${name}: installed as ${entry}, not ${version} from the registry`,
    );
    const lockfile = readFileSync(join(app(), 'pnpm-lock.yaml'), 'utf8');
    for (const name of govminiNames().filter((n) => existsSync(join(app(), 'node_modules', n)))) {
      const manifest = readJson(
        join(realpathSync(join(app(), 'node_modules', name)), 'package.json'),
      );
      for (const [dep, spec] of Object.entries(manifest.dependencies ?? {})) {
        if (dep.startsWith('@govmini/') && spec !== version)
          problems.push(`${name}@${manifest.version} depends on ${dep}@${spec}, not ${version}`);
      }
      if (manifest.version === version && !lockfile.includes(`'${name}@${version}':`))
        problems.push(`${name}@${version} is not in the app's pnpm-lock.yaml`);
    }
    return problems;
  };

  return {
    ctx,
    repo,
    app,
    registryEnv,
    govminiNames,
    packument,
    version,
    rebuildScaffolder,
    publish,
    recordSizes,
    installedAt,
  };
}
