// Opens the database the configuration names: PostgreSQL (pg, pure JavaScript) when a URL is
// given, else SQLite through node:sqlite in the data folder. Everything above this file uses
// one Kysely type and asks `isPostgres` in the few places where the two differ.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresAdapter, PostgresDialect } from 'kysely';
import pg from 'pg';
import { nodeSqliteDialect } from './node-sqlite.ts';
import type { Tables } from './schema.ts';

export type Database = Kysely<Tables>;
export type DialectName = 'sqlite' | 'postgres';

// BIGINT (int8) columns hold epoch milliseconds and counts: numbers, not strings. Safe: epoch
// milliseconds stay below 2^53 for the next 285,000 years.
pg.types.setTypeParser(20, (value) => Number(value));

export interface OpenDatabaseOptions {
  /** `postgres://…`; unset = SQLite. */
  readonly url?: string | undefined;
  /** SQLite file (`:memory:` for tests); default `<dataDir>/govmini.sqlite`. */
  readonly sqliteFile?: string;
  readonly dataDir?: string;
  /** PostgreSQL pool size per instance (default 10). */
  readonly poolSize?: number;
}

export function openDatabase(options: OpenDatabaseOptions): Database {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      // A query that waits this long for a connection is failing anyway; say so.
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  }
  let file = options.sqliteFile;
  if (!file) {
    const dir = options.dataDir ?? 'data';
    mkdirSync(dir, { recursive: true });
    file = join(dir, 'govmini.sqlite');
  }
  return new Kysely<Tables>({ dialect: nodeSqliteDialect(file) });
}

export function dialectOf(db: Kysely<unknown>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

export const isPostgres = (db: Kysely<unknown>) => dialectOf(db) === 'postgres';

/** A unique or primary-key violation, on either database. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; errcode?: unknown; message?: unknown };
  if (e.code === '23505') return true;
  // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555).
  return e.errcode === 2067 || e.errcode === 1555;
}
