// @vitest-environment node
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeZaloGraph, startFakeZaloGraph } from '../testing/fake-zalo-graph';
import {
  createZaloGraphClient,
  exchangeLocationToken,
  exchangePhoneToken,
  isZaloGraphError,
  verifyZaloAccessToken,
  ZALO_GRAPH_ERRORS,
  ZaloGraphError,
} from './zalo-graph';

const SECRET = 'SENTINEL-app-secret-7f3a9c';
let now = Date.UTC(2026, 10, 29, 12);
const clock = () => now;
let zalo: FakeZaloGraph;

beforeAll(async () => {
  zalo = await startFakeZaloGraph({
    appSecret: SECRET,
    clock,
    users: [
      { id: '3368637342326461234', name: 'Nguyễn Văn An', avatarUrl: 'https://example.test/a.png' },
      { id: '2000000000000000002', name: 'Trần Thị Bình' },
    ],
  });
});
afterAll(() => zalo.close());
afterEach(() => zalo.setFault(null));

const client = () => createZaloGraphClient({ appSecret: SECRET, baseUrl: zalo.url });

async function failure(promise: Promise<unknown>): Promise<ZaloGraphError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ZaloGraphError);
  return error as ZaloGraphError;
}

function expectClean(error: unknown, ...secrets: string[]) {
  const text = [
    JSON.stringify(error),
    inspect(error, { depth: 10, showHidden: true }),
    String(error),
    (error as Error).stack ?? '',
  ].join('\n');
  for (const secret of [SECRET, ...secrets]) expect(text).not.toContain(secret);
}

describe('verifyAccessToken', () => {
  it('returns the Zalo id, name and avatar for a valid token', async () => {
    const token = zalo.issueAccessToken('3368637342326461234');
    await expect(client().verifyAccessToken(token)).resolves.toEqual({
      zaloId: '3368637342326461234',
      name: 'Nguyễn Văn An',
      avatarUrl: 'https://example.test/a.png',
    });
    const last = zalo.requests.at(-1);
    expect(last).toEqual({ path: '/v2.0/me', headers: ['access_token'] });
  });

  it('omits the avatar when Zalo sends none; works standalone without a secret', async () => {
    const token = zalo.issueAccessToken('2000000000000000002');
    await expect(verifyZaloAccessToken(token, { baseUrl: zalo.url })).resolves.toEqual({
      zaloId: '2000000000000000002',
      name: 'Trần Thị Bình',
    });
  });

  it('maps an unknown token (452) to invalid_token and drops Zalo’s echoing message', async () => {
    const error = await failure(client().verifyAccessToken('forged-token-XYZ'));
    expect(error).toMatchObject({ code: 'invalid_token', zaloCode: 452, about: 'access_token' });
    expectClean(error, 'forged-token-XYZ');
  });

  it('maps an expired token (-124) to token_expired', async () => {
    const token = zalo.issueAccessToken('3368637342326461234', { ttlMs: 1000 });
    now += 2000;
    const error = await failure(client().verifyAccessToken(token));
    expect(error).toMatchObject({ code: 'token_expired', zaloCode: -124 });
    expectClean(error, token);
  });

  it('refuses an empty token without calling Zalo', async () => {
    const before = zalo.requests.length;
    expect((await failure(client().verifyAccessToken(''))).code).toBe('invalid_token');
    expect(zalo.requests.length).toBe(before);
  });

  it('maps the region block (-501), a 502 page and a refused connection to unavailable', async () => {
    const token = zalo.issueAccessToken('3368637342326461234');
    zalo.setFault('region');
    expect(await failure(client().verifyAccessToken(token))).toMatchObject({
      code: 'unavailable',
      zaloCode: -501,
      about: 'region',
    });
    zalo.setFault('down');
    expect(await failure(client().verifyAccessToken(token))).toMatchObject({
      code: 'unavailable',
      httpStatus: 502,
    });
    const closed = createZaloGraphClient({ appSecret: SECRET, baseUrl: 'http://127.0.0.1:1' });
    expect((await failure(closed.verifyAccessToken(token))).code).toBe('unavailable');
  });

  it('times out a slow Zalo', async () => {
    const token = zalo.issueAccessToken('3368637342326461234');
    zalo.setFault('slow', { slowMs: 2000 });
    const slow = createZaloGraphClient({ appSecret: SECRET, baseUrl: zalo.url, timeoutMs: 100 });
    const started = Date.now();
    const error = await failure(slow.verifyAccessToken(token));
    expect(error.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe('exchangePhoneToken', () => {
  it('exchanges a phone code once, as E.164, sending the three headers', async () => {
    const token = zalo.issueAccessToken('3368637342326461234');
    const code = zalo.issuePhoneCode('3368637342326461234', '84912345678');
    await expect(client().exchangePhoneToken(token, code)).resolves.toEqual({
      phone: '+84912345678',
    });
    expect(zalo.requests.at(-1)).toEqual({
      path: '/v2.0/me/info',
      headers: ['access_token', 'code', 'secret_key'],
    });
    const reused = await failure(client().exchangePhoneToken(token, code));
    expect(reused).toMatchObject({ code: 'token_reused', about: 'code' });
    expectClean(reused, token, code, '84912345678');
  });

  it('refuses a code older than 2 minutes', async () => {
    const token = zalo.issueAccessToken('3368637342326461234');
    const code = zalo.issuePhoneCode('3368637342326461234', '0912345678');
    now += 2 * 60 * 1000 + 1;
    const error = await failure(
      exchangePhoneToken(token, code, { appSecret: SECRET, baseUrl: zalo.url }),
    );
    expect(error).toMatchObject({ code: 'token_expired', about: 'code' });
  });

  it('maps a wrong secret to wrong_secret and never echoes either secret', async () => {
    const token = zalo.issueAccessToken('3368637342326461234');
    const code = zalo.issuePhoneCode('3368637342326461234', '84912345678');
    const wrong = createZaloGraphClient({ appSecret: 'SENTINEL-wrong-secret', baseUrl: zalo.url });
    const error = await failure(wrong.exchangePhoneToken(token, code));
    expect(error).toMatchObject({ code: 'wrong_secret', zaloCode: -104, about: 'secret' });
    expectClean(error, 'SENTINEL-wrong-secret', token, code);
    expect(inspect(wrong, { depth: 10, showHidden: true })).not.toContain('SENTINEL');
  });

  it('refuses another user’s code and an unknown code', async () => {
    const token = zalo.issueAccessToken('3368637342326461234');
    const other = zalo.issuePhoneCode('2000000000000000002', '84987654321');
    expect((await failure(client().exchangePhoneToken(token, other))).code).toBe('invalid_token');
    expect((await failure(client().exchangePhoneToken(token, 'nope'))).code).toBe('invalid_token');
  });

  it('carries the Vietnamese message first and English on request', async () => {
    const error = await failure(client().exchangePhoneToken('x', 'y'));
    expect(error.message).toBe('Zalo không chấp nhận phiên đăng nhập này. Vui lòng đăng nhập lại.');
    expect(error.messageIn('en')).toMatch(/sign in again/);
    expect(isZaloGraphError(error, 'invalid_token')).toBe(true);
  });
});

describe('exchangeLocationToken', () => {
  it('returns numbers from Zalo’s string coordinates', async () => {
    const token = zalo.issueAccessToken('3368637342326461234');
    const code = zalo.issueLocationCode('3368637342326461234', {
      latitude: 10.7769,
      longitude: 106.7009,
    });
    const location = await exchangeLocationToken(token, code, {
      appSecret: SECRET,
      baseUrl: zalo.url,
    });
    expect(location).toEqual({
      latitude: 10.7769,
      longitude: 106.7009,
      provider: 'gps',
      timestamp: now,
    });
  });
});

describe('error table', () => {
  it('says where every number comes from and maps unknown numbers to unknown', async () => {
    for (const entry of Object.values(ZALO_GRAPH_ERRORS))
      expect(entry.source.length).toBeGreaterThan(0);
    const fetchStub: typeof fetch = async () =>
      new Response(JSON.stringify({ error: -99999, message: 'token SENTINEL-echo' }), {
        status: 200,
      });
    const error = await failure(
      createZaloGraphClient({ appSecret: SECRET, fetch: fetchStub }).verifyAccessToken('t'),
    );
    expect(error).toMatchObject({ code: 'unknown', zaloCode: -99999 });
    expectClean(error, 'SENTINEL-echo');
  });

  it('accepts corrections through errorCodes', async () => {
    const fetchStub: typeof fetch = async () => new Response('{"error":-7,"message":"x"}');
    const error = await failure(
      createZaloGraphClient({
        appSecret: SECRET,
        fetch: fetchStub,
        errorCodes: { [-7]: { code: 'token_reused', about: 'code', source: 'confirmed live' } },
      }).exchangePhoneToken('t', 'c'),
    );
    expect(error.code).toBe('token_reused');
  });
});
