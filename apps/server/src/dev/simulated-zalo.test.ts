// The dev mode's simulated Zalo Graph, asked through the very client the server uses
// (createZaloGraphClient): it vouches for the simulated platform's tokens of the dev seed's
// citizens and nobody else, answers Zalo's errors otherwise, and never starts in production.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createZaloGraphClient, isZaloGraphError } from '@govmini/auth/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINH_MAU_PAYMENT_ACCOUNT } from '../db/seed.ts';
import { DevSeedError, loadDevSeed, type SimulatedCitizen } from './dev-seed.ts';
import { DevModeRefusedError } from './guard.ts';
import { type SimulatedZaloGraph, startSimulatedZaloGraph } from './simulated-zalo.ts';

const SECRET = 'dev-test-secret-1234567890';
const hoa: SimulatedCitizen = {
  id: 'citizen-hoa',
  name: 'Nguyễn Thị Hoa',
  phoneNumber: '84912345678',
  location: { latitude: 10.7769, longitude: 106.7009 },
};

async function zaloCode(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isZaloGraphError(error)) return error.code;
    throw error;
  }
  throw new Error('expected the Graph to refuse');
}

describe('the simulated Zalo Graph', () => {
  let graph: SimulatedZaloGraph;
  let client: ReturnType<typeof createZaloGraphClient>;
  beforeAll(async () => {
    graph = await startSimulatedZaloGraph({ appSecret: SECRET, citizens: [hoa], env: {} });
    client = createZaloGraphClient({ appSecret: SECRET, baseUrl: graph.url });
  });
  afterAll(() => graph?.close());

  it('knows a seeded citizen by the simulator’s access token', async () => {
    expect(await client.verifyAccessToken('sim-access.citizen-hoa')).toEqual({
      zaloId: 'citizen-hoa',
      name: 'Nguyễn Thị Hoa',
    });
  });

  it('refuses every other access token', async () => {
    for (const token of ['sim-access.stranger', 'sim-access.', 'citizen-hoa', 'fake-at.abc']) {
      expect(await zaloCode(client.verifyAccessToken(token))).toBe('invalid_token');
    }
  });

  it('exchanges the simulator’s phone and location tokens for the citizen’s own values', async () => {
    const access = 'sim-access.citizen-hoa';
    expect(await client.exchangePhoneToken(access, 'sim-phoneNumber-1')).toEqual({
      phone: '+84912345678',
    });
    expect(await client.exchangePhoneToken(access, 'sim-phoneNumber-3.k2f9a0c1')).toEqual({
      phone: '+84912345678',
    });
    const place = await client.exchangeLocationToken(access, 'sim-location-2.k2f9a0c1');
    expect([place.latitude, place.longitude]).toEqual([10.7769, 106.7009]);
  });

  it('refuses a one-time token of another shape, another user’s access token or a wrong secret', async () => {
    const access = 'sim-access.citizen-hoa';
    expect(await zaloCode(client.exchangePhoneToken(access, 'fake-phone.abc'))).toBe(
      'invalid_token',
    );
    expect(await zaloCode(client.exchangePhoneToken(access, 'sim-phoneNumber-1 x'))).toBe(
      'invalid_token',
    );
    expect(
      await zaloCode(client.exchangePhoneToken('sim-access.stranger', 'sim-phoneNumber-1')),
    ).toBe('invalid_token');
    const wrong = createZaloGraphClient({ appSecret: 'not-the-secret', baseUrl: graph.url });
    expect(await zaloCode(wrong.exchangePhoneToken(access, 'sim-phoneNumber-1'))).toBe(
      'wrong_secret',
    );
  });
});

describe('dev mode in production', () => {
  it('never starts a simulated Zalo when NODE_ENV=production', async () => {
    for (const NODE_ENV of ['production', ' Production ']) {
      await expect(
        startSimulatedZaloGraph({ appSecret: SECRET, citizens: [hoa], env: { NODE_ENV } }),
      ).rejects.toBeInstanceOf(DevModeRefusedError);
    }
  });
});

describe('the dev seed module', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govmini-dev-seed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, source: string) => {
    const file = join(dir, name);
    writeFileSync(file, source);
    return file;
  };

  it('gives the simulator’s default citizen and the server’s categories without a module', async () => {
    const seed = await loadDevSeed(undefined);
    expect(seed.citizens.map((c) => c.id)).toEqual(['1000000000000000001']);
    expect(seed.categories).toBeUndefined();
    expect(seed.paymentAccount).toEqual(TINH_MAU_PAYMENT_ACCOUNT);
  });

  it('reads an app’s fee account, and names what would not make a VietQR code', async () => {
    const account = { bankBin: '970415', accountNumber: '113000099999', accountName: 'SO MAU' };
    const good = write(
      'account.mjs',
      `export const citizens = ${JSON.stringify([hoa])};
       export const paymentAccount = ${JSON.stringify(account)};`,
    );
    expect((await loadDevSeed(good)).paymentAccount).toEqual(account);
    const bad = write(
      'bad-account.mjs',
      `export const paymentAccount = ${JSON.stringify({ ...account, bankBin: '999999' })};`,
    );
    await expect(loadDevSeed(bad)).rejects.toThrow(/paymentAccount\.bankBin/);
  });

  it('reads an app’s citizens and categories', async () => {
    const file = write(
      'good.mjs',
      `export const citizens = ${JSON.stringify([hoa])};
       export const categories = [{ id: 'duong', title: { vi: 'Đường' } }];`,
    );
    const seed = await loadDevSeed(file);
    expect(seed.citizens).toEqual([hoa]);
    expect(seed.categories?.map((c) => c.id)).toEqual(['duong']);
  });

  it('names the field of a bad citizen', async () => {
    const bad = { ...hoa, phoneNumber: '0912345678' };
    const file = write('bad.mjs', `export const citizens = ${JSON.stringify([bad])};`);
    await expect(loadDevSeed(file)).rejects.toThrow(/citizens\[0\]\.phoneNumber/);
    const twice = write('twice.mjs', `export const citizens = ${JSON.stringify([hoa, hoa])};`);
    await expect(loadDevSeed(twice)).rejects.toThrow(
      /citizens\[1\]\.id "citizen-hoa" appears twice/,
    );
    await expect(loadDevSeed(join(dir, 'missing.mjs'))).rejects.toBeInstanceOf(DevSeedError);
  });
});
