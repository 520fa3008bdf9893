// `pnpm --filter @govmini/server start` (or `node apps/server/src/main.ts`): migrates, seeds the
// sample province when the database is new, listens, and prints where everything is. Node 24
// runs this TypeScript directly (type stripping), so there is no build step for the server.
import { ConfigError, loadConfig } from './config.ts';
import { createServerContext } from './context.ts';
import { TINH_MAU_PAYMENT_ACCOUNT } from './db/seed.ts';
import { startServer } from './http/server.ts';
import { createPaymentAccountSource, describePaymentAccount } from './services/dossier/payments.ts';

async function main() {
  const config = loadConfig();
  const context = await createServerContext(config);
  const server = await startServer(context);
  const { log } = context;
  // Before anything is printed: whoever reads the URLs may stop the server at once.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info('server.stopping', { signal });
    server.close().then(
      () => {
        log.info('server.stopped', {});
        process.exit(0);
      },
      (error) => {
        log.error('server.stop_failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${config.dataDir}`;
  const lines = [
    '',
    `GovMini server — ${where}`,
    `  API (mini app base URL)  ${server.url}/api`,
    `  Staff console            ${server.url}/staff/`,
    `  OpenAPI                  ${server.url}/api/openapi.yaml`,
    `  Health                   ${server.url}/health`,
  ];
  const staff = context.seeded?.staff;
  if (staff) {
    lines.push(
      `  Staff sign-in            ${staff.username} / ${staff.generated ? staff.password : '(STAFF_PASSWORD)'}`,
      staff.generated
        ? '                           (shown once: write it down, or set STAFF_PASSWORD)'
        : '',
    );
  }
  const feeAccount = await createPaymentAccountSource(context.db, config.paymentAccount)();
  lines.push(`  Fee account (default)    ${describePaymentAccount(feeAccount)}`);
  if (feeAccount?.accountNumber === TINH_MAU_PAYMENT_ACCOUNT.accountNumber) {
    lines.push(
      '  Note: that is the sample province’s MADE-UP account — set PAYMENT_BANK_BIN,',
      '        PAYMENT_ACCOUNT_NUMBER and PAYMENT_ACCOUNT_NAME before citizens pay fees.',
    );
  }
  if (!process.env.SESSION_KEYS) {
    lines.push('  Note: SESSION_KEYS is not set — sessions end when the server restarts.');
  }
  if (!config.zalo.graphUrl && !process.env.ZALO_APP_SECRET) {
    lines.push('  Note: ZALO_APP_SECRET is not set — sign-in with real Zalo accounts will fail.');
  }
  // For the person at the terminal, not the log: printed once, plain.
  process.stdout.write(`${lines.filter(Boolean).join('\n')}\n\n`);
  log.info('server.started', {
    url: server.url,
    database: config.databaseUrl ? 'postgres' : 'sqlite',
  });
}

main().catch((error) => {
  // A configuration mistake names the variable; anything else shows its class, not its text,
  // since a driver's message can quote a connection string with its password.
  const text =
    error instanceof ConfigError ? error.message : `${error?.name ?? 'Error'} during start`;
  process.stderr.write(`GovMini server did not start: ${text}\n`);
  if (!(error instanceof ConfigError) && process.env.LOG_LEVEL === 'debug') console.error(error);
  process.exit(1);
});
