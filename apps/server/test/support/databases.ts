// The databases the suites run on: SQLite always (a fresh in-memory database per subject), and
// PostgreSQL when scripts/test.sh started a throwaway cluster (GOVMINI_TEST_PG_URL): a fresh
// database per subject, copied from a migrated template (globalSetup), dropped afterwards.
import pg from 'pg';

export interface TestDatabase {
  readonly name: 'SQLite' | 'PostgreSQL';
  /** A fresh, migrated-or-empty database for one subject; `drop` removes it. */
  fresh(): Promise<{ url?: string; sqliteFile?: string; drop(): Promise<void> }>;
}

export const PG_URL = process.env.GOVMINI_TEST_PG_URL;
export const PG_TEMPLATE = 'govmini_test_template';

const sqlite: TestDatabase = {
  name: 'SQLite',
  fresh: async () => ({ sqliteFile: ':memory:', drop: async () => undefined }),
};

let serial = 0;

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * One database per test worker, copied from the template once (CREATE DATABASE costs ~0.6 s),
 * and emptied for each subject (a few milliseconds): every subject still
 * starts from an empty, migrated database. A subject made while another is open gets its own.
 */
function postgres(url: string): TestDatabase {
  const create = async () => {
    const name = `gm_${process.pid}_${Date.now().toString(36)}_${++serial}`;
    await withClient(url, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE}`));
    const target = new URL(url);
    target.pathname = `/${name}`;
    return { name, url: target.toString() };
  };
  const drop = (name: string) =>
    withClient(url, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  let shared: Promise<{ name: string; url: string }> | undefined;
  let busy = false;
  return {
    name: 'PostgreSQL',
    async fresh() {
      if (busy) {
        const own = await create();
        return { url: own.url, drop: () => drop(own.name).then(() => undefined) };
      }
      busy = true;
      shared ??= create();
      const db = await shared;
      await withClient(db.url, async (c) => {
        const { rows } = await c.query<{ tablename: string }>(
          "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'kysely_%'",
        );
        // DELETE, not TRUNCATE: these tables hold a few rows, and TRUNCATE rewrites files.
        // Foreign-key triggers off for this session, so the order does not matter.
        const deletes = rows.map((r) => `DELETE FROM "${r.tablename}";`).join(' ');
        await c.query(`SET session_replication_role = replica; ${deletes}`);
      });
      return {
        url: db.url,
        drop: async () => {
          busy = false;
        },
      };
    },
  };
}

/** SQLite, and PostgreSQL when available. */
export function testDatabases(): TestDatabase[] {
  if (process.env.GOVMINI_TEST_ONLY_PG === '1') return PG_URL ? [postgres(PG_URL)] : [];
  return PG_URL ? [sqlite, postgres(PG_URL)] : [sqlite];
}
