#!/usr/bin/env node
// Proof that the @govmini/* packages work as published, outside this monorepo:
//   1. every publishable package (packages/* without "private": true) is built, then `pnpm pack`ed;
//   2. each tarball holds every file its package.json points to, has no workspace: ranges left,
//      and declares every package its built code imports;
//   3. create-govmini-app, run from its own tarball, scaffolds an app in a temporary folder under
//      os.tmpdir() with its @govmini/* dependencies pointed at those tarballs;
//   4. `pnpm install` there (third-party packages from the npm registry), then exactly one React
//      and one copy of each @govmini/* package, typecheck, the app's tests, and `vite build`.
// Building first is the caller's job (turbo's `build`). Prints PASS/FAIL per step and exits 1 on
// any failure. The temporary folder is deleted unless --keep is given.
//
//   node scripts/check-packed-app.mjs [--keep]
//
// packages/create-govmini-app/e2e/packed-app.test.ts runs the same steps as Vitest tests, so the
// repository's test summary counts them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  APP,
  buildApp,
  fail,
  importedPackages,
  installedCopies,
  missingBuildOutputs,
  pointedFiles,
  publishablePackages,
  readJson,
  root,
  run,
  runAppTests,
  runOrFail,
  runSteps,
  scaffoldArgs,
  singleCopyProblems,
  typecheckApp,
} from './app-checks.mjs';

// Re-exported: the packed check's own tests (create-govmini-app/test/packed-check.test.ts) use them.
export { APP, importedPackages, installedCopies, pointedFiles, publishablePackages };

/**
 * The check as an ordered list of named steps over a shared context. A step that finds a
 * problem throws a message naming the package, the field and the fix.
 */
export function packedAppSteps() {
  /** @type {{ tmp?: string, tarballs?: string, unpacked?: string, app?: string, packages: {name: string, dir: string, manifest: any, tarball?: string}[] }} */
  const ctx = { packages: [] };

  const steps = [
    {
      name: 'every publishable package is built (dist present for each entry point)',
      async run() {
        ctx.packages = publishablePackages().map(({ dir, manifest }) => ({
          name: manifest.name,
          dir,
          manifest,
        }));
        if (!ctx.packages.some((p) => p.name === 'create-govmini-app')) {
          fail('packages/create-govmini-app is missing or private: nothing can scaffold the app.');
        }
        const missing = missingBuildOutputs(ctx.packages);
        if (missing.length) fail(missing);
        ctx.tmp = await mkdtemp(join(tmpdir(), 'govmini-packed-'));
        ctx.tarballs = join(ctx.tmp, 'tarballs');
        ctx.unpacked = join(ctx.tmp, 'unpacked');
        ctx.app = join(ctx.tmp, 'tay-ninh-so');
        await mkdir(ctx.tarballs);
        await mkdir(ctx.unpacked);
      },
    },
    {
      name: 'pnpm pack of every publishable package',
      async run() {
        for (const pkg of ctx.packages) {
          const before = new Set(readdirSync(ctx.tarballs));
          await runOrFail(
            `pnpm pack in ${relative(root, pkg.dir)}`,
            'pnpm',
            ['pack', '--pack-destination', ctx.tarballs],
            {
              cwd: pkg.dir,
            },
          );
          const made = readdirSync(ctx.tarballs).filter((f) => !before.has(f));
          if (made.length !== 1) fail(`${pkg.name}: pnpm pack wrote ${made.length} files.`);
          pkg.tarball = join(ctx.tarballs, made[0]);
          const into = join(ctx.unpacked, made[0].replace(/\.tgz$/, ''));
          await mkdir(into);
          await runOrFail(`unpacking ${made[0]}`, 'tar', ['-xzf', pkg.tarball, '-C', into]);
          pkg.unpacked = join(into, 'package');
        }
      },
    },
    {
      name: 'each tarball holds every file its package.json points to',
      async run() {
        const problems = ctx.packages.flatMap((pkg) => {
          const manifest = readJson(join(pkg.unpacked, 'package.json'));
          return pointedFiles(manifest)
            .filter((file) => !existsSync(join(pkg.unpacked, file)))
            .map(
              (file) =>
                `${pkg.name}: "${file}" (named in exports/main/types/bin) is not in the tarball — add its folder to "files" in ${relative(root, pkg.dir)}/package.json`,
            );
        });
        if (problems.length) fail(problems);
      },
    },
    {
      name: 'no workspace: ranges left in the packed package.json files',
      async run() {
        const problems = ctx.packages.flatMap((pkg) => {
          const manifest = readJson(join(pkg.unpacked, 'package.json'));
          return ['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) =>
            Object.entries(manifest[field] ?? {})
              .filter(([, spec]) => String(spec).startsWith('workspace:'))
              .map(
                ([dep, spec]) => `${pkg.name}: ${field}.${dep} is still "${spec}" after pnpm pack`,
              ),
          );
        });
        if (problems.length) fail(problems);
      },
    },
    {
      name: 'every package the built code and its types import is declared (dependencies or peerDependencies)',
      async run() {
        const problems = ctx.packages.flatMap((pkg) => {
          const manifest = readJson(join(pkg.unpacked, 'package.json'));
          const declared = new Set([
            manifest.name,
            ...Object.keys(manifest.dependencies ?? {}),
            ...Object.keys(manifest.peerDependencies ?? {}),
            ...Object.keys(manifest.optionalDependencies ?? {}),
          ]);
          return [...importedPackages(pkg.unpacked)]
            .filter(([name]) => !declared.has(name))
            .map(
              ([name, file]) =>
                `${pkg.name}: ${file} imports "${name}", which package.json does not declare — add it to "dependencies" (or "peerDependencies") in ${relative(root, pkg.dir)}/package.json`,
            );
        });
        if (problems.length) fail(problems);
      },
    },
    {
      name: 'create-govmini-app, run from its tarball, scaffolds an app outside the workspace',
      async run() {
        const cli = ctx.packages.find((p) => p.name === 'create-govmini-app');
        const manifest = readJson(join(cli.unpacked, 'package.json'));
        const runtimeDeps = Object.keys(manifest.dependencies ?? {});
        if (runtimeDeps.length) {
          fail(
            `create-govmini-app: has runtime dependencies (${runtimeDeps.join(', ')}); it must run straight from its tarball.`,
          );
        }
        const bin = join(cli.unpacked, manifest.bin['create-govmini-app']);
        if (!readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node')) {
          fail(
            `create-govmini-app: ${manifest.bin['create-govmini-app']} has no "#!/usr/bin/env node" line.`,
          );
        }
        if (ctx.app.startsWith(root))
          fail(`The temporary folder ${ctx.tmp} is inside the workspace.`);
        await runOrFail(
          'create-govmini-app',
          process.execPath,
          [bin, ...scaffoldArgs(ctx.app), '--local-packages', ctx.tarballs],
          { cwd: ctx.tmp },
        );
        const pkg = readJson(join(ctx.app, 'package.json'));
        const notLocal = Object.entries(pkg.dependencies)
          .filter(([name, spec]) => name.startsWith('@govmini/') && !spec.startsWith('file:'))
          .map(([name]) => name);
        if (notLocal.length) fail(`The app's ${notLocal.join(', ')} do not point at the tarballs.`);
      },
    },
    {
      name: 'pnpm install in the new app (npm registry for third-party packages)',
      async run() {
        await runOrFail(
          'pnpm install',
          'pnpm',
          ['install', '--no-frozen-lockfile', '--reporter=append-only'],
          {
            cwd: ctx.app,
            timeoutMs: 600_000,
          },
        );
      },
    },
    {
      name: 'exactly one copy of react, react-dom and each @govmini/* package',
      async run() {
        const problems = singleCopyProblems(
          ctx.app,
          ctx.packages.map((p) => p.name).filter((n) => n.startsWith('@govmini/')),
          (name, entry) =>
            name.startsWith('@govmini/') && !entry.includes('@file+')
              ? `${name}: installed from the registry (${entry}), not from its tarball`
              : undefined,
        );
        if (problems.length) fail(problems);
      },
    },
    {
      name: 'the app typechecks (tsc --noEmit)',
      async run() {
        await typecheckApp(ctx.app);
      },
    },
    {
      name: 'the type declarations of every @govmini/* entry point check without skipLibCheck',
      async run() {
        // The app skips library checks (as zmp templates do: zmp-ui's own .d.ts have errors),
        // which would also hide broken declarations of ours. So: one file importing the types of
        // every entry point of every package, checked with skipLibCheck off.
        const dir = join(ctx.app, '.govmini-declarations');
        await mkdir(dir);
        const optionalPeers = new Map();
        const lines = [];
        for (const pkg of ctx.packages.filter((p) => p.name.startsWith('@govmini/'))) {
          const manifest = readJson(join(pkg.unpacked, 'package.json'));
          optionalPeers.set(
            pkg.name,
            Object.entries(manifest.peerDependenciesMeta ?? {})
              .filter(([, meta]) => meta.optional)
              .map(([name]) => name),
          );
          for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
            if (typeof target !== 'object') continue; // package.json, YAML, CSS, JSON schema
            const specifier = `${pkg.name}${subpath === '.' ? '' : subpath.slice(1)}`;
            lines.push(`export type * as entry${lines.length} from '${specifier}';`);
          }
        }
        await writeFile(join(dir, 'entries.ts'), `${lines.join('\n')}\n`);
        await writeFile(
          join(dir, 'tsconfig.json'),
          JSON.stringify({
            extends: '../tsconfig.json',
            compilerOptions: { skipLibCheck: false, types: [], noEmit: true },
            include: ['entries.ts'],
          }),
        );
        const result = await run('pnpm', ['exec', 'tsc', '-p', dir, '--pretty', 'false'], {
          cwd: ctx.app,
        });
        const output = `${result.stdout}\n${result.stderr}`;
        const problems = output
          .split('\n')
          .filter((line) => /error TS\d+/.test(line))
          .filter((line) => {
            // An entry that needs an optional peer the app did not install (/server needs hono)
            // is as documented: whoever imports that entry installs the peer.
            const owner = /(@govmini\/[\w-]+)\/dist\//.exec(line)?.[1];
            const missing = /Cannot find module '([^']+)'/.exec(line)?.[1];
            const peer = missing?.startsWith('@')
              ? missing.split('/').slice(0, 2).join('/')
              : missing?.split('/')[0];
            return !(owner && peer && optionalPeers.get(owner)?.includes(peer));
          })
          .map((line) => line.replace(/^.*node_modules\//, ''));
        if (problems.length) fail(problems);
        if (result.code !== 0 && !/error TS\d+/.test(output)) {
          fail(`tsc failed without a type error:\n${output.slice(-2000)}`);
        }
      },
    },
    {
      name: "the app's own tests pass (vitest, jsdom)",
      async run() {
        ctx.appTests = await runAppTests(ctx.app);
      },
    },
    {
      name: 'the app builds for Zalo (vite build with zmp-vite-plugin; each file ≤ 3 MB)',
      async run() {
        ctx.buildBytes = await buildApp(ctx.app);
      },
    },
  ];

  return {
    steps,
    context: ctx,
    async cleanup({ keep = false } = {}) {
      if (ctx.tmp && !keep) await rm(ctx.tmp, { recursive: true, force: true });
    },
  };
}

/** Runs every step in order; a step after a failed one is reported as not run (a failure). */
export async function runPackedAppCheck({ keep = false, log = (line) => console.log(line) } = {}) {
  const { steps, context, cleanup } = packedAppSteps();
  const outcome = await runSteps(steps, () => cleanup({ keep }), log);
  return { ...outcome, context };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const keep = process.argv.includes('--keep');
  const { results, context, ms, ok } = await runPackedAppCheck({ keep });
  const passed = results.filter((r) => r.ok).length;
  console.log(
    `\n${ok ? 'PASS' : 'FAIL'}: packed-app check, ${passed}/${results.length} steps passed in ${(ms / 1000).toFixed(1)} s` +
      (context.appTests ? `; the app's tests: ${context.appTests} passed` : '') +
      (context.buildBytes ? `; www/ ${(context.buildBytes / 1024).toFixed(0)} KB` : '') +
      (keep && context.tmp ? `; kept ${context.tmp}` : ''),
  );
  process.exit(ok ? 0 : 1);
}
