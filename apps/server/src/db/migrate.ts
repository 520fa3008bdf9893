// Kysely's Migrator over migrations imported here by name, so they run the same from the
// source tree, a test or a bundle, whatever the working folder. Add a migration: a new file in
// migrations/ and a line below; never edit one that has shipped. On PostgreSQL the Migrator
// takes a lock, so several instances starting together apply each migration once.
import type { Kysely } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import * as initial from './migrations/0001-initial.ts';
import * as payments from './migrations/0002-payments.ts';

const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-payments': payments,
};

export interface MigrationReport {
  readonly applied: readonly string[];
}

// biome-ignore lint/suspicious/noExplicitAny: the migrator works on any schema
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed`, { cause: error });
  }
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}
