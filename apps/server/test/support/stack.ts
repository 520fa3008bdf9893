// One server under test: a fresh database, the real HTTP app on 127.0.0.1 at a free port, a fake
// of Zalo's Graph API (a real HTTP server too), a clock the test moves, and every log line the
// server writes, captured. Citizens sign in through the HTTP auth contract, as a phone would.
import { createHttpAuthService } from '@govmini/auth';
import { startFakeZaloGraph } from '@govmini/auth/conformance';
import { createHttpDossierService, type ProcedureDefinition } from '@govmini/dossier/core';
import { createHttpFeedbackService, type FeedbackCategory } from '@govmini/feedback/core';
import { loadConfig, type ServerConfig } from '../../src/config.ts';
import { seed } from '../../src/db/seed.ts';
import { startServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/log.ts';
import { createServerContext } from '../../src/services/create-context.ts';
import { createMemoryStorage } from '../../src/storage/files.ts';
import type { TestDatabase } from './databases.ts';

export const APP_SECRET = 'SENTINEL-zalo-app-secret-7f31';
export const SESSION_SECRET = 'SENTINEL-session-key-0123456789abcdefghij';

export interface StackOptions {
  readonly database: TestDatabase;
  /** ISO 8601: the service clock's start. */
  readonly startAt?: string;
  readonly procedures?: readonly ProcedureDefinition[];
  readonly categories?: readonly FeedbackCategory[];
  readonly config?: Partial<ServerConfig>;
  /** How many citizens the fake Zalo knows (default 2). */
  readonly citizens?: number;
  readonly staff?: boolean;
  /** PostgreSQL connections per instance (default 4; the concurrency suite wants more). */
  readonly poolSize?: number;
}

export type Stack = Awaited<ReturnType<typeof startStack>>;

let userSerial = 0;

export async function startStack(options: StackOptions) {
  let now = Date.parse(options.startAt ?? '2026-12-01T08:00:00+07:00');
  const clock = () => now;
  const users = Array.from({ length: options.citizens ?? 2 }, (_, i) => ({
    // Zalo ids are 19-digit strings (more than a double holds exactly: built as text).
    id: `33686373423${String(++userSerial * 10 + i).padStart(8, '0')}`,
    name: ['Nguyễn Thị Hoa', 'Trần Văn Nam', 'Lê Thị Mai', 'Phạm Văn Đức'][i % 4] ?? 'Công dân',
  }));
  const zalo = await startFakeZaloGraph({ appSecret: APP_SECRET, users, clock });
  const fresh = await options.database.fresh();
  const logs: string[] = [];
  const config = loadConfig(
    {},
    {
      databaseUrl: fresh.url,
      dataDir: '/nonexistent-data-dir',
      host: '127.0.0.1',
      port: 0,
      zalo: { appSecret: APP_SECRET, graphUrl: zalo.url },
      sessionKeys: [{ kid: 't1', secret: SESSION_SECRET }],
      sessionTtlMs: 60 * 60_000,
      rateLimits: {
        citizenWrites: { max: 10_000, windowMs: 60_000 },
        ip: { max: 100_000, windowMs: 60_000 },
      },
      seed: false,
      logLevel: 'debug',
      shutdownGraceMs: 2_000,
      ...options.config,
    },
  );
  const context = await createServerContext(config, {
    now: clock,
    ...(fresh.sqliteFile ? { sqliteFile: fresh.sqliteFile } : {}),
    files: createMemoryStorage(),
    log: createLogger({ level: 'debug', now: clock, sink: (line) => logs.push(line) }),
    seed: false,
    poolSize: options.poolSize ?? 4,
  });
  await seed(
    context.db,
    { catalogue: context.procedures, staffAccounts: context.staffAccounts },
    {
      ...(options.procedures ? { procedures: options.procedures } : { procedures: [] }),
      ...(options.categories ? { categories: options.categories } : { categories: [] }),
      staff: options.staff ?? false,
      staffPassword: 'mat-khau-thu-nghiem-2026',
    },
  );
  const server = await startServer(context);
  const auth = createHttpAuthService({ baseUrl: `${server.url}/api` });

  return {
    url: server.url,
    context,
    zalo,
    users,
    logs,
    auth,
    dossier: createHttpDossierService({ baseUrl: `${server.url}/api/dossier` }),
    feedback: createHttpFeedbackService({ baseUrl: `${server.url}/api/feedback` }),
    now: clock,
    advance(ms: number) {
      now += ms;
    },
    /** Signs a citizen in through the auth contract; their session token. */
    async signIn(index = 0): Promise<string> {
      const user = users[index];
      if (!user) throw new Error(`stack: no citizen ${index}`);
      const session = await auth.signIn({
        zaloAccessToken: zalo.issueAccessToken(user.id),
        consents: [],
      });
      return session.token;
    },
    async close() {
      await server.close();
      await zalo.close();
      await fresh.drop();
    },
  };
}
