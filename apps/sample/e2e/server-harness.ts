// The sample app in server mode against the reference server, as scripts/start-sample.sh runs
// them, for end-to-end tests: the server's dev launcher (apps/server/src/dev/main.ts: the real
// server, plus a simulated Zalo Graph for the simulated platform's citizens) on a fresh SQLite
// file in a temporary folder, the sample's Vite dev server with VITE_GOVMINI_BACKEND=server
// proxying /api to it, and Debian's Chromium through playwright-core.
//
//   const h = await startServerHarness();
//   const page = await h.newPage();                      // 360 × 740, the first citizen
//   const other = await h.newPage({ citizen: 'sample-citizen-2' });
//   h.query('select code, status from dossiers');        // what the server's database holds
//   await h.staff.api.reports();                         // the officer's view (staff API)
//   await h.close();
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { chromiumArgs, chromiumPath } from '../../../vitest.shared.ts';
import {
  SIMULATED_CITIZEN_KEY,
  type SimulatedCitizen,
  simulatedCitizens,
} from '../src/backend/simulated-citizens.ts';
import { createStaffApi, type StaffApi } from './staff-api.ts';

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const devLauncher = resolve(appRoot, '../server/src/dev/main.ts');
const devSeed = resolve(appRoot, 'src/backend/server-seed.ts');

/** apps/server/src/dev/dev-seed.ts's DEV_STAFF_PASSWORD (printed by the launcher too). */
const DEV_STAFF_PASSWORD = 'tinh-mau-dev';

export interface ServerHarness {
  /** The sample app (Vite dev server, server mode), e.g. `http://127.0.0.1:41234`. */
  readonly sampleUrl: string;
  /** The reference server, e.g. `http://127.0.0.1:41235`; its API is at `${serverUrl}/api`. */
  readonly serverUrl: string;
  /** The staff console, `${serverUrl}/staff/`. */
  readonly staffUrl: string;
  /** The seeded officer, and their staff API session. */
  readonly staff: { readonly username: string; readonly password: string; readonly api: StaffApi };
  /** The citizens the simulated Zalo plays (the first is every page's default). */
  readonly citizens: readonly SimulatedCitizen[];
  /** The server's SQLite file (in a temporary folder deleted by `close`). */
  readonly sqliteFile: string;
  readonly browser: Browser;
  /**
   * A fresh browser context (its own storage: a different phone) and page, 360 × 740 by
   * default, playing `citizen` (an id from `citizens`; default the first).
   */
  newPage(options?: { width?: number; height?: number; citizen?: string }): Promise<Page>;
  /** Read-only SQL on the server's database, e.g. `query('select code from dossiers')`. */
  query<Row = Record<string, unknown>>(sql: string, ...params: SQLInputValue[]): Row[];
  /** Everything the server printed (for a failure's message). */
  serverOutput(): string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** Starts the dev launcher and resolves with the server's URL once it has printed it. */
function startDevServer(dataDir: string, sampleUrl: string) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    GOVMINI_DEV_SEED: devSeed,
    GOVMINI_DEV_APP_URL: sampleUrl,
  };
  delete env.NODE_ENV; // Vitest sets `test`; the launcher refuses only `production`.
  delete env.DATABASE_URL; // SQLite in the temporary folder, always.
  delete env.STAFF_PASSWORD;
  // Its own process group, so `close` stops it and nothing else.
  const child = spawn(process.execPath, [devLauncher], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = new Promise<string>((done, fail) => {
    child.stdout?.on('data', () => {
      const api = /API \(mini app base URL\)\s+(http:\/\/\S+)\/api/.exec(output);
      if (api?.[1] && output.includes('Simulated Zalo Graph')) done(api[1]);
    });
    void exited.then((code) => fail(new Error(`dev server exited (${code}):\n${output}`)));
  });
  return { child, url, exited, output: () => output };
}

async function stopProcess(child: ChildProcess, exited: Promise<unknown>) {
  if (child.exitCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  await exited;
}

/** Vite in server mode: the switch and the proxy target are read when its config resolves. */
async function startSample(port: number, serverUrl: string): Promise<ViteDevServer> {
  const saved = {
    VITE_GOVMINI_BACKEND: process.env.VITE_GOVMINI_BACKEND,
    VITE_GOVMINI_API_URL: process.env.VITE_GOVMINI_API_URL,
    GOVMINI_SERVER_URL: process.env.GOVMINI_SERVER_URL,
  };
  Object.assign(process.env, { VITE_GOVMINI_BACKEND: 'server', GOVMINI_SERVER_URL: serverUrl });
  delete process.env.VITE_GOVMINI_API_URL;
  try {
    const vite = await createServer({
      root: appRoot,
      configFile: resolve(appRoot, 'vite.config.ts'),
      logLevel: 'warn',
      server: { host: '127.0.0.1', port, strictPort: true, hmr: false },
    });
    await vite.listen();
    return vite;
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

export async function startServerHarness(): Promise<ServerHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'govmini-sample-server-'));
  const sampleUrl = `http://127.0.0.1:${await freePort()}`;
  const server = startDevServer(dataDir, sampleUrl);
  const cleanups: (() => Promise<void> | void)[] = [
    () => rmSync(dataDir, { recursive: true, force: true }),
    () => stopProcess(server.child, server.exited),
  ];
  const close = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };
  try {
    const serverUrl = await server.url;
    const vite = await startSample(Number(new URL(sampleUrl).port), serverUrl);
    cleanups.push(() => vite.close());
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    cleanups.push(() => browser.close());
    const sqliteFile = join(dataDir, 'govmini.sqlite');
    const credentials = { username: 'admin', password: DEV_STAFF_PASSWORD };
    return {
      sampleUrl,
      serverUrl,
      staffUrl: `${serverUrl}/staff/`,
      staff: { ...credentials, api: createStaffApi(serverUrl, credentials) },
      citizens: simulatedCitizens,
      sqliteFile,
      browser,
      async newPage({ width = 360, height = 740, citizen } = {}) {
        if (citizen !== undefined && !simulatedCitizens.some((c) => c.id === citizen)) {
          throw new Error(`No simulated citizen "${citizen}" (src/backend/simulated-citizens.ts)`);
        }
        const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN' });
        if (citizen) {
          await context.addInitScript(
            ([key, id]) => localStorage.setItem(key as string, id as string),
            [SIMULATED_CITIZEN_KEY, citizen],
          );
        }
        return context.newPage();
      },
      query<Row>(sql: string, ...params: SQLInputValue[]) {
        // Opened per query: a fresh read of what the server has committed (WAL).
        const db = new DatabaseSync(sqliteFile, { readOnly: true });
        try {
          return db.prepare(sql).all(...params) as Row[];
        } finally {
          db.close();
        }
      },
      serverOutput: server.output,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
