import { afterEach, describe, expect, it } from 'vitest';
import { createPlatform, detectPlatform, type HostLocation, isZaloHost } from './detect';
import type { Platform } from './types';

const at = (url: string): HostLocation => new URL(url);

describe('isZaloHost (zmp-sdk’s own test)', () => {
  it.each([
    ['https://h5.zdn.vn/zapps/1234567890/', true],
    ['https://h5.zdn.vn/zapps/1234567890/ho-so?id=1', true],
    ['https://h5.zdn.vn/some/path?env=TESTING_LOCAL', true],
    ['https://h5.zdn.vn/some/path', false],
    ['https://h5.zdn.vn/some/path?env=TESTING', false],
    ['http://localhost:3000/zapps/1', false],
    ['http://192.168.1.20:3000/', false],
    ['https://dichvucong.example.gov.vn/zapps/1', false],
  ])('%s → %s', (url, expected) => {
    expect(isZaloHost(at(url))).toBe(expected);
  });
});

describe('detectPlatform', () => {
  it('uses the given location, or the page’s', () => {
    expect(detectPlatform({ location: at('https://h5.zdn.vn/zapps/1/') })).toEqual({
      kind: 'zalo',
    });
    expect(detectPlatform({ location: at('http://localhost:5173/') })).toEqual({
      kind: 'simulated',
    });
    // jsdom's page is http://localhost:3000/.
    expect(detectPlatform()).toEqual({ kind: 'simulated' });
  });

  it('force wins', () => {
    expect(detectPlatform({ force: 'zalo', location: at('http://localhost/') }).kind).toBe('zalo');
    expect(
      detectPlatform({ force: 'simulated', location: at('https://h5.zdn.vn/zapps/1/') }).kind,
    ).toBe('simulated');
  });
});

describe('createPlatform', () => {
  const made: Platform[] = [];
  afterEach(() => {
    for (const platform of made.splice(0)) platform.dispose();
  });

  it('outside Zalo: the simulator, with its options', async () => {
    const platform = createPlatform({
      location: at('http://localhost:5173/'),
      simulator: { user: { id: '5', name: 'Võ Văn Em' } },
    });
    made.push(platform);
    expect(platform.kind).toBe('simulated');
    expect(await platform.identity.getUserId()).toBe('5');
  });

  it('inside Zalo: the Zalo adapter, with its options (zmp-sdk is not loaded here)', () => {
    const platform = createPlatform({
      location: at('https://h5.zdn.vn/zapps/1/'),
      zalo: { appId: 'tinh-mau', loadSdk: () => new Promise(() => {}) },
    });
    made.push(platform);
    expect(platform.kind).toBe('zalo');
  });
});
