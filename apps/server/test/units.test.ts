// The small parts on their own: configuration from the environment, the rate limiter's windows,
// staff passwords (scrypt), and the folder storage's refusal of keys that could leave its root.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, paymentAccountProblem } from '../src/config.ts';
import { TINH_MAU_PAYMENT_ACCOUNT } from '../src/db/seed.ts';
import { createRateLimiter } from '../src/http/rate-limit.ts';
import { checkPassword, hashPassword } from '../src/services/auth/staff.ts';
import { createFolderStorage } from '../src/storage/files.ts';

describe('loadConfig', () => {
  it('runs with nothing set: SQLite, local origins, a random session key', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.port).toBe(8787);
    expect(config.corsOrigins).toContain('https://h5.zdn.vn');
    expect(config.sessionKeys).toHaveLength(1);
    expect(loadConfig({}).sessionKeys[0]?.secret).not.toBe(config.sessionKeys[0]?.secret);
  });

  it('reads keys for rotation, origins and limits', () => {
    const config = loadConfig({
      SESSION_KEYS: `new:${'n'.repeat(32)},old:${'o'.repeat(32)}`,
      CORS_ORIGINS: 'https://h5.zdn.vn, https://tinhmau.gov.vn',
      RATE_LIMIT_IP: '100',
      DATABASE_URL: 'postgres://u:p@db:5432/govmini',
    });
    expect(config.sessionKeys.map((k) => k.kid)).toEqual(['new', 'old']);
    expect(config.corsOrigins).toEqual(['https://h5.zdn.vn', 'https://tinhmau.gov.vn']);
    expect(config.rateLimits.ip.max).toBe(100);
    expect(config.databaseUrl).toContain('postgres://');
  });

  it.each([
    [{ SESSION_KEYS: 'k1:tiny-secret' }, /SESSION_KEYS: key "k1"/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  ])('names the variable of a bad value, never the value', (env, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(String((error as Error).message)).toMatch(message);
    expect(String((error as Error).message)).not.toContain('tiny-secret');
  });
});

describe('the fee account (PAYMENT_*)', () => {
  const ACCOUNT = {
    PAYMENT_BANK_BIN: '970436',
    PAYMENT_ACCOUNT_NUMBER: '0071000999999',
    PAYMENT_ACCOUNT_NAME: 'KHO BAC NHA NUOC TINH THU',
  };
  const refusal = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  it('is unset by default, and read whole when all three are given', () => {
    expect(loadConfig({}).paymentAccount).toBeUndefined();
    expect(
      loadConfig({ ...ACCOUNT, PAYMENT_ACCOUNT_NAME: ' KHO BAC NHA NUOC TINH THU ' })
        .paymentAccount,
    ).toEqual({
      bankBin: '970436',
      accountNumber: '0071000999999',
      accountName: 'KHO BAC NHA NUOC TINH THU',
    });
  });

  it('names the variable missing or wrong, as a VietQR code needs it', () => {
    expect(refusal({ ...ACCOUNT, PAYMENT_ACCOUNT_NAME: '' })).toMatch(
      /^PAYMENT_ACCOUNT_NAME must be set/,
    );
    expect(refusal({ PAYMENT_BANK_BIN: '970436' })).toMatch(/^PAYMENT_ACCOUNT_NUMBER must be set/);
    expect(refusal({ ...ACCOUNT, PAYMENT_BANK_BIN: '97043' })).toMatch(
      /^PAYMENT_BANK_BIN does not make a VietQR code/,
    );
    // Six digits but no bank has it: a transfer would go nowhere.
    expect(refusal({ ...ACCOUNT, PAYMENT_BANK_BIN: '123456' })).toMatch(/^PAYMENT_BANK_BIN/);
    for (const number of ['0071.000.999', '0071-000', 'số tài khoản', '1'.repeat(20)]) {
      expect(refusal({ ...ACCOUNT, PAYMENT_ACCOUNT_NUMBER: number }), number).toMatch(
        /^PAYMENT_ACCOUNT_NUMBER/,
      );
    }
    expect(refusal({ ...ACCOUNT, PAYMENT_ACCOUNT_NAME: 'x'.repeat(101) })).toMatch(
      /^PAYMENT_ACCOUNT_NAME/,
    );
  });

  it('the seed’s account for Tỉnh Mẫu makes a code, and says it is made up', () => {
    expect(paymentAccountProblem(TINH_MAU_PAYMENT_ACCOUNT)).toBeUndefined();
    expect(TINH_MAU_PAYMENT_ACCOUNT.accountName).toMatch(/KHONG CO THAT/);
  });
});

describe('createRateLimiter', () => {
  it('allows max requests per window per key, then says how long to wait', () => {
    let now = 0;
    const limiter = createRateLimiter({ max: 2, windowMs: 1000, now: () => now });
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('b').ok).toBe(true);
    now = 400;
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterMs: 600 });
    now = 1000;
    expect(limiter.take('a').ok).toBe(true);
  });

  it('forgets the stalest keys beyond its size', () => {
    let now = 0;
    const limiter = createRateLimiter({ max: 1, windowMs: 10, now: () => now, maxKeys: 100 });
    for (let i = 0; i < 1000; i++) limiter.take(`k${i}`);
    now = 20;
    expect(limiter.take('k0').ok).toBe(true);
  });
});

describe('staff passwords', () => {
  it('hashes with a salt and checks in constant time', async () => {
    const one = await hashPassword('mat-khau-rat-dai-2026');
    const two = await hashPassword('mat-khau-rat-dai-2026');
    expect(one).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(one).not.toBe(two);
    expect(await checkPassword('mat-khau-rat-dai-2026', one)).toBe(true);
    expect(await checkPassword('mat-khau-rat-dai-2027', one)).toBe(false);
    expect(await checkPassword('mat-khau-rat-dai-2026', 'bcrypt$whatever')).toBe(false);
    // NFC: the same password typed decomposed on another keyboard still matches.
    const vi = await hashPassword('Mật khẩu của tôi');
    expect(await checkPassword('Mật khẩu của tôi'.normalize('NFD'), vi)).toBe(true);
  });
});

describe('createFolderStorage', () => {
  it('stores bytes under generated keys and refuses anything else', async () => {
    const root = mkdtempSync(join(tmpdir(), 'govmini-files-'));
    try {
      const storage = createFolderStorage(root);
      await storage.put('att-0001', new Uint8Array([1, 2, 3]));
      expect(await storage.get('att-0001')).toEqual(new Uint8Array([1, 2, 3]));
      expect(await storage.get('att-0002')).toBeUndefined();
      for (const key of ['../etc/passwd', '/etc/passwd', 'ATT', 'a/b', '']) {
        await expect(storage.get(key), key).rejects.toThrow(TypeError);
      }
      await storage.delete('att-0001');
      expect(await storage.get('att-0001')).toBeUndefined();
      expect(readdirSync(root)).not.toContain('att-0001');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
