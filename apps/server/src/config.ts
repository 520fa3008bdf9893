// The server's settings, read once from the environment (README "Configuration"). Every value
// has a default that runs on a laptop with nothing installed; a province sets DATABASE_URL,
// ZALO_APP_SECRET, SESSION_KEYS and CORS_ORIGINS in production. Bad values stop the start with
// a message naming the variable — never its value, which may be a secret.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { SessionKey } from '@govmini/auth/server';
import type { PaymentAccount } from '@govmini/dossier/core';
import { buildVietQr } from '@govmini/vn/vietqr';

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
  /**
   * Where fees go when a procedure names no account (PAYMENT_BANK_BIN, PAYMENT_ACCOUNT_NUMBER,
   * PAYMENT_ACCOUNT_NAME). Unset: the account the seed stored for the province, if any.
   */
  readonly paymentAccount: PaymentAccount | undefined;
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

/** Which part of a receiving account is wrong, and why (operators read it: English). */
export interface PaymentAccountProblem {
  readonly field: keyof PaymentAccount;
  readonly message: string;
}

/**
 * A receiving account that makes a VietQR code every banking app reads: a BIN on
 * @govmini/vn's bank list, an account number of 1–19 letters and digits, and the holder's
 * name (1–100 characters, as banking apps show it). The problem, or undefined when it is fine.
 */
export function paymentAccountProblem(account: PaymentAccount): PaymentAccountProblem | undefined {
  const qr = buildVietQr(
    { bankBin: account.bankBin, accountNumber: account.accountNumber },
    { locale: 'en' },
  );
  if (!qr.ok) {
    const bin = qr.error.code === 'bank_bin' || qr.error.code === 'unknown_bank';
    return { field: bin ? 'bankBin' : 'accountNumber', message: qr.error.message };
  }
  // buildVietQr drops spaces and dots; the account stored must already be without them.
  if (!/^[0-9A-Za-z]{1,19}$/.test(account.accountNumber)) {
    return { field: 'accountNumber', message: '1–19 letters and digits, no spaces or dots' };
  }
  const name = account.accountName;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the fault
  if (!name.trim() || name.length > 100 || /[\u0000-\u001f\u007f]/.test(name)) {
    return { field: 'accountName', message: 'the holder’s name, 1–100 characters' };
  }
  return undefined;
}

const PAYMENT_VARIABLES: Readonly<Record<keyof PaymentAccount, string>> = {
  bankBin: 'PAYMENT_BANK_BIN',
  accountNumber: 'PAYMENT_ACCOUNT_NUMBER',
  accountName: 'PAYMENT_ACCOUNT_NAME',
};

/** PAYMENT_*: all three or none; checked at start, so a mistyped BIN never reaches a citizen. */
function paymentAccount(env: NodeJS.ProcessEnv): PaymentAccount | undefined {
  const names = Object.values(PAYMENT_VARIABLES);
  const value = (name: string) => (env[name] ?? '').trim();
  if (names.every((name) => value(name) === '')) return undefined;
  const missing = names.find((name) => value(name) === '');
  if (missing) throw new ConfigError(`${missing} must be set with the other PAYMENT_* variables`);
  const account: PaymentAccount = {
    bankBin: value(PAYMENT_VARIABLES.bankBin),
    accountNumber: value(PAYMENT_VARIABLES.accountNumber),
    accountName: value(PAYMENT_VARIABLES.accountName).normalize('NFC'),
  };
  const problem = paymentAccountProblem(account);
  if (problem) {
    throw new ConfigError(
      `${PAYMENT_VARIABLES[problem.field]} does not make a VietQR code: ${problem.message}`,
    );
  }
  return account;
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
    paymentAccount: paymentAccount(env),
    logLevel: level as ServerConfig['logLevel'],
    shutdownGraceMs: int(env, 'SHUTDOWN_GRACE_MS', 10_000),
    ...overrides,
  };
  return config;
}
