// The server's settings, read once from the environment (README "Configuration"). Every value
// has a default that runs on a laptop with nothing installed; a province sets DATABASE_URL,
// ZALO_APP_SECRET, SESSION_KEYS and CORS_ORIGINS in production. Bad values stop the start with
// a message naming the variable — never its value, which may be a secret.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { SessionKey } from '@govmini/auth/server';

export interface RateLimit {
  /** Requests allowed per window. */
  readonly max: number;
  readonly windowMs: number;
}

export interface ServerLimits {
  /** Largest JSON body, bytes. */
  readonly jsonBytes: number;
  /** Largest dossier attachment, bytes (a field's own `maxBytes` may be lower). */
  readonly attachmentBytes: number;
  /** Largest report photo, bytes. */
  readonly photoBytes: number;
  /** Uploads a citizen may keep that no dossier or report uses yet. */
  readonly pendingUploads: number;
}

export interface ServerConfig {
  /** `postgres://…` for PostgreSQL; unset = SQLite in `dataDir`. */
  readonly databaseUrl: string | undefined;
  /** SQLite file and attachments live here. */
  readonly dataDir: string;
  readonly host: string;
  readonly port: number;
  /** Where citizens and officers reach this server (links to photos, printed URLs). */
  readonly publicUrl: string | undefined;
  /** Browser origins allowed to call /api (the mini app's, and dev servers). */
  readonly corsOrigins: readonly string[];
  readonly zalo: { readonly appSecret: string; readonly graphUrl: string | undefined };
  /** First signs, all verify (rotation). */
  readonly sessionKeys: readonly SessionKey[];
  readonly sessionTtlMs: number;
  readonly limits: ServerLimits;
  readonly rateLimits: {
    /** Per signed-in citizen, on writes (submissions, uploads, drafts, reports). */
    readonly citizenWrites: RateLimit;
    /** Per client IP, on every /api request. */
    readonly ip: RateLimit;
  };
  /** Trust X-Forwarded-For from the load balancer for the client IP (only behind one). */
  readonly trustProxy: boolean;
  /** Seed the sample province on start when the database is empty. */
  readonly seed: boolean;
  /** Staff password for the seeded `admin` account; generated and printed when unset. */
  readonly seedStaffPassword: string | undefined;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Milliseconds graceful shutdown waits for requests in flight. */
  readonly shutdownGraceMs: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const DEV_ORIGINS = [
  'https://h5.zdn.vn',
  'http://localhost:3000',
  'http://127.0.0.1:3000',
  'http://localhost:5173',
  'http://127.0.0.1:5173',
];

const int = (env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new ConfigError(`${name} must be a whole number ≥ ${min}`);
  }
  return value;
};

const list = (raw: string | undefined) =>
  (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * SESSION_KEYS: `kid:secret,kid:secret` (first signs). Unset: a random key per process — fine
 * for one instance on a laptop (sessions end at restart), wrong for several instances.
 */
function sessionKeys(env: NodeJS.ProcessEnv): SessionKey[] {
  const raw = list(env.SESSION_KEYS);
  if (raw.length === 0) return [{ kid: 'dev', secret: randomBytes(32).toString('base64url') }];
  return raw.map((entry, index) => {
    const at = entry.indexOf(':');
    const kid = at > 0 ? entry.slice(0, at) : `k${index + 1}`;
    const secret = at > 0 ? entry.slice(at + 1) : entry;
    if (Buffer.byteLength(secret) < 32) {
      throw new ConfigError(`SESSION_KEYS: key "${kid}" is shorter than 32 bytes`);
    }
    return { kid, secret };
  });
}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<ServerConfig> = {},
): ServerConfig {
  const level = env.LOG_LEVEL ?? 'info';
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(level)) {
    throw new ConfigError('LOG_LEVEL must be debug, info, warn, error or silent');
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// (unset it for SQLite)');
  }
  const config: ServerConfig = {
    databaseUrl,
    dataDir: resolve(env.DATA_DIR || new URL('../data', import.meta.url).pathname),
    host: env.HOST || '127.0.0.1',
    port: int(env, 'PORT', 8787),
    publicUrl: env.PUBLIC_URL || undefined,
    corsOrigins: env.CORS_ORIGINS ? list(env.CORS_ORIGINS) : DEV_ORIGINS,
    zalo: {
      appSecret: env.ZALO_APP_SECRET || 'dev-zalo-app-secret',
      graphUrl: env.ZALO_GRAPH_URL || undefined,
    },
    sessionKeys: sessionKeys(env),
    sessionTtlMs: int(env, 'SESSION_TTL_MINUTES', 60 * 24 * 7, 1) * 60_000,
    limits: {
      jsonBytes: int(env, 'MAX_JSON_BYTES', 512 * 1024, 1024),
      attachmentBytes: int(env, 'MAX_ATTACHMENT_BYTES', 10 * 1024 * 1024, 1024),
      photoBytes: int(env, 'MAX_PHOTO_BYTES', 10 * 1024 * 1024, 1024),
      pendingUploads: int(env, 'MAX_PENDING_UPLOADS', 50, 1),
    },
    rateLimits: {
      citizenWrites: {
        max: int(env, 'RATE_LIMIT_CITIZEN_WRITES', 60, 1),
        windowMs: 60_000,
      },
      ip: { max: int(env, 'RATE_LIMIT_IP', 600, 1), windowMs: 60_000 },
    },
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    seed: env.SEED !== '0' && env.SEED !== 'false',
    seedStaffPassword: env.STAFF_PASSWORD || undefined,
    logLevel: level as ServerConfig['logLevel'],
    shutdownGraceMs: int(env, 'SHUTDOWN_GRACE_MS', 10_000),
    ...overrides,
  };
  return config;
}
