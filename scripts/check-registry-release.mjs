#!/usr/bin/env node
// A release rehearsed against a real npm registry on this machine (Verdaccio, 127.0.0.1):
//   1. a temporary copy of the repository's release state (scripts/release-copy.mjs) is versioned
//      with `changeset version` and published with `changeset publish`, as the release workflow
//      does — the working tree's versions, changesets and CHANGELOGs are never touched;
//   2. in a temporary folder outside the workspace, `pnpm create govmini-app@<version>` from that
//      registry scaffolds a province app, which installs from it, typechecks, passes its tests and
//      builds, with one React and one copy of each @govmini/* package;
//   3. a second release (one changeset: a patch to @govmini/vn) is published and the app upgraded
//      with `pnpm update`, then tested again; a `next` pre-release carrying a breaking change in
//      @govmini/ui is published and its dist-tags and changelogs checked;
//   4. Verdaccio is stopped and its storage deleted, also when a step fails.
// The published sizes (packed and unpacked) of every package are printed and written to
// packages/create-govmini-app/reports/registry-sizes.json. Building first is the caller's job.
//
//   node scripts/check-registry-release.mjs [--keep]
//
// packages/create-govmini-app/e2e/registry.test.ts runs the same steps as Vitest tests.
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildApp,
  fail,
  lastLines,
  missingBuildOutputs,
  publishablePackages,
  readJson,
  root,
  run,
  runAppTests,
  runOrFail,
  runSteps,
  scaffoldArgs,
  typecheckApp,
} from './app-checks.mjs';
import { startLocalRegistry } from './local-registry.mjs';
import {
  changelogOf,
  changelogSection,
  commitAll,
  copyReleaseState,
  packagesIn,
  readChangesets,
  releaseStateChanges,
  releaseStateSnapshot,
} from './release-copy.mjs';
import {
  BREAKING_CHANGESET,
  createRehearsal,
  FAKE_TOKEN,
  PATCH_CHANGESET,
  PRE_TAG,
  writeChangeset,
} from './release-rehearsal.mjs';

/** The release rehearsal as an ordered list of named steps over a shared context. */
export function registryReleaseSteps({ log = (line) => console.log(line) } = {}) {
  const rehearsal = createRehearsal({ log });
  const { ctx, repo, app, registryEnv, packument, version, rebuildScaffolder, publish } = rehearsal;
  const { recordSizes, installedAt } = rehearsal;
  let workingTree;
  const steps = [
    {
      name: 'every publishable package is built and in one fixed Changesets group with create-govmini-app',
      async run() {
        workingTree = releaseStateSnapshot();
        const packages = publishablePackages();
        ctx.names = packages.map(({ manifest }) => manifest.name).sort();
        const missing = missingBuildOutputs(packages);
        if (missing.length) fail(missing);
        const config = readJson(join(root, '.changeset', 'config.json'));
        const group = (config.fixed ?? []).find((g) => g.includes('create-govmini-app')) ?? [];
        const outside = ctx.names.filter((name) => !group.includes(name));
        if (outside.length)
          fail(
            `.changeset/config.json: ${outside.join(', ')} not in the fixed group with create-govmini-app — new apps would get stale versions.`,
          );
        readChangesets(root);
      },
    },
    {
      name: 'Verdaccio answers on 127.0.0.1 with a throwaway storage folder',
      async run() {
        ctx.tmp = realpathSync(await mkdtemp(join(tmpdir(), 'govmini-registry-')));
        if (ctx.tmp.startsWith(root))
          fail(`The temporary folder ${ctx.tmp} is inside the workspace.`);
        ctx.registry = await startLocalRegistry(join(ctx.tmp, 'verdaccio'));
        if (!/^http:\/\/127\.0\.0\.1:\d+\/$/.test(ctx.registry.url))
          fail(`Unexpected URL ${ctx.registry.url}`);
        const react = await packument('react');
        if (!react?.versions?.['18.3.1'])
          fail(
            `Verdaccio does not proxy react from the npm registry. Its log:\n${ctx.registry.log()}`,
          );
        log(`  registry ${ctx.registry.url} (pid ${ctx.registry.pid})`);
      },
    },
    {
      name: 'a temporary copy of the release state publishes only to that registry, with a fake token',
      async run() {
        await copyReleaseState(repo());
        const npmrc = join(repo(), '.npmrc');
        const host = ctx.registry.url.replace(/^http:/, '');
        writeFileSync(
          npmrc,
          `${existsSync(npmrc) ? readFileSync(npmrc, 'utf8') : ''}registry=${ctx.registry.url}\n${host}:_authToken=${FAKE_TOKEN}\n`,
        );
        // Where pnpm would publish from a package folder, with and without our environment.
        for (const env of [{}, registryEnv()]) {
          const registry = (
            await runOrFail('pnpm config get registry', 'pnpm', ['config', 'get', 'registry'], {
              cwd: join(repo(), 'packages', 'vn'),
              env,
            })
          ).stdout.trim();
          if (registry !== ctx.registry.url)
            fail(`pnpm would publish to ${registry}, not ${ctx.registry.url}: refusing to go on.`);
        }
      },
    },
    {
      name: `changeset version: one version for the fixed group, each changeset's text in the CHANGELOGs`,
      async run() {
        const next = await version('first');
        await rebuildScaffolder(next);
        await commitAll(repo(), `Version packages ${next}`);
      },
    },
    {
      name: "the release workflow's provenance setting reaches pnpm publish (refused here: not a CI provider)",
      async run() {
        const workflow = readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8');
        if (!/^\s*PNPM_CONFIG_PROVENANCE:\s*["']?true["']?\s*(#.*)?$/m.test(workflow))
          fail(
            '.github/workflows/release.yml does not set PNPM_CONFIG_PROVENANCE: true for the publish step.',
          );
        if (!/^\s*id-token:\s*write\s*(#.*)?$/m.test(workflow))
          fail(
            '.github/workflows/release.yml does not grant id-token: write (provenance needs it).',
          );
        const result = await run('changeset', ['publish'], {
          cwd: repo(),
          env: {
            ...registryEnv(),
            PNPM_CONFIG_PROVENANCE: 'true',
            GITHUB_ACTIONS: '',
            GITLAB_CI: '',
          },
        });
        const output = `${result.stdout}\n${result.stderr}`;
        if (result.code === 0 || !output.includes('PROVENANCE'))
          fail(
            `changeset publish with PNPM_CONFIG_PROVENANCE=true outside CI should fail on provenance; it exited ${result.code}:\n${lastLines(result)}`,
          );
        const leaked = [];
        for (const name of ctx.names) if (await packument(name)) leaked.push(name);
        if (leaked.length) fail(`Published without provenance: ${leaked.join(', ')}`);
      },
    },
    {
      name: 'changeset publish: every package under latest, internal dependencies at the same version',
      async run() {
        await publish(ctx.versions.first, 'latest');
        await recordSizes(ctx.versions.first);
      },
    },
    {
      name: 'pnpm create govmini-app@<version> from the registry scaffolds an app outside the workspace',
      async run() {
        mkdirSync(join(ctx.tmp, 'apps'));
        await runOrFail(
          'pnpm create govmini-app',
          'pnpm',
          ['create', `govmini-app@${ctx.versions.first}`, ...scaffoldArgs(app())],
          { cwd: join(ctx.tmp, 'apps'), env: registryEnv() },
        );
        const manifest = readJson(join(app(), 'package.json'));
        const wrong = Object.entries(manifest.dependencies)
          .filter(([name]) => name.startsWith('@govmini/'))
          .filter(([, spec]) => spec !== `^${ctx.versions.first}`)
          .map(([name, spec]) => `${name}: "${spec}"`);
        if (wrong.length) fail([`The app does not depend on ^${ctx.versions.first}:`, ...wrong]);
        if (readFileSync(join(app(), 'pnpm-workspace.yaml'), 'utf8').includes('overrides:'))
          fail(
            'The app overrides its @govmini/* packages: it would not install them from the registry.',
          );
      },
    },
    {
      name: 'pnpm install in the app from the registry',
      async run() {
        await runOrFail(
          'pnpm install',
          'pnpm',
          ['install', '--no-frozen-lockfile', '--reporter=append-only'],
          {
            cwd: app(),
            env: registryEnv(),
          },
        );
      },
    },
    {
      name: 'exactly one copy of react, react-dom and each @govmini/* package, all from the registry',
      async run() {
        const problems = installedAt(ctx.versions.first);
        if (problems.length) fail(problems);
      },
    },
    {
      name: 'the app typechecks (tsc --noEmit)',
      async run() {
        await typecheckApp(app());
      },
    },
    {
      name: "the app's own tests pass",
      async run() {
        ctx.appTests.push(await runAppTests(app(), {}, 'tests-first.json'));
      },
    },
    {
      name: 'the app builds for Zalo (vite build; each file ≤ 3 MB)',
      async run() {
        ctx.buildBytes = await buildApp(app());
      },
    },
    {
      name: 'a second release from one changeset (a patch to @govmini/vn): versions, CHANGELOGs of vn and its dependents, publish',
      async run() {
        writeChangeset(repo(), PATCH_CHANGESET);
        await commitAll(repo(), 'Changeset: a patch to @govmini/vn');
        const next = await version('second');
        const packages = packagesIn(repo());
        const problems = [...packages]
          .filter(([, { manifest }]) => manifest.dependencies?.['@govmini/vn'])
          .filter(
            ([name]) =>
              !changelogSection(changelogOf(repo(), name), next)?.includes(`@govmini/vn@${next}`),
          )
          .map(
            ([name]) =>
              `${name}: CHANGELOG.md ## ${next} does not say it moved to @govmini/vn@${next}`,
          );
        if (problems.length) fail(problems);
        await rebuildScaffolder(next);
        await commitAll(repo(), `Version packages ${next}`);
        await publish(next, 'latest');
        await recordSizes(next);
      },
    },
    {
      name: 'pnpm update in the app: every @govmini/* package at the new version, once, depending on it',
      async run() {
        // pnpm 12 installs a version only once it is a day old (minimumReleaseAge, 1440 minutes
        // by default): a province gets this release from `pnpm update` tomorrow. The rehearsal
        // cannot wait a day, so this one command accepts a release of a minute ago.
        await runOrFail('pnpm update', 'pnpm', ['update', '--reporter=append-only'], {
          cwd: app(),
          env: { ...registryEnv(), PNPM_CONFIG_MINIMUM_RELEASE_AGE: '0' },
        });
        const vn = readJson(join(app(), 'node_modules', '@govmini', 'vn', 'package.json'));
        if (vn.version !== ctx.versions.second)
          fail(`@govmini/vn is ${vn.version} after pnpm update, not ${ctx.versions.second}.`);
        const problems = installedAt(ctx.versions.second);
        if (problems.length) fail(problems);
      },
    },
    {
      name: "the app's own tests pass on the upgraded packages",
      async run() {
        ctx.appTests.push(await runAppTests(app(), {}, 'tests-second.json'));
      },
    },
    {
      name: `a pre-release (changeset pre enter ${PRE_TAG}) with a breaking change in @govmini/ui: announced by every dependent, published under ${PRE_TAG}, latest unchanged`,
      async run() {
        await runOrFail('changeset pre enter', 'changeset', ['pre', 'enter', PRE_TAG], {
          cwd: repo(),
        });
        writeChangeset(repo(), BREAKING_CHANGESET);
        await commitAll(repo(), 'Changeset: a breaking change in @govmini/ui');
        const next = await version('pre', { pre: true });
        const packages = packagesIn(repo());
        const problems = [...packages]
          .filter(([, { manifest }]) => manifest.dependencies?.['@govmini/ui'])
          .filter(([name]) => {
            const section = changelogSection(changelogOf(repo(), name), next) ?? '';
            return !(
              section.includes('### Breaking changes in dependencies') &&
              section.includes(`**@govmini/ui ${next}:**`) &&
              section.includes(BREAKING_CHANGESET.summary)
            );
          })
          .map(
            (name) =>
              `${name}: CHANGELOG.md ## ${next} does not quote the breaking change in @govmini/ui`,
          );
        if (
          !changelogSection(changelogOf(repo(), '@govmini/ui'), next)?.includes('### Major Changes')
        )
          problems.push(`@govmini/ui: CHANGELOG.md ## ${next} has no "Major Changes"`);
        if (problems.length) fail(problems);
        await rebuildScaffolder(next);
        await commitAll(repo(), `Version packages ${next}`);
        await publish(next, PRE_TAG);
        const tags = [];
        for (const name of ctx.names) {
          const result = await runOrFail(
            `npm view ${name} dist-tags`,
            'npm',
            ['view', name, 'dist-tags', '--json', '--registry', ctx.registry.url],
            { env: registryEnv() },
          );
          const distTags = JSON.parse(result.stdout);
          if (distTags.latest !== ctx.versions.second || distTags[PRE_TAG] !== next)
            tags.push(
              `${name}: dist-tags ${result.stdout.replace(/\s+/g, ' ')}; expected latest ${ctx.versions.second}, ${PRE_TAG} ${next}`,
            );
        }
        if (tags.length) fail(tags);
      },
    },
    {
      name: 'Verdaccio stops, its storage is deleted, and the working tree is as it was',
      async run() {
        await ctx.registry.stop();
        const storage = join(ctx.tmp, 'verdaccio');
        await rm(storage, { recursive: true, force: true });
        if (existsSync(storage)) fail(`${storage} is still there.`);
        const stillUp = await fetch(`${ctx.registry.url}-/ping`).then(
          () => true,
          () => false,
        );
        if (stillUp) fail(`${ctx.registry.url} still answers after stop.`);
        const changed = releaseStateChanges(workingTree);
        if (changed.length) fail(['The rehearsal changed the working tree:', ...changed]);
      },
    },
  ];

  return {
    steps,
    context: ctx,
    async cleanup({ keep = false } = {}) {
      await ctx.registry?.stop();
      if (ctx.tmp && !keep) await rm(ctx.tmp, { recursive: true, force: true });
    },
  };
}

/** Runs every step in order; a step after a failed one is reported as not run (a failure). */
export async function runRegistryReleaseCheck({
  keep = false,
  log = (line) => console.log(line),
} = {}) {
  const { steps, context, cleanup } = registryReleaseSteps({ log });
  const outcome = await runSteps(steps, () => cleanup({ keep }), log);
  return { ...outcome, context };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const keep = process.argv.includes('--keep');
  const { results, context, ms, ok } = await runRegistryReleaseCheck({ keep });
  const passed = results.filter((r) => r.ok).length;
  console.log(
    `\n${ok ? 'PASS' : 'FAIL'}: registry release rehearsal, ${passed}/${results.length} steps passed in ${(ms / 1000).toFixed(1)} s` +
      (context.appTests.length
        ? `; the app's tests: ${context.appTests.join(' then ')} passed`
        : '') +
      (keep && context.tmp ? `; kept ${context.tmp}` : ''),
  );
  process.exit(ok ? 0 : 1);
}
