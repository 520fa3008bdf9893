// A throwaway copy of the repository's release state, for rehearsing a release without touching
// the working tree: the workspace manifests, .changeset/ and the publishable packages with their
// built dist/, git-initialised so Changesets finds commits and tags as in CI. Also: reading
// changeset files, and the sizes of a published tarball.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fail, publishablePackages, root, runOrFail } from './app-checks.mjs';

/** Never copied: installs, caches and outputs of earlier runs. */
const SKIPPED = new Set([
  'node_modules',
  'reports',
  '.turbo',
  'coverage',
  'www',
  'storybook-static',
]);

/** Every workspace package folder (pnpm-workspace.yaml: packages/*, apps/*, benchmarks). */
function workspaceDirs() {
  const dirs = ['benchmarks'];
  for (const parent of ['packages', 'apps']) {
    for (const entry of readdirSync(join(root, parent), { withFileTypes: true })) {
      if (entry.isDirectory()) dirs.push(`${parent}/${entry.name}`);
    }
  }
  return dirs.filter((dir) => existsSync(join(root, dir, 'package.json')));
}

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'GovMini release rehearsal',
  GIT_AUTHOR_EMAIL: 'release-rehearsal@localhost',
  GIT_COMMITTER_NAME: 'GovMini release rehearsal',
  GIT_COMMITTER_EMAIL: 'release-rehearsal@localhost',
};

export async function commitAll(repo, message) {
  await runOrFail('git add', 'git', ['add', '-A'], { cwd: repo, env: GIT_ENV });
  await runOrFail('git commit', 'git', ['commit', '-q', '--allow-empty', '-m', message], {
    cwd: repo,
    env: GIT_ENV,
  });
}

/**
 * Copies what a release needs into `into` and makes it a git repository on `main`. The
 * scaffolder's node_modules is linked, not copied, so it can be rebuilt there with new versions.
 */
export async function copyReleaseState(into) {
  mkdirSync(into, { recursive: true });
  for (const file of ['package.json', 'pnpm-workspace.yaml', 'LICENSE', 'tsconfig.base.json']) {
    cpSync(join(root, file), join(into, file));
  }
  for (const file of ['.npmrc', '.gitignore']) {
    if (existsSync(join(root, file))) cpSync(join(root, file), join(into, file));
  }
  cpSync(join(root, '.changeset'), join(into, '.changeset'), { recursive: true });
  mkdirSync(join(into, 'scripts'));
  cpSync(
    join(root, 'scripts', 'changesets-changelog.mjs'),
    join(into, 'scripts', 'changesets-changelog.mjs'),
  );
  // Every workspace manifest, so the dependency graph Changesets sees is the real one.
  for (const dir of workspaceDirs()) {
    mkdirSync(join(into, dir), { recursive: true });
    cpSync(join(root, dir, 'package.json'), join(into, dir, 'package.json'));
  }
  for (const { dir } of publishablePackages()) {
    const name = basename(dir);
    cpSync(dir, join(into, 'packages', name), {
      recursive: true,
      filter: (source) => !SKIPPED.has(basename(source)),
    });
  }
  symlinkSync(
    join(root, 'packages', 'create-govmini-app', 'node_modules'),
    join(into, 'packages', 'create-govmini-app', 'node_modules'),
  );
  await runOrFail('git init', 'git', ['init', '-q', '-b', 'main'], { cwd: into, env: GIT_ENV });
  await commitAll(into, 'Release state copied from the working tree');
}

/**
 * The changesets waiting in `.changeset/`: { id, releases: {name: type}, summary }. A file whose
 * front matter is broken (a Markdown formatter turns `"pkg": minor` + `---` into a heading) fails
 * here with its name, instead of deep inside `changeset version`.
 */
export function readChangesets(repo) {
  const dir = join(repo, '.changeset');
  const problems = [];
  const changesets = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    const text = readFileSync(join(dir, file), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
    const releases = {};
    const lines = match?.[1].split(/\r?\n/).filter((line) => line.trim()) ?? [];
    for (const line of lines) {
      const release = /^\s*["']?([@\w./-]+)["']?\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
      if (release) releases[release[1]] = release[2];
    }
    if (!match || lines.length === 0 || Object.keys(releases).length !== lines.length) {
      problems.push(
        `.changeset/${file}: its front matter is not "---" + lines like "\\"@govmini/ui\\": minor" + "---" (was a Markdown formatter run over it?)`,
      );
      continue;
    }
    changesets.push({ id: file.replace(/\.md$/, ''), releases, summary: match[2].trim() });
  }
  if (problems.length) fail(problems);
  return changesets;
}

/** name → { dir, manifest } of the publishable packages in a copy. */
export function packagesIn(repo) {
  return new Map(
    publishablePackages(repo).map(({ dir, manifest }) => [manifest.name, { dir, manifest }]),
  );
}

export const changelogOf = (repo, name) => {
  const path = join(packagesIn(repo).get(name).dir, 'CHANGELOG.md');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
};

/** The part of a CHANGELOG.md under `## version`, up to the next version heading. */
export function changelogSection(changelog, version) {
  const start = changelog.indexOf(`\n## ${version}\n`);
  if (start < 0) return undefined;
  const next = changelog.indexOf('\n## ', start + 1);
  return changelog.slice(start, next < 0 ? undefined : next);
}

/** Packed bytes, unpacked bytes and file count of a .tgz, read from its tar headers. */
export function tarballSizes(gzipped) {
  const tar = gunzipSync(gzipped);
  let unpacked = 0;
  let files = 0;
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = Number.parseInt(header.subarray(124, 136).toString('latin1').trim() || '0', 8);
    const type = String.fromCharCode(header[156]);
    if (type === '0' || type === '\0') {
      unpacked += size;
      files += 1;
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return { packed: gzipped.length, unpacked, files };
}

/** The working tree's release state, to prove a rehearsal left it as it was. */
export function releaseStateSnapshot() {
  return {
    versions: Object.fromEntries(
      publishablePackages().map(({ manifest }) => [manifest.name, manifest.version]),
    ),
    changelogs: publishablePackages()
      .filter(({ dir }) => existsSync(join(dir, 'CHANGELOG.md')))
      .map(({ manifest }) => manifest.name),
    changesets: readdirSync(join(root, '.changeset')),
  };
}

/**
 * What a rehearsal would have changed in the working tree since `before`. (Other people may add
 * changesets meanwhile; none may disappear, and no version, CHANGELOG or pre-release state appear.)
 */
export function releaseStateChanges(before) {
  const now = releaseStateSnapshot();
  const problems = [];
  for (const [name, version] of Object.entries(now.versions)) {
    if (before.versions[name] !== undefined && before.versions[name] !== version)
      problems.push(`${name}: version ${before.versions[name]} became ${version}`);
  }
  for (const name of now.changelogs.filter((n) => !before.changelogs.includes(n)))
    problems.push(`${name}: a CHANGELOG.md appeared`);
  for (const file of before.changesets.filter((f) => !now.changesets.includes(f)))
    problems.push(`.changeset/${file} was consumed`);
  if (now.changesets.includes('pre.json') && !before.changesets.includes('pre.json'))
    problems.push('.changeset/pre.json appeared (pre-release mode entered)');
  return problems;
}
