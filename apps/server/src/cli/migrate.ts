// `pnpm --filter @govmini/server migrate`: applies pending migrations and exits (the server
// also applies them on start; run this first when several instances start together).
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

const config = loadConfig();
const db = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
try {
  const { applied } = await migrateToLatest(db);
  process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Up to date.\n');
} finally {
  await db.destroy();
}
