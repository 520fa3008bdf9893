// media.saveImage inside Zalo, beyond the conformance suite: the picture travels as the data
// URL of its real type; off Zalo's host (where zmp-sdk would pretend on localhost) and with an
// SDK that has no saveImageToGallery nothing is called; the phone's own permission dialog gets
// a prompt's timeout, not the 10 s of ordinary calls.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlatformError } from '../core/errors';
import { createManualClock } from '../core/manual-clock';
import type { Platform } from '../core/types';
import { ONE_PIXEL_PNG } from '../testing/conformance-media';
import { createFakeZmpSdk, type FakeZmpSdkConfig } from '../testing/fake-zmp-sdk';
import { createZaloPlatform, type ZaloPlatformOptions } from './create-zalo-platform';
import type { ZmpSdkLike } from './zmp-sdk-like';

const ZALO_HOST = { hostname: 'h5.zdn.vn', pathname: '/zapps/app-1/', search: '' };
const made: Platform[] = [];
afterEach(() => {
  for (const platform of made.splice(0)) platform.dispose();
  vi.restoreAllMocks();
});

function setup(
  config: FakeZmpSdkConfig = {},
  options: Partial<ZaloPlatformOptions> = {},
  adapt: (sdk: ZmpSdkLike) => ZmpSdkLike = (sdk) => sdk,
) {
  const clock = createManualClock(1_700_000_000_000);
  const fake = createFakeZmpSdk({ appId: 'app-1', ...config }, clock);
  const platform = createZaloPlatform({
    appId: 'app-1',
    clock,
    loadSdk: async () => adapt(fake),
    location: ZALO_HOST,
    ...options,
  });
  made.push(platform);
  return { clock, fake, platform };
}

const png = (type = 'image/png') => new Blob([ONE_PIXEL_PNG as Uint8Array<ArrayBuffer>], { type });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof PlatformError ? error.code : String(error)),
  );
const saves = (fake: ReturnType<typeof createFakeZmpSdk>) =>
  fake.controls.calls.filter((call) => call.api === 'saveImageToGallery').length;

describe('media.saveImage in Zalo', () => {
  it('sends the data URL of the type the bytes say, whatever the Blob claims', async () => {
    const { fake, platform } = setup();
    const spy = vi.spyOn(fake, 'saveImageToGallery');
    await platform.media.saveImage(png('image/jpeg'), { fileName: 'ma-qr.png' });
    const sent = spy.mock.calls[0]?.[0]?.imageBase64Data ?? '';
    expect(sent.startsWith('data:image/png;base64,iVBORw0KGgo')).toBe(true);
    expect(fake.controls.gallery.map((picture) => picture.type)).toEqual(['image/png']);
  });

  it('off Zalo’s host: not_in_zalo, and zmp-sdk (which would resolve on localhost) is not called', async () => {
    const { fake, platform } = setup(
      { inZalo: false },
      { location: { hostname: 'localhost', pathname: '/', search: '' } },
    );
    expect(await codeOf(platform.media.saveImage(png(), { fileName: 'a.png' }))).toBe(
      'not_in_zalo',
    );
    expect(saves(fake)).toBe(0);
    expect(fake.controls.gallery).toEqual([]);
  });

  it('a zmp-sdk without saveImageToGallery (before 2.16): unsupported', async () => {
    const { platform } = setup({}, {}, (sdk) => ({
      ...sdk,
      saveImageToGallery: undefined as unknown as ZmpSdkLike['saveImageToGallery'],
    }));
    const error = await platform.media.saveImage(png(), { fileName: 'a.png' }).catch((e) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ code: 'unsupported', api: 'saveImageToGallery' });
  });

  it('waits for the phone’s own dialog as long as a prompt, not the 10 s of other calls', async () => {
    const { clock, fake, platform } = setup(
      { latencyMs: 30_000 },
      { timeoutMs: 10_000, promptTimeoutMs: 60_000 },
    );
    const saving = platform.media.saveImage(png(), { fileName: 'a.png' });
    await clock.advance(30_000);
    expect(await codeOf(saving)).toBe('resolved');
    expect(fake.controls.gallery).toHaveLength(1);
  });
});
