// A real npm registry on this machine for one run: Verdaccio (pinned in scripts/registry-server),
// on 127.0.0.1 at a free port, with its storage and config in a folder the caller deletes.
// @govmini/* and create-govmini-app are served only from that storage (published in the run,
// never proxied); everything else is proxied to the npm registry, so react and vite install.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fail, lastLines, root, runOrFail } from './app-checks.mjs';

const serverDir = join(root, 'scripts', 'registry-server');
const verdaccioBin = join(serverDir, 'node_modules', 'verdaccio', 'bin', 'verdaccio');

/** Installs the pinned Verdaccio when missing (a fresh clone has no scripts/registry-server/node_modules). */
export async function installVerdaccio() {
  if (existsSync(verdaccioBin)) return;
  await runOrFail(
    'pnpm install in scripts/registry-server (Verdaccio)',
    'pnpm',
    ['install', '--frozen-lockfile', '--reporter=append-only'],
    { cwd: serverDir },
  );
  if (!existsSync(verdaccioBin)) fail(`Verdaccio did not install: ${verdaccioBin} is missing.`);
}

/** A port the kernel says is free on 127.0.0.1 now. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Verdaccio's config: no web UI, no audit, no sign-up; our packages local, the rest proxied. */
export function verdaccioConfig(dir) {
  const local = { access: '$all', publish: '$all', unpublish: '$all' };
  const proxied = { access: '$all', publish: '$authenticated', proxy: 'npmjs' };
  const yaml = (name, rule) =>
    [`  '${name}':`, ...Object.entries(rule).map(([k, v]) => `    ${k}: ${v}`)].join('\n');
  return [
    `storage: ${JSON.stringify(join(dir, 'storage'))}`,
    'auth:',
    '  htpasswd:',
    `    file: ${JSON.stringify(join(dir, 'htpasswd'))}`,
    '    max_users: -1',
    'uplinks:',
    '  npmjs:',
    '    url: https://registry.npmjs.org/',
    '    timeout: 60s',
    // Verdaccio gives up on an uplink for 5 minutes after 2 failed requests by default: one
    // network hiccup would fail the whole install. Retry instead.
    '    max_fails: 10',
    '    fail_timeout: 10s',
    'packages:',
    yaml('@govmini/*', local),
    yaml('create-govmini-app', local),
    yaml('@*/*', proxied),
    yaml('**', proxied),
    'web:',
    '  enable: false',
    'middlewares:',
    '  audit:',
    '    enabled: false',
    'log:',
    '  type: stdout',
    '  format: pretty',
    '  level: warn',
    '',
  ].join('\n');
}

async function waitForPing(url, child, output, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      fail(`Verdaccio exited (code ${child.exitCode}) before answering:\n${output.join('')}`);
    }
    try {
      const response = await fetch(`${url}-/ping`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  fail(`Verdaccio did not answer ${url}-/ping within ${timeoutMs / 1000} s:\n${output.join('')}`);
}

/**
 * Starts Verdaccio with its config and storage under `dir`. Returns its URL and `stop()`,
 * which ends the process (and only it) and waits for it to exit.
 */
export async function startLocalRegistry(dir, { timeoutMs = 60_000 } = {}) {
  await installVerdaccio();
  await mkdir(dir, { recursive: true });
  const configPath = join(dir, 'verdaccio.yaml');
  await writeFile(configPath, verdaccioConfig(dir));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  // --use-system-ca: Node trusts the operating system's certificates too, so the proxy to the npm
  // registry works where HTTPS goes through a gateway with its own CA (as on these machines) even
  // when NODE_EXTRA_CA_CERTS is filtered out of the environment (turbo's strict env mode does).
  const child = spawn(
    process.execPath,
    ['--use-system-ca', verdaccioBin, '--config', configPath, '--listen', `127.0.0.1:${port}`],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DO_NOT_TRACK: '1' } },
  );
  const output = [];
  const keep = (chunk) => {
    output.push(String(chunk));
    if (output.length > 200) output.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
  };
  try {
    await waitForPing(url, child, output, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    port,
    pid: child.pid,
    stop,
    log: () => lastLines({ stdout: output.join(''), stderr: '' }),
  };
}
