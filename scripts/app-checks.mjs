// What the two proofs that GovMini works as published share — the packed-tarball check
// (scripts/check-packed-app.mjs) and the registry round trip (scripts/check-registry-release.mjs):
// running commands with the pinned tools, reading the publishable packages, and the checks on a
// scaffolded app (one copy of React and of each @govmini/* package, typecheck, tests, build).
// A check that finds a problem throws a StepError whose message names the package and the fix.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const binDirs = [join(root, 'node_modules', '.bin'), join(root, 'tools', 'node_modules', '.bin')];

/** What the scaffolded app is: a real province, both modules. */
export const APP = { province: 'Tây Ninh', name: 'Tây Ninh Số', modules: 'dossier,feedback' };

/** create-govmini-app's arguments for APP, without questions. */
export const scaffoldArgs = (appDir) => [
  appDir,
  '--province',
  APP.province,
  '--name',
  APP.name,
  '--modules',
  APP.modules,
  '--yes',
];

/** Zalo's deployment limit per file (research/zalo-platform.md §3.5). */
const ZALO_FILE_LIMIT = 3 * 1024 * 1024;

export class StepError extends Error {}

export const fail = (lines) => {
  throw new StepError(Array.isArray(lines) ? lines.join('\n') : lines);
};

export function run(command, args, { cwd, env = {}, timeoutMs = 600_000 } = {}) {
  return new Promise((resolvePromise) => {
    execFile(
      command,
      args,
      {
        cwd,
        timeout: timeoutMs,
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...process.env,
          PATH: [...binDirs, process.env.PATH].join(':'),
          // No calls home and no update checks (TOOLCHAIN.md); CI=true would make pnpm insist on
          // a lockfile the new app does not have yet, so it is passed explicitly where needed.
          npm_config_update_notifier: 'false',
          DO_NOT_TRACK: '1',
          ...env,
        },
      },
      (error, stdout, stderr) =>
        resolvePromise({ code: error ? (error.code ?? 1) : 0, stdout, stderr, error }),
    );
  });
}

export const lastLines = (result, count = 60) =>
  `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-count).join('\n');

export async function runOrFail(what, command, args, options) {
  const result = await run(command, args, options);
  if (result.code !== 0) fail(`${what} failed (exit ${result.code}):\n${lastLines(result)}`);
  return result;
}

export const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** packages/* that would be published: a package.json without "private": true. */
export function publishablePackages(repo = root) {
  return readdirSync(join(repo, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(repo, 'packages', entry.name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: readJson(join(dir, 'package.json')) }))
    .filter(({ manifest }) => !manifest.private);
}

/** Every file a manifest points to: exports (all conditions), main, module, types, bin. */
export function pointedFiles(manifest) {
  const files = new Set();
  const walk = (value) => {
    if (typeof value === 'string') {
      if (value.startsWith('./') && !value.includes('*')) files.add(value.slice(2));
    } else if (value && typeof value === 'object') {
      for (const inner of Object.values(value)) walk(inner);
    }
  };
  walk(manifest.exports);
  for (const field of ['main', 'module', 'types', 'typings']) {
    if (typeof manifest[field] === 'string') files.add(manifest[field].replace(/^\.\//, ''));
  }
  if (typeof manifest.bin === 'string') files.add(manifest.bin.replace(/^\.\//, ''));
  else if (manifest.bin)
    for (const path of Object.values(manifest.bin)) files.add(path.replace(/^\.\//, ''));
  return [...files];
}

/** The files a package points to that are not built yet, as messages. */
export function missingBuildOutputs(packages) {
  const missing = packages.flatMap(({ dir, manifest }) =>
    pointedFiles(manifest)
      .filter((file) => !existsSync(join(dir, file)))
      .map((file) => `${manifest.name}: ${file} does not exist`),
  );
  return missing.length
    ? [...missing, 'Build first: pnpm build (turbo run build) from the repository root.']
    : [];
}

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Bare specifiers imported by the built JavaScript and type declarations of an unpacked package. */
export function importedPackages(packageDir) {
  const found = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path);
      } else if (/\.(c|m)?js$|\.d\.(c|m)?ts$/.test(entry.name)) {
        const code = readFileSync(path, 'utf8');
        const pattern =
          /(?:^|[^.\w$])(?:import|export)\s*(?:[\w*${},\s]*?\s*from\s*)?["']([^"'./][^"']*)["']|(?:import|require)\(\s*["']([^"'./][^"']*)["']\s*\)/gm;
        for (const match of code.matchAll(pattern)) {
          const specifier = match[1] ?? match[2];
          if (!specifier || BUILTINS.has(specifier) || specifier.startsWith('node:')) continue;
          const parts = specifier.split('/');
          const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
          if (!found.has(name)) found.set(name, relative(packageDir, path));
        }
      }
    }
  };
  walk(packageDir);
  return found;
}

/**
 * The installed copies of each package in a pnpm virtual store (node_modules/.pnpm), by name:
 * `react@18.3.1` and `@govmini+ui@file+…(react@18.3.1)` → react: [1 entry], @govmini/ui: [1 entry].
 * pnpm makes one entry per version and per set of peers, and each entry is a separate module
 * instance at run time: two entries of one package mean two Reacts, or two React contexts.
 */
export function installedCopies(store) {
  const copies = new Map();
  for (const entry of readdirSync(store)) {
    if (entry === 'node_modules' || entry === 'lock.yaml' || entry.startsWith('.')) continue;
    const at = entry.indexOf('@', 1);
    if (at < 0) continue;
    const name = entry.slice(0, at).replace('+', '/');
    copies.set(name, [...(copies.get(name) ?? []), entry]);
  }
  return copies;
}

/**
 * The copies of each package that the app can load, by name: every package directory reachable
 * from the app's node_modules through the packages' own dependencies (pnpm links a package's
 * dependencies beside it, in node_modules/.pnpm/<entry>/node_modules), by real path. Unlike the
 * entries of node_modules/.pnpm, this ignores what an upgrade left behind unused.
 */
export function reachableCopies(appDir) {
  const copies = new Map();
  const scanned = new Set();
  const queue = [join(appDir, 'node_modules')];
  while (queue.length > 0) {
    const modules = queue.pop();
    if (scanned.has(modules) || !existsSync(modules)) continue;
    scanned.add(modules);
    const names = readdirSync(modules, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.'))
      .flatMap((entry) =>
        entry.name.startsWith('@')
          ? readdirSync(join(modules, entry.name)).map((inner) => `${entry.name}/${inner}`)
          : [entry.name],
      );
    for (const name of names) {
      let real;
      try {
        real = realpathSync(join(modules, name));
      } catch {
        continue; // a dangling link: nothing to load
      }
      if (!existsSync(join(real, 'package.json'))) continue;
      copies.set(name, (copies.get(name) ?? new Set()).add(real));
      const beside = name.startsWith('@') ? dirname(dirname(real)) : dirname(real);
      queue.push(beside, join(real, 'node_modules'));
    }
  }
  return copies;
}

/** The node_modules/.pnpm entry a package directory lives in (its version and peers), or its path. */
const storeEntry = (real) => /\/\.pnpm\/([^/]+)\//.exec(real)?.[1] ?? real;

/** The packages whose components need the app's own React (one context, one renderer). */
const RENDERING_PACKAGES = [
  'zmp-ui',
  '@govmini/ui',
  '@govmini/auth',
  '@govmini/dossier',
  '@govmini/feedback',
  '@govmini/platform',
];

/**
 * Exactly one loadable copy of react, react-dom and each named @govmini/* package in the app,
 * each accepted by `expectEntry(name, storeEntry)` (which returns a problem or nothing), and
 * every rendering package resolving the app's own React.
 */
export function singleCopyProblems(appDir, govminiNames, expectEntry = () => undefined) {
  const copies = reachableCopies(appDir);
  const problems = [];
  for (const name of ['react', 'react-dom', ...govminiNames]) {
    const found = [...(copies.get(name) ?? [])].map(storeEntry);
    if (found.length !== 1) {
      problems.push(`${name}: ${found.length} copies (${found.join(', ') || 'none'})`);
      continue;
    }
    const problem = expectEntry(name, found[0]);
    if (problem) problems.push(problem);
  }
  const appReact = realpathSync(join(appDir, 'node_modules', 'react'));
  for (const name of RENDERING_PACKAGES) {
    const dir = realpathSync(join(appDir, 'node_modules', name));
    let react;
    try {
      react = dirname(createRequire(join(dir, 'package.json')).resolve('react/package.json'));
    } catch {
      problems.push(`${name} cannot resolve react from ${dir}`);
      continue;
    }
    if (realpathSync(react) !== appReact)
      problems.push(`${name} resolves another React: ${realpathSync(react)}`);
  }
  return problems;
}

export async function typecheckApp(appDir, env) {
  await runOrFail('pnpm typecheck', 'pnpm', ['run', 'typecheck'], { cwd: appDir, env });
}

/** Runs the app's Vitest suite; returns how many tests passed (none passing is a failure). */
export async function runAppTests(appDir, env, reportName = 'tests.json') {
  const report = join(appDir, 'reports', reportName);
  const result = await run(
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { cwd: appDir, env },
  );
  const summary = existsSync(report) ? readJson(report) : undefined;
  if (result.code !== 0 || !summary || summary.numFailedTests > 0 || summary.numPassedTests === 0) {
    fail(
      `vitest in the app: exit ${result.code}, ${summary?.numPassedTests ?? 0} passed, ${summary?.numFailedTests ?? '?'} failed\n${lastLines(result, 80)}`,
    );
  }
  return summary.numPassedTests;
}

/** `vite build` with zmp-vite-plugin; checks Zalo's per-file limit; returns the bytes of www/. */
export async function buildApp(appDir, env) {
  // Under Vitest NODE_ENV is "test", and vite build keeps a NODE_ENV it is given: React's
  // development build, and zmp-ui's router outside /zapps/<APP_ID>. A province's shell has none.
  await runOrFail('pnpm build', 'pnpm', ['run', 'build'], {
    cwd: appDir,
    env: { NODE_ENV: 'production', ...env },
  });
  const www = join(appDir, 'www');
  const config = readJson(join(www, 'app-config.json'));
  if (!config.listSyncJS?.length)
    fail('www/app-config.json lists no script: zmp-vite-plugin did not run.');
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push({ path: relative(www, path), size: statSync(path).size });
    }
  };
  walk(www);
  const big = files.filter((f) => f.size > ZALO_FILE_LIMIT);
  if (big.length)
    fail(big.map((f) => `www/${f.path} is ${(f.size / 1048576).toFixed(2)} MB, over Zalo's 3 MB`));
  return files.reduce((sum, f) => sum + f.size, 0);
}

/**
 * Runs named steps in order and logs PASS/FAIL per step; a step after a failed one is reported
 * as not run (a failure). `cleanup` always runs.
 */
export async function runSteps(steps, cleanup, log = (line) => console.log(line)) {
  const results = [];
  const started = performance.now();
  let broken;
  try {
    for (const step of steps) {
      const t0 = performance.now();
      if (broken) {
        results.push({ name: step.name, ok: false, ms: 0, message: `not run: "${broken}" failed` });
        continue;
      }
      try {
        await step.run();
        results.push({ name: step.name, ok: true, ms: performance.now() - t0 });
      } catch (error) {
        broken = step.name;
        results.push({
          name: step.name,
          ok: false,
          ms: performance.now() - t0,
          message: error.message,
        });
      }
      const last = results.at(-1);
      log(`${last.ok ? 'PASS' : 'FAIL'}  ${step.name}  (${(last.ms / 1000).toFixed(1)} s)`);
      if (!last.ok) log(last.message.replace(/^/gm, '      '));
    }
  } finally {
    await cleanup();
  }
  return { results, ms: performance.now() - started, ok: results.every((r) => r.ok) };
}
