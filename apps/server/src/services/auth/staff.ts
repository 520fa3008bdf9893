// Staff accounts and their sessions. Passwords are hashed with scrypt (node:crypto, no native
// add-on); a login for an unknown user still spends the same time, so timing does not tell
// which usernames exist. Staff session tokens are random and only their SHA-256 is stored.
import {
  createHash,
  randomBytes,
  randomUUID,
  type ScryptOptions,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';
import type { Database } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/database.ts';

export type StaffRole = 'officer' | 'admin';

export interface StaffAccount {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly disabled: boolean;
}

export interface StaffAccounts {
  /** Throws StaffAccountError('username_taken' | 'weak_password'). */
  create(input: {
    username: string;
    displayName: string;
    password: string;
    role: StaffRole;
  }): Promise<StaffAccount>;
  /** The account when the password matches and it is not disabled; else undefined. */
  verify(username: string, password: string): Promise<StaffAccount | undefined>;
  get(id: string): Promise<StaffAccount | undefined>;
  list(): Promise<StaffAccount[]>;
  setPassword(id: string, password: string): Promise<void>;
  setDisabled(id: string, disabled: boolean): Promise<void>;
}

export interface StaffSessions {
  issue(staffId: string): Promise<{ token: string; expiresAt: number }>;
  /** The live, enabled account behind a token; else undefined. */
  verify(token: string): Promise<StaffAccount | undefined>;
  revoke(token: string): Promise<void>;
}

export class StaffAccountError extends Error {
  override readonly name = 'StaffAccountError';
  readonly code: 'username_taken' | 'weak_password' | 'invalid_username';
  constructor(code: StaffAccountError['code']) {
    super(code);
    this.code = code;
  }
}

const SCRYPT: ScryptOptions & { N: number; r: number; p: number } = {
  N: 16384,
  r: 8,
  p: 1,
  maxmem: 64 * 1024 * 1024,
};
const KEY_LENGTH = 32;
export const MIN_PASSWORD_LENGTH = 10;

const derive = (password: string, salt: Buffer, options: typeof SCRYPT) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, SCRYPT);
  return [
    'scrypt',
    SCRYPT.N,
    SCRYPT.r,
    SCRYPT.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

export async function checkPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), {
    ...SCRYPT,
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

// Verifying against this when the user does not exist keeps the timing of a wrong username
// the same as a wrong password.
let decoy: Promise<string> | undefined;

type Row = {
  id: string;
  username: string;
  display_name: string;
  role: string;
  disabled: number;
};
const toAccount = (row: Row): StaffAccount => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role === 'admin' ? 'admin' : 'officer',
  disabled: row.disabled !== 0,
});
const COLUMNS = ['id', 'username', 'display_name', 'role', 'disabled'] as const;
const USERNAME = /^[a-z0-9._-]{3,64}$/;

export function createStaffAccounts(db: Database, now: () => number): StaffAccounts {
  return {
    async create({ username, displayName, password, role }) {
      const name = username.trim().toLowerCase();
      if (!USERNAME.test(name)) throw new StaffAccountError('invalid_username');
      if (password.length < MIN_PASSWORD_LENGTH) throw new StaffAccountError('weak_password');
      const row = {
        id: `staff-${randomUUID()}`,
        username: name,
        display_name: displayName.trim() || name,
        password_hash: await hashPassword(password),
        role,
        disabled: 0,
        created_ms: now(),
      };
      try {
        await db.insertInto('staff_accounts').values(row).execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new StaffAccountError('username_taken');
        throw error;
      }
      return toAccount(row);
    },
    async verify(username, password) {
      const row = await db
        .selectFrom('staff_accounts')
        .select([...COLUMNS, 'password_hash'])
        .where('username', '=', String(username).trim().toLowerCase())
        .executeTakeFirst();
      if (!row) {
        decoy ??= hashPassword('decoy-password-for-timing');
        await checkPassword(String(password), await decoy);
        return undefined;
      }
      const ok = await checkPassword(String(password), row.password_hash);
      return ok && row.disabled === 0 ? toAccount(row) : undefined;
    },
    async get(id) {
      const row = await db
        .selectFrom('staff_accounts')
        .select(COLUMNS)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toAccount(row) : undefined;
    },
    async list() {
      const rows = await db
        .selectFrom('staff_accounts')
        .select(COLUMNS)
        .orderBy('username')
        .execute();
      return rows.map(toAccount);
    },
    async setPassword(id, password) {
      if (password.length < MIN_PASSWORD_LENGTH) throw new StaffAccountError('weak_password');
      await db
        .updateTable('staff_accounts')
        .set({ password_hash: await hashPassword(password) })
        .where('id', '=', id)
        .execute();
      // A new password ends every session opened with the old one.
      await db.deleteFrom('staff_sessions').where('staff_id', '=', id).execute();
    },
    async setDisabled(id, disabled) {
      await db
        .updateTable('staff_accounts')
        .set({ disabled: disabled ? 1 : 0 })
        .where('id', '=', id)
        .execute();
      if (disabled) await db.deleteFrom('staff_sessions').where('staff_id', '=', id).execute();
    },
  };
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function createStaffSessions(
  db: Database,
  options: { now: () => number; ttlMs?: number },
): StaffSessions {
  const ttlMs = options.ttlMs ?? 12 * 60 * 60_000;
  return {
    async issue(staffId) {
      const token = `gms_${randomBytes(32).toString('base64url')}`;
      const at = options.now();
      await db.deleteFrom('staff_sessions').where('expires_ms', '<=', at).execute();
      await db
        .insertInto('staff_sessions')
        .values({
          token_hash: tokenHash(token),
          staff_id: staffId,
          expires_ms: at + ttlMs,
          created_ms: at,
        })
        .execute();
      return { token, expiresAt: at + ttlMs };
    },
    async verify(token) {
      if (typeof token !== 'string' || !token.startsWith('gms_') || token.length > 200) {
        return undefined;
      }
      const row = await db
        .selectFrom('staff_sessions')
        .innerJoin('staff_accounts', 'staff_accounts.id', 'staff_sessions.staff_id')
        .select([
          'staff_accounts.id',
          'staff_accounts.username',
          'staff_accounts.display_name',
          'staff_accounts.role',
          'staff_accounts.disabled',
        ])
        .where('staff_sessions.token_hash', '=', tokenHash(token))
        .where('staff_sessions.expires_ms', '>', options.now())
        .executeTakeFirst();
      return row && row.disabled === 0 ? toAccount(row) : undefined;
    },
    async revoke(token) {
      await db.deleteFrom('staff_sessions').where('token_hash', '=', tokenHash(token)).execute();
    },
  };
}
