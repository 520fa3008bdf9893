// Kysely over Node's built-in SQLite (node:sqlite), so the default database needs no native
// build and no download. Kysely's own SqliteDialect speaks better-sqlite3's statement API; this
// adapter gives node:sqlite that shape (spread parameters, `reader` from the statement's
// columns) and keeps prepared statements, which matters at hundreds of submissions a second.
// No maintained npm dialect for node:sqlite existed when this was written (checked: the
// kysely-* packages target bun:sqlite, wasm builds or libSQL).
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { type SqliteDatabase, SqliteDialect, type SqliteStatement } from 'kysely';

const CACHE_SIZE = 256;

type Param = null | number | bigint | string | Uint8Array;

const bindable = (params: readonly unknown[]): Param[] =>
  params.map((value) => {
    if (value === undefined || value === null) return null;
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (value instanceof Date) return value.getTime();
    return value as Param;
  });

function statementOf(stmt: StatementSync): SqliteStatement {
  const reader = stmt.columns().length > 0;
  return {
    reader,
    all: (params) => stmt.all(...bindable(params)),
    run: (params) => stmt.run(...bindable(params)),
    iterate: (params) => stmt.iterate(...bindable(params)) as IterableIterator<unknown>,
  };
}

/** A node:sqlite database in better-sqlite3's shape, with a small prepared-statement cache. */
export function wrapNodeSqlite(db: DatabaseSync): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    prepare(sql) {
      const cached = cache.get(sql);
      if (cached) {
        // Most recently used last, so the oldest is evicted first.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = statementOf(db.prepare(sql));
      cache.set(sql, statement);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      return statement;
    },
    close() {
      cache.clear();
      if (db.isOpen) db.close();
    },
  };
}

/**
 * Opens (creating) the file with the settings a small server wants: WAL so readers do not wait
 * for the writer, a busy timeout instead of an immediate "database is locked", foreign keys.
 */
export function nodeSqliteDialect(path: string): SqliteDialect {
  return new SqliteDialect({
    database: async () => {
      const db = new DatabaseSync(path);
      db.exec('PRAGMA busy_timeout = 5000');
      if (path !== ':memory:') db.exec('PRAGMA journal_mode = WAL');
      db.exec('PRAGMA synchronous = NORMAL');
      db.exec('PRAGMA foreign_keys = ON');
      return wrapNodeSqlite(db);
    },
  });
}
