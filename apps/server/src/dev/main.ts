// `pnpm --filter @govmini/server start:dev` (or `node apps/server/src/dev/main.ts`): the
// reference server in DEV MODE, for the sample app on the simulated platform. It is the normal
// server (same config, context, HTTP app) with four dev defaults:
//   - ZALO_GRAPH_URL points at a simulated Zalo Graph on 127.0.0.1 (./simulated-zalo.ts) that
//     signs in the simulated platform's test citizens without a Zalo account;
//   - DATA_DIR is apps/server/data/dev, kept between runs, with a session key stored there so
//     a restart does not sign the phone out;
//   - the seeded `admin` gets the documented dev password (DEV_STAFF_PASSWORD);
//   - GOVMINI_DEV_APP_URL (the app's dev server) is allowed by CORS and is where photo links
//     point (through its /api proxy), and the rate limits fit one developer plus the tests;
//   - fees without a procedure account go to the dev seed's made-up account unless PAYMENT_*
//     names one.
// It refuses to start when NODE_ENV=production (./guard.ts). scripts/start-sample.sh runs it.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig, type ServerConfig } from '../config.ts';
import { createServerContext } from '../context.ts';
import { startServer } from '../http/server.ts';
import { describePaymentAccount } from '../services/dossier/payments.ts';
import { DEV_STAFF_PASSWORD, DevSeedError, loadDevSeed } from './dev-seed.ts';
import { assertDevModeAllowed, DevModeRefusedError } from './guard.ts';
import { startSimulatedZaloGraph } from './simulated-zalo.ts';

const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/dev', import.meta.url));

/** A session key kept in the data folder, so sessions outlive a restart (dev only). */
function devSessionKey(dataDir: string): string {
  const file = join(dataDir, 'dev-session-key');
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 43) return kept;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

function devEnvironment(env: NodeJS.ProcessEnv, graphUrl: string, appSecret: string) {
  const dataDir = env.DATA_DIR || DEFAULT_DATA_DIR;
  return {
    ...env,
    DATA_DIR: dataDir,
    // Never the real Zalo, whatever the shell says: dev sessions are the simulator's.
    ZALO_GRAPH_URL: graphUrl,
    ZALO_APP_SECRET: appSecret,
    STAFF_PASSWORD: env.STAFF_PASSWORD || DEV_STAFF_PASSWORD,
    SESSION_KEYS: env.SESSION_KEYS || `dev:${devSessionKey(dataDir)}`,
    PUBLIC_URL: env.PUBLIC_URL || env.GOVMINI_DEV_APP_URL || '',
    // One developer, the app's tests and every request from 127.0.0.1.
    RATE_LIMIT_IP: env.RATE_LIMIT_IP || '20000',
    RATE_LIMIT_CITIZEN_WRITES: env.RATE_LIMIT_CITIZEN_WRITES || '2000',
  };
}

function withAppOrigin(config: ServerConfig, appUrl: string | undefined): ServerConfig {
  if (!appUrl) return config;
  let origin: string;
  try {
    origin = new URL(appUrl).origin;
  } catch {
    throw new ConfigError('GOVMINI_DEV_APP_URL must be a URL such as http://127.0.0.1:3000');
  }
  const localhost = origin.replace('://127.0.0.1:', '://localhost:');
  return { ...config, corsOrigins: [...new Set([...config.corsOrigins, origin, localhost])] };
}

async function main() {
  assertDevModeAllowed(process.env);
  const seed = await loadDevSeed(process.env.GOVMINI_DEV_SEED);
  const appSecret = randomBytes(24).toString('base64url');
  const graph = await startSimulatedZaloGraph({ appSecret, citizens: seed.citizens });
  const env = devEnvironment(process.env, graph.url, appSecret);
  const loaded = withAppOrigin(loadConfig(env), process.env.GOVMINI_DEV_APP_URL);
  const config = { ...loaded, paymentAccount: loaded.paymentAccount ?? seed.paymentAccount };
  const context = await createServerContext(
    config,
    seed.categories ? { seed: { categories: seed.categories } } : {},
  );
  const server = await startServer(context);
  const { log } = context;

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info('server.stopping', { signal });
    Promise.all([server.close(), graph.close()]).then(
      () => process.exit(0),
      (error) => {
        log.error('server.stop_failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  // Loud in the log as on the terminal: this server signs people in without Zalo.
  log.warn('dev_mode.simulated_zalo', {
    graph: graph.url,
    citizens: seed.citizens.map((c) => c.id),
    warning: 'DEV MODE: sign-in is vouched for by a simulated Zalo; never run this in production',
  });
  const staffWorks = await context.staffAccounts.verify('admin', env.STAFF_PASSWORD);
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${config.dataDir}`;
  const citizens = seed.citizens.map((c) => `${c.id} (${c.name})`).join(', ');
  const lines = [
    '',
    `GovMini server — DEV MODE — ${where}`,
    '  !! Sign-in goes to a SIMULATED Zalo that lets the simulated platform’s test citizens in',
    `  !! without a Zalo account: ${citizens}.`,
    '  !! For development only; it refuses to start when NODE_ENV=production.',
    `  API (mini app base URL)  ${server.url}/api`,
    `  Staff console            ${server.url}/staff/`,
    `  OpenAPI                  ${server.url}/api/openapi.yaml`,
    `  Health                   ${server.url}/health`,
    staffWorks
      ? `  Staff sign-in            admin / ${env.STAFF_PASSWORD}`
      : '  Staff sign-in            admin / (not the dev password: this data folder’s admin was set up another way)',
    `  Simulated Zalo Graph     ${graph.url}`,
    `  Fee account (default)    ${describePaymentAccount(config.paymentAccount)} — made up`,
  ];
  process.stdout.write(`${lines.join('\n')}\n\n`);
  log.info('server.started', {
    url: server.url,
    database: config.databaseUrl ? 'postgres' : 'sqlite',
    mode: 'dev',
  });
}

main().catch((error) => {
  const known =
    error instanceof DevModeRefusedError ||
    error instanceof ConfigError ||
    error instanceof DevSeedError;
  // A driver's message can quote a connection string with its password: unknown errors show
  // their class only (LOG_LEVEL=debug prints them).
  const text = known ? error.message : `${error?.name ?? 'Error'} during start`;
  const banner = error instanceof DevModeRefusedError ? '\n!!!!!!!!\n' : '';
  process.stderr.write(`${banner}GovMini dev server did not start: ${text}${banner}\n`);
  if (!known && process.env.LOG_LEVEL === 'debug') console.error(error);
  process.exit(1);
});
